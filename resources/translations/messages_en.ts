<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="21" />
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="34" />
        <source>意外错误：%1</source>
        <translation>Unexpected error: %1</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="39" />
        <source>出错了</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="44" />
        <source>提示</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>