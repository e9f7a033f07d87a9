<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>PrintOptionsPanel</name>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="210" />
        <location filename="../../ui/printing/printing_options.py" line="335" />
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="298" />
        <source>胸卡</source>
        <translation>Badges</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="298" />
        <source>桌签</source>
        <translation>Table cards</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="298" />
        <source>签到表</source>
        <translation>Sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="299" />
        <source>标识（签到处、区域牌、箭头、欢迎牌）</source>
        <translation>Signs (check-in desk, zones, arrows, welcome)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="302" />
        <source>全部人员</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="302" />
        <source>按类别</source>
        <translation>By category</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="302" />
        <source>按单位</source>
        <translation>By unit</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="302" />
        <location filename="../../ui/printing/printing_options.py" line="315" />
        <source>所选人员（下方勾选）</source>
        <translation>Selected people (tick below)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="303" />
        <source>仅新增或打印后有变动的</source>
        <translation>Only new or changed since printed</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="306" />
        <source>每页一张（胸卡打印机）</source>
        <translation>One per page (badge printer)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="306" />
        <source>A4 拼版（带裁切线）</source>
        <translation>A4 sheet, N-up with cut marks</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="307" />
        <source>A3 拼版（带裁切线）</source>
        <translation>A3 sheet, N-up with cut marks</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="309" />
        <source>活动名称</source>
        <translation>Event name</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="309" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="309" />
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="310" />
        <source>座位</source>
        <translation>Seat</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="310" />
        <source>编号</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="310" />
        <source>二维码</source>
        <translation>QR code</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="313" />
        <source>证件类别与颜色…</source>
        <translation>Badge classes and colours…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="314" />
        <source>主席台（按座次）</source>
        <translation>Rostrum (in seat order)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="316" />
        <source>不加小字</source>
        <translation>No small line</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="316" />
        <source>加职务</source>
        <translation>Add title</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="316" />
        <source>加单位</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="318" />
        <source>按位次</source>
        <translation>By rank</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="319" />
        <source>按姓氏笔画</source>
        <translation>By surname strokes</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="320" />
        <source>每个类别单独成页</source>
        <translation>Each category on its own pages</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="321" />
        <source>签到处</source>
        <translation>Check-in desk</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="321" />
        <source>欢迎牌</source>
        <translation>Welcome sign</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="321" />
        <source>区域牌</source>
        <translation>Zone signs</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="322" />
        <source>指示箭头</source>
        <translation>Direction arrows</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="325" />
        <source>自定义箭头文字，如 休息室</source>
        <translation>Custom arrow text, e.g. Lounge</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="326" />
        <source>范围</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="326" />
        <source>选择</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="326" />
        <source>尺寸</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="326" />
        <source>纸张</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="327" />
        <source>显示</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="327" />
        <location filename="../../ui/printing/printing_options.py" line="332" />
        <source>人员</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="327" />
        <source>版式</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="327" />
        <source>字体</source>
        <translation>Font</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="328" />
        <source>小字</source>
        <translation>Small line</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="328" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="328" />
        <source>排序</source>
        <translation>Order</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="329" />
        <source>纸张（横向）</source>
        <translation>Paper (landscape)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="329" />
        <source>箭头</source>
        <translation>Arrow</translation>
    </message>
    <message>
        <location filename="../../ui/printing/printing_options.py" line="333" />
        <source>筛选姓名或单位</source>
        <translation>Filter by name or unit</translation>
    </message>
</context>
</TS>