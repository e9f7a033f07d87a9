<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>SeatingPage</name>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="112"/>
        <source>自动排座…</source>
        <translation>Auto-seat…</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="112"/>
        <source>安排到所选座位</source>
        <translation>Seat on selected seat</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="112"/>
        <source>锁定</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="113"/>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="113"/>
        <location filename="../../ui/seating/seating_page.py" line="302"/>
        <source>移出座位</source>
        <translation>Unseat</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="113"/>
        <location filename="../../ui/seating/seating_page.py" line="305"/>
        <location filename="../../ui/seating/seating_page.py" line="306"/>
        <source>清空座位</source>
        <translation>Clear seats</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="114"/>
        <source>放大</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="114"/>
        <source>缩小</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="114"/>
        <source>全览</source>
        <translation>Fit all</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="114"/>
        <location filename="../../ui/seating/seating_page.py" line="139"/>
        <source>主席台视角</source>
        <translation>Leaders view</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="115"/>
        <source>座次图 PDF…</source>
        <translation>Seating chart PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="115"/>
        <source>导出座位表…</source>
        <translation>Export seating list…</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="118"/>
        <source>会场</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="120"/>
        <source>查找：姓名、拼音、首字母、手机后4位</source>
        <translation>Find: name, pinyin, initials, last 4 phone digits</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="121"/>
        <source>拖动姓名到另一座位（有人则对调）；从右侧名单拖到座位即安排；滚轮缩放，中键拖动平移，拖框多选</source>
        <translation>Drag a name to another seat (swaps if taken); drag from the lists on the right onto a seat; wheel zooms, middle button pans, drag a box to select</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="123"/>
        <source>查找结果</source>
        <translation>Search results</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="124"/>
        <source>未安排座位</source>
        <translation>Not seated</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="125"/>
        <source>排座结果</source>
        <translation>Seating result</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="139"/>
        <source>台下视角</source>
        <translation>Audience view</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="145"/>
        <source>还没有会场：点工具栏上的「会场向导」建主席台和台下座位，或从「会场」菜单载入会场文件</source>
        <translation>No hall yet: click “Hall builder” in the tool bar to build the rostrum and the hall, or load a venue file from the Hall menu</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="171"/>
        <source>分区（已坐/座位）</source>
        <translation>Zones (seated/seats)</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="233"/>
        <source>未安排座位（%1人）</source>
        <translation>Not seated (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="243"/>
        <source>未排座</source>
        <translation>not seated</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="276"/>
        <source>无法调整座位</source>
        <translation>Cannot change seats</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="285"/>
        <source>移动 %1</source>
        <translation>Move %1</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="291"/>
        <source>请先在右侧选择一个人，再在图上选择一个座位</source>
        <translation>First pick a person on the right, then a seat on the plan</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="298"/>
        <source>锁定座位</source>
        <translation>Lock seats</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="298"/>
        <source>解锁座位</source>
        <translation>Unlock seats</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="305"/>
        <source>清空所有未锁定的座位？可以撤销。</source>
        <translation>Clear every unlocked seat? This can be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="331"/>
        <source>座位不足</source>
        <translation>Not enough seats</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="331"/>
        <source>仍安排坐得下的人？</source>
        <translation>Seat as many as fit anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="336"/>
        <source>自动排座失败</source>
        <translation>Auto-seating failed</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="339"/>
        <source>自动排座</source>
        <translation>Auto-seat</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="343"/>
        <source>已排座 %1 人，变动 %2 个座位</source>
        <translation>%1 people seated, %2 seats changed</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="345"/>
        <source>注意：</source>
        <translation>Note: </translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="347"/>
        <source>未安排 %1 人：</source>
        <translation>%1 people not seated:</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="361"/>
        <source>座次图 PDF</source>
        <translation>Seating chart PDF</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="361"/>
        <source>座次图.pdf</source>
        <translation>seating-chart.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="362"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="371"/>
        <source>正在生成座次图…</source>
        <translation>Making the seating chart…</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="371"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="382"/>
        <source>无法生成座次图</source>
        <translation>Cannot make the seating chart</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="386"/>
        <source>已生成座次图 %1（%2 页）</source>
        <translation>Seating chart written: %1 (%2 pages)</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="390"/>
        <source>导出座位表</source>
        <translation>Export seating list</translation>
    </message>
    <message>
        <location filename="../../ui/seating/seating_page.py" line="397"/>
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
</context>
</TS>
