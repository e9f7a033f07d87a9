<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>SeatingRulesDialog</name>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="19" />
        <source>以左为尊（政务会议）</source>
        <translation>Left is senior (government meetings)</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="19" />
        <source>以右为尊（国际/商务）</source>
        <translation>Right is senior (international/business)</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="21" />
        <source>A：1号、2号居中，2号在1号左手</source>
        <translation>A: no. 1 and 2 share the centre, 2 at 1's left hand</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="22" />
        <source>B：1号在中间偏左（领导视角），2号在其右手</source>
        <translation>B: no. 1 left of centre (leaders' view), 2 at his right hand</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="23" />
        <source>居中向两侧</source>
        <translation>Centre outwards</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="23" />
        <source>从左到右</source>
        <translation>Left to right</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="24" />
        <source>从右到左</source>
        <translation>Right to left</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="24" />
        <source>蛇形</source>
        <translation>Serpentine</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="25" />
        <source>横排（单位依次排列）</source>
        <translation>Across rows (units one after another)</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="25" />
        <source>竖排（单位占纵列）</source>
        <translation>Vertical bands (a unit takes columns)</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="27" />
        <source>按位次</source>
        <translation>By rank</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="27" />
        <source>按姓氏笔画</source>
        <translation>By surname strokes</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="28" />
        <source>按拼音</source>
        <translation>By pinyin</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="30" />
        <source>隔位就座（防疫）</source>
        <translation>Every other seat (epidemic)</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="32" />
        <source>前后排错开</source>
        <translation>Stagger between rows</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="36" />
        <location filename="../../ui/seating_rules_dialog.py" line="39" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="37" />
        <source>按位次就座</source>
        <translation>In rank order</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="37" />
        <source>前排端位（发言席一侧）</source>
        <translation>End of the front row (lectern side)</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="39" />
        <source>第%1排</source>
        <translation>Row %1</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="46" />
        <source>全部重排（不保留现有座位，锁定的除外）</source>
        <translation>Fresh plan (ignore current seats, locked ones stay)</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="47" />
        <source>主席台尊位</source>
        <translation>Rostrum honour side</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="47" />
        <source>偶数人排法</source>
        <translation>Even number convention</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="48" />
        <source>主持人</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="48" />
        <source>主持人座位</source>
        <translation>Host's seat</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="48" />
        <source>主席台预览</source>
        <translation>Rostrum preview</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="49" />
        <source>发言人专排</source>
        <translation>Row for speakers</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="49" />
        <source>台下填座</source>
        <translation>Hall fill</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="50" />
        <source>单位排列</source>
        <translation>Unit blocks</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="50" />
        <source>区内单位顺序</source>
        <translation>Unit order in a zone</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="51" />
        <source>每区备用座</source>
        <translation>Spare seats per zone</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="51" />
        <source>防疫</source>
        <translation>Epidemic</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="52" />
        <source>限额</source>
        <translation>Capacity cap</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="58" />
        <source>自动排座</source>
        <translation>Auto-seat</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="64" />
        <source>（主席台无人或无座位）</source>
        <translation>(nobody or no seats on the rostrum)</translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="73" />
        <source>第%1排：</source>
        <translation>Row %1: </translation>
    </message>
    <message>
        <location filename="../../ui/seating_rules_dialog.py" line="74" />
        <source>台下视角，从左到右</source>
        <translation>Audience view, left to right</translation>
    </message>
</context>
</TS>