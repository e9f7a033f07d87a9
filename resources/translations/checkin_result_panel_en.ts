<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CheckinResultPanel</name>
    <message>
        <location filename="../../ui/checkin_result_panel.py" line="81" />
        <source>请扫码或输入姓名 / 拼音 / 手机尾号</source>
        <translation>Scan, or type a name / pinyin / phone digits</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_result_panel.py" line="81" />
        <source>等待签到</source>
        <translation>Waiting for the next guest</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_result_panel.py" line="88" />
        <source>座位：</source>
        <translation>Seat: </translation>
    </message>
    <message>
        <location filename="../../ui/checkin_result_panel.py" line="90" />
        <source>★ 主席台领导，请引导至休息室并告知座位</source>
        <translation>★ Rostrum leader: escort to the lounge and tell the seat</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_result_panel.py" line="90" />
        <source>★ 嘉宾，请引导入座</source>
        <translation>★ Guest of honour: escort to the seat</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_result_panel.py" line="95" />
        <source>签到成功</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_result_panel.py" line="95" />
        <source>已签到</source>
        <translation>Already checked in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_result_panel.py" line="95" />
        <source>无效或伪造的二维码</source>
        <translation>Invalid or forged code</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_result_panel.py" line="96" />
        <source>其他活动的证件</source>
        <translation>Badge of another event</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_result_panel.py" line="96" />
        <source>证件已作废</source>
        <translation>Badge revoked</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_result_panel.py" line="97" />
        <source>查无此人</source>
        <translation>Person not found</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_result_panel.py" line="97" />
        <source>健康检查未通过</source>
        <translation>Health check failed</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_result_panel.py" line="98" />
        <source>体温异常，请复测</source>
        <translation>Temperature high: measure again</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_result_panel.py" line="101" />
        <source>（迟到）</source>
        <translation> (late)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_result_panel.py" line="103" />
        <source>（现场登记）</source>
        <translation> (walk-in)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_result_panel.py" line="108" />
        <source>首次签到 %1 · %2 · 不重复计数</source>
        <translation>First check-in %1 · %2 · not counted again</translation>
    </message>
</context>
</TS>