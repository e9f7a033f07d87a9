<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>HallBuilderDialog</name>
    <message>
        <location filename="../../ui/seating/hall_builder_dialog.py" line="43"/>
        <source>会场向导</source>
        <translation>Hall builder</translation>
    </message>
    <message>
        <location filename="../../ui/seating/hall_builder_dialog.py" line="46"/>
        <source>（自定义）</source>
        <translation>(custom)</translation>
    </message>
    <message>
        <location filename="../../ui/seating/hall_builder_dialog.py" line="49"/>
        <location filename="../../ui/seating/hall_builder_dialog.py" line="138"/>
        <source>会场</source>
        <translation>Hall</translation>
    </message>
    <message>
        <location filename="../../ui/seating/hall_builder_dialog.py" line="51"/>
        <source>每排座位数，前排在前，如 9,11；留空表示没有主席台</source>
        <translation>Seats per row, front row first, e.g. 9,11; empty for no rostrum</translation>
    </message>
    <message>
        <location filename="../../ui/seating/hall_builder_dialog.py" line="55"/>
        <source>每区座位数，区之间是过道，如 10,10,10</source>
        <translation>Seats per block, aisles between blocks, e.g. 10,10,10</translation>
    </message>
    <message>
        <location filename="../../ui/seating/hall_builder_dialog.py" line="57"/>
        <source>单双号（从中间起）</source>
        <translation>Odd/even (from the centre)</translation>
    </message>
    <message>
        <location filename="../../ui/seating/hall_builder_dialog.py" line="58"/>
        <source>顺序号（从左到右）</source>
        <translation>Plain (left to right)</translation>
    </message>
    <message>
        <location filename="../../ui/seating/hall_builder_dialog.py" line="60"/>
        <source>排:号 或 排:号-号，从台下看从左数，如 1:1-2,5:12</source>
        <translation>row:seat or row:seat-seat, counted from the audience&apos;s left, e.g. 1:1-2,5:12</translation>
    </message>
    <message>
        <location filename="../../ui/seating/hall_builder_dialog.py" line="62"/>
        <source>模板</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../ui/seating/hall_builder_dialog.py" line="63"/>
        <source>会场名称</source>
        <translation>Hall name</translation>
    </message>
    <message>
        <location filename="../../ui/seating/hall_builder_dialog.py" line="64"/>
        <source>主席台各排座位数</source>
        <translation>Rostrum seats per row</translation>
    </message>
    <message>
        <location filename="../../ui/seating/hall_builder_dialog.py" line="65"/>
        <source>台下排数</source>
        <translation>Hall rows</translation>
    </message>
    <message>
        <location filename="../../ui/seating/hall_builder_dialog.py" line="66"/>
        <source>台下每排各区座位数</source>
        <translation>Hall seats per block</translation>
    </message>
    <message>
        <location filename="../../ui/seating/hall_builder_dialog.py" line="67"/>
        <source>编号方式</source>
        <translation>Numbering</translation>
    </message>
    <message>
        <location filename="../../ui/seating/hall_builder_dialog.py" line="68"/>
        <location filename="../../ui/seating/hall_builder_dialog.py" line="137"/>
        <source>封闭座位</source>
        <translation>Blocked seats</translation>
    </message>
    <message>
        <location filename="../../ui/seating/hall_builder_dialog.py" line="118"/>
        <source>%1：请填写座位数，如 10,10,10</source>
        <translation>%1: enter the seat counts, e.g. 10,10,10</translation>
    </message>
    <message>
        <location filename="../../ui/seating/hall_builder_dialog.py" line="122"/>
        <source>%1：「%2」不是 1–300 之间的座位数（用逗号分隔，如 10,10,10）</source>
        <translation>%1: “%2” is not a seat count from 1 to 300 (separate with commas, e.g. 10,10,10)</translation>
    </message>
    <message>
        <location filename="../../ui/seating/hall_builder_dialog.py" line="126"/>
        <source>%1：逗号之间缺了座位数</source>
        <translation>%1: a seat count is missing between commas</translation>
    </message>
    <message>
        <location filename="../../ui/seating/hall_builder_dialog.py" line="131"/>
        <location filename="../../ui/seating/hall_builder_dialog.py" line="172"/>
        <source>主席台</source>
        <translation>Rostrum</translation>
    </message>
    <message>
        <location filename="../../ui/seating/hall_builder_dialog.py" line="133"/>
        <source>主席台：最多 10 排</source>
        <translation>Rostrum: at most 10 rows</translation>
    </message>
    <message>
        <location filename="../../ui/seating/hall_builder_dialog.py" line="134"/>
        <source>台下各区</source>
        <translation>Hall blocks</translation>
    </message>
    <message>
        <location filename="../../ui/seating/hall_builder_dialog.py" line="136"/>
        <source>台下各区：每排最多 300 座</source>
        <translation>Hall blocks: at most 300 seats a row</translation>
    </message>
    <message>
        <location filename="../../ui/seating/hall_builder_dialog.py" line="173"/>
        <source>主席台 ↑  台下 ↓</source>
        <translation>Rostrum ↑  Hall ↓</translation>
    </message>
    <message>
        <location filename="../../ui/seating/hall_builder_dialog.py" line="189"/>
        <source>主席台 %1 座，台下 %2 排 %3 座（封闭 %4 座）</source>
        <translation>Rostrum %1 seats, hall %2 rows %3 seats (%4 blocked)</translation>
    </message>
</context>
</TS>
