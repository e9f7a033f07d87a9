<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../../ui/checklist_page.py" line="42"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="42"/>
        <source>待办</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="42"/>
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="50"/>
        <source>无法检查：%1</source>
        <translation>Cannot check: %1</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="68"/>
        <source>还有 %1 项没完成，会影响当天（红色）</source>
        <translation>%1 items that would hold up the day are not done yet (red)</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="69"/>
        <source>必须完成的项目都已完成</source>
        <translation>Everything that must be done is done</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="72"/>
        <source>去名单页</source>
        <translation>Go to Roster</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="72"/>
        <source>去座位页</source>
        <translation>Go to Seating</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="72"/>
        <source>去打印页</source>
        <translation>Go to Printing</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="73"/>
        <source>去签到页</source>
        <translation>Go to Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="73"/>
        <source>去报表页</source>
        <translation>Go to Report</translation>
    </message>
    <message>
        <location filename="../../ui/checklist_page.py" line="74"/>
        <source>活动设置…</source>
        <translation>Event settings…</translation>
    </message>
</context>
</TS>
