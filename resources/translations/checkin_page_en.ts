<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CheckinPage</name>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="96"/>
        <source>无法启动联网同步</source>
        <translation>Cannot start network sync</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="183"/>
        <source>签到</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="184"/>
        <source>签到实况</source>
        <translation>Live board</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="185"/>
        <source>扫码 / 查找</source>
        <translation>Scan / find</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="186"/>
        <source>扫码，或输入姓名、拼音、手机尾号、证号</source>
        <translation>Scan, or type a name, pinyin, phone digits or badge number</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="187"/>
        <source>↑↓ 选择查找结果，回车签到 · 输入 36.5 回车记录体温 · F6 摄像头 · F8 现场登记 · F9 更正 · F10 撤销 · F11 欢迎屏 · Esc 清空</source>
        <translation>↑↓ pick a search result, Enter checks in · type 36.5 + Enter to record a temperature · F6 camera · F8 walk-in · F9 correction · F10 undo · F11 welcome display · Esc clear</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="189"/>
        <source>查找结果</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="190"/>
        <source>最近签到（选中后 F10 撤销）</source>
        <translation>Recent check-ins (select one, F10 to undo)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="259"/>
        <location filename="../../ui/checkin/checkin_page.py" line="279"/>
        <location filename="../../ui/checkin/checkin_page.py" line="290"/>
        <source>签到未能保存</source>
        <translation>The check-in could not be saved</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="270"/>
        <source>未找到“%1”，核对后重试，或按 F8 现场登记</source>
        <translation>No one matches “%1”: check and retry, or press F8 for a walk-in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="286"/>
        <source>不是本活动的有效证件码。若扫码枪输入的字符不对：关闭中文输入法、把键盘布局切换为英文（美式）后重扫；仍不行请按姓名查找</source>
        <translation>Not a valid badge code of this event. If the scanner typed wrong characters: turn off the Chinese input method and switch the keyboard layout to English (US), then scan again; otherwise find the guest by name</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="331"/>
        <source>请先查找或扫码选中一位人员，再按 F9 更正</source>
        <translation>Find or scan a person first, then press F9 to correct</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="350"/>
        <source>已登记请假</source>
        <translation>Leave recorded</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="350"/>
        <source>已登记缺席</source>
        <translation>Absence recorded</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="351"/>
        <source>已清除请假/缺席/代参加标记</source>
        <translation>Leave/absence/substitute mark cleared</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="355"/>
        <source>无法更正</source>
        <translation>Cannot correct</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="364"/>
        <source>请在“最近签到”中选中要撤销的记录</source>
        <translation>Select the record to undo in “Recent check-ins”</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="366"/>
        <source>撤销签到</source>
        <translation>Undo check-in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="367"/>
        <source>撤销 %1 的签到记录，原因：</source>
        <translation>Undo the check-in of %1, reason:</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="374"/>
        <source>无法撤销</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="377"/>
        <source>已撤销签到</source>
        <translation>Check-in undone</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="378"/>
        <source>原因：%1 · 此人重新计为未到，可再次扫码签到</source>
        <translation>Reason: %1 · counted as not arrived again; scan again to check in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="390"/>
        <source>无法现场登记</source>
        <translation>Cannot register the walk-in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="403"/>
        <source>证件打印失败</source>
        <translation>Badge printing failed</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="446"/>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="448"/>
        <source>已导出 %1 条签到记录</source>
        <translation>Exported %1 check-in records</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="459"/>
        <source>合并失败</source>
        <translation>Merge failed</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="466"/>
        <source>已合并 %1 条记录；重复签到 %2 人，未重复计数</source>
        <translation>Merged %1 records; %2 people checked in at two desks, counted once</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="468"/>
        <source>；撤销：%1</source>
        <translation>; undone: %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="518"/>
        <source>实到 %1 / 应到 %2</source>
        <translation>Arrived %1 / Expected %2</translation>
    </message>
</context>
</TS>
