"""The 2020 health gate at the check-in desk (docs/protocol.md#health-gate).

Rules: a body temperature of 37.3 ℃ or more is abnormal — the guest is asked to
rest and be measured again, and a second abnormal reading refuses entry; only a
green 粤康码 passes; a 行程卡 showing a medium/high-risk city is flagged (the
guest passes, the desk and the 防疫台账 see the flag); a guest without a mask
passes with a notice (the desk hands one out).
"""

from __future__ import annotations

from dataclasses import dataclass

from ceremony.messages import Message, message

FEVER_AT = 37.3
LOWEST_PLAUSIBLE = 34.0      # below this the thermometer misread: measure again
HIGHEST_PLAUSIBLE = 43.0

GREEN, YELLOW, RED = "green", "yellow", "red"
HEALTH_CODES = (GREEN, YELLOW, RED)

# Decisions.
PASS = "pass"
REMEASURE = "remeasure"
REFUSE = "refuse"


@dataclass(frozen=True)
class HealthReading:
    """What the desk measured and saw. ``None`` means "not checked"."""

    temperature: float | None = None
    health_code: str = ""          # green / yellow / red, "" = not shown
    trip_flag: bool | None = None  # True: 行程卡 lists a medium/high-risk city
    mask: bool | None = None
    retest: bool = False           # this temperature is the re-measurement


@dataclass(frozen=True)
class HealthDecision:
    outcome: str                   # PASS / REMEASURE / REFUSE
    reason: Message | None = None      # why (REMEASURE / REFUSE)
    notices: tuple[Message, ...] = ()  # passes, but the desk should see these


def parse_health_code(text: str) -> str:
    """Accept green/绿/绿码, G ... and return one of HEALTH_CODES or ""."""
    value = (text or "").strip().lower()
    for code, words in ((GREEN, ("green", "g", "绿", "绿码")), (YELLOW, ("yellow", "y", "黄", "黄码")),
                        (RED, ("red", "r", "红", "红码"))):
        if value in words:
            return code
    return ""


def is_fever(temperature: float | None) -> bool:
    return temperature is not None and temperature >= FEVER_AT - 1e-9


def evaluate(reading: HealthReading, measured_before: bool = False) -> HealthDecision:
    """Apply the rules. ``measured_before``: an abnormal reading was already taken for this guest."""
    code = reading.health_code
    if code in (YELLOW, RED):
        return HealthDecision(REFUSE, message(f"health.code_{code}"))
    temp = reading.temperature
    if temp is not None and not LOWEST_PLAUSIBLE <= temp <= HIGHEST_PLAUSIBLE:
        return HealthDecision(REMEASURE, message("health.implausible", temperature=f"{temp:.1f}"))
    if is_fever(temp):
        if reading.retest or measured_before:
            return HealthDecision(REFUSE, message("health.fever_again", temperature=f"{temp:.1f}", limit=FEVER_AT))
        return HealthDecision(REMEASURE, message("health.fever", temperature=f"{temp:.1f}", limit=FEVER_AT))
    return HealthDecision(PASS, notices=_notices(reading))


def _notices(reading: HealthReading) -> tuple[Message, ...]:
    codes = []
    if reading.temperature is None:
        codes.append("notice.no_temperature")
    if not reading.health_code:
        codes.append("notice.no_health_code")
    if reading.trip_flag:
        codes.append("notice.trip_flag")
    if reading.mask is False:
        codes.append("notice.no_mask")
    return tuple(Message(c) for c in codes)
