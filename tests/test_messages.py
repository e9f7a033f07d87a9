"""Messages as data: one catalogue of codes, Chinese for the CLI, English through Qt's translator."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ceremony import messages
from ceremony.checkin import HealthReading
from ceremony.messages import CATALOGUE, Message
from ceremony.paths import TRANSLATIONS

ROOT = Path(__file__).resolve().parent.parent
_FIELD = re.compile(r"\{(\w+)\}")
_HAN = re.compile(r"[\u3400-\u9fff]")


def _translations(name: str) -> dict[str, tuple[str, str | None]]:
    out = {}
    for message in ET.parse(TRANSLATIONS / name).iter("message"):
        tr = message.find("translation")
        out[message.findtext("source")] = (tr.text or "", tr.get("type"))
    return out


def test_every_code_has_a_finished_english_text_with_the_same_parameters():
    english = _translations("ceremony_messages_en.ts")
    for code, template in CATALOGUE.items():
        assert template in english, f"{code}: not extracted — run tools/i18n.py update ceremony/messages.py"
        text, kind = english[template]
        assert kind is None and text and not _HAN.search(text.replace("领导", "")), f"{code}: {text!r}"
        assert set(_FIELD.findall(text)) == set(_FIELD.findall(template)), code


def test_unknown_codes_fail_loudly():
    with pytest.raises(KeyError):
        Message("no.such.code")


def test_an_error_with_an_unknown_code_or_pre_written_text_fails_at_the_raise_site():
    from ceremony.errors import CeremonyError, ValidationError
    from ceremony.seating import VenueError
    with pytest.raises(KeyError):
        ValidationError("no.such.code")
    with pytest.raises(KeyError):
        CeremonyError("时间格式不对")
    with pytest.raises(KeyError):
        VenueError("--hall", "应写成 排数x座位数")
    with pytest.raises(TypeError):                          # no positional text after the code
        ValidationError("cli.bad_date", "时间格式不对")


def _error_classes_taking_a_code() -> set[str]:
    """Names of the CeremonyError classes whose first argument is a message code."""
    import importlib
    import inspect
    import pkgutil

    import ceremony
    from ceremony.errors import CeremonyError
    for module in pkgutil.walk_packages(ceremony.__path__, "ceremony."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    found, todo = set(), [CeremonyError]
    while todo:
        cls = todo.pop()
        todo += cls.__subclasses__()
        params = list(inspect.signature(cls.__init__).parameters.values())[1:]
        assert not any(p.kind is p.VAR_POSITIONAL for p in params), f"{cls.__name__} takes text after its code"
        if params and params[0].name == "code":
            found.add(cls.__name__)
    return found


def test_every_error_raised_in_the_domain_names_a_catalogue_code():
    """A code-taking error raised with a literal that is not a catalogue code (pre-written text) fails here."""
    import ast

    classes = _error_classes_taking_a_code()
    assert {"CeremonyError", "ValidationError", "VenueError", "EventFileError"} <= classes
    wrong = []
    for path in sorted((ROOT / "ceremony").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name not in classes or not node.args:
                continue
            first = node.args[0]
            literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
            if literal and first.value not in CATALOGUE:
                wrong.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)[:80]}")
    assert not wrong, "\n".join(wrong)


def test_chinese_text_fills_parameters():
    assert messages.text("health.fever", {"temperature": "37.5", "limit": 37.3}) == "体温 37.5 °C ≥37.3 °C，请稍候复测"


def test_scan_results_carry_codes_and_the_cli_json_both(small_event, cast):
    small_event.set_setting("health_check", True)
    person = cast.leader
    result = small_event.checkin.check_in_attendee(person.id, health=HealthReading(38.2, "green"))
    assert result.reason.code == "health.fever" and result.reason.params["temperature"] == "38.2"
    data = result.to_json()
    assert data["reason_code"] == "health.fever" and "38.2" in data["reason"]
    bogus = small_event.checkin.check_in_code("not a badge")
    assert bogus.reason.code == "scan.invalid" and bogus.to_json()["reason"] == "无法识别的二维码或伪造证件"


@pytest.fixture
def english(qapp):
    from ui.i18n import install_language
    install_language("en")
    yield
    install_language("zh")


def test_the_desk_panel_shows_the_reason_in_english(qtbot, english, small_event, cast):
    from ui.checkin.checkin_result_panel import CheckinResultPanel
    small_event.set_setting("health_check", True)
    person = cast.leader
    panel = CheckinResultPanel()
    qtbot.addWidget(panel)
    panel.show_result(small_event.checkin.check_in_attendee(person.id, health=HealthReading(38.2, "green")))
    assert "Temperature 38.2 °C ≥ 37.3 °C" in panel.texts()["detail"]
    assert not _HAN.search(panel.texts()["headline"])


def test_error_text_translates_domain_errors(english):
    from ceremony.settings import SettingError
    from ui.messages import error_text
    assert error_text(SettingError("setting.bad_bool", key="health_check", value="x")) == \
        "Setting health_check must be true or false, not x"


def test_a_parameter_may_be_a_message_or_a_list_of_them(english):
    """Seats named in a warning, "no zone" in a zone's place: translated inside the sentence, lists joined
    as the language joins them; the CLI's Chinese reads as before."""
    from ui.messages import message_text
    places = [messages.message("seating.place", row=1, number=n) for n in (3, 5)]
    front = messages.message("seating.front_empty", zone="前排", count=2, seats=places)
    assert front.text == "前排「前排」还有 2 个空座：1排3号、1排5号（后面已无可前移的人）"
    assert message_text(front).startswith("2 empty seats left in the front zone “前排”: row 1 seat 3, row 1 seat 5")
    spill = messages.message("seating.overflow", count=2, zone=messages.message("seating.no_zone"),
                             target=messages.message("seating.unzoned_seats"))
    assert spill.text == "2人因分区「未分区」已满安排在未分区座位"
    assert not _HAN.search(message_text(spill))


