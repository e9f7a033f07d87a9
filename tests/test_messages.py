"""Messages as data: one catalogue of codes, Chinese for the CLI, English through Qt's translator."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from ceremony import messages
from ceremony.checkin import HealthReading
from ceremony.messages import CATALOGUE, Message
from ceremony.paths import TRANSLATIONS

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
        if code == messages.LEGACY:
            continue
        assert template in english, f"{code}: not extracted — run tools/i18n.py update ceremony/messages.py"
        text, kind = english[template]
        assert kind is None and text and not _HAN.search(text.replace("领导", "")), f"{code}: {text!r}"
        assert set(_FIELD.findall(text)) == set(_FIELD.findall(template)), code


def test_unknown_codes_fail_loudly():
    with pytest.raises(KeyError):
        Message("no.such.code")


def test_an_error_raised_with_old_style_text_still_reads_as_that_text():
    from ceremony.errors import ValidationError
    err = ValidationError("--date", "时间格式不对")
    assert err.code == messages.LEGACY and err.message == "--date: 时间格式不对"


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
