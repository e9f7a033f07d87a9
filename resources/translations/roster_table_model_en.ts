<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>RosterTableModel</name>
    <message>
        <location filename="../../ui/roster_table_model.py" line="51" />
        <source>位次</source>
        <translation>Rank</translation>
    </message>
    <message>
        <location filename="../../ui/roster_table_model.py" line="51" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/roster_table_model.py" line="51" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/roster_table_model.py" line="51" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/roster_table_model.py" line="51" />
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/roster_table_model.py" line="52" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/roster_table_model.py" line="52" />
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/roster_table_model.py" line="52" />
        <source>回执</source>
        <translation>RSVP</translation>
    </message>
    <message>
        <location filename="../../ui/roster_table_model.py" line="52" />
        <source>签到</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/roster_table_model.py" line="52" />
        <source>证号</source>
        <translation>Badge no.</translation>
    </message>
    <message>
        <location filename="../../ui/roster_table_model.py" line="53" />
        <source>主席台</source>
        <translation>Rostrum</translation>
    </message>
    <message>
        <location filename="../../ui/roster_table_model.py" line="56" />
        <source>未到</source>
        <translation>Not arrived</translation>
    </message>
    <message>
        <location filename="../../ui/roster_table_model.py" line="56" />
        <source>已到</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../ui/roster_table_model.py" line="56" />
        <source>迟到</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/roster_table_model.py" line="57" />
        <location filename="../../ui/roster_table_model.py" line="60" />
        <source>请假</source>
        <translation>On leave</translation>
    </message>
    <message>
        <location filename="../../ui/roster_table_model.py" line="57" />
        <source>缺席</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/roster_table_model.py" line="57" />
        <source>代参加</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../../ui/roster_table_model.py" line="60" />
        <source>未回复</source>
        <translation>No reply</translation>
    </message>
    <message>
        <location filename="../../ui/roster_table_model.py" line="60" />
        <source>参加</source>
        <translation>Attending</translation>
    </message>
</context>
</TS>