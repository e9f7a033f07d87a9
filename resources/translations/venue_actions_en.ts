<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>VenueActions</name>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="47"/>
        <source>在后面加一排…</source>
        <translation>Add a row at the back…</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="47"/>
        <source>删除所选座位所在的排</source>
        <translation>Remove the rows of the selected seats</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="47"/>
        <source>会场向导（新建整个会场）…</source>
        <translation>Hall builder (build the whole hall)…</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="48"/>
        <source>所选排右端加一座（台下视角）</source>
        <translation>Add a seat at the right end (audience view)</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="48"/>
        <source>所选排左端加一座（台下视角）</source>
        <translation>Add a seat at the left end (audience view)</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="49"/>
        <source>删除所选座位</source>
        <translation>Remove selected seats</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="49"/>
        <source>封闭所选座位</source>
        <translation>Block selected seats</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="50"/>
        <source>开放所选座位</source>
        <translation>Unblock selected seats</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="50"/>
        <source>预留所选座位…</source>
        <translation>Reserve selected seats…</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="51"/>
        <source>将所选座位设为分区…</source>
        <translation>Make selected seats a zone…</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="51"/>
        <source>载入会场文件…</source>
        <translation>Load venue file…</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="52"/>
        <source>保存会场文件…</source>
        <translation>Save venue file…</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="52"/>
        <source>所选区域用单双号（从中间起）</source>
        <translation>Odd/even numbers from the centre for the selected section</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="53"/>
        <source>所选区域用顺序号（从左到右）</source>
        <translation>Plain numbers left to right for the selected section</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="63"/>
        <source>请先在图上选择座位（拖框或按住 Ctrl 点选）</source>
        <translation>Select seats on the plan first (drag a box or Ctrl+click)</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="71"/>
        <source>无法修改会场</source>
        <translation>Cannot change the venue</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="81"/>
        <location filename="../../ui/seating/venue_actions.py" line="86"/>
        <location filename="../../ui/seating/venue_actions.py" line="89"/>
        <source>加一排</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="87"/>
        <source>%1 新一排的座位数</source>
        <translation>Seats in the new row of %1</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="100"/>
        <source>删除排</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="106"/>
        <source>加座位</source>
        <translation>Add a seat</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="111"/>
        <source>删除座位</source>
        <translation>Remove seats</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="117"/>
        <source>封闭座位</source>
        <translation>Block seats</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="117"/>
        <source>开放座位</source>
        <translation>Unblock seats</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="123"/>
        <location filename="../../ui/seating/venue_actions.py" line="125"/>
        <source>预留座位</source>
        <translation>Reserve seats</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="123"/>
        <source>预留给（留空取消预留）</source>
        <translation>Reserved for (empty to release)</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="137"/>
        <source>设为分区</source>
        <translation>Make a zone</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="148"/>
        <source>座位编号方式</source>
        <translation>Seat numbering</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="156"/>
        <location filename="../../ui/seating/venue_actions.py" line="162"/>
        <source>会场向导</source>
        <translation>Hall builder</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="157"/>
        <source>新会场会替换现在的会场（座位相同的人保留原座，可撤销）。继续吗？</source>
        <translation>The new hall replaces the current one (people on seats that stay keep them; this can be undone). Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="166"/>
        <source>载入会场文件</source>
        <translation>Load venue file</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="167"/>
        <location filename="../../ui/seating/venue_actions.py" line="181"/>
        <source>会场文件 (*.json)</source>
        <translation>Venue files (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="175"/>
        <source>无法载入会场</source>
        <translation>Cannot load the venue</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="177"/>
        <source>载入会场</source>
        <translation>Load venue</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="180"/>
        <source>保存会场文件</source>
        <translation>Save venue file</translation>
    </message>
    <message>
        <location filename="../../ui/seating/venue_actions.py" line="187"/>
        <source>无法保存会场</source>
        <translation>Cannot save the venue</translation>
    </message>
</context>
</TS>
