<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Domain</name>
    <message>
        <location filename="../../ceremony/printing/pdf/layouts.py" line="14" />
        <source>80×118 mm（常用）</source>
        <translation>80×118 mm (common)</translation>
    </message>
    <message>
        <location filename="../../ceremony/printing/pdf/layouts.py" line="15" />
        <source>90×130 mm</source>
        <translation>90×130 mm</translation>
    </message>
    <message>
        <location filename="../../ceremony/printing/pdf/layouts.py" line="16" />
        <source>100×140 mm</source>
        <translation>100×140 mm</translation>
    </message>
    <message>
        <location filename="../../ceremony/printing/pdf/layouts.py" line="17" />
        <source>85.6×54 mm（证卡 ID-1）</source>
        <translation>85.6×54 mm (ID-1 card)</translation>
    </message>
    <message>
        <location filename="../../ceremony/printing/pdf/layouts.py" line="18" />
        <source>90×65 mm（A4 八拼）</source>
        <translation>90×65 mm (8 on A4)</translation>
    </message>
    <message>
        <location filename="../../ceremony/printing/pdf/layouts.py" line="143" />
        <source>A4 横向对折（297×105 ×2）</source>
        <translation>A4 landscape, folded (297×105 ×2)</translation>
    </message>
    <message>
        <location filename="../../ceremony/printing/pdf/layouts.py" line="145" />
        <source>A4 三折（297×70 ×3）</source>
        <translation>A4 tri-fold (297×70 ×3)</translation>
    </message>
    <message>
        <location filename="../../ceremony/printing/pdf/layouts.py" line="147" />
        <source>200×100</source>
        <translation>200×100</translation>
    </message>
    <message>
        <location filename="../../ceremony/printing/pdf/layouts.py" line="148" />
        <source>180×70（A4 两张）</source>
        <translation>180×70 (2 on A4)</translation>
    </message>
    <message>
        <location filename="../../ceremony/printing/pdf/layouts.py" line="150" />
        <source>190×178 卡纸</source>
        <translation>190×178 card stock</translation>
    </message>
    <message>
        <location filename="../../ceremony/printing/pdf/layouts.py" line="152" />
        <source>椅背贴（A4 横向 5 张，竖排）</source>
        <translation>Chair labels (5 on landscape A4, vertical)</translation>
    </message>
</context>
</TS>