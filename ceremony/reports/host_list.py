"""The host's guest list (主持词 嘉宾介绍), built live from the check-ins (docs/protocol.md#report).

At 9:55 the host reads out the leaders and guests who are actually there, in protocol order, each as
"<full title> <name>" — "出席今天开幕式的领导和嘉宾有：东莞市人民政府副市长 黎振华，…". Only people who
arrived count; a substitute is named as such ("东莞市农业农村局副局长 某某（代某某出席）" reads
"…某某 代表 某某"); a late arrival is added the moment they check in.
"""

from __future__ import annotations

from dataclasses import dataclass

from ceremony.attendance import ARRIVED, SUBSTITUTE, attendance_states
from ceremony.models import Attendee
from ceremony.printing import break_lines
from ceremony.reports.leaders import event_word, is_leader, leader_categories


@dataclass(frozen=True)
class HostLine:
    attendee_id: int
    rank: int
    text: str                 # what the host reads: "东莞市人民政府副市长 黎振华"
    substitute: bool = False
    late: bool = False


def guest_categories(event) -> set[str]:
    """Leaders (the report's leader categories) and guests: categories whose badge is 贵宾证 or 嘉宾证, or
    whose name says 领导 or 嘉宾 (event setting ``host_list_categories`` overrides)."""
    configured = event.setting("host_list_categories")
    if configured:
        return set(configured)
    return leader_categories(event) | {c.name for c in event.categories()
                                       if c.badge_class in ("贵宾证", "嘉宾证") or "嘉宾" in c.name}


def read_as(person: Attendee) -> str:
    """The full title then the name, as a host reads it (units are not shortened here)."""
    title = person.title.strip()
    if not title:
        return f"{person.unit} {person.name}".strip()
    if person.unit and not title.startswith(("中共", person.unit[:2])) and "、" not in title:
        return f"{person.unit}{title} {person.name}"
    return f"{title} {person.name}"


def host_lines(event) -> list[HostLine]:
    people = event.attendees()
    states = attendance_states(event, people)
    wanted = guest_categories(event)
    out = []
    for p in sorted(people, key=lambda p: (p.rank == 0, p.rank, p.id)):
        if not (is_leader(p, wanted) or p.category in wanted) or states[p.id].state not in ARRIVED:
            continue
        text = read_as(p)
        substitute = states[p.id].state == SUBSTITUTE
        if substitute:
            name = p.substitute_name or "代表"
            text = f"{text}（由 {name} 代为出席）" if p.substitute_name else f"{text}（委派代表出席）"
        out.append(HostLine(p.id, p.rank, text, substitute, states[p.id].state == "late"))
    return out


def host_text(event) -> str:
    """The paragraph the host reads."""
    lines = host_lines(event)
    word = event_word(event.info.name)
    if not lines:
        return f"（尚无领导和嘉宾签到）出席今天{word}的领导和嘉宾有："
    return f"出席今天{word}的领导和嘉宾有：" + "，".join(line.text for line in lines) + "。"


def write_host_list(event, path) -> int:
    """``.txt`` (UTF-8 with BOM, one person a line) or ``.pdf`` (A4, large type for reading aloud)."""
    from pathlib import Path
    from ceremony.errors import ValidationError
    from ceremony.fileio import atomic_output
    path = Path(path)
    lines = host_lines(event)
    if path.suffix.lower() == ".txt":
        body = host_text(event) + "\n\n" + "\n".join(f"{i}. {line.text}" for i, line in enumerate(lines, 1)) + "\n"
        with atomic_output(path) as tmp:
            tmp.write_text(body, encoding="utf-8-sig")
        return len(lines)
    if path.suffix.lower() != ".pdf":
        raise ValidationError("report.host_list_format", path=str(path))
    _write_pdf(event, path, lines)
    return len(lines)


def _write_pdf(event, path, lines: list[HostLine]) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from ceremony.fileio import atomic_output
    from ceremony.fonts import register_font
    font = register_font()
    width, height = A4
    margin, size, leading = 56.0, 22.0, 36.0
    with atomic_output(path) as tmp:
        canvas = Canvas(str(tmp), pagesize=A4, initialFontName=font)
        canvas.setTitle(f"{event.info.name} 主持词嘉宾名单")
        y = _page_head(canvas, event, font, width, height, margin)
        canvas.setFont(font, size)
        opening = f"出席今天{event_word(event.info.name)}的领导和嘉宾有："
        canvas.drawString(margin, y, opening)
        y -= leading * 1.3
        for i, line in enumerate(lines, 1):
            for k, part in enumerate(break_lines(f"{line.text}{'；' if i < len(lines) else '。'}", font, size,
                                                 width - 2 * margin - size * 1.5)):
                if y < margin + leading:
                    canvas.showPage()
                    y = _page_head(canvas, event, font, width, height, margin)
                    canvas.setFont(font, size)
                canvas.drawString(margin + (size * 1.5 if k else 0), y, part)
                y -= leading
        if not lines:
            canvas.drawString(margin, y, "（尚无领导和嘉宾签到）")
        canvas.save()


def _page_head(canvas, event, font: str, width: float, height: float, margin: float) -> float:
    canvas.setFont(font, 14)
    canvas.drawCentredString(width / 2, height - margin, f"{event.info.name} · 主持词嘉宾名单")
    canvas.setFont(font, 10)
    canvas.drawCentredString(width / 2, height - margin - 18,
                             f"按签到情况生成于 {event.now():%H:%M}（只列已签到者，按位次）")
    return height - margin - 60
