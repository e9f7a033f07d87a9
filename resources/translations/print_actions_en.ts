<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>PrintActions</name>
    <message>
        <location filename="../../ui/print_actions.py" line="92" />
        <source>胸卡打印失败</source>
        <translation>Badge printing failed</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="101" />
        <source>保存胸卡 PDF</source>
        <translation>Save badge PDF</translation>
    </message>
    <message>
        <location filename="../../ui/print_actions.py" line="108" />
        <source>胸卡保存失败</source>
        <translation>Saving the badge failed</translation>
    </message>
</context>
</TS>