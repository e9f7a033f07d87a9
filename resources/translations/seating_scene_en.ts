<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>SeatingScene</name>
    <message>
        <location filename="../../ui/seating/seating_scene.py" line="30" />
        <source>预留：%1</source>
        <translation>Reserved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_scene.py" line="32" />
        <source>封</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_scene.py" line="195" />
        <source>台%1排</source>
        <translation>Rostrum row %1</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_scene.py" line="196" />
        <source>%1排</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_scene.py" line="224" />
        <source>▼ 主席台 ▼</source>
        <translation>▼ Rostrum ▼</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_scene.py" line="226" />
        <source>▲ 主席台 ▲</source>
        <translation>▲ Rostrum ▲</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_scene.py" line="237" />
        <source>发言席</source>
        <translation>Lectern</translation>
    </message>
</context>
</TS>