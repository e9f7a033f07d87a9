<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CheckinPage</name>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="165"/>
        <source>签到</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="166"/>
        <source>签到实况</source>
        <translation>Live board</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="167"/>
        <source>扫码 / 查找</source>
        <translation>Scan / find</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="168"/>
        <source>扫描证件二维码，或输入姓名、拼音、首字母、手机尾号、证号后回车</source>
        <translation>Scan the badge QR code, or type a name, pinyin, initials, phone digits or badge number and press Enter</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="169"/>
        <source>↑↓ 选择查找结果，回车签到 · 输入 36.5 回车记录体温 · F6 摄像头 · F8 现场登记 · F9 更正 · F10 撤销 · F11 欢迎屏 · Esc 清空</source>
        <translation>↑↓ pick a search result, Enter checks in · type 36.5 + Enter to record a temperature · F6 camera · F8 walk-in · F9 correction · F10 undo · F11 welcome display · Esc clear</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="171"/>
        <source>查找结果</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="172"/>
        <source>最近签到（选中后 F10 撤销）</source>
        <translation>Recent check-ins (select one, F10 to undo)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="241"/>
        <location filename="../../ui/checkin/checkin_page.py" line="261"/>
        <source>签到未能保存</source>
        <translation>The check-in could not be saved</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="252"/>
        <source>未找到“%1”，核对后重试，或按 F8 现场登记</source>
        <translation>No one matches “%1”: check and retry, or press F8 for a walk-in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="289"/>
        <source>请先查找或扫码选中一位人员，再按 F9 更正</source>
        <translation>Find or scan a person first, then press F9 to correct</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="310"/>
        <source>无法更正</source>
        <translation>Cannot correct</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="319"/>
        <source>请在“最近签到”中选中要撤销的记录</source>
        <translation>Select the record to undo in “Recent check-ins”</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="321"/>
        <source>撤销签到</source>
        <translation>Undo check-in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="322"/>
        <source>撤销 %1 的签到记录，原因：</source>
        <translation>Undo the check-in of %1, reason:</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="329"/>
        <source>无法撤销</source>
        <translation>Cannot undo</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="341"/>
        <source>无法现场登记</source>
        <translation>Cannot register the walk-in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="354"/>
        <source>证件打印失败</source>
        <translation>Badge printing failed</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="396"/>
        <source>导出失败</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="398"/>
        <source>已导出 %1 条签到记录</source>
        <translation>Exported %1 check-in records</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="408"/>
        <source>合并失败</source>
        <translation>Merge failed</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="414"/>
        <source>已合并 %1 条记录；重复签到 %2 人，未重复计数</source>
        <translation>Merged %1 records; %2 people checked in at two desks, counted once</translation>
    </message>
    <message>
        <location filename="../../ui/checkin/checkin_page.py" line="462"/>
        <source>实到 %1 / 应到 %2</source>
        <translation>Arrived %1 / Expected %2</translation>
    </message>
</context>
</TS>
