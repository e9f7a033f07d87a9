<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="117"/>
        <source>搜索：姓名、拼音、首字母、手机后4位、证号、单位简称</source>
        <translation>Search: name, pinyin, initials, last 4 phone digits, badge no., unit abbreviation</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="118"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="118"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="118"/>
        <source>回执</source>
        <translation>RSVP</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="118"/>
        <source>签到</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="119"/>
        <source>排序</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="119"/>
        <source>证件</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="121"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="121"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="121"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="122"/>
        <location filename="../../ui/roster/roster_page.py" line="272"/>
        <source>改类别</source>
        <translation>Change category</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="122"/>
        <source>上移</source>
        <translation>Move up</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="122"/>
        <source>下移</source>
        <translation>Move down</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="123"/>
        <source>建议位次…</source>
        <translation>Suggest ranking…</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="123"/>
        <source>导入回执…</source>
        <translation>Import replies…</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="123"/>
        <source>粘贴导入…</source>
        <translation>Import from clipboard…</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="124"/>
        <source>导出…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="124"/>
        <source>打印所选证件</source>
        <translation>Print selected badge</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="131"/>
        <location filename="../../ui/roster/roster_page.py" line="133"/>
        <location filename="../../ui/roster/roster_page.py" line="134"/>
        <location filename="../../ui/roster/roster_page.py" line="170"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="136"/>
        <source>按位次</source>
        <translation>By rank</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="136"/>
        <source>按姓氏笔画</source>
        <translation>By surname strokes</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="136"/>
        <source>按姓氏笔画（政协式：单名在前）</source>
        <translation>By surname strokes (CPPCC style: single given names first)</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="137"/>
        <source>按姓氏笔画（人大式：比较第二字）</source>
        <translation>By surname strokes (NPC style: compare the second character)</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="137"/>
        <source>按拼音</source>
        <translation>By pinyin</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="198"/>
        <source>共 %1 人，显示 %2 人</source>
        <translation>%1 people, %2 shown</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="202"/>
        <source>；无笔顺数据、按笔画数估计位置的字：%1</source>
        <translation>; no stroke data, placed by stroke count: %1</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="255"/>
        <source>修改 %1</source>
        <translation>Edit %1</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="255"/>
        <source>添加 %1</source>
        <translation>Add %1</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="261"/>
        <source>删除人员</source>
        <translation>Delete people</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="261"/>
        <source>删除选中的 %1 人？（可撤销）</source>
        <translation>Delete the %1 selected people? (can be undone)</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="266"/>
        <source>删除 %1 人</source>
        <translation>Delete %1 people</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="272"/>
        <source>选中的 %1 人改为：</source>
        <translation>Change the %1 selected people to:</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="281"/>
        <source>%1 人改为%2</source>
        <translation>%1 people to %2</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="286"/>
        <source>调整位次</source>
        <translation>Change rank</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="292"/>
        <source>拖动调整位次</source>
        <translation>Drag to change rank</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="303"/>
        <source>采用建议位次</source>
        <translation>Use the suggested ranking</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="310"/>
        <location filename="../../ui/roster/roster_page.py" line="314"/>
        <source>打印证件</source>
        <translation>Print badge</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="310"/>
        <source>请先在名单中选中一人。</source>
        <translation>Select one person in the roster first.</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="313"/>
        <source>已选中 %1 人。批量打印请到“打印”页，范围选“所选人员”或“仅新增或打印后有变动的”。</source>
        <translation>%1 people are selected. To print several badges, go to the Printing page and choose &quot;Selected people&quot; or &quot;Only new or changed since printed&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="325"/>
        <source>导入回执</source>
        <translation>Import replies</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="333"/>
        <source>剪贴板中没有内容：请先在表格中复制（含表头行）</source>
        <translation>The clipboard is empty: copy the cells in the spreadsheet first (with the header row)</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="339"/>
        <source>导出名单</source>
        <translation>Export roster</translation>
    </message>
    <message>
        <location filename="../../ui/roster/roster_page.py" line="351"/>
        <source>无法导出</source>
        <translation>Cannot export</translation>
    </message>
</context>
</TS>
