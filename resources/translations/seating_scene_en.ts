<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>SeatingScene</name>
    <message>
        <location filename="../../ui/seating_scene.py" line="179" />
        <source>台%1排</source>
        <translation>Rostrum row %1</translation>
    </message>
    <message>
        <location filename="../../ui/seating_scene.py" line="180" />
        <source>%1排</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location filename="../../ui/seating_scene.py" line="208" />
        <source>▼ 主席台 ▼</source>
        <translation>▼ Rostrum ▼</translation>
    </message>
    <message>
        <location filename="../../ui/seating_scene.py" line="210" />
        <source>▲ 主席台 ▲</source>
        <translation>▲ Rostrum ▲</translation>
    </message>
    <message>
        <location filename="../../ui/seating_scene.py" line="221" />
        <source>发言席</source>
        <translation>Lectern</translation>
    </message>
</context>
</TS>