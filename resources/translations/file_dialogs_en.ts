<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../ui/file_dialogs.py" line="33" />
        <source>文件夹</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="35" />
        <source>%1 文件</source>
        <translation>%1 file</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="36" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="105" />
        <source>“%1”是正在使用的活动文件，不能用于导入、导出或合并。请选择其他文件。</source>
        <translation>“%1” is the event file in use; it cannot be imported, exported to or merged. Choose another file.</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="107" />
        <source>不能使用这个文件</source>
        <translation>Cannot use this file</translation>
    </message>
</context>
</TS>