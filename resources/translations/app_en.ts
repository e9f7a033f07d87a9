<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="64" />
        <location filename="../../ui/app.py" line="72" />
        <source>无法打开活动</source>
        <translation>Cannot open the event</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="65" />
        <source>打开活动</source>
        <translation>Open event</translation>
    </message>
</context>
</TS>