<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>SeatingChartWorker</name>
    <message>
        <location filename="../../ui/seating_chart_worker.py" line="42" />
        <source>正在生成座次图…</source>
        <translation>Making the seating chart…</translation>
    </message>
    <message>
        <location filename="../../ui/seating_chart_worker.py" line="43" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/seating_chart_worker.py" line="55" />
        <source>无法生成座次图</source>
        <translation>Cannot make the seating chart</translation>
    </message>
</context>
</TS>