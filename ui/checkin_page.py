"""签到 page: the front desk."""

from __future__ import annotations

from .summary_page import SummaryPage


class CheckinPage(SummaryPage):
    def lines(self) -> list[str]:
        return [self.tr("签到记录：%1 条").replace("%1", str(self.ctx.event.repo.checkin_count()))]
