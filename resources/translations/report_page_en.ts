<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../ui/report_page.py" line="140" />
        <source>导出 PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="140" />
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="140" />
        <source>导出 CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="145" />
        <source>全部内容</source>
        <translation>Whole report</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="151" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="152" />
        <source>到场时间分布（每5分钟）</source>
        <translation>Arrivals per 5 minutes</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="153" />
        <source>各类别出席情况</source>
        <translation>Attendance by category</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="154" />
        <source>新闻稿用语（出席领导，按位次）</source>
        <translation>News release sentence (leaders present, in rank order)</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="155" />
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="156" />
        <source>说明：应到＝名单内全部受邀人员（含请假人员）；实到＝已到＋迟到＋代参加；迟到＝开始时间后签到；缺席＝标记缺席＋未签到；出席率＝实到÷应到。撤销的签到不计入。</source>
        <translation>Note: expected = everyone invited (people on leave included); arrived = on time + late + substitute; late = checked in after the start; absent = marked absent + never checked in; rate = arrived ÷ expected. Undone check-ins do not count.</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="161" />
        <source>出席情况统计（按类别）</source>
        <translation>Attendance by category</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="161" />
        <source>出席情况统计（按单位）</source>
        <translation>Attendance by unit</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="162" />
        <source>出席领导名单</source>
        <translation>Leaders present</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="162" />
        <source>请假人员名单</source>
        <translation>On leave</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="163" />
        <source>缺席人员名单</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="163" />
        <source>代参加人员名单</source>
        <translation>Substitutes</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="164" />
        <source>到场时间分布</source>
        <translation>Arrival times</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="164" />
        <source>防疫登记台账</source>
        <translation>Health check ledger</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="165" />
        <source>签到明细</source>
        <translation>Check-in log</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="188" />
        <source>无法生成报表</source>
        <translation>Cannot build the report</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="197" />
        <source>%1 · 出席情况</source>
        <translation>%1 · attendance</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="199" />
        <location filename="../../ui/report_page.py" line="233" />
        <source>应到</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="199" />
        <location filename="../../ui/report_page.py" line="234" />
        <source>实到</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="199" />
        <source>迟到</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="200" />
        <source>请假</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="200" />
        <source>缺席</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="200" />
        <source>代参加</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="201" />
        <source>出席率</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="205" />
        <source>缺席（含未签到 %1）</source>
        <translation>Absent (%1 not checked in)</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="227" />
        <source>%1 开始</source>
        <translation>%1 start</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="228" />
        <source>签到人数</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="230" />
        <source>尚无签到</source>
        <translation>No check-ins yet</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="235" />
        <source>名单为空</source>
        <translation>The roster is empty</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="239" />
        <source>已复制新闻稿用语</source>
        <translation>News release sentence copied</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="250" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="250" />
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="251" />
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="252" />
        <source>导出报表</source>
        <translation>Export report</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="264" />
        <source>正在导出…</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="283" />
        <source>已导出：%1</source>
        <translation>Exported: %1</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="286" />
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="287" />
        <source>无法导出报表</source>
        <translation>Cannot export the report</translation>
    </message>
    <message>
        <location filename="../../ui/report_page.py" line="290" />
        <source>已取消导出</source>
        <translation>Export cancelled</translation>
    </message>
</context>
</TS>