<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="20" />
        <source>出错了</source>
        <translation>Something went wrong</translation>
    </message>
</context>
</TS>