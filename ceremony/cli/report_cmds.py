"""Report command: ``ceremony report --out FILE.pdf|FILE.xlsx|FILE.csv [--section NAME]``."""

from __future__ import annotations

from ceremony.reports import SECTIONS
from ceremony.cli.common import add_db_option, open_event, print_json

SECTION_HELP = ("by_category 出席情况统计（按类别）, by_unit（按单位）, leaders 出席领导名单, leave 请假名单, "
                "absent 缺席名单, substitutes 代参加名单, arrivals 到场时间分布, health 防疫登记台账, checkins 签到明细")


def register(sub) -> None:
    p = sub.add_parser("report", help="导出出席情况报告（PDF、Excel 或 CSV）",
                       description="导出出席情况报告；.csv 不带 --section 时每部分一个文件，"
                                   "如 --out 报告.csv 写出 报告_by_category.csv、报告_leaders.csv 等")
    p.add_argument("--out", required=True, metavar="文件", help="输出文件 .pdf / .xlsx / .csv")
    p.add_argument("--section", choices=SECTIONS, metavar="部分", help=f"只导出一部分：{SECTION_HELP}")
    p.add_argument("--json", action="store_true", help="以 JSON 输出汇总数字和写出的文件")
    add_db_option(p)
    p.set_defaults(handler=cmd_report)


def cmd_report(args) -> int:
    event = open_event(args)
    try:
        report = event.reports.build(args.section)
        from ceremony.reports import export_report
        written = export_report(report, args.out, args.section)
    finally:
        event.close()
    t = report.totals
    if args.json:
        print_json({"files": [str(p) for p in written], "expected": t.expected, "arrived": t.arrived,
                    "late": t.late, "leave": t.leave, "absent": t.absent, "substitute": t.substitute,
                    "rate": round(t.rate, 4)})
        return 0
    for path in written:
        print(path)
    print(f"应到 {t.expected}，实到 {t.arrived}，迟到 {t.late}，请假 {t.leave}，缺席 {t.absent}，"
          f"代参加 {t.substitute}，出席率 {t.rate:.1%}")
    return 0
