<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CheckinLogModel</name>
    <message>
        <location filename="../../ui/checkin_log_model.py" line="38" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_log_model.py" line="38" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_log_model.py" line="38" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_log_model.py" line="38" />
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_log_model.py" line="38" />
        <source>签到台</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_log_model.py" line="41" />
        <source>扫码</source>
        <translation>Scan</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_log_model.py" line="41" />
        <source>查找</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_log_model.py" line="41" />
        <source>补签</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_log_model.py" line="42" />
        <source>现场登记</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_log_model.py" line="42" />
        <source>健康未通过</source>
        <translation>Health refused</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_log_model.py" line="42" />
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_log_model.py" line="45" />
        <source>（已撤销）</source>
        <translation> (undone)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_log_model.py" line="47" />
        <source> 代：</source>
        <translation> substitute: </translation>
    </message>
</context>
</TS>