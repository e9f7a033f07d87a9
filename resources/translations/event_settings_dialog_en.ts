<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>EventSettingsDialog</name>
    <message>
        <location filename="../../ui/event_settings_dialog.py" line="15" />
        <source>活动设置</source>
        <translation>Event settings</translation>
    </message>
    <message>
        <location filename="../../ui/event_settings_dialog.py" line="27" />
        <source>签到时进行健康检查（体温、粤康码、行程卡、口罩）</source>
        <translation>Health check at the desk (temperature, health code, trip card, mask)</translation>
    </message>
    <message>
        <location filename="../../ui/event_settings_dialog.py" line="30" />
        <source>活动名称</source>
        <translation>Event name</translation>
    </message>
    <message>
        <location filename="../../ui/event_settings_dialog.py" line="31" />
        <source>时间</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../ui/event_settings_dialog.py" line="32" />
        <source>地点</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../ui/event_settings_dialog.py" line="33" />
        <source>主题</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../ui/event_settings_dialog.py" line="34" />
        <source>主办单位（用顿号分隔）</source>
        <translation>Hosts (separated by 、)</translation>
    </message>
    <message>
        <location filename="../../ui/event_settings_dialog.py" line="35" />
        <source>承办单位</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../ui/event_settings_dialog.py" line="36" />
        <source>本签到台名称</source>
        <translation>This desk's name</translation>
    </message>
    <message>
        <location filename="../../ui/event_settings_dialog.py" line="47" />
        <source>请填写活动名称</source>
        <translation>Please enter the event name</translation>
    </message>
</context>
</TS>