"""Issue 16: a new ceremony from an empty file, without the demo — categories, the hall, 回执 forms, the
checklist, the host's guest list and the vehicles."""

from __future__ import annotations

import json

import openpyxl
import pytest

from ceremony.categories import STARTER_CATEGORIES
from ceremony.cli import main
from ceremony.event import Event


def cli(*args) -> int:
    return main([str(a) for a in args])


def fill_form(path, rows, out):
    book = openpyxl.load_workbook(path)
    sheet = book["回执"]
    header = [c.value for c in sheet[4]]
    for r, values in enumerate(rows, start=5):
        for name, value in values.items():
            sheet.cell(row=r, column=header.index(name) + 1, value=value)
    book.save(out)
    return out


def test_from_init_to_badges_chart_and_checkins_without_the_demo(tmp_path, capsys):
    db = tmp_path / "2021.ceremony"
    assert cli("init", db, "--name", "东莞市2021年职业教育活动周开幕式", "--date", "2021-11-24 10:00",
               "--venue", "东莞市机电工程学校", "--hosts", "市教育局、市人力资源社会保障局") == 0
    event = Event.open(db)
    assert [c.name for c in event.categories()] == [c.name for c in STARTER_CATEGORIES]
    assert event.info.starts_at.year == 2021 and event.info.hosts == ("市教育局", "市人力资源社会保障局")
    event.close()
    assert cli("check", "--db", db) == 1                                        # nothing there yet
    assert "名单已导入 还有 1" in capsys.readouterr().out
    assert cli("venue", "--new", "--rostrum", "5", "--hall", "6x(6,8,6)", "--blocked", "1:1", "--db", db) == 0
    assert "主席台 5 座，台下 120 座" in capsys.readouterr().out

    forms = tmp_path / "forms"
    assert cli("forms", "--out", forms, "--unit", "东莞市机电工程学校", "--unit", "东莞市教育局", "--db", db) == 0
    school = fill_form(forms / "回执_东莞市机电工程学校.xlsx", [
        {"姓名": "李明", "性别": "男", "职务": "校长", "手机号码": "13800138000", "类别": "院校负责人",
         "是否参加": "是", "是否驾车": "是", "车牌号": "粤SA1234"},
        {"姓名": "王芳", "性别": "女", "职务": "教师", "手机号码": "13900139000", "类别": "教师代表", "是否参加": "是"},
    ], tmp_path / "school.xlsx")
    bureau = fill_form(forms / "回执_东莞市教育局.xlsx", [
        {"姓名": "陈刚", "性别": "男", "职务": "局长", "手机号码": "13700137000", "类别": "主办单位领导",
         "是否参加": "是", "是否驾车": "是", "车牌号": "粤SB5678"},
    ], tmp_path / "bureau.xlsx")
    capsys.readouterr()
    assert cli("import", school, bureau, "--db", db) == 0
    out = capsys.readouterr().out
    assert "导入 3 人" in out and "警告" not in out and "warning" not in out.lower()
    event = Event.open(db)
    units = {p.name: p.unit for p in event.attendees()}
    assert units == {"李明": "东莞市机电工程学校", "王芳": "东莞市机电工程学校", "陈刚": "东莞市教育局"}  # from the forms
    chief = next(p for p in event.attendees() if p.name == "陈刚")
    from ceremony.roster import edit_operation
    event.roster.apply(edit_operation([chief.with_(on_rostrum=True)]))
    event.close()

    assert cli("seat", "--auto", "--db", db) == 0
    assert cli("badges", "--out", tmp_path / "badges.pdf", "--db", db) == 0
    assert cli("table-cards", "--out", tmp_path / "cards.pdf", "--db", db) == 0
    assert cli("seating-chart", "--out", tmp_path / "chart.pdf", "--db", db) == 0
    capsys.readouterr()
    code_ready = cli("check", "--db", db)
    assert code_ready == 0, capsys.readouterr().out                            # ready for the morning
    event = Event.open(db)
    code = event.badge_code(chief.id)
    event.close()
    assert cli("checkin", code, "--desk", "签到台1", "--db", db) == 0
    assert cli("host-list", "--db", db) == 0
    assert "东莞市教育局局长 陈刚" in capsys.readouterr().out
    assert cli("vehicle-list", "--out", tmp_path / "gate.xlsx", "--db", db) == 0
    gate = openpyxl.load_workbook(tmp_path / "gate.xlsx")["车辆清单"]
    assert [r[1] for r in gate.iter_rows(min_row=3, values_only=True)] == ["粤SA1234", "粤SB5678"]


def test_venue_builder_spelling_and_templates(tmp_path, capsys):
    db = tmp_path / "v.ceremony"
    assert cli("init", db) == 0
    assert cli("venue", "--new", "--template", "auditorium", "--db", db) == 0
    assert "主席台 20 座，台下 600 座" in capsys.readouterr().out
    assert cli("venue", "--new", "--hall", "20x(10,10", "--db", db) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "20x(10,10,10)" in err and "Traceback" not in err
    event = Event.open(db)
    assert event.repo.seat_count() == 620                                       # the bad call changed nothing
    event.close()


def test_checklist_names_what_is_missing_and_where(tmp_path, capsys):
    db = tmp_path / "c.ceremony"
    cli("init", db)
    capsys.readouterr()
    assert cli("check", "--json", "--db", db) == 1
    items = {i["key"]: i for i in map(json.loads, capsys.readouterr().out.splitlines())}
    assert items["roster"]["blocking"] and items["venue"]["blocking"] and items["venue"]["page"] == "seating"
    assert not items["health"]["blocking"] and items["backup"]["level"] == "info"


def test_host_list_names_only_who_arrived_and_substitutes_as_such(small_event, cast, tmp_path):
    from ceremony.reports import host_lines, host_text, write_host_list
    assert host_lines(small_event) == []
    mayor, director, deputy = cast.leader, cast.hosts[0], cast.hosts[1]
    for person in (deputy, mayor):                                             # late arrivals join as they come
        small_event.checkin.check_in_code(small_event.badge_code(person.id))
    text = host_text(small_event)
    assert text.startswith(f"出席今天开幕式的领导和嘉宾有：{mayor.unit}{mayor.title} {mayor.name}，")   # protocol order
    assert text.index(mayor.name) < text.index(deputy.name)
    assert director.name not in text
    pdf = tmp_path / "host.pdf"
    assert write_host_list(small_event, pdf) == 2
    from printing_support import text_of
    assert mayor.name in text_of(pdf)
    with pytest.raises(Exception) as bad:
        write_host_list(small_event, tmp_path / "host.doc")
    assert ".pdf 或 .txt" in str(bad.value)


def test_vehicle_passes_and_gate_list(small_event, tmp_path):
    from ceremony.printing import event_vehicles, write_vehicle_list, write_vehicle_passes
    cars = event_vehicles(small_event)
    assert cars and all(car.plate for car in cars)
    shared = [car for car in cars if len(car.people) > 1]
    assert shared and shared[0].names.count("、") >= 1                      # a bureau's deputies share its car
    assert write_vehicle_passes(small_event, tmp_path / "passes.pdf", "A6") == len(cars)
    from printing_support import page_count, text_of
    assert page_count(tmp_path / "passes.pdf") == len(cars)
    assert cars[0].plate in text_of(tmp_path / "passes.pdf")
    write_vehicle_list(small_event, tmp_path / "gate.pdf")
    plates = [c.plate for c in cars]
    text = text_of(tmp_path / "gate.pdf")
    positions = [text.index(p) for p in sorted(plates)]
    assert positions == sorted(positions)                                       # sorted by plate
