<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../ui/sync/join_dialog.py" line="46"/>
        <source>加入签到主机</source>
        <translation>Join a check-in host</translation>
    </message>
    <message>
        <location filename="../../ui/sync/join_dialog.py" line="47"/>
        <source>主机地址</source>
        <translation>Host address</translation>
    </message>
    <message>
        <location filename="../../ui/sync/join_dialog.py" line="47"/>
        <source>加入码</source>
        <translation>Join code</translation>
    </message>
    <message>
        <location filename="../../ui/sync/join_dialog.py" line="47"/>
        <source>本台名称</source>
        <translation>Desk name</translation>
    </message>
    <message>
        <location filename="../../ui/sync/join_dialog.py" line="47"/>
        <source>保存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../ui/sync/join_dialog.py" line="49"/>
        <source>https://192.168.1.10:8443，或粘贴主机二维码的内容</source>
        <translation>https://192.168.1.10:8443, or paste the host&apos;s QR code</translation>
    </message>
    <message>
        <location filename="../../ui/sync/join_dialog.py" line="50"/>
        <source>主机屏幕上显示的加入码</source>
        <translation>The join code on the host&apos;s screen</translation>
    </message>
    <message>
        <location filename="../../ui/sync/join_dialog.py" line="66"/>
        <source>正在加入…</source>
        <translation>Joining…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/join_dialog.py" line="87"/>
        <source>未能加入：%1</source>
        <translation>Could not join: %1</translation>
    </message>
</context>
</TS>
