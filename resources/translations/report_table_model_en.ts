<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ReportColumns</name>
    <message>
        <location filename="../../ui/report_table_model.py" line="18" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="19" />
        <source>应到</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="20" />
        <source>实到</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="21" />
        <source>迟到</source>
        <translation>Late</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="22" />
        <source>请假</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="23" />
        <source>缺席</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="24" />
        <source>代参加</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="25" />
        <source>出席率</source>
        <translation>Rate</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="26" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="27" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="28" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="29" />
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="30" />
        <source>主席台</source>
        <translation>Rostrum</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="31" />
        <source>签到时间</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="32" />
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="33" />
        <source>请假原因</source>
        <translation>Leave reason</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="34" />
        <source>情况</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="35" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="36" />
        <source>代参加人</source>
        <translation>Substitute name</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="37" />
        <source>时段</source>
        <translation>Time slot</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="38" />
        <source>签到人数</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="39" />
        <source>累计</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="40" />
        <source>备注</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="41" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="42" />
        <source>签到台</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="43" />
        <source>体温(°C)</source>
        <translation>Temp. (°C)</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="44" />
        <source>体温判定</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="45" />
        <source>粤康码</source>
        <translation>Health code</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="46" />
        <source>行程卡</source>
        <translation>Trip card</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="47" />
        <source>口罩</source>
        <translation>Mask</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="48" />
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="49" />
        <source>拒绝原因</source>
        <translation>Refusal reason</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="50" />
        <source>记录号</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="51" />
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../ui/report_table_model.py" line="52" />
        <source>说明</source>
        <translation>Details</translation>
    </message>
</context>
</TS>