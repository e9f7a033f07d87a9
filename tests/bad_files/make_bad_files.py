"""Writes the corpus of hostile and broken files in this folder (run once; the files are committed).

Each file is something a clumsy user or an attacker could hand the program; tests/test_bad_files.py
feeds every one to the command that reads that kind of file and expects one clear line, no traceback
and the event unchanged.
"""

from __future__ import annotations

import io
import json
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent

CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                 'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
                 'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
                 'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+'
                 'xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
                 'officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" '
                 'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                 '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'spreadsheetml.styles+xml"/></Types>')
ROOT_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
             '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
             'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
WORKBOOK = ('<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
            '2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            '<sheet name="回执" sheetId="1" r:id="rId1"/></sheets></workbook>')
WB_RELS = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
           'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
           'relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.'
           'openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
           '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"'
           ' Target="styles.xml"/></Relationships>')
STYLES = ('<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
          '2006/main"><numFmts count="0"/><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders '
          'count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf/>'
          '<xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>')
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
STRINGS = f'<?xml version="1.0" encoding="UTF-8"?><sst {NS} count="3"><si><t>姓名</t></si><si><t>单位</t></si><si><t>张三</t></si></sst>'


def sheet(rows: str, prolog: str = "") -> str:
    return f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet {NS}><sheetData>{rows}</sheetData></worksheet>'


GOOD_ROWS = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
             '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="inlineStr"><is><t>东莞日报</t></is></c></row>')


