"""The attendance report (docs/protocol.md#report) computed as plain data.

``ReportService(event).build()`` returns a :class:`~ceremony.reports.model.Report`;
the PDF, workbook and CSV writers and the report page only lay it out. The
formulas live in :mod:`ceremony.reports.model`; every state comes from
:func:`ceremony.attendance.attendance_states`.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from ceremony.reports import model as rm
from ceremony.attendance import ABSENT, LATE, LEAVE, PENDING, PRESENT, SUBSTITUTE, attendance_states
from ceremony.errors import CeremonyError
from ceremony.models import ATTENDANCE_SUBSTITUTE, RSVP_LEAVE, CheckinEntry
from ceremony.reports.leaders import is_leader, leader_categories, release_sentence
from ceremony.reports.model import DATETIME, FLOAT1, INT, RATE, TEXT, Column, Figures, Table

if TYPE_CHECKING:
    from ceremony.event import Event

STATE_LABELS = {PENDING: "未到", PRESENT: "已到", LATE: "迟到", LEAVE: "请假", ABSENT: "缺席", SUBSTITUTE: "代参加"}
KIND_LABELS = {"scan": "扫码", "search": "查找", "manual": "补签", "walkin": "现场登记",
               "refused": "拒绝入场", "undo": "撤销"}
HEALTH_CODE_LABELS = {"green": "绿码", "yellow": "黄码", "red": "红码"}
FEVER = 37.3          # docs/protocol.md#health-gate: ≥ 37.3 ℃ is abnormal
BIN_MINUTES = 5
MAX_SPAN = timedelta(hours=2)   # bins further than this from the start are folded into the outer bins
NO_UNIT = "（未填单位）"
NO_CATEGORY = "未分类"

_FIGURE_COLUMNS = tuple(Column(h, RATE if h == "出席率" else INT, 8) for h in rm.FIGURE_HEADERS)
_PERSON_COLUMNS = (Column("序号", INT, 6), Column("姓名", TEXT, 10), Column("单位", TEXT, 28),
                   Column("职务", TEXT, 24), Column("类别", TEXT, 12))


class UnknownSection(CeremonyError):
    code = "report.unknown_section"

    def __init__(self, name: str):
        super().__init__(name=name, known=", ".join(rm.SECTIONS))
        self.name = name


class ReportService:
    def __init__(self, event: Event):
        self.event = event
        self.repo = event.repo

    def build(self, section: str | None = None) -> rm.Report:
        """The whole report (or one section of it) as of now."""
        if section is not None and section not in rm.SECTIONS:
            raise UnknownSection(section)
        info = self.event.info
        people = self.event.attendees()          # rank order
        states = attendance_states(self.event)
        log = self.repo.report_checkin_rows()
        categories = self._category_figures(people, states)
        totals = rm.sum_figures("合计", categories)
        bins = arrival_bins([a.arrived_at for a in states.values() if a.arrived_at is not None], info.starts_at)
        leader_cats = leader_categories(self.event)
        leaders = [p for p in people if is_leader(p, leader_cats)]
        came = [p for p in leaders if p.id is not None and states[p.id].state in (PRESENT, LATE)]
        overrides = self.event.setting("unit_short_names")
        report = rm.Report(
            event_name=info.name, starts_at=info.starts_at, venue=info.venue, generated_at=self.event.now(),
            totals=totals, categories=tuple(categories), arrival_bins=tuple(bins),
            leader_sentence=release_sentence(came, info.name, overrides),
            tables=(
                _figures_table(rm.BY_CATEGORY, "出席情况统计（按类别）", "类别", categories, totals),
                _figures_table(rm.BY_UNIT, "出席情况统计（按单位）", "单位", _unit_figures(people, states), totals),
                _leaders_table(leaders, states),
                _leave_table(people, states),
                _absent_table(people, states, log),
                _substitutes_table(people, states, log),
                _arrivals_table(bins, info.starts_at),
                _health_table(log, {p.id: p.phone for p in people if p.id is not None}, full_phones=not self.event.setting("desk_mode")),
                _checkins_table(log, states, self.repo.report_attendance_marks(), {p.id: p for p in people}),
            ),
        )
        return report.only(section)

    def _category_figures(self, people, states) -> list[Figures]:
        groups: OrderedDict[str, list[str]] = OrderedDict((c.name, []) for c in self.event.categories())
        for p in people:
            groups.setdefault(p.category or NO_CATEGORY, []).append(states[p.id].state)
        return [rm.count_states(name, s) for name, s in groups.items() if s]

    # --- writing files ---------------------------------------------------------------------------
    def export(self, path: Path | str, section: str | None = None, progress=None) -> list[Path]:
        """Write the report as .pdf, .xlsx or .csv (by suffix); returns the files written."""
        return export_report(self.build(section), path, section, progress)


def export_report(report: rm.Report, path: Path | str, section: str | None = None, progress=None) -> list[Path]:
    """Write an already built report; the GUI calls this from a worker thread."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        from ceremony.reports.pdf import write_pdf
        write_pdf(report, path, progress)
        return [path]
    if suffix == ".xlsx":
        from ceremony.reports.xlsx import write_xlsx
        write_xlsx(report, path, progress)
        return [path]
    if suffix == ".csv":
        from ceremony.reports.csv_file import write_csv
        return write_csv(report, path, single=section is not None, progress=progress)
    raise UnsupportedFormat(path)


