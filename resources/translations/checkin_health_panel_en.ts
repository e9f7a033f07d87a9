<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CheckinHealthPanel</name>
    <message>
        <location filename="../../ui/checkin_health_panel.py" line="41" />
        <source>体温</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_health_panel.py" line="42" />
        <source>未测</source>
        <translation>not measured</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_health_panel.py" line="43" />
        <source>≥%1 °C 请复测，复测仍异常则谢绝入场；也可在扫码框输入如 36.5 后回车</source>
        <translation>≥%1 °C: measure again; refuse entry if still high. You can also type e.g. 36.5 + Enter in the scan field</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_health_panel.py" line="45" />
        <source>粤康码</source>
        <translation>Health code</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_health_panel.py" line="48" />
        <source>绿码</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_health_panel.py" line="48" />
        <source>黄码</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_health_panel.py" line="48" />
        <source>红码</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_health_panel.py" line="49" />
        <source>未查验</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_health_panel.py" line="52" />
        <source>行程卡有中高风险地区</source>
        <translation>Trip card lists a medium/high-risk area</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_health_panel.py" line="53" />
        <source>已戴口罩</source>
        <translation>Mask worn</translation>
    </message>
</context>
</TS>