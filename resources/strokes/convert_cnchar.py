"""Rebuild strokes.txt from the MIT-licensed npm packages cnchar-order and cnchar (see README.md).

Usage: npm pack cnchar-order cnchar in a temp folder and unpack both; take Unihan_IRGSources.txt.bz2 from
Debian's unicode-data package (Unicode 15.0, /usr/share/unicode/); then
    python convert_cnchar.py ORDER_JS CNCHAR_JS [Unihan_IRGSources.txt.bz2] > strokes.txt

The Unihan file (Unicode licence, LICENSE-unicode.txt) adds kTotalStrokes counts for the characters
cnchar lacks (BMP and extension A).

cnchar-order spells each stroke with a letter; they are folded into the five
basic strokes of the national standard (1 横 2 竖 3 撇 4 点 5 折): 提 counts as
横, 捺 as 点, 竖钩 as 竖 and every turning stroke as 折.
"""

import json
import re
import sys

LETTER_TO_BASIC = {
    "j": "1", "i": "1", "d": "1",          # 横, 提, 提点 (冫's lower dot is written as 提)
    "f": "2", "g": "2",                    # 竖, 竖钩
    "s": "3",                              # 撇
    "k": "4", "l": "4",                    # 点, 捺
}


def json_blocks(path):
    text = open(path, encoding="utf-8").read()
    for match in re.finditer(r"JSON\.parse\('", text):
        start = match.end()
        yield json.loads(text[start:text.index("')", start)])


def unihan_counts(path):
    import bz2
    opener = bz2.open if str(path).endswith(".bz2") else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[1] == "kTotalStrokes":
                char = chr(int(parts[0][2:], 16))
                if "\u3400" <= char <= "\u4dbf" or "\u4e00" <= char <= "\u9fff":
                    yield char, int(parts[2].split()[0])   # the first value is the mainland (G-source) count


def main(order_js, cnchar_js, unihan_db=None):
    orders = next(json_blocks(order_js))
    counts = next(b for b in json_blocks(cnchar_js) if "1" in b and "一" in b.get("1", ""))
    lines = {}
    for char, letters in orders.items():
        if len(char) == 1 and ord(char) >= 0x3400:
            lines[char] = "".join(LETTER_TO_BASIC.get(ch, "5") for ch in letters)
    for count, chars in counts.items():
        for char in chars:
            lines.setdefault(char, f"={count}")   # count only, no stroke sequence known
    if unihan_db:
        for char, count in unihan_counts(unihan_db):
            lines.setdefault(char, f"={count}")
    sys.stdout.write("# char<TAB>stroke sequence (1横2竖3撇4点5折) or =count; cnchar (MIT), Unihan kTotalStrokes\n")
    for char in sorted(lines):
        sys.stdout.write(f"{char}\t{lines[char]}\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
