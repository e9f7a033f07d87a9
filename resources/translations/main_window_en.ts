<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="87" />
        <source>%1 人 · 已排座 %2 · 签到记录 %3</source>
        <translation>%1 people · %2 seated · %3 check-in records</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="145" />
        <source>新建活动…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146" />
        <source>打开活动…</source>
        <translation>Open event…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="147" />
        <source>另存为…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="148" />
        <source>最近打开</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="149" />
        <source>活动设置…</source>
        <translation>Event settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="150" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151" />
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="152" />
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="153" />
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="154" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="155" />
        <source>关于会务助手…</source>
        <translation>About ceremony…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156" />
        <source>名单</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156" />
        <source>座位</source>
        <translation>Seating</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="156" />
        <source>打印</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157" />
        <source>签到</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157" />
        <source>报表</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174" />
        <source>打开活动</source>
        <translation>Open event</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183" />
        <source>无法打开活动</source>
        <translation>Cannot open the event</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189" />
        <source>新建活动</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="195" />
        <source>无法新建活动</source>
        <translation>Cannot create the event</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201" />
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207" />
        <source>无法另存为</source>
        <translation>Cannot save a copy</translation>
    </message>
</context>
</TS>