class UnsupportedFormat(CeremonyError):
    code = "report.format"

    def __init__(self, path: Path):
        super().__init__(path=str(path))
        self.path = path


# --- statistics ----------------------------------------------------------------------------------
def _unit_figures(people, states) -> list[Figures]:
    groups: OrderedDict[str, list[str]] = OrderedDict()
    for p in people:   # units appear in the order of their highest-ranked person
        groups.setdefault(p.unit or NO_UNIT, []).append(states[p.id].state)
    return [rm.count_states(unit, s) for unit, s in groups.items()]


def _figures_table(key, title, label, figures, totals) -> Table:
    return Table(key, title, (Column(label, TEXT, 28 if key == rm.BY_UNIT else 14),) + _FIGURE_COLUMNS,
                 tuple(f.row() for f in figures), totals.row(), rm.FOOTNOTE)


def _floor(dt: datetime) -> datetime:
    return dt.replace(minute=dt.minute - dt.minute % BIN_MINUTES, second=0, microsecond=0)


def arrival_bins(arrivals: list[datetime], starts_at: datetime) -> list[rm.ArrivalBin]:
    """Arrivals per 5 minutes from the first to the last arrival (the start always inside)."""
    start_bin = _floor(starts_at)
    if arrivals:
        lo, hi = _floor(min(arrivals + [starts_at])), _floor(max(arrivals + [starts_at]))
    else:
        lo, hi = start_bin - timedelta(minutes=30), start_bin
    lo, hi = max(lo, _floor(starts_at - MAX_SPAN)), min(hi, _floor(starts_at + MAX_SPAN))
    step = timedelta(minutes=BIN_MINUTES)
    count = int((hi - lo) / step) + 1
    counts = [0] * count
    clipped_early = clipped_late = False
    for at in arrivals:
        index = int((_floor(at) - lo) / step)
        clipped_early |= index < 0
        clipped_late |= index >= count
        counts[min(max(index, 0), count - 1)] += 1
    bins = []
    for i, n in enumerate(counts):
        start = lo + i * step
        label = start.strftime("%H:%M")
        if i == 0 and clipped_early:
            label += "及以前"
        elif i == count - 1 and clipped_late:
            label += "及以后"
        bins.append(rm.ArrivalBin(start, n, label, start == start_bin))
    return bins


def _arrivals_table(bins, starts_at) -> Table:
    rows, running = [], 0
    for b in bins:
        running += b.count
        end = (b.start + timedelta(minutes=BIN_MINUTES)).strftime("%H:%M")
        span = b.label if not b.label[-1].isdigit() else f"{b.label}–{end}"
        rows.append((span, b.count, running, f"{starts_at:%H:%M} 开始" if b.is_start else ""))
    cols = (Column("时段", TEXT, 16), Column("签到人数", INT, 10), Column("累计", INT, 10), Column("备注", TEXT, 14))
    return Table(rm.ARRIVALS, "到场时间分布（每5分钟）", cols, tuple(rows), ("合计", running, None, ""),
                 "按每人首次有效签到时间统计；撤销的签到不计。")


