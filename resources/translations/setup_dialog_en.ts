<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../ui/sync/setup_dialog.py" line="35"/>
        <source>连接测试</source>
        <translation>Connection test</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setup_dialog.py" line="36"/>
        <source>在嘉宾到场前，在每个签到台上测试能否连到主机。可填多个地址（空格分隔），或粘贴主机二维码的内容。</source>
        <translation>Before guests arrive, test on every desk that it reaches the host. Give several addresses (space-separated) or paste the host&apos;s QR code.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setup_dialog.py" line="38"/>
        <source>开始测试</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setup_dialog.py" line="47"/>
        <source>正在测试…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setup_dialog.py" line="67"/>
        <source>✓ %1 可以连接（%2 毫秒）</source>
        <translation>✓ %1 reachable (%2 ms)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setup_dialog.py" line="68"/>
        <source>连接超时</source>
        <translation>timed out</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setup_dialog.py" line="68"/>
        <source>对方拒绝连接（主机未启动或端口不对）</source>
        <translation>refused (host not started, or wrong port)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setup_dialog.py" line="69"/>
        <source>对方不是加密的签到主机</source>
        <translation>not an encrypted check-in host</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setup_dialog.py" line="69"/>
        <source>对方不是签到主机</source>
        <translation>not a check-in host</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setup_dialog.py" line="70"/>
        <source>地址格式错误，应为 https://地址:端口</source>
        <translation>bad address, should be https://address:port</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setup_dialog.py" line="71"/>
        <source>✗ %1：%2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setup_dialog.py" line="75"/>
        <source>结论：本台可以连到主机，可以开始签到。</source>
        <translation>Result: this desk reaches the host; check-in can start.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setup_dialog.py" line="77"/>
        <source>结论：本机和主机在同一网段，却完全连不通——这个无线网络很可能开启了“客户端隔离”（AP 隔离），设备之间不能互相访问。请换用手机热点、自带的路由器或网线把签到台和主机连起来；在此之前各台照常签到，恢复连接后会自动补传。</source>
        <translation>Result: this machine and the host are on the same network but cannot reach each other at all — this Wi-Fi most likely isolates clients (AP isolation). Connect the desks and the host through a phone hotspot, your own router or cables; meanwhile every desk keeps checking in and catches up once connected.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setup_dialog.py" line="81"/>
        <source>结论：能连到那台电脑，但上面没有运行签到主机：请在主机上点“作为主机”，并核对端口。</source>
        <translation>Result: that computer answers, but no check-in host runs on it: start “Host the desks” there and check the port.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/setup_dialog.py" line="82"/>
        <source>结论：连不到主机。请确认两台电脑连的是同一个网络，地址是否为主机屏幕上显示的地址。</source>
        <translation>Result: the host cannot be reached. Check both computers are on the same network and the address is the one on the host&apos;s screen.</translation>
    </message>
</context>
</TS>
