<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>AttendeeDialog</name>
    <message>
        <location filename="../../ui/roster/attendee_dialog.py" line="25" />
        <source>男</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/roster/attendee_dialog.py" line="25" />
        <source>女</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/roster/attendee_dialog.py" line="72" />
        <source>编辑人员</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../ui/roster/attendee_dialog.py" line="72" />
        <source>添加人员</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../../ui/roster/attendee_dialog.py" line="73" />
        <source>姓名*</source>
        <translation>Name*</translation>
    </message>
    <message>
        <location filename="../../ui/roster/attendee_dialog.py" line="73" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ui/roster/attendee_dialog.py" line="73" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/roster/attendee_dialog.py" line="73" />
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/roster/attendee_dialog.py" line="73" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/roster/attendee_dialog.py" line="74" />
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/roster/attendee_dialog.py" line="74" />
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/roster/attendee_dialog.py" line="74" />
        <source>车牌</source>
        <translation>Plate</translation>
    </message>
    <message>
        <location filename="../../ui/roster/attendee_dialog.py" line="74" />
        <source>证号</source>
        <translation>Badge no.</translation>
    </message>
    <message>
        <location filename="../../ui/roster/attendee_dialog.py" line="74" />
        <source>回执</source>
        <translation>RSVP</translation>
    </message>
    <message>
        <location filename="../../ui/roster/attendee_dialog.py" line="75" />
        <source>主席台</source>
        <translation>Rostrum</translation>
    </message>
    <message>
        <location filename="../../ui/roster/attendee_dialog.py" line="75" />
        <source>发言</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../ui/roster/attendee_dialog.py" line="75" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/roster/attendee_dialog.py" line="78" />
        <source>参加</source>
        <translation>Attending</translation>
    </message>
    <message>
        <location filename="../../ui/roster/attendee_dialog.py" line="78" />
        <source>请假</source>
        <translation>On leave</translation>
    </message>
    <message>
        <location filename="../../ui/roster/attendee_dialog.py" line="78" />
        <source>未回复</source>
        <translation>No reply</translation>
    </message>
    <message>
        <location filename="../../ui/roster/attendee_dialog.py" line="97" />
        <source>姓名不能为空</source>
        <translation>The name is required</translation>
    </message>
</context>
</TS>