def xlsx(name: str, sheet_xml: str, strings: str = STRINGS, extra: dict | None = None) -> None:
    parts = {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": ROOT_RELS, "xl/workbook.xml": WORKBOOK,
             "xl/_rels/workbook.xml.rels": WB_RELS, "xl/styles.xml": STYLES, "xl/sharedStrings.xml": strings,
             "xl/worksheets/sheet1.xml": sheet_xml, **(extra or {})}
    with zipfile.ZipFile(HERE / name, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, text in parts.items():
            archive.writestr(part, text)


def zip_bomb(name: str, unpacked: int = 600 * 2**20) -> None:
    """A sheet that unpacks to ``unpacked`` bytes of spaces (about 600 KB on disk)."""
    chunk = b" " * 2**20
    comp = zlib.compressobj(9, zlib.DEFLATED, -15)
    data = b"".join(comp.compress(chunk) for _ in range(unpacked // len(chunk))) + comp.flush()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        for part, text in {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": ROOT_RELS,
                           "xl/workbook.xml": WORKBOOK, "xl/_rels/workbook.xml.rels": WB_RELS}.items():
            archive.writestr(part, text)
        info = zipfile.ZipInfo("xl/worksheets/sheet1.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        info.file_size = unpacked
        info.compress_size = len(data)
        info.CRC = zlib.crc32(chunk * 0)    # placeholder, fixed below
        crc = 0
        for _ in range(unpacked // len(chunk)):
            crc = zlib.crc32(chunk, crc)
        info.CRC = crc
        archive.fp.write(info.FileHeader())
        info.header_offset = archive.fp.tell() - len(info.FileHeader())
        archive.fp.write(data)
        archive.filelist.append(info)
        archive.NameToInfo[info.filename] = info
        archive.start_dir = archive.fp.tell()
    (HERE / name).write_bytes(buf.getvalue())


def main() -> None:
    xlsx("broken_xml.xlsx", sheet(GOOD_ROWS)[:-40])
    xlsx("bad_shared_strings.xlsx", sheet(GOOD_ROWS.replace("<v>2</v>", "<v>999</v>")))
    xlsx("shared_strings_not_xml.xlsx", sheet(GOOD_ROWS), strings="<sst><si><t>姓名</t></si>")
    xlsx("bad_number.xlsx", sheet(GOOD_ROWS + '<row r="3"><c r="A3" t="n"><v>十二</v></c></row>'))
    xlsx("bad_date.xlsx", sheet(GOOD_ROWS + '<row r="3"><c r="A3" s="1"><v>99999999999</v></c></row>'))
    xlsx("bad_cell_ref.xlsx", sheet('<row r="1"><c r="ZZZZZZZ99999999"><v>1</v></c></row>'))
    xlsx("xxe.xlsx", sheet(GOOD_ROWS.replace("东莞日报", "&xxe;"),
                           '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'))
    laughs = "".join(f'<!ENTITY l{i} "{"&l%d;" % (i - 1) * 10}">' for i in range(1, 10))
    xlsx("billion_laughs.xlsx", sheet(GOOD_ROWS.replace("东莞日报", "&l9;"), f'<!DOCTYPE worksheet [<!ENTITY l0 "ha">{laughs}]>'))
    xlsx("huge_dimension.xlsx", sheet(GOOD_ROWS).replace("<sheetData>", '<dimension ref="A1:XFD1048576"/><sheetData>'))
    (HERE / "not_a_zip.xlsx").write_bytes(b"PK\x03\x04" + b"\x00garbage" * 100)
    (HERE / "truncated.xlsx").write_bytes((HERE / "bad_number.xlsx").read_bytes()[:700])
    (HERE / "fake.xls").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\xff" * 2000)
    zip_bomb("zip_bomb.xlsx")
    (HERE / "binary.csv").write_bytes(b"\x00\x01\x02\x03" * 500)
    (HERE / "bad_quote.csv").write_text('姓名,单位\n"张三,东莞日报\n' + "x" * 10, encoding="utf-8")
    (HERE / "too_many_columns.csv").write_text(",".join(f"列{i}" for i in range(500)) + "\n", encoding="utf-8")
    (HERE / "control_chars.csv").write_text(
        "姓名,单位,职务\n张\x07三,东莞日报,记者\n\x1b[31m李四\x1b[0m,东莞日报,编辑\n王\u202e五,东莞日报\u202d,摄影\n",
        encoding="utf-8")
    # venue files
    deep = "[" * 100_000 + "]" * 100_000
    (HERE / "venue_deep.json").write_text(deep, encoding="utf-8")
    (HERE / "venue_billion_seats.json").write_text(json.dumps(
        {"name": "大", "sections": [{"name": "台下", "kind": "hall", "rows": 1000, "blocks": [1000000]}]}))
    (HERE / "venue_billion_rows.json").write_text(json.dumps(
        {"name": "大", "sections": [{"name": "台下", "kind": "hall", "rows": 10**9}]}))
    (HERE / "venue_cells_range.json").write_text(json.dumps(
        {"name": "大", "sections": [{"name": "台下", "kind": "hall", "rows": 2}],
         "zones": [{"name": "甲", "cells": ["1:1-1000000000"]}]}))
    (HERE / "venue_wrong_types.json").write_text(json.dumps(
        {"name": "大", "sections": [{"name": "台下", "kind": "hall", "rows": [3], "reserved": ["1:1"]}],
         "zones": [{"name": "甲", "cells": 5}]}))
    (HERE / "venue_not_utf8.json").write_bytes("{\"name\": \"会场\"}".encode("gbk"))
    (HERE / "venue_huge_row_number.json").write_text(json.dumps(
        {"name": "大", "sections": [{"name": "台下", "kind": "hall", "rows": [{"row": 10**30, "layout": "###"}]}]}))
    merge_files()


def merge_files() -> None:
    """Check-in merge files (ceremony checkin-merge): not JSON, too deep, the wrong shape, a forged signature."""
    (HERE / "merge_not_json.json").write_text("{这不是 JSON", encoding="utf-8")
    (HERE / "merge_deep.json").write_text("{\"a\":" * 50_000 + "1" + "}" * 50_000, encoding="utf-8")
    (HERE / "merge_wrong_format.json").write_text(json.dumps({"format": "ceremony-checkins/1", "rows": [1, 2]}))
    (HERE / "merge_records_not_list.json").write_text(json.dumps(
        {"format": "ceremony-sync-file/1", "event_uid": "x", "records": {"a": 1}}))
    (HERE / "merge_forged.json").write_text(json.dumps(
        {"format": "ceremony-sync-file/1", "event_uid": "SAME", "records": [{"uuid": "0" * 32, "kind": "checkin",
                                                                              "body": {"at": [], "person": {}}}],
         "signature": "00" * 32}))
    (HERE / "merge_binary.json").write_bytes(b"\xff\xfe\x00\x01" * 100)


if __name__ == "__main__":
    main()
