<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>HostDialog</name>
    <message>
        <location filename="../../ui/sync/host_dialog.py" line="80"/>
        <source>作为签到主机</source>
        <translation>Host the check-in desks</translation>
    </message>
    <message>
        <location filename="../../ui/sync/host_dialog.py" line="81"/>
        <source>端口</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/sync/host_dialog.py" line="82"/>
        <source>已加入的签到台</source>
        <translation>Desks that joined</translation>
    </message>
    <message>
        <location filename="../../ui/sync/host_dialog.py" line="83"/>
        <source>移除所选签到台</source>
        <translation>Remove the selected desk</translation>
    </message>
    <message>
        <location filename="../../ui/sync/host_dialog.py" line="84"/>
        <source>更换加入码</source>
        <translation>New join code</translation>
    </message>
    <message>
        <location filename="../../ui/sync/host_dialog.py" line="94"/>
        <source>无法启动主机</source>
        <translation>Cannot start the host</translation>
    </message>
    <message>
        <location filename="../../ui/sync/host_dialog.py" line="100"/>
        <source>停止主机</source>
        <translation>Stop hosting</translation>
    </message>
    <message>
        <location filename="../../ui/sync/host_dialog.py" line="100"/>
        <source>启动主机</source>
        <translation>Start hosting</translation>
    </message>
    <message>
        <location filename="../../ui/sync/host_dialog.py" line="106"/>
        <source>启动后，各签到台用“加入主机”扫描或输入下面显示的地址和加入码。</source>
        <translation>Once started, each desk uses “Join a host” with the address and code shown here.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/host_dialog.py" line="113"/>
        <source>地址：%1
加入码：%2
（签到台连不上时，请在签到台上用“连接测试”检查网络）</source>
        <translation>Address: %1
Join code: %2
(If a desk cannot connect, run “Connection test” on that desk)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/host_dialog.py" line="124"/>
        <source>%1 · 已移除</source>
        <translation>%1 · removed</translation>
    </message>
    <message>
        <location filename="../../ui/sync/host_dialog.py" line="126"/>
        <source>%1 · 尚未连接</source>
        <translation>%1 · not connected yet</translation>
    </message>
    <message>
        <location filename="../../ui/sync/host_dialog.py" line="128"/>
        <source>%1 · %2 秒前联系 · 待上传 %3 · 时钟差 %4 秒</source>
        <translation>%1 · seen %2 s ago · %3 waiting · clock offset %4 s</translation>
    </message>
</context>
</TS>
