"""座位 page: the venue and who sits where."""

from __future__ import annotations

from .summary_page import SummaryPage


class SeatingPage(SummaryPage):
    def lines(self) -> list[str]:
        repo = self.ctx.event.repo
        out = [self.tr("会场座位"), ""]
        for section in repo.sections():
            out.append(f"{section['name']}")
        out.append(self.tr("座位总数：%1，其中主席台 %2").replace("%1", str(repo.seat_count()))
                   .replace("%2", str(repo.seat_count("rostrum"))))
        out.append(self.tr("已排座：%1 人").replace("%1", str(repo.assignment_count())))
        out.append("")
        out.append(self.tr("分区："))
        out += [f"  {z['name']}" for z in repo.zones()]
        return out
