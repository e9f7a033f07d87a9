<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>CheckinToolbar</name>
    <message>
        <location filename="../../ui/checkin_toolbar.py" line="44" />
        <source>签到台</source>
        <translation>Desk</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_toolbar.py" line="45" />
        <source>摄像头扫码 (F6)</source>
        <translation>Camera scan (F6)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_toolbar.py" line="46" />
        <source>现场登记 (F8)</source>
        <translation>Walk-in (F8)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_toolbar.py" line="47" />
        <source>更正 (F9)</source>
        <translation>Correct (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_toolbar.py" line="48" />
        <source>撤销签到 (F10)</source>
        <translation>Undo check-in (F10)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_toolbar.py" line="49" />
        <source>欢迎屏 (F11)</source>
        <translation>Welcome display (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_toolbar.py" line="50" />
        <source>提示音</source>
        <translation>Sounds</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_toolbar.py" line="51" />
        <source>多台合并</source>
        <translation>Desks</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_toolbar.py" line="52" />
        <source>导出本台签到记录…</source>
        <translation>Export this desk's log…</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_toolbar.py" line="53" />
        <source>合并其他签到台的记录…</source>
        <translation>Merge another desk's log…</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_toolbar.py" line="57" />
        <source>显示器 %1</source>
        <translation>Screen %1</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_toolbar.py" line="63" />
        <source>未检测到摄像头，请使用扫码枪或手工查找</source>
        <translation>No camera found: use the scanner or search by hand</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_toolbar.py" line="64" />
        <source>摄像头已开启，请将二维码对准镜头</source>
        <translation>Camera on: hold the QR code in front of the lens</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_toolbar.py" line="64" />
        <source>摄像头出错</source>
        <translation>Camera error</translation>
    </message>
</context>
</TS>