# --- name lists -------------------------------------------------------------------------------------
def _person(i, p) -> tuple:
    return (i, p.name, p.unit, p.title, p.category)


def _leaders_table(leaders, states) -> Table:
    came = [p for p in leaders if states[p.id].state in (PRESENT, LATE)]
    rows = tuple(_person(i, p) + ("是" if p.on_rostrum else "", states[p.id].arrived_at, STATE_LABELS[states[p.id].state])
                 for i, p in enumerate(came, 1))
    subs = [f"{p.name}（{p.unit}{p.title}）由{p.substitute_name or '他人'}代参加"
            for p in leaders if states[p.id].state == SUBSTITUTE]
    note = "按位次排列，仅列本人实际出席的领导。" + ("代参加：" + "；".join(subs) + "。" if subs else "")
    cols = _PERSON_COLUMNS + (Column("主席台", TEXT, 8), Column("签到时间", DATETIME, 20), Column("状态", TEXT, 8))
    return Table(rm.LEADERS, "出席领导名单", cols, rows, None, note)


def _leave_table(people, states) -> Table:
    on_leave = [p for p in people if states[p.id].state == LEAVE]
    rows = tuple(_person(i, p) + (p.attendance_reason or ("回执请假" if p.rsvp == RSVP_LEAVE else ""),)
                 for i, p in enumerate(on_leave, 1))
    return Table(rm.LEAVE_LIST, "请假人员名单", _PERSON_COLUMNS + (Column("请假原因", TEXT, 30),), rows)


def _absent_table(people, states, log) -> Table:
    missing = [p for p in people if states[p.id].state in (ABSENT, PENDING)]
    refused = {r.attendee_id: r.reason for r in log if r.status == "refused" and not r.undone}
    undone = {r.attendee_id for r in log if r.status == "ok" and r.undone}

    def why(p) -> str:
        if p.attendance == ATTENDANCE_SUBSTITUTE:   # a substitute was announced but never checked in
            return f"登记由{p.substitute_name or '他人'}代参加，代参加人未签到" + \
                (f"（{p.attendance_reason}）" if p.attendance_reason else "")
        if p.attendance_reason:
            return p.attendance_reason
        if p.id in refused:
            return f"防疫检查未通过，未入场（{refused[p.id]}）"
        return "签到已撤销" if p.id in undone else ""
    rows = tuple(_person(i, p) + ("缺席" if states[p.id].state == ABSENT else "未签到", why(p))
                 for i, p in enumerate(missing, 1))
    cols = _PERSON_COLUMNS + (Column("情况", TEXT, 8), Column("原因", TEXT, 30))
    return Table(rm.ABSENT_LIST, "缺席人员名单", cols, rows, None, "缺席含标记缺席和始终未签到的人员。")


def _substitutes_table(people, states, log) -> Table:
    names_in_log = {r.id: r.substitute_name for r in log if r.substitute_name}
    subs = [p for p in people if states[p.id].state == SUBSTITUTE]
    rows = tuple(_person(i, p) + (p.substitute_name or names_in_log.get(states[p.id].checkin_id, ""),
                                  states[p.id].arrived_at, p.attendance_reason)
                 for i, p in enumerate(subs, 1))
    cols = _PERSON_COLUMNS + (Column("代参加人", TEXT, 10), Column("签到时间", DATETIME, 20), Column("原因", TEXT, 24))
    return Table(rm.SUBSTITUTES, "代参加人员名单", cols, rows)


# --- the check-in log -------------------------------------------------------------------------------
def _at(at: str) -> datetime:
    return datetime.fromisoformat(at)


def _who(row: CheckinEntry) -> str:
    """The person a log row is about; a refused walk-in has no roster entry, only its input."""
    text = row.input
    return row.name or (text[len("walkin:"):] if text.startswith("walkin:") else "")


def _yes_no(value, yes: str, no: str) -> str:
    return "" if value is None else (yes if value else no)


def shown_phone(phone: str, full: bool) -> str:
    """The organiser sees the whole number (the ledger exists for contact tracing); a desk copy its last 4."""
    if full or len(phone) <= 4:
        return phone
    return "*" * (len(phone) - 4) + phone[-4:]


