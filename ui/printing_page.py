"""打印 page: badges, table cards, sign-in sheets and signs."""

from __future__ import annotations

from .summary_page import SummaryPage


class PrintingPage(SummaryPage):
    def lines(self) -> list[str]:
        entries = self.ctx.event.repo.print_entries()
        return [self.tr("打印记录：%1 条").replace("%1", str(len(entries)))]
