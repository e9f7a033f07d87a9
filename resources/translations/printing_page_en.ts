<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>PrintingPage</name>
    <message>
        <location filename="../../ui/printing/printing_page.py" line="130"/>
        <source>第 %1 / %2 页</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_page.py" line="145"/>
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_page.py" line="179"/>
        <source>已取消，未保存任何文件。</source>
        <translation>Cancelled; no file was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_page.py" line="182"/>
        <source>打印失败</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_page.py" line="223"/>
        <source>请先在人员列表中点选一人</source>
        <translation>Click a person in the list first</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_page.py" line="223"/>
        <source>胸卡</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_page.py" line="236"/>
        <source>补办胸卡</source>
        <translation>Replace badge</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_page.py" line="237"/>
        <source>作废 %1 的旧胸卡二维码并发新码？旧胸卡将无法签到。</source>
        <translation>Revoke %1&apos;s old badge QR code and issue a new one? The old badge will no longer check in.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_page.py" line="275"/>
        <source>打印后有变动、需重印：胸卡 %1 人，桌签 %2 人</source>
        <translation>Changed since printing, to reprint: %1 badges, %2 table cards</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_page.py" line="281"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_page.py" line="282"/>
        <source>保存 PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_page.py" line="283"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_page.py" line="284"/>
        <source>勾选需重印的人</source>
        <translation>Tick those needing a reprint</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_page.py" line="285"/>
        <source>打印所点选人员的胸卡…</source>
        <translation>Print badge of the clicked person…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_page.py" line="286"/>
        <source>补办胸卡（作废旧码）…</source>
        <translation>Replace badge (revoke old code)…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_page.py" line="287"/>
        <source>打印记录</source>
        <translation>Print log</translation>
    </message>
</context>
</TS>
