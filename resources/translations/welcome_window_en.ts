<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../ui/checkin/welcome_window.py" line="77"/>
        <source>欢迎莅临</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/welcome_window.py" line="82"/>
        <source>欢迎 %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/welcome_window.py" line="86"/>
        <source>应到 %1 人&#x3000;实到 %2 人</source>
        <translation>Expected %1 · Arrived %2</translation>
    </message>
</context>
</TS>
