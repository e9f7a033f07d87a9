<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="101" />
        <source>%1 人 · 已排座 %2 · 签到记录 %3</source>
        <translation>%1 people · %2 seated · %3 check-in records</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="105" />
        <source>（只读）</source>
        <translation> (read-only)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172" />
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173" />
        <source>新建活动…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174" />
        <source>打开活动…</source>
        <translation>Open event…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175" />
        <source>另存为…</source>
        <translation>Save as…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176" />
        <source>最近打开</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="177" />
        <source>备份到文件…</source>
        <translation>Back up to file…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="178" />
        <source>从备份恢复…</source>
        <translation>Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="179" />
        <source>活动设置…</source>
        <translation>Event settings…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180" />
        <source>设置主办方 PIN…</source>
        <translation>Set organiser PIN…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181" />
        <source>退出签到台模式…</source>
        <translation>Leave desk mode…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="181" />
        <source>进入签到台模式</source>
        <translation>Enter desk mode</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="182" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183" />
        <source>编辑(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="184" />
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="185" />
        <source>重做</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="187" />
        <source>关于会务助手…</source>
        <translation>About ceremony…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188" />
        <source>名单</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188" />
        <source>座位</source>
        <translation>Seating</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188" />
        <source>打印</source>
        <translation>Printing</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189" />
        <source>签到</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189" />
        <source>报表</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189" />
        <source>准备</source>
        <translation>Prepare</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206" />
        <source>打开活动</source>
        <translation>Open event</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294" />
        <source>退出签到台模式</source>
        <translation>Leave desk mode</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294" />
        <source>请输入主办方 PIN：</source>
        <translation>Organiser PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303" />
        <source>签到台模式</source>
        <translation>Desk mode</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314" />
        <location filename="../../ui/main_window.py" line="317" />
        <location filename="../../ui/main_window.py" line="324" />
        <source>设置主办方 PIN</source>
        <translation>Set organiser PIN</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314" />
        <source>请输入原来的 PIN：</source>
        <translation>Current PIN:</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="318" />
        <source>签到台模式需要主办方 PIN 才能退出（4 位以上）：</source>
        <translation>Leaving desk mode needs the organiser PIN (4 or more digits):</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="333" />
        <source>自动备份失败：%1</source>
        <translation>Automatic backup failed: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336" />
        <source>已自动备份 %1</source>
        <translation>Backed up automatically at %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341" />
        <source>备份到文件</source>
        <translation>Back up to file</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="347" />
        <source>无法备份</source>
        <translation>Cannot back up</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349" />
        <source>已备份到 %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357" />
        <source>从备份恢复</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357" />
        <source>用 %1 的备份替换当前活动文件吗？当前文件会先另存为一个备份。</source>
        <translation>Replace the event file with the backup of %1? The current file is saved as a backup first.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="364" />
        <source>无法恢复备份</source>
        <translation>Cannot restore the backup</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228" />
        <source>新建活动</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="235" />
        <source>无法新建活动</source>
        <translation>Cannot create the event</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="241" />
        <source>另存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="248" />
        <source>无法另存为</source>
        <translation>Cannot save a copy</translation>
    </message>
</context>
</TS>