def _health_table(log, phones: dict[int, str], full_phones: bool = True) -> Table:
    rows: list[tuple] = []
    fever, not_green, trips, no_mask, refused = 0, 0, 0, 0, 0
    for r in (r for r in log if r.kind != "undo"):
        temp = r.temperature
        is_refused = r.status == "refused"
        fever += temp is not None and temp >= FEVER
        not_green += r.health_code not in ("", "green")
        trips += bool(r.trip_flag)
        no_mask += r.mask is False
        refused += is_refused
        result = "拒绝入场" if is_refused else ("通过（签到已撤销）" if r.undone else "通过")
        phone = shown_phone(phones.get(r.attendee_id, "") if r.attendee_id is not None else "", full_phones)
        rows.append((len(rows) + 1, _at(r.at), _who(r), r.unit, phone, r.desk, temp,
                     "异常" if temp is not None and temp >= FEVER else ("正常" if temp is not None else ""),
                     HEALTH_CODE_LABELS.get(r.health_code, r.health_code),
                     _yes_no(r.trip_flag, "途经中高风险地区", "正常"), _yes_no(r.mask, "已佩戴", "未佩戴"),
                     result, r.reason if is_refused else ""))
    cols = (Column("序号", INT, 6), Column("时间", DATETIME, 20), Column("姓名", TEXT, 10), Column("单位", TEXT, 26),
            Column("联系电话", TEXT, 14), Column("签到台", TEXT, 10), Column("体温(°C)", FLOAT1, 9), Column("体温判定", TEXT, 9),
            Column("粤康码", TEXT, 8), Column("行程卡", TEXT, 16), Column("口罩", TEXT, 8),
            Column("结果", TEXT, 16), Column("拒绝原因", TEXT, 24))
    note = (f"登记 {len(rows)} 人次；体温≥{FEVER} °C {fever} 人次；非绿码 {not_green} 人次；"
            f"行程卡异常 {trips} 人次；未戴口罩 {no_mask} 人次；拒绝入场 {refused} 人次。")
    return Table(rm.HEALTH, "防疫登记台账", cols, tuple(rows), None, note)


def _checkin_result(r, counted_ids: set[int]) -> str:
    if r.kind == "undo" or r.status == "undo":
        return f"撤销第 {r.undoes} 号记录" if r.undoes else "撤销"
    if r.status == "refused":
        return "拒绝入场"
    if r.status != "ok":
        return r.status
    if r.undone:
        return "已撤销"
    return "有效签到" if r.id in counted_ids else "重复签到（不重复计数）"


def _mark_row(mark, people) -> tuple:
    d = mark["detail"]
    person = people.get(d.get("attendee_id"))
    name, unit, category = (person.name, person.unit, person.category) if person else ("", "", "")
    state = d.get("state", "")
    result = f"标记为{STATE_LABELS[state]}" if state in STATE_LABELS else "清除标记"
    return (None, _at(mark["at"]), name, unit, category, mark["desk"], "标记", result, d.get("substitute_name", ""),
            d.get("reason", ""))


def _checkins_table(log, states, marks, people) -> Table:
    counted = {a.checkin_id for a in states.values() if a.checkin_id is not None}
    rows: list[tuple] = [(r.id, _at(r.at), _who(r), r.unit, r.category, r.desk, KIND_LABELS.get(r.kind, r.kind),
                          _checkin_result(r, counted), r.substitute_name, r.reason) for r in log]
    rows += [_mark_row(m, people) for m in marks]
    rows.sort(key=lambda r: (r[1], r[0] is None, r[0] or 0))
    cols = (Column("记录号", INT, 8), Column("时间", DATETIME, 20), Column("姓名", TEXT, 10), Column("单位", TEXT, 26),
            Column("类别", TEXT, 12), Column("签到台", TEXT, 10), Column("方式", TEXT, 9), Column("结果", TEXT, 20),
            Column("代参加人", TEXT, 10), Column("说明", TEXT, 24))
    return Table(rm.CHECKINS, "签到明细", cols, tuple(rows), None,
                 "含补签、撤销、拒绝入场记录和签到台设置的请假/缺席/代参加标记（标记无记录号）；按时间排列。")
