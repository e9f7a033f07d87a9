<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Domain</name>
    <message>
        <location filename="../../ceremony/messages.py" line="23" />
        <source>没有这个设置项：{key}（可用：{known}）</source>
        <translation>No such setting: {key} (known: {known})</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="24" />
        <source>设置 {key} 应为 true 或 false，而不是 {value}</source>
        <translation>Setting {key} must be true or false, not {value}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="25" />
        <source>设置 {key} 应为整数，而不是 {value}</source>
        <translation>Setting {key} must be a whole number, not {value}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="26" />
        <source>设置 {key} 应为 {choices} 之一，而不是 {value}</source>
        <translation>Setting {key} must be one of {choices}, not {value}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="27" />
        <source>设置 {key} 应为 JSON {kind}，而不是 {value}</source>
        <translation>Setting {key} must be a JSON {kind}, not {value}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="28" />
        <source>设置 {key} 不能为空</source>
        <translation>Setting {key} cannot be empty</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="29" />
        <source>设置 {key} 由程序自动设定，不能手工修改</source>
        <translation>Setting {key} is set by the program and cannot be changed by hand</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="30" />
        <source>设置 {key} 应在 {low}–{high} 之间，而不是 {value}</source>
        <translation>Setting {key} must be between {low} and {high}, not {value}</translation>
    </message>
</context>
</TS>