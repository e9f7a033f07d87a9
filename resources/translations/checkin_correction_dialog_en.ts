<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CheckinCorrectionDialog</name>
    <message>
        <location filename="../../ui/checkin_correction_dialog.py" line="34" />
        <source>签到更正</source>
        <translation>Check-in correction</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_correction_dialog.py" line="37" />
        <source>请假</source>
        <translation>On leave</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_correction_dialog.py" line="37" />
        <source>缺席</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_correction_dialog.py" line="37" />
        <source>代参加（他人代为出席并签到）</source>
        <translation>Substitute (someone attends in their place, checks in now)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_correction_dialog.py" line="38" />
        <source>补签（填写到达时间）</source>
        <translation>Manual check-in (enter the arrival time)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_correction_dialog.py" line="38" />
        <source>清除请假/缺席/代参加标记</source>
        <translation>Clear leave/absent/substitute mark</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_correction_dialog.py" line="40" />
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_correction_dialog.py" line="40" />
        <source>原因/备注</source>
        <translation>Reason/note</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_correction_dialog.py" line="40" />
        <source>代参加人</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_correction_dialog.py" line="41" />
        <source>到达时间</source>
        <translation>Arrival time</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_correction_dialog.py" line="81" />
        <source>导出本台签到记录</source>
        <translation>Export this desk's log</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_correction_dialog.py" line="87" />
        <source>合并其他签到台的记录</source>
        <translation>Merge another desk's log</translation>
    </message>
</context>
</TS>