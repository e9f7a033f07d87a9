<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="106" />
        <location filename="../../ui/app.py" line="114" />
        <source>无法打开活动</source>
        <translation>Cannot open the event</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="125" />
        <source>无法新建活动</source>
        <translation>Cannot create the event</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="131" />
        <source>活动文件不存在</source>
        <translation>Event file not found</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="132" />
        <source>找不到活动文件：
%1

要在这里新建一个活动吗？</source>
        <translation>The event file was not found:
%1

Create an event there?</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="134" />
        <source>新建空活动</source>
        <translation>Create an empty event</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="135" />
        <source>新建演示活动</source>
        <translation>Create the demo event</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="136" />
        <source>打开其他文件…</source>
        <translation>Open another file…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="137" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="144" />
        <source>打开活动</source>
        <translation>Open event</translation>
    </message>
</context>
</TS>