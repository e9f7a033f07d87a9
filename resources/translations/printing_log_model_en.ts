<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>PrintLogModel</name>
    <message>
        <location filename="../../ui/printing/printing_log_model.py" line="39" />
        <source>胸卡</source>
        <translation>Badges</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_log_model.py" line="39" />
        <source>桌签</source>
        <translation>Table cards</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_log_model.py" line="39" />
        <source>签到表</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_log_model.py" line="40" />
        <source>标识</source>
        <translation>Signs</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_log_model.py" line="40" />
        <source>座次图</source>
        <translation>Seating chart</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_log_model.py" line="64" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_log_model.py" line="64" />
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_log_model.py" line="64" />
        <source>版式</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_log_model.py" line="64" />
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_log_model.py" line="64" />
        <source>输出到</source>
        <translation>Output</translation>
    </message>
</context>
</TS>