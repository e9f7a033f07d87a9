<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/roster/import_dialog.py" line="39"/>
        <source>粘贴的内容</source>
        <translation>Pasted text</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_dialog.py" line="117"/>
        <source>导入回执</source>
        <translation>Import replies</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_dialog.py" line="118"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_dialog.py" line="119"/>
        <source>表格</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_dialog.py" line="120"/>
        <source>表头在第</source>
        <translation>Header row</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_dialog.py" line="121"/>
        <source> 行</source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_dialog.py" line="122"/>
        <source>没有单位列时的单位</source>
        <translation>Unit (when the file has no unit column)</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_dialog.py" line="123"/>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_dialog.py" line="124"/>
        <source>请核对每一列对应的字段（可修改）：</source>
        <translation>Check which field each column holds (you can change it):</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_dialog.py" line="125"/>
        <source>只看重复和有问题的行</source>
        <translation>Only duplicates and rows with problems</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_dialog.py" line="126"/>
        <source>更新已有人员</source>
        <translation>Update existing person</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_dialog.py" line="127"/>
        <source>保留两人</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_dialog.py" line="128"/>
        <source>跳过</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_dialog.py" line="129"/>
        <source>跳过无法导入的行，导入其余的行</source>
        <translation>Skip the rows that cannot be imported and import the rest</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_dialog.py" line="130"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_dialog.py" line="135"/>
        <source>（不导入）</source>
        <translation>(do not import)</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_dialog.py" line="146"/>
        <location filename="../../ui/roster/import_dialog.py" line="303"/>
        <source>无法导入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_dialog.py" line="193"/>
        <source>字段</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_dialog.py" line="206"/>
        <source>文件写明的单位：%1（在此填写则改用所填单位）</source>
        <translation>Unit named in the file: %1 (type a unit here to use it instead)</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_dialog.py" line="208"/>
        <source>必填：这个文件没有单位列</source>
        <translation>Required: this file has no unit column</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_dialog.py" line="272"/>
        <source>正在读取…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_dialog.py" line="275"/>
        <source>新增 %1，更新 %2，跳过 %3，无法导入 %4</source>
        <translation>%1 new, %2 updated, %3 skipped, %4 cannot be imported</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_dialog.py" line="281"/>
        <source>%1：名单中另有 %2 人不在这次的回执中（不会删除，请核对）：%3</source>
        <translation>%1: %2 more people of this unit on the roster are not in this reply (they are not deleted; please check): %3</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_dialog.py" line="305"/>
        <source>导入 %1 人</source>
        <translation>Import %1 people</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_dialog.py" line="314"/>
        <source>有人没有类别</source>
        <translation>Some people have no category</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_dialog.py" line="315"/>
        <source>%1 人还没有类别（%2）。
没有类别的人证件上没有类别、排座时不进任何分区。

先在上方“类别”中选定，还是仍然导入？</source>
        <translation>%1 people have no category yet (%2).
Without one their badges show no class and seating puts them in no zone.

Choose one above under “Category” first, or import anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_dialog.py" line="318"/>
        <source>仍然导入</source>
        <translation>Import anyway</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_dialog.py" line="319"/>
        <source>返回选择类别</source>
        <translation>Go back and choose</translation>
    </message>
</context>
</TS>
