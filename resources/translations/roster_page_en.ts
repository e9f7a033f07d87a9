<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../ui/roster_page.py" line="112" />
        <source>搜索：姓名、拼音、首字母、手机后4位、证号、单位简称</source>
        <translation>Search: name, pinyin, initials, last 4 phone digits, badge no., unit abbreviation</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="113" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="113" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="113" />
        <source>回执</source>
        <translation>RSVP</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="113" />
        <source>签到</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="114" />
        <source>排序</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="116" />
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="116" />
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="116" />
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="117" />
        <location filename="../../ui/roster_page.py" line="238" />
        <source>改类别</source>
        <translation>Change category</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="117" />
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="117" />
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="118" />
        <source>建议位次…</source>
        <translation>Suggest ranking…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="118" />
        <source>导入回执…</source>
        <translation>Import replies…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="118" />
        <source>粘贴导入…</source>
        <translation>Import from clipboard…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="119" />
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="126" />
        <location filename="../../ui/roster_page.py" line="128" />
        <location filename="../../ui/roster_page.py" line="162" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="130" />
        <source>按位次</source>
        <translation>By rank</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="130" />
        <source>按姓氏笔画</source>
        <translation>By surname strokes</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="130" />
        <source>按姓氏笔画（政协式：单名在前）</source>
        <translation>By surname strokes (CPPCC style: single given names first)</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="131" />
        <source>按姓氏笔画（人大式：比较第二字）</source>
        <translation>By surname strokes (NPC style: compare the second character)</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="131" />
        <source>按拼音</source>
        <translation>By pinyin</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="178" />
        <source>共 %1 人，显示 %2 人</source>
        <translation>%1 people, %2 shown</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="221" />
        <source>修改 %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="221" />
        <source>添加 %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="227" />
        <source>删除人员</source>
        <translation>Delete people</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="227" />
        <source>删除选中的 %1 人？（可撤销）</source>
        <translation>Delete the %1 selected people? (can be undone)</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="232" />
        <source>删除 %1 人</source>
        <translation>Delete %1 people</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="238" />
        <source>选中的 %1 人改为：</source>
        <translation>Change the %1 selected people to:</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="247" />
        <source>%1 人改为%2</source>
        <translation>%1 people to %2</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="252" />
        <source>调整位次</source>
        <translation>Change rank</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="258" />
        <source>拖动调整位次</source>
        <translation>Drag to change rank</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="268" />
        <source>采用建议位次</source>
        <translation>Use the suggested ranking</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="272" />
        <source>导入回执</source>
        <translation>Import replies</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="279" />
        <source>剪贴板中没有内容：请先在表格中复制（含表头行）</source>
        <translation>The clipboard is empty: copy the cells in the spreadsheet first (with the header row)</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="284" />
        <source>导出名单</source>
        <translation>Export roster</translation>
    </message>
    <message>
        <location filename="../../ui/roster_page.py" line="296" />
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
</context>
</TS>