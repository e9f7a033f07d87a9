<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>BoardSeatMap</name>
    <message>
        <location filename="../../ui/board_charts.py" line="81" />
        <source>尚未设置会场座位</source>
        <translation>No venue seats set up yet</translation>
    </message>
</context>
<context>
    <name>BoardTimelineChart</name>
    <message>
        <location filename="../../ui/board_charts.py" line="34" />
        <source>尚无签到</source>
        <translation>No check-ins yet</translation>
    </message>
</context>
</TS>