<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>BadgeClassDialog</name>
    <message>
        <location filename="../../ui/badge_class_dialog.py" line="77" />
        <source>证件类别与颜色</source>
        <translation>Badge classes and colours</translation>
    </message>
    <message>
        <location filename="../../ui/badge_class_dialog.py" line="78" />
        <source>人员类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/badge_class_dialog.py" line="78" />
        <source>证件名称</source>
        <translation>Badge text</translation>
    </message>
    <message>
        <location filename="../../ui/badge_class_dialog.py" line="78" />
        <source>色带颜色</source>
        <translation>Band colour</translation>
    </message>
    <message>
        <location filename="../../ui/badge_class_dialog.py" line="79" />
        <source>色带颜色区分证件类别；证件名称总会印在色带上，不只靠颜色。</source>
        <translation>The band colour marks the badge class; the class name is always printed on the band, never colour alone.</translation>
    </message>
</context>
</TS>