<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ImportPreviewModel</name>
    <message>
        <location filename="../../ui/roster/import_preview_model.py" line="33" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_preview_model.py" line="33" />
        <source>行</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_preview_model.py" line="33" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_preview_model.py" line="33" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_preview_model.py" line="33" />
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_preview_model.py" line="33" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_preview_model.py" line="34" />
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_preview_model.py" line="34" />
        <source>处理</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_preview_model.py" line="34" />
        <source>说明</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_preview_model.py" line="39" />
        <source>%1（建议）</source>
        <translation>%1 (suggested)</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_preview_model.py" line="41" />
        <source>（未分类）</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_preview_model.py" line="46" />
        <source>保留两人</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_preview_model.py" line="47" />
        <source>新增</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_preview_model.py" line="47" />
        <source>更新</source>
        <translation>Update</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_preview_model.py" line="47" />
        <source>跳过</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_preview_model.py" line="48" />
        <source>无法导入</source>
        <translation>Cannot import</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_preview_model.py" line="100" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/roster/import_preview_model.py" line="102" />
        <source>；</source>
        <translation>; </translation>
    </message>
</context>
</TS>