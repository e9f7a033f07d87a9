<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>BoardPanel</name>
    <message>
        <location filename="../../ui/checkin/board_panel.py" line="87" />
        <source>按类别</source>
        <translation>By category</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/board_panel.py" line="88" />
        <source>按区域</source>
        <translation>By zone</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/board_panel.py" line="89" />
        <source>每5分钟签到人数（橙色为开始后）</source>
        <translation>Arrivals per 5 minutes (orange: after the start)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/board_panel.py" line="90" />
        <source>座位图（绿：已到；区色：未到；灰：请假/缺席）</source>
        <translation>Seat map (green: arrived; zone colour: not yet; grey: leave/absent)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/board_panel.py" line="111" />
        <source>签到实况无法刷新：</source>
        <translation>Live board cannot refresh: </translation>
    </message>
    <message>
        <location filename="../../ui/checkin/board_panel.py" line="119" />
        <source>正在统计…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/board_panel.py" line="122" />
        <source>应到 %1　实到 %2　未到 %3　请假 %4　缺席 %5　迟到 %6　健康未通过 %7</source>
        <translation>Expected %1  Arrived %2  Not yet %3  Leave %4  Absent %5  Late %6  Health refused %7</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/board_panel.py" line="140" />
        <source>主持词嘉宾名单：尚无领导和嘉宾签到</source>
        <translation>Host's guest list: no leaders or guests have checked in yet</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/board_panel.py" line="141" />
        <source>主持词嘉宾名单（%1 位）：%2</source>
        <translation>Host's guest list (%1): %2</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/board_panel.py" line="148" />
        <source>%1（计 %2 %3，另 %4 %5）</source>
        <translation>%1 (counted %2 %3, also %4 %5)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/board_panel.py" line="151" />
        <source>重复签到 %1 人，只计一次：%2</source>
        <translation>%1 checked in twice, counted once: %2</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/board_panel.py" line="155" />
        <source>名单中没有主席台领导</source>
        <translation>No rostrum leaders on the roster</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/board_panel.py" line="157" />
        <source>✔ 主席台领导已到齐（%1 位），可以通知主持人</source>
        <translation>✔ All %1 rostrum leaders are here: tell the host</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/board_panel.py" line="159" />
        <source>主席台领导未到 %1 位：%2</source>
        <translation>%1 rostrum leaders not yet here: %2</translation>
    </message>
</context>
</TS>