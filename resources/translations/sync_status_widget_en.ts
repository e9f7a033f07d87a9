<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../ui/sync/sync_status_widget.py" line="36"/>
        <source>联网</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status_widget.py" line="37"/>
        <source>作为主机…</source>
        <translation>Host the desks…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status_widget.py" line="38"/>
        <source>加入主机…</source>
        <translation>Join a host…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status_widget.py" line="39"/>
        <source>连接测试…</source>
        <translation>Connection test…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status_widget.py" line="52"/>
        <source>本机为主机 %1 · 加入码 %2</source>
        <translation>Hosting at %1 · join code %2</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status_widget.py" line="58"/>
        <source>已连接主机 · 待上传 %1 条</source>
        <translation>Connected to host · %1 waiting</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status_widget.py" line="60"/>
        <source>离线 · 待上传 %1 条（恢复连接后自动补传）</source>
        <translation>Offline · %1 waiting (sent when the host is back)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status_widget.py" line="62"/>
        <source>本台已被主机移除或主机已更换：请输入加入码重新加入</source>
        <translation>This desk was removed or the host changed: join again with the code</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status_widget.py" line="64"/>
        <source>主机证书与加入时不同，已停止同步：请核对后重新加入</source>
        <translation>The host&apos;s certificate changed; sync stopped: check, then join again</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status_widget.py" line="70"/>
        <source> · 本机时钟与主机相差 %1 秒，请校准时间</source>
        <translation> · this clock is %1 s off the host&apos;s: set the time</translation>
    </message>
    <message>
        <location filename="../../ui/sync/sync_status_widget.py" line="73"/>
        <source> · 时钟差 %1 秒</source>
        <translation> · clock offset %1 s</translation>
    </message>
</context>
</TS>
