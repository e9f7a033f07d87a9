<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CheckinResultPanel</name>
    <message>
        <location filename="../../ui/checkin/checkin_result_panel.py" line="92" />
        <source>请扫码或输入姓名 / 拼音 / 手机尾号</source>
        <translation>Scan, or type a name / pinyin / phone digits</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_result_panel.py" line="92" />
        <source>等待签到</source>
        <translation>Waiting for the next guest</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_result_panel.py" line="99" />
        <source>座位：</source>
        <translation>Seat: </translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_result_panel.py" line="101" />
        <source>★ 主席台领导，请引导至休息室并告知座位</source>
        <translation>★ Rostrum leader: escort to the lounge and tell the seat</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_result_panel.py" line="101" />
        <source>★ 嘉宾，请引导入座</source>
        <translation>★ Guest of honour: escort to the seat</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_result_panel.py" line="106" />
        <source>签到成功</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_result_panel.py" line="106" />
        <source>已签到</source>
        <translation>Already checked in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_result_panel.py" line="106" />
        <source>无效或伪造的二维码</source>
        <translation>Invalid or forged code</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_result_panel.py" line="107" />
        <source>其他活动的证件</source>
        <translation>Badge of another event</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_result_panel.py" line="107" />
        <source>证件已作废</source>
        <translation>Badge revoked</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_result_panel.py" line="108" />
        <source>查无此人</source>
        <translation>Person not found</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_result_panel.py" line="108" />
        <source>健康检查未通过</source>
        <translation>Health check failed</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_result_panel.py" line="109" />
        <source>体温异常，请复测</source>
        <translation>Temperature high: measure again</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_result_panel.py" line="112" />
        <source>（迟到）</source>
        <translation> (late)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_result_panel.py" line="114" />
        <source>（现场登记）</source>
        <translation> (walk-in)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_result_panel.py" line="119" />
        <source>下一步：请按姓名、拼音或手机尾号查找此人后签到</source>
        <translation>Next: find the guest by name, pinyin or phone digits and check in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_result_panel.py" line="120" />
        <source>下一步：这不是本活动的证件，请按姓名查找；名单中没有时按 F8 现场登记</source>
        <translation>Next: this badge is for another event — find the guest by name; if not on the roster, F8 walk-in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_result_panel.py" line="121" />
        <source>下一步：此证已补发新证而作废，请收回旧证，按姓名查找后签到</source>
        <translation>Next: this badge was replaced — take the old one back, find the guest by name and check in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_result_panel.py" line="122" />
        <source>下一步：本台名单中没有此证，请按姓名查找，或合并最新名单；必要时 F8 现场登记</source>
        <translation>Next: this desk's roster lacks this badge — find by name or merge the latest roster; F8 walk-in if needed</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_result_panel.py" line="123" />
        <source>下一步：请引导至临时留观区，并通知防疫负责人</source>
        <translation>Next: take the guest to the observation area and tell the health officer</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_result_panel.py" line="124" />
        <source>下一步：请复测体温，在扫码框输入读数后回车，再扫码一次</source>
        <translation>Next: measure again, type the reading in the scan field + Enter, then scan again</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_result_panel.py" line="128" />
        <source>首次签到 %1 · %2 · 不重复计数</source>
        <translation>First check-in %1 · %2 · not counted again</translation>
    </message>
</context>
</TS>