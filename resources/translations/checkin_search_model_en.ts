<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CheckinSearchModel</name>
    <message>
        <location filename="../../ui/checkin/checkin_search_model.py" line="51" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_search_model.py" line="51" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_search_model.py" line="51" />
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_search_model.py" line="52" />
        <source>证号</source>
        <translation>Badge no.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_search_model.py" line="52" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_search_model.py" line="52" />
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_search_model.py" line="77" />
        <source>已到</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_search_model.py" line="80" />
        <source>尾号%1</source>
        <translation>ending %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_search_model.py" line="84" />
        <source>请假</source>
        <translation>On leave</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_search_model.py" line="84" />
        <source>缺席</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_search_model.py" line="84" />
        <source>代参加</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_search_model.py" line="85" />
        <source>未到</source>
        <translation>Not yet</translation>
    </message>
</context>
</TS>