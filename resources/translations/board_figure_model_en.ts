<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>BoardFigureModel</name>
    <message>
        <location filename="../../ui/board_figure_model.py" line="35" />
        <source>分组</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/board_figure_model.py" line="35" />
        <source>应到</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../ui/board_figure_model.py" line="35" />
        <source>实到</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../ui/board_figure_model.py" line="35" />
        <source>未到</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../ui/board_figure_model.py" line="35" />
        <source>迟到</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/board_figure_model.py" line="36" />
        <source>请假</source>
        <translation>On leave</translation>
    </message>
    <message>
        <location filename="../../ui/board_figure_model.py" line="36" />
        <source>缺席</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/board_figure_model.py" line="36" />
        <source>到会率</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../ui/board_figure_model.py" line="41" />
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/board_figure_model.py" line="42" />
        <source>（未分组）</source>
        <translation>(no group)</translation>
    </message>
</context>
</TS>