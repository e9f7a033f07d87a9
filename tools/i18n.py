#!/usr/bin/env python3
"""Qt translations. Source strings in ui/ are Chinese; English lives in .ts/.qm files.

    python tools/i18n.py update ui/checkin/checkin_page.py [more .py ...]
        extract tr() strings into resources/translations/<stem>_en.ts (existing translations kept);
        a domain file (ceremony/messages.py, ceremony/settings.py: QT_TRANSLATE_NOOP tables) goes to
        ceremony_<stem>_en.ts
    python tools/i18n.py fill NAME mapping.json
        put translations from a JSON object {"中文源文本": "English"} into <NAME>_en.ts
    python tools/i18n.py release
        compile every .ts into .qm (what the app loads with --lang en)
    python tools/i18n.py missing
        list strings without an English translation
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"


def _tool(name: str) -> str:
    exe = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")
    return exe


def ts_stem(source: str) -> str:
    """ui/x/name.py → name; ceremony/name.py → ceremony_name (ui/settings.py and ceremony/settings.py differ)."""
    path = Path(source)
    return f"ceremony_{path.stem}" if path.parts and path.parts[0] == "ceremony" else path.stem


def update(files: list[str]) -> None:
    for f in files:
        ts = TS_DIR / f"{ts_stem(f)}_en.ts"
        subprocess.run([_tool("lupdate"), "-no-obsolete", "-source-language", "zh_CN", "-target-language", "en",
                        str(ROOT / f), "-ts", str(ts)], check=True)


def fill(name: str, mapping_file: str) -> None:
    ts = TS_DIR / f"{name}_en.ts"
    mapping = json.loads(Path(mapping_file).read_text(encoding="utf-8"))
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        source = message.findtext("source")
        if source in mapping:
            tr = message.find("translation")
            if message.get("numerus") == "yes":
                for form in tr.findall("numerusform"):
                    tr.remove(form)
                for _ in range(2):
                    ET.SubElement(tr, "numerusform").text = mapping[source]
            else:
                tr.text = mapping[source]
            tr.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def release() -> None:
    for ts in sorted(TS_DIR.glob("*_en.ts")):
        subprocess.run([_tool("lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True,
                       capture_output=True)


def missing() -> int:
    count = 0
    for ts in sorted(TS_DIR.glob("*_en.ts")):
        for message in ET.parse(ts).iter("message"):
            tr = message.find("translation")
            if tr is not None and tr.get("type") == "unfinished":
                print(f"{ts.name}: {message.findtext('source')}")
                count += 1
    return count


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    cmd, rest = argv[0], argv[1:]
    if cmd == "update":
        update(rest)
    elif cmd == "fill":
        fill(rest[0], rest[1])
    elif cmd == "release":
        release()
    elif cmd == "missing":
        return 1 if missing() else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
