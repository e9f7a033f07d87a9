<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Settings</name>
    <message>
        <location filename="../../ceremony/settings.py" line="123" />
        <source>本签到台名称</source>
        <translation>Name of this desk</translation>
    </message>
    <message>
        <location filename="../../ceremony/settings.py" line="125" />
        <source>签到时进行健康检查（体温、粤康码、行程卡、口罩）</source>
        <translation>Health check at the desk (temperature, health code, travel card, mask)</translation>
    </message>
    <message>
        <location filename="../../ceremony/settings.py" line="126" />
        <source>签到台副本（不能签发证件二维码）</source>
        <translation>Desk copy (cannot issue badge codes)</translation>
    </message>
    <message>
        <location filename="../../ceremony/settings.py" line="127" />
        <source>需要引导的嘉宾类别（另加嘉宾证类别）</source>
        <translation>Guest categories to escort (besides guest-badge categories)</translation>
    </message>
    <message>
        <location filename="../../ceremony/settings.py" line="129" />
        <source>姓氏笔画排序惯例</source>
        <translation>Surname stroke order convention</translation>
    </message>
    <message>
        <location filename="../../ceremony/settings.py" line="130" />
        <source>政协惯例（单名空位在前）</source>
        <translation>CPPCC style (single given name's blank first)</translation>
    </message>
    <message>
        <location filename="../../ceremony/settings.py" line="131" />
        <source>人大惯例（比较第二个字）</source>
        <translation>NPC style (compare the second character)</translation>
    </message>
    <message>
        <location filename="../../ceremony/settings.py" line="132" />
        <source>单位排序（建议排序时用）</source>
        <translation>Unit order (for the suggested ranking)</translation>
    </message>
    <message>
        <location filename="../../ceremony/settings.py" line="133" />
        <source>同单位书记排在行政负责人之前</source>
        <translation>Party secretary before the head of the same unit</translation>
    </message>
    <message>
        <location filename="../../ceremony/settings.py" line="135" />
        <source>自动排座规则</source>
        <translation>Auto-seating rules</translation>
    </message>
    <message>
        <location filename="../../ceremony/settings.py" line="136" />
        <source>会场名称</source>
        <translation>Venue name</translation>
    </message>
    <message>
        <location filename="../../ceremony/settings.py" line="138" />
        <source>打印字体（空 = 内置字体）</source>
        <translation>Print font (empty = built-in font)</translation>
    </message>
    <message>
        <location filename="../../ceremony/settings.py" line="139" />
        <source>桌签字体（空 = 黑体，没有黑体时用内置字体加粗）</source>
        <translation>Table card font (empty = SimHei, or the bundled font drawn bold without it)</translation>
    </message>
    <message>
        <location filename="../../ceremony/settings.py" line="141" />
        <source>胸卡上印的项目</source>
        <translation>Fields printed on badges</translation>
    </message>
    <message>
        <location filename="../../ceremony/settings.py" line="142" />
        <source>胸卡尺寸（宽x高，毫米）</source>
        <translation>Badge size (W x H, mm)</translation>
    </message>
    <message>
        <location filename="../../ceremony/settings.py" line="144" />
        <source>胸卡拼版</source>
        <translation>Badge sheet</translation>
    </message>
    <message>
        <location filename="../../ceremony/settings.py" line="145" />
        <source>每页一张</source>
        <translation>One per page</translation>
    </message>
    <message>
        <location filename="../../ceremony/settings.py" line="146" />
        <source>桌签版式</source>
        <translation>Table card layout</translation>
    </message>
    <message>
        <location filename="../../ceremony/settings.py" line="149" />
        <source>出席领导名单的类别（空 = 名称含“领导”的类别）</source>
        <translation>Categories in the attending leaders list (empty = categories named 领导)</translation>
    </message>
    <message>
        <location filename="../../ceremony/settings.py" line="150" />
        <source>新闻稿中的单位简称</source>
        <translation>Unit short names for the news release</translation>
    </message>
    <message>
        <source>各类别的停车区域（空 = 领导贵宾停车区，其他来宾停车区）</source>
        <translation>Parking area per category (empty = leaders in the VIP area, others in the guest area)</translation>
    </message>
    <message>
        <source>主持词嘉宾名单的类别（空 = 领导类别和贵宾证、嘉宾证类别）</source>
        <translation>Categories on the host's guest list (empty = leader categories and VIP/guest badge classes)</translation>
    </message>
</context>
</TS>