<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>SeatingChartDialog</name>
    <message>
        <location filename="../../ui/seating/chart_dialog.py" line="53" />
        <source>座次图</source>
        <translation>Seating chart</translation>
    </message>
    <message>
        <location filename="../../ui/seating/chart_dialog.py" line="54" />
        <source>A3 横向（张贴、签到处）</source>
        <translation>A3 landscape (posted at the entrance)</translation>
    </message>
    <message>
        <location filename="../../ui/seating/chart_dialog.py" line="55" />
        <source>A4 横向（随材料发放）</source>
        <translation>A4 landscape (handed out)</translation>
    </message>
    <message>
        <location filename="../../ui/seating/chart_dialog.py" line="56" />
        <source>台下视角（面向主席台）</source>
        <translation>Audience view (facing the rostrum)</translation>
    </message>
    <message>
        <location filename="../../ui/seating/chart_dialog.py" line="57" />
        <source>主席台视角（给领导看）</source>
        <translation>Rostrum view (for the leaders)</translation>
    </message>
    <message>
        <location filename="../../ui/seating/chart_dialog.py" line="58" />
        <source>座次图、桌签摆放单和分区名单</source>
        <translation>Chart, table-card layout and zone lists</translation>
    </message>
    <message>
        <location filename="../../ui/seating/chart_dialog.py" line="58" />
        <source>只要座次图</source>
        <translation>Chart only</translation>
    </message>
    <message>
        <location filename="../../ui/seating/chart_dialog.py" line="59" />
        <source>只要主席台桌签摆放单</source>
        <translation>Rostrum table-card layout only</translation>
    </message>
    <message>
        <location filename="../../ui/seating/chart_dialog.py" line="59" />
        <source>只要分区名单</source>
        <translation>Zone lists only</translation>
    </message>
    <message>
        <location filename="../../ui/seating/chart_dialog.py" line="62" />
        <source>纸张：</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <location filename="../../ui/seating/chart_dialog.py" line="62" />
        <source>视角：</source>
        <translation>View:</translation>
    </message>
    <message>
        <location filename="../../ui/seating/chart_dialog.py" line="62" />
        <source>内容：</source>
        <translation>Contents:</translation>
    </message>
    <message>
        <location filename="../../ui/seating/chart_dialog.py" line="64" />
        <source>保存 PDF…</source>
        <translation>Save PDF…</translation>
    </message>
</context>
</TS>