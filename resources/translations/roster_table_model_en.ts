<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>RosterTableModel</name>
    <message>
        <location filename="../../ui/roster/roster_table_model.py" line="61"/>
        <source>位次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_table_model.py" line="61"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_table_model.py" line="61"/>
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_table_model.py" line="61"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_table_model.py" line="61"/>
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_table_model.py" line="62"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_table_model.py" line="62"/>
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_table_model.py" line="62"/>
        <source>回执</source>
        <translation>RSVP</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_table_model.py" line="62"/>
        <source>签到</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_table_model.py" line="62"/>
        <source>证号</source>
        <translation>Badge no.</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_table_model.py" line="63"/>
        <source>主席台</source>
        <translation>Rostrum</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_table_model.py" line="63"/>
        <source>证件</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_table_model.py" line="66"/>
        <source>未到</source>
        <translation>Not arrived</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_table_model.py" line="66"/>
        <source>已到</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_table_model.py" line="66"/>
        <source>迟到</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_table_model.py" line="67"/>
        <location filename="../../ui/roster/roster_table_model.py" line="75"/>
        <source>请假</source>
        <translation>On leave</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_table_model.py" line="67"/>
        <source>缺席</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_table_model.py" line="67"/>
        <source>代参加</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_table_model.py" line="71"/>
        <source>已打印</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_table_model.py" line="71"/>
        <source>未打印</source>
        <translation>Not printed</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_table_model.py" line="72"/>
        <source>需重印</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_table_model.py" line="75"/>
        <source>未回复</source>
        <translation>No reply</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_table_model.py" line="75"/>
        <source>参加</source>
        <translation>Attending</translation>
    </message>
</context>
</TS>
