<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>EventSettingsDialog</name>
    <message>
        <location filename="../../ui/event_settings_dialog.py" line="25" />
        <source>活动设置</source>
        <translation>Event settings</translation>
    </message>
    <message>
        <location filename="../../ui/event_settings_dialog.py" line="37" />
        <source>活动名称</source>
        <translation>Event name</translation>
    </message>
    <message>
        <location filename="../../ui/event_settings_dialog.py" line="38" />
        <source>时间</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../ui/event_settings_dialog.py" line="39" />
        <source>地点</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../ui/event_settings_dialog.py" line="40" />
        <source>主题</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../ui/event_settings_dialog.py" line="41" />
        <source>主办单位（用顿号分隔）</source>
        <translation>Hosts (separated by 、)</translation>
    </message>
    <message>
        <location filename="../../ui/event_settings_dialog.py" line="42" />
        <source>承办单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../ui/event_settings_dialog.py" line="63" />
        <source>设置有误</source>
        <translation>Invalid setting</translation>
    </message>
    <message>
        <location filename="../../ui/event_settings_dialog.py" line="57" />
        <source>请填写活动名称</source>
        <translation>Please enter the event name</translation>
    </message>
</context>
</TS>