"""报表 page: attendance figures."""

from __future__ import annotations

from .summary_page import SummaryPage


class ReportPage(SummaryPage):
    def lines(self) -> list[str]:
        summary = self.ctx.event.summary()
        out = [self.tr("应到人数（按类别）"), ""]
        out += [f"  {name}: {count}" for name, count in summary["by_category"].items()]
        return out
