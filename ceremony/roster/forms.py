"""回执 forms to send to the units (docs/protocol.md#import): one .xlsx per unit, filled back and imported.

Each form carries the event's title, the unit already written in a "单位：X" line above the header (the import
takes the unit from it), the columns this event needs, drop-downs where the values are fixed (性别, 类别, 是否参加,
是否驾车), phone and ID columns formatted as text so a spreadsheet never turns 13800001111 into 1.38E+10, and a
line of instructions. A returned form imports with no warnings.
"""

from __future__ import annotations

import re
from pathlib import Path

from ceremony.fileio import atomic_output

HEADER = ("序号", "姓名", "性别", "职务", "手机号码", "类别", "是否参加", "是否驾车", "车牌号", "备注")
ID_HEADER = "身份证号"
ROWS = 30                              # empty rows prepared (formats and drop-downs) for the unit to fill
TEXT_FORMAT = "@"


def write_reply_forms(event, folder: Path | str, units: list[str] | None = None, blank: bool = False) -> list[Path]:
    """Forms for ``units`` (default: every unit on the roster; a blank one when there is none); returns paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if units is None:
        units = list(dict.fromkeys(p.unit for p in event.attendees() if p.unit))
    targets = [u for u in units if u.strip()] + ([""] if blank or not units else [])
    written = []
    for unit in targets:
        path = folder / f"回执_{_file_part(unit) or '空白'}.xlsx"
        write_reply_form(event, path, unit)
        written.append(path)
    return written


def write_reply_form(event, path: Path | str, unit: str = "") -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.worksheet.datavalidation import DataValidation

    info = event.info
    header = list(HEADER)
    if event.setting("health_check"):
        header.insert(5, ID_HEADER)            # the 2020 health registration asks for it
    book = Workbook()
    sheet = book.active
    sheet.title = "回执"
    width = len(header)
    when = f"{info.starts_at.year}年{info.starts_at.month}月{info.starts_at.day}日 {info.starts_at:%H:%M}"
    sheet.append([f"{info.name}参会回执"])
    sheet.append([f"单位：{unit}" if unit else "单位："])
    sheet.append([f"时间：{when}　地点：{info.venue}。请在下表填写参会人员（每行一人），"
                  "手机号码和身份证号按文本填写，驾车参会请填写车牌号，填好后发回会务组。"])
    sheet.append(header)
    for r in range(ROWS):
        sheet.append([r + 1] + [None] * (width - 1))
    for row in (1, 2, 3):
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
    sheet["A1"].font = Font(name="黑体", size=16, bold=True)
    sheet["A1"].alignment = Alignment(horizontal="center")
    sheet["A2"].font = Font(name="宋体", size=12, bold=True)
    sheet["A3"].font = Font(name="宋体", size=10, color="666666")
    sheet["A3"].alignment = Alignment(wrap_text=True, vertical="top")
    sheet.row_dimensions[3].height = 32
    thin = Side(style="thin")
    for cell in sheet[4]:
        cell.font = Font(name="宋体", size=11, bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(horizontal="center")
    for row in sheet.iter_rows(min_row=4, max_row=4 + ROWS, max_col=width):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    columns = {name: i + 1 for i, name in enumerate(header)}
    for name in ("手机号码", ID_HEADER, "车牌号"):
        if name in columns:
            for (cell,) in sheet.iter_rows(min_row=5, max_row=4 + ROWS, min_col=columns[name], max_col=columns[name]):
                cell.number_format = TEXT_FORMAT
    categories = [c.name for c in event.categories()]
    lists = {"性别": ["男", "女"], "是否参加": ["是", "否", "待定"], "是否驾车": ["是", "否"],
             "类别": categories}
    for name, values in lists.items():
        if name in columns and values:
            _drop_down(sheet, DataValidation, columns[name], values, book)
    for name, chars in zip(header, (5, 10, 5, 24, 14, 20, 12, 9, 9, 11, 16)):
        sheet.column_dimensions[_letter(columns[name])].width = chars if name != ID_HEADER else 21
    sheet.column_dimensions[_letter(columns["类别"])].width = 14
    sheet.freeze_panes = "A5"
    sheet.print_title_rows = "4:4"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    with atomic_output(path) as tmp:
        book.save(tmp)
    return Path(path)


def _drop_down(sheet, validation_class, column: int, values: list[str], book) -> None:
    """A list validation; long lists go to a hidden sheet (Excel limits an inline list to 255 characters)."""
    letter = _letter(column)
    inline = ",".join(values)
    if len(inline) <= 250 and not any("," in v for v in values):
        formula = f'"{inline}"'
    else:
        lists = book["选项"] if "选项" in book.sheetnames else book.create_sheet("选项")
        lists.sheet_state = "hidden"
        col = lists.max_column + (1 if lists.max_row > 1 or lists["A1"].value else 0)
        for i, value in enumerate(values, start=1):
            lists.cell(row=i, column=col, value=value)
        formula = f"选项!${_letter(col)}$1:${_letter(col)}${len(values)}"
    check = validation_class(type="list", formula1=formula, allow_blank=True, showDropDown=False)
    check.error, check.errorTitle = "请从下拉列表中选择", "输入有误"
    sheet.add_data_validation(check)
    check.add(f"{letter}5:{letter}{4 + ROWS}")


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter
    return get_column_letter(column)


def _file_part(unit: str) -> str:
    return re.sub(r'[\\/:*?"<>|\s]+', "_", unit).strip("_")[:60]
