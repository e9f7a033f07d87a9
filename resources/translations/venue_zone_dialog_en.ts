<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>VenueZoneDialog</name>
    <message>
        <location filename="../../ui/venue_zone_dialog.py" line="20" />
        <source>留空表示移出分区</source>
        <translation>Leave empty to take seats out of zones</translation>
    </message>
    <message>
        <location filename="../../ui/venue_zone_dialog.py" line="24" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/venue_zone_dialog.py" line="29" />
        <source>分区名称</source>
        <translation>Zone name</translation>
    </message>
    <message>
        <location filename="../../ui/venue_zone_dialog.py" line="30" />
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../ui/venue_zone_dialog.py" line="31" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/venue_zone_dialog.py" line="32" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/venue_zone_dialog.py" line="37" />
        <source>设为分区</source>
        <translation>Make a zone</translation>
    </message>
</context>
</TS>