def test_a_bad_hall_on_the_command_line_is_one_chinese_line(tmp_path):
    import subprocess
    import sys

    db = tmp_path / "e.ceremony"
    env = {"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    subprocess.run([sys.executable, "-m", "ceremony", "init", str(db)], cwd=ROOT, env=env, check=True,
                   capture_output=True, timeout=60)
    run = subprocess.run([sys.executable, "-m", "ceremony", "venue", "--new", "--hall", "bad", "--db", str(db)],
                         cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode != 0 and "Traceback" not in run.stderr, run.stderr
    assert run.stderr.strip() == "ceremony: 错误: --hall：应写成 排数x(每区座位数,…)，如 20x(10,10,10) 或 12x24，而不是“bad”"


@pytest.mark.parametrize("argv, expected", [
    (["venue", "--new"], "请用 --template 选模板，或用 --hall 给出台下的排数和座位"),
    (["venue", "--new", "--template", "stadium"], "--template：未知的会场模板“stadium”"),
    (["venue", "--new", "--hall", "3x10", "--blocked", "9:1"], "--blocked：台下没有第 9 排（共 3 排）"),
    (["venue", "--new", "--hall", "3x10", "--blocked", "1-2"], "--blocked：座位应写成 排:号"),
    (["venue", "--new", "--hall", "3x10", "--rostrum", "9,x"], "--rostrum：应写成每排座位数"),
    (["vehicle-list", "--out", "cars.doc"], "名单里没有人填写车牌号，无需通行证"),
    (["init", "x.ceremony", "--date", "明天"], "--date：时间应写成 2021-11-24 10:00，而不是“明天”"),
    (["seat"], "请指定 --auto（自动排座）或 --clear（清空座位）"),
])
def test_cli_errors_are_one_chinese_line(tmp_path, capsys, monkeypatch, argv, expected):
    from ceremony.cli import main
    db = str(tmp_path / "e.ceremony")
    assert main(["init", db]) == 0
    capsys.readouterr()
    monkeypatch.chdir(tmp_path)
    assert main([*argv, "--db", db]) != 0
    err = capsys.readouterr().err
    assert err.startswith("ceremony: 错误: ") and expected in err and len(err.strip().splitlines()) == 1, err
    assert not re.search(r"[A-Za-z]{3,} [a-z]{3,} [a-z]{3,}", err.replace("ceremony", "")), err  # no English sentence


def test_errors_the_user_meets_read_in_english_without_chinese(english, tmp_path):
    from ceremony.deskmode import DeskModeLocked, PinNeeded, WrongPin, check_pin_form
    from ceremony.errors import DiskFull, EventFileBusy
    from ceremony.lockfile import EventFileInUse, Holder
    from ceremony.seating import build_spec, parse_cells, parse_hall, template_spec
    from ui.messages import error_text, message_text
    errors = []
    for attempt in (lambda: parse_hall("bad"), lambda: parse_cells("1-2"), lambda: template_spec("stadium"),
                    lambda: build_spec("h", [], 3, [10], blocked=[(9, 1)]),
                    lambda: build_spec("h", [], 3, [10], blocked=[(1, 11)]), lambda: check_pin_form("1")):
        with pytest.raises(Exception) as info:
            attempt()
        errors.append(info.value)
    errors += [DeskModeLocked("roster"), WrongPin(), PinNeeded(), DiskFull(tmp_path / "e.ceremony"),
               EventFileBusy(tmp_path / "e.ceremony"),
               EventFileInUse(tmp_path / "e.ceremony", Holder("Desk 2", "pc", 42, "app", "2026-11-29T10:00:00"))]
    for error in errors:
        text = error_text(error)
        assert text and not _HAN.search(text) and "{" not in text, (error.code, text)
    assert error_text(errors[0]) == "--hall: write rows x (seats per block, …), e.g. 20x(10,10,10) or 12x24, not 'bad'"
    assert message_text(Holder(host="pc", pid=7, program="cli", since="2026-11-29T10:00").message()) == \
        "the command line (computer pc, process 7, since 2026-11-29 10:00)"


def test_the_hall_builder_says_what_is_wrong_with_a_blocked_seat_in_english(qtbot, english):
    from ui.seating.hall_builder_dialog import HallBuilderDialog
    dialog = HallBuilderDialog("Hall")
    qtbot.addWidget(dialog)
    dialog.rows_spin.setValue(3)
    dialog.blocks_edit.setText("10,10")
    for typed, expected in (("1:99", "row 1 has no seat at position 99"), ("9:1", "the hall has no row 9 (it has 3 rows)"),
                            ("1-2", "write seats as row:x or row:x-x")):
        dialog.blocked_edit.setText(typed)
        text = dialog.error.text()
        assert text.startswith("Blocked seats: ") and expected in text and not _HAN.search(text), text


def test_the_cli_note_on_a_character_without_stroke_data_is_chinese(capsys):
    from ceremony.cli.common import report_unplaced_characters
    report_unplaced_characters(["万俟卨"])
    assert capsys.readouterr().err == "提示：「卨」没有笔顺数据，按笔画数估计位置，请核对：万俟卨\n"
