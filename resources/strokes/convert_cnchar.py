"""Rebuild strokes.txt and simplified.txt from cnchar (MIT) and Unihan (Unicode licence); see README.md.

Usage: `npm pack cnchar-order@3.2.6 cnchar@3.2.6` in a temp folder and unpack both; take the Unihan files from
Debian's unicode-data package (/usr/share/unicode/); then
    python convert_cnchar.py ORDER_JS CNCHAR_JS UNIHAN_DIR

strokes.txt, one character a line, tab-separated:
    char  sequence  forms  official
- sequence: the five basic strokes of the national standard (1 横 2 竖 3 撇 4 点 5 折), or `=N` (a stroke
  count only, from cnchar's count table or Unihan kTotalStrokes);
- forms: one letter per stroke, the stroke's form inside its basic stroke in the standard's order: `a` the
  主笔形 (横 竖 撇 点), `b` its 附笔形 (提 竖钩 捺); for 折 the 折笔 order of FOLD_ORDER below;
- official: the character's number in 《通用规范汉字表》 (Unihan kTGH, 1-8105), empty outside the table.

simplified.txt: a traditional character outside the table and the simplified form it sorts as
(Unihan kSimplifiedVariant, first value).
"""

import bz2
import json
import re
import sys
from pathlib import Path

# cnchar-order's stroke letters → basic stroke and form. cnchar writes the left dot (左点, the first dot of
# 忄 火 灬 心 and the second of 宀 冖 雨头) as "d"; it is a 点 (the old converter folded it into 横).
# The lower dot of 冫 is a 提 in the standard and cnchar writes it "i".
PLAIN = {
    "j": ("1", "a"), "i": ("1", "b"),      # 横, 提
    "f": ("2", "a"), "g": ("2", "b"),      # 竖, 竖钩
    "s": ("3", "a"),                       # 撇
    "k": ("4", "a"), "d": ("4", "a"),      # 点, 左点
    "l": ("4", "b"),                       # 捺
}
# 折笔: fewer folds first (one, two, three, four), inside a group strokes that start 横, then 竖, then 撇;
# 卧钩 last. Checked against every pair of the official order (tests/roster/test_strokes_official.py). Some cnchar
# letters stand for two 折笔 (e = 横撇|横钩, v = 横折折|横折弯, x = 竖折撇|竖折折, w = 横撇弯钩|横折折折钩);
# "o" is 横折弯钩 (九 几) except after 气 where it is 横斜钩 ("O"), and "y" after a left dot is 卧钩 ("Y").
FOLD_ORDER = "c e b h n m y t v r p O u x o a q z w Y".split()
CORRECTIONS = {
    "皙": "jfskssjfsfcjj",   # cnchar drops the first 撇 of 白 (12 strokes; the standard and Unihan say 13)
}
# Table characters without a sequence whose Unihan count is the traditional one (extension A simplified
# characters such as 䥽 钅+发 = 10, Unihan 13) take the count their place in the official order gives; where
# the characters around them differ, by their parts: 䴖 青+鸟, 䴙 辟+鸟.
COUNT_CORRECTIONS = {"䴖": 13, "䴙": 18}


def json_blocks(path):
    text = open(path, encoding="utf-8").read()
    for match in re.finditer(r"JSON\.parse\('", text):
        start = match.end()
        yield json.loads(text[start:text.index("')", start)])


def basic_and_forms(letters: str) -> tuple[str, str]:
    letters = letters.replace("sjjo", "sjjO").replace("dy", "dY")
    basic, forms = [], []
    for letter in letters:
        stroke, form = PLAIN.get(letter) or ("5", chr(ord("a") + FOLD_ORDER.index(letter)))
        basic.append(stroke)
        forms.append(form)
    return "".join(basic), "".join(forms)


def unihan(path: Path, field: str):
    with bz2.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3 and parts[1] == field:
                yield chr(int(parts[0][2:], 16)), parts[2]


def is_cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u4dbf" or "\u4e00" <= char <= "\u9fff"


def fix_counts_from_the_table(rows, official):
    """A count-only table character must sit between the counts of the characters around it in the table."""
    numbered = sorted((int(n), c) for c, n in official.items())
    for low, high in ((1, 3500), (3501, 6500), (6501, 8105)):
        level = [c for n, c in numbered if low <= n <= high and c in rows]
        known = [(i, len(rows[c][0])) for i, c in enumerate(level) if not rows[c][0].startswith("=")]
        for index, char in enumerate(level):
            sequence, _ = rows[char]
            if not sequence.startswith("="):
                continue
            before = max((n for i, n in known if i < index), default=0)
            after = min((n for i, n in known if i > index), default=99)
            count = COUNT_CORRECTIONS.get(char, int(sequence[1:]))
            if not before <= count <= after:
                assert before == after, f"{char}: count {count} between {before} and {after}"
                count = before
            rows[char] = (f"={count}", "")


def main(order_js, cnchar_js, unihan_dir):
    unihan_dir = Path(unihan_dir)
    orders = next(json_blocks(order_js))
    orders.update(CORRECTIONS)
    counts = next(b for b in json_blocks(cnchar_js) if "1" in b and "一" in b.get("1", ""))
    official = {c: v.split(":")[1] for c, v in unihan(unihan_dir / "Unihan_OtherMappings.txt.bz2", "kTGH")}
    rows = {}
    for char, letters in orders.items():
        if len(char) == 1 and ord(char) >= 0x3400:
            rows[char] = basic_and_forms(letters)
    for count, chars in counts.items():
        for char in chars:
            rows.setdefault(char, (f"={count}", ""))
    for char, value in unihan(unihan_dir / "Unihan_IRGSources.txt.bz2", "kTotalStrokes"):
        if is_cjk(char):
            rows.setdefault(char, (f"={value.split()[0]}", ""))   # first value: the mainland (G) count
    fix_counts_from_the_table(rows, official)
    with open("strokes.txt", "w", encoding="utf-8") as out:
        out.write("# char\tsequence (1横2竖3撇4点5折) or =count\tforms\t通用规范汉字表 number;"
                  " cnchar (MIT), Unihan (Unicode licence)\n")
        for char in sorted(rows):
            sequence, forms = rows[char]
            out.write(f"{char}\t{sequence}\t{forms}\t{official.get(char, '')}\n")
    with open("simplified.txt", "w", encoding="utf-8") as out:
        out.write("# traditional\tsimplified; Unihan kSimplifiedVariant (Unicode licence)\n")
        for char, value in unihan(unihan_dir / "Unihan_Variants.txt.bz2", "kSimplifiedVariant"):
            simple = chr(int(value.split()[0][2:], 16))
            if simple != char and char not in official and is_cjk(char):
                out.write(f"{char}\t{simple}\n")


if __name__ == "__main__":
    main(*sys.argv[1:4])
