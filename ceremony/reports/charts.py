"""The report's two charts as reportlab drawings (vector, Chinese labels)."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors

from ceremony.reports import model as rm

BAR = colors.HexColor("#4472c4")
EXPECTED = colors.HexColor("#bfbfbf")
START = colors.HexColor("#c00000")


def _drawing(width: float, height: float, font: str) -> Drawing:
    drawing = Drawing(width, height)
    drawing.initialFontName = font   # else the renderer selects (unembedded) Helvetica first
    return drawing


def _bar_chart(x, y, w, h, font: str) -> VerticalBarChart:
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = x, y, w, h
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.barSpacing = 1
    return chart


def _value_step(top: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 8:
            return step
    return 10000


def arrivals_chart(report: rm.Report, font: str, width: float, height: float = 170) -> Drawing:
    """Arrivals per 5 minutes; a red line marks the start time."""
    bins = report.arrival_bins
    drawing = _drawing(width, height, font)
    chart = _bar_chart(30, 38, width - 40, height - 55, font)
    chart.data = [[b.count for b in bins] or [0]]
    every = max(1, len(bins) // 16)   # keep the time labels readable
    chart.categoryAxis.categoryNames = [b.label if i % every == 0 else "" for i, b in enumerate(bins)] or [""]
    chart.categoryAxis.labels.angle = 45
    chart.categoryAxis.labels.boxAnchor = "ne"
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    top = max([b.count for b in bins] + [1])
    chart.valueAxis.valueStep = _value_step(top)
    chart.valueAxis.valueMax = chart.valueAxis.valueStep * (top // chart.valueAxis.valueStep + 1)
    drawing.add(chart)
    drawing.add(String(2, height - 10, "人数", fontName=font, fontSize=7))
    start = next((i for i, b in enumerate(bins) if b.is_start), None)
    if start is not None:
        x = chart.x + chart.width * start / len(bins)
        drawing.add(Line(x, chart.y, x, chart.y + chart.height + 4, strokeColor=START, strokeWidth=1.2,
                         strokeDashArray=[3, 2]))
        drawing.add(String(x + 3, chart.y + chart.height - 2, f"{report.starts_at:%H:%M} 开始",
                           fontName=font, fontSize=8, fillColor=START))
    return drawing


def category_chart(report: rm.Report, font: str, width: float, height: float = 190) -> Drawing:
    """应到 and 实到 side by side for every category, with the attendance rate above."""
    cats = report.categories
    drawing = _drawing(width, height, font)
    chart = _bar_chart(30, 45, width - 40, height - 70, font)
    chart.data = [[c.expected for c in cats] or [0], [c.arrived for c in cats] or [0]]
    chart.categoryAxis.categoryNames = [c.label for c in cats] or [""]
    chart.categoryAxis.labels.angle = 30 if len(cats) > 6 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(cats) > 6 else "n"
    chart.bars[0].fillColor = EXPECTED
    chart.bars[1].fillColor = BAR
    chart.bars.strokeColor = None
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 5
    top = max([c.expected for c in cats] + [1])
    chart.valueAxis.valueStep = _value_step(top)
    chart.valueAxis.valueMax = chart.valueAxis.valueStep * (top // chart.valueAxis.valueStep + 1)
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 150, height - 6
    legend.fontName, legend.fontSize = font, 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.colorNamePairs = [(EXPECTED, "应到"), (BAR, "实到")]
    drawing.add(legend)
    return drawing
