<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>Domain</name>
    <message>
        <location filename="../../ceremony/messages.py" line="26" />
        <source>无法识别的二维码或伪造证件</source>
        <translation>Unreadable or forged QR code</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="27" />
        <source>这是其他活动的证件</source>
        <translation>This badge belongs to another event</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="28" />
        <source>此证件已作废（已补办新证）</source>
        <translation>This badge was revoked (a new one was issued)</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="29" />
        <source>本活动名单中没有此人</source>
        <translation>This person is not on the event's roster</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="30" />
        <source>粤康码为黄码</source>
        <translation>Health code is yellow</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="31" />
        <source>粤康码为红码</source>
        <translation>Health code is red</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="32" />
        <source>体温读数 {temperature} °C 不可信，请重新测量</source>
        <translation>Temperature reading {temperature} °C is implausible, measure again</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="33" />
        <source>体温 {temperature} °C ≥{limit} °C，请稍候复测</source>
        <translation>Temperature {temperature} °C ≥ {limit} °C, please rest and measure again</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="34" />
        <source>复测体温 {temperature} °C 仍≥{limit} °C</source>
        <translation>Re-measured temperature {temperature} °C still ≥ {limit} °C</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="35" />
        <source>未测体温</source>
        <translation>Temperature not taken</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="36" />
        <source>未查验粤康码</source>
        <translation>Health code not checked</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="37" />
        <source>行程卡显示中高风险地区，请登记</source>
        <translation>Travel card shows a medium/high-risk area: please register</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="38" />
        <source>请佩戴口罩</source>
        <translation>Please wear a mask</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="39" />
        <source>无空座（请现场安排座位）</source>
        <translation>No free seat (find one on site)</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="41" />
        <source>没有这个设置项：{key}（可用：{known}）</source>
        <translation>No such setting: {key} (known: {known})</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="42" />
        <source>设置 {key} 应为 true 或 false，而不是 {value}</source>
        <translation>Setting {key} must be true or false, not {value}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="43" />
        <source>设置 {key} 应为整数，而不是 {value}</source>
        <translation>Setting {key} must be a whole number, not {value}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="44" />
        <source>设置 {key} 应为 {choices} 之一，而不是 {value}</source>
        <translation>Setting {key} must be one of {choices}, not {value}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="45" />
        <source>设置 {key} 应为 JSON {kind}，而不是 {value}</source>
        <translation>Setting {key} must be a JSON {kind}, not {value}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="46" />
        <source>设置 {key} 不能为空</source>
        <translation>Setting {key} cannot be empty</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="47" />
        <source>设置 {key} 由程序自动设定，不能手工修改</source>
        <translation>Setting {key} is set by the program and cannot be changed by hand</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="48" />
        <source>设置 {key} 应在 {low}–{high} 之间，而不是 {value}</source>
        <translation>Setting {key} must be between {low} and {high}, not {value}</translation>
    </message>
</context>
</TS>