<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/about_dialog.py" line="39"/>
        <source>关于会务助手</source>
        <translation>About ceremony</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="55"/>
        <source>会务助手</source>
        <translation>ceremony</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="56"/>
        <source>名单、座次、证件、签到与出席报表，一场典礼一个文件，离线可用。</source>
        <translation>Roster, seating, badges, check-in and the attendance report: one ceremony, one file, works offline.</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="57"/>
        <source>数据文件夹：</source>
        <translation>Data folder:</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="62"/>
        <source>随程序提供的字体、数据和程序库及其许可证：</source>
        <translation>Fonts, data and libraries shipped with the program, and their licences:</translation>
    </message>
    <message>
        <location filename="../../ui/about_dialog.py" line="68"/>
        <source>全文见 %1</source>
        <translation>full text in %1</translation>
    </message>
</context>
</TS>
