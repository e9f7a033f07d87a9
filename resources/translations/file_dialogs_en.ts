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
        <translation>%1 files</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="36" />
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="106" />
        <source>不能使用这个文件</source>
        <translation>This file cannot be used</translation>
    </message>
</context>
</TS>