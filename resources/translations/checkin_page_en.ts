<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CheckinPage</name>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="167" />
        <source>签到</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="168" />
        <source>签到实况</source>
        <translation>Live board</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="169" />
        <source>扫码 / 查找</source>
        <translation>Scan / find</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="170" />
        <source>扫描证件二维码，或输入姓名、拼音、首字母、手机尾号、证号后回车</source>
        <translation>Scan the badge QR code, or type a name, pinyin, initials, phone digits or badge number and press Enter</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="171" />
        <source>↑↓ 选择查找结果，回车签到 · 输入 36.5 回车记录体温 · F6 摄像头 · F8 现场登记 · F9 更正 · F10 撤销 · F11 欢迎屏 · Esc 清空</source>
        <translation>↑↓ pick a search result, Enter checks in · type 36.5 + Enter to record a temperature · F6 camera · F8 walk-in · F9 correction · F10 undo · F11 welcome display · Esc clear</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="173" />
        <source>查找结果</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="174" />
        <source>最近签到（选中后 F10 撤销）</source>
        <translation>Recent check-ins (select one, F10 to undo)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="243" />
        <location filename="../../ui/checkin/checkin_page.py" line="263" />
        <location filename="../../ui/checkin/checkin_page.py" line="274" />
        <source>签到未能保存</source>
        <translation>The check-in could not be saved</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="254" />
        <source>未找到“%1”，核对后重试，或按 F8 现场登记</source>
        <translation>No one matches “%1”: check and retry, or press F8 for a walk-in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="270" />
        <source>不是本活动的有效证件码。若扫码枪输入的字符不对：关闭中文输入法、把键盘布局切换为英文（美式）后重扫；仍不行请按姓名查找</source>
        <translation>Not a valid badge code of this event. If the scanner typed wrong characters: turn off the Chinese input method and switch the keyboard layout to English (US), then scan again; otherwise find the guest by name</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="314" />
        <source>请先查找或扫码选中一位人员，再按 F9 更正</source>
        <translation>Find or scan a person first, then press F9 to correct</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="333" />
        <source>已登记请假</source>
        <translation>Leave recorded</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="333" />
        <source>已登记缺席</source>
        <translation>Absence recorded</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="334" />
        <source>已清除请假/缺席/代参加标记</source>
        <translation>Leave/absence/substitute mark cleared</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="338" />
        <source>无法更正</source>
        <translation>Cannot correct</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="347" />
        <source>请在“最近签到”中选中要撤销的记录</source>
        <translation>Select the record to undo in “Recent check-ins”</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="349" />
        <source>撤销签到</source>
        <translation>Undo check-in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="350" />
        <source>撤销 %1 的签到记录，原因：</source>
        <translation>Undo the check-in of %1, reason:</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="357" />
        <source>无法撤销</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="360" />
        <source>已撤销签到</source>
        <translation>Check-in undone</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="361" />
        <source>原因：%1 · 此人重新计为未到，可再次扫码签到</source>
        <translation>Reason: %1 · counted as not arrived again; scan again to check in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="373" />
        <source>无法现场登记</source>
        <translation>Cannot register the walk-in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="386" />
        <source>证件打印失败</source>
        <translation>Badge printing failed</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="429" />
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="431" />
        <source>已导出 %1 条签到记录</source>
        <translation>Exported %1 check-in records</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="441" />
        <source>合并失败</source>
        <translation>Merge failed</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="447" />
        <source>已合并 %1 条记录；重复签到 %2 人，未重复计数</source>
        <translation>Merged %1 records; %2 people checked in at two desks, counted once</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="495" />
        <source>实到 %1 / 应到 %2</source>
        <translation>Arrived %1 / Expected %2</translation>
    </message>
</context>
</TS>