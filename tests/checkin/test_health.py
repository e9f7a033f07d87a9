"""The 2020 health rules at the desk."""

import pytest

from ceremony.checkin import health
from ceremony.checkin.health import HealthReading, evaluate


@pytest.mark.parametrize("reading, before, outcome", [
    (HealthReading(36.5, "green", False, True), False, health.PASS),
    (HealthReading(37.2, "green", False, True), False, health.PASS),
    (HealthReading(37.3, "green", False, True), False, health.REMEASURE),   # the 37.3 ℃ line is abnormal
    (HealthReading(37.3, "green", False, True, retest=True), False, health.REFUSE),
    (HealthReading(38.1, "green"), True, health.REFUSE),                      # second abnormal reading
    (HealthReading(36.9, "green"), True, health.PASS),                        # re-measured fine
    (HealthReading(36.5, "yellow"), False, health.REFUSE),
    (HealthReading(36.5, "red"), False, health.REFUSE),
    (HealthReading(31.0, "green"), False, health.REMEASURE),                  # thermometer misread
    (HealthReading(36.5, "green", True, True), False, health.PASS),           # 行程卡 flagged, passes
])
def test_rules(reading, before, outcome):
    assert evaluate(reading, before).outcome == outcome


def test_refusal_reason_names_the_colour_and_temperature():
    assert evaluate(HealthReading(36.5, "yellow")).reason.code == "health.code_yellow"
    assert "黄码" in evaluate(HealthReading(36.5, "yellow")).reason.text
    fever = evaluate(HealthReading(38.0, "green", retest=True)).reason
    assert fever.code == "health.fever_again" and fever.params["temperature"] == "38.0" and "38.0" in fever.text


def test_notices_for_trip_card_mask_and_missing_values():
    notices = evaluate(HealthReading(36.5, "green", True, False)).notices
    assert {n.code for n in notices} == {"notice.trip_flag", "notice.no_mask"}
    assert any("行程卡" in n.text for n in notices) and any("口罩" in n.text for n in notices)
    assert {n.code for n in evaluate(HealthReading()).notices} >= {"notice.no_temperature", "notice.no_health_code"}
    assert evaluate(HealthReading(36.5, "green", False, True)).notices == ()


@pytest.mark.parametrize("text, code", [("green", "green"), ("绿码", "green"), ("Y", "yellow"), ("红", "red"),
                                        ("blue", ""), ("", "")])
def test_parse_health_code(text, code):
    assert health.parse_health_code(text) == code
