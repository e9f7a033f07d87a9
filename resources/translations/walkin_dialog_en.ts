<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>WalkinDialog</name>
    <message>
        <location filename="../../ui/checkin/walkin_dialog.py" line="30" />
        <source>现场登记（登记、签到并打印证件）</source>
        <translation>Walk-in (register, check in and print a badge)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/walkin_dialog.py" line="31" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/walkin_dialog.py" line="31" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/walkin_dialog.py" line="31" />
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/walkin_dialog.py" line="31" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/walkin_dialog.py" line="32" />
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/walkin_dialog.py" line="34" />
        <source>登记并签到</source>
        <translation>Register and check in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/walkin_dialog.py" line="35" />
        <source>必填</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/walkin_dialog.py" line="36" />
        <source>请选择类别（决定证件和座位区）</source>
        <translation>Choose a category (sets the badge and seating zone)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/walkin_dialog.py" line="41" />
        <source>请填写姓名</source>
        <translation>Please enter a name</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/walkin_dialog.py" line="45" />
        <source>请先选择类别</source>
        <translation>Choose a category first</translation>
    </message>
</context>
</TS>