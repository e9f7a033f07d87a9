<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="26" />
        <source>新建活动</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="34" />
        <source>多个单位用顿号分隔</source>
        <translation>Separate several units with 、</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="37" />
        <source>活动名称</source>
        <translation>Event name</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="38" />
        <source>时间</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="39" />
        <source>地点</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="40" />
        <source>主办单位</source>
        <translation>Hosts</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="41" />
        <source>承办单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="43" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="43" />
        <source>证件类别</source>
        <translation>Badge class</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="43" />
        <source>颜色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="43" />
        <source>默认分区</source>
        <translation>Default zone</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="49" />
        <source>添加类别</source>
        <translation>Add category</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="51" />
        <source>删除所选类别</source>
        <translation>Remove selected categories</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="65" />
        <source>人员类别（以后可在名单页修改）</source>
        <translation>Attendee categories (can be changed later on the Roster page)</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="76" />
        <location filename="../../ui/new_event_dialog.py" line="108" />
        <source>代表证</source>
        <translation>Delegate</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="102" />
        <source>第 %1 行：请填写类别名称</source>
        <translation>Row %1: enter the category name</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="104" />
        <source>第 %1 行：类别「%2」重复</source>
        <translation>Row %1: category “%2” appears twice</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="106" />
        <source>第 %1 行：颜色应写成 #RRGGBB，如 #C00000</source>
        <translation>Row %1: the colour must be #RRGGBB, e.g. #C00000</translation>
    </message>
    <message>
        <location filename="../../ui/new_event_dialog.py" line="121" />
        <source>请填写活动名称</source>
        <translation>Enter the event name</translation>
    </message>
</context>
</TS>