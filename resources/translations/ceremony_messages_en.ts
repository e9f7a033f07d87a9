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
        <source>出错了</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="42" />
        <source>输入有误</source>
        <translation>Invalid input</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="43" />
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="91" />
        <source>人员 {key} 不存在</source>
        <translation>Person {key} not found</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="92" />
        <source>签到记录 {key} 不存在</source>
        <translation>Check-in record {key} not found</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="96" />
        <source>字体文件不存在或无法使用：{path}</source>
        <translation>Font file missing or unusable: {path}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="98" />
        <source>姓名不能为空</source>
        <translation>A name is required</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="99" />
        <source>补签时间不能晚于当前时间</source>
        <translation>A late check-in time cannot be in the future</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="100" />
        <source>请填写撤销原因</source>
        <translation>Please give a reason for the undo</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="101" />
        <source>签到记录 {checkin_id} 已撤销或本身是撤销记录</source>
        <translation>Check-in record {checkin_id} is already undone or is itself an undo</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="102" />
        <source>未知状态 {state}</source>
        <translation>Unknown state {state}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="103" />
        <source>请填写代参加人姓名</source>
        <translation>Please give the substitute's name</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="147" />
        <source>{count} 行无法导入，未写入任何数据；确认跳过这些行后再导入 (--skip-invalid)</source>
        <translation>{count} rows cannot be imported and nothing was written; accept skipping them, then import (--skip-invalid)</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="192" />
        <source>找不到可用的字体「{wanted}」；本机可用：{available}</source>
        <translation>Font "{wanted}" not found; available here: {available}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="193" />
        <source>没有需要打印的胸卡（所选范围内没有人，或都已打印且无变动）</source>
        <translation>No badges to print (nobody in the chosen range, or all printed and unchanged)</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="194" />
        <source>没有要打印桌签的人（主席台名单为空）</source>
        <translation>Nobody to print table cards for (the rostrum list is empty)</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="195" />
        <source>没有符合条件的人员</source>
        <translation>Nobody matches</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="196" />
        <source>没有可打印的内容</source>
        <translation>Nothing to print</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="197" />
        <source>未知的附加行 {value}（可选 title/unit）</source>
        <translation>Unknown second line {value} (title or unit)</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="198" />
        <source>未知的排序 {value}（可选 rank/strokes）</source>
        <translation>Unknown order {value} (rank or strokes)</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="199" />
        <source>未知的纸张 {value}（可选 A4/A3）</source>
        <translation>Unknown paper {value} (A4 or A3)</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="200" />
        <source>无法识别的标识 {value}</source>
        <translation>Unknown sign {value}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="201" />
        <source>无法识别的尺寸 {value}，应写成 宽x高（毫米），如 80x118</source>
        <translation>Unknown size {value}: write width x height in mm, e.g. 80x118</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="202" />
        <source>尺寸 {value} 超出范围 20–420 mm</source>
        <translation>Size {value} is outside 20–420 mm</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="203" />
        <source>未知的纸张 {value}</source>
        <translation>Unknown sheet {value}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="204" />
        <source>胸卡 {width}×{height} mm 放不进 {sheet} 纸</source>
        <translation>A {width}×{height} mm badge does not fit on {sheet} paper</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="205" />
        <source>未知的桌签版式 {value}（可选 {names}）</source>
        <translation>Unknown table card layout {value} (one of {names})</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="206" />
        <source>姓名「{name}」太长，无法放入胸卡，请换用更大的版式或缩短显示名</source>
        <translation>The name "{name}" is too long for the badge; choose a larger size or shorten the printed name</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="207" />
        <source>姓名「{name}」太长，无法放入桌签（{layout}），请换用更大的版式或缩短显示名</source>
        <translation>The name "{name}" is too long for the table card ({layout}); choose a larger layout or shorten the printed name</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="208" />
        <source>姓名「{name}」太长，无法放入椅背贴（{layout}），请换用更大的版式或缩短显示名</source>
        <translation>The name "{name}" is too long for the chair label ({layout}); choose a larger layout or shorten the printed name</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="209" />
        <source>打印机「{printer}」无法打印：{detail}</source>
        <translation>Printer "{printer}" cannot print: {detail}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="210" />
        <source>打印机「{printer}」无法打印：本机没有 CUPS 打印命令 lp</source>
        <translation>Printer "{printer}" cannot print: this computer has no CUPS lp command</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="211" />
        <source>打印机「{printer}」不可用（已断开、已删除或无权限），请检查后重试</source>
        <translation>Printer "{printer}" is unavailable (disconnected, removed or not permitted); check it and try again</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="212" />
        <source>没有这一部分：{name}（可选：{known}）</source>
        <translation>No such section: {name} (one of {known})</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="44" />
        <source>{path}: 活动文件无法使用</source>
        <translation>{path}: the event file cannot be used</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="45" />
        <source>{path}: 活动文件不存在</source>
        <translation>{path}: event file not found</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="46" />
        <source>{path}: 活动文件不存在；新建空活动：ceremony init {quoted}；或演示活动：ceremony init --demo --db {quoted}</source>
        <translation>{path}: event file not found; create one: ceremony init {quoted}; or the demo: ceremony init --demo --db {quoted}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="48" />
        <source>{path}: 不是有效的活动文件或文件已损坏</source>
        <translation>{path}: not an event file, or damaged</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="49" />
        <source>{path}: 不是有效的活动文件或文件已损坏：{detail}</source>
        <translation>{path}: not an event file, or damaged: {detail}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="50" />
        <source>{path}: 不是有效的活动文件或文件已损坏：缺少活动信息</source>
        <translation>{path}: not an event file, or damaged: no event table</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="51" />
        <source>{path}: 不是有效的活动文件或文件已损坏：完整性检查失败</source>
        <translation>{path}: not an event file, or damaged: integrity check failed</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="52" />
        <source>{path}: 文件由更新版本的程序创建（格式 {found}，本程序支持到 {supported}），请升级程序</source>
        <translation>{path}: made by a newer version of the program (format {found}, this one reads up to {supported}); please upgrade</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="53" />
        <source>{path}: 无法写入，请检查权限或磁盘空间</source>
        <translation>{path}: cannot write; check permissions and disk space</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="54" />
        <source>{path}: 无法写入，请检查权限或磁盘空间：{detail}</source>
        <translation>{path}: cannot write; check permissions and disk space: {detail}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="55" />
        <source>{path}: 无法写入：目录不存在</source>
        <translation>{path}: cannot write: the folder does not exist</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="56" />
        <source>“{name}”是正在使用的活动文件，不能用于导入、导出或合并。请选择其他文件。</source>
        <translation>“{name}” is an event file in use; it cannot be imported, exported or merged. Choose another file.</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="57" />
        <source>{path}: 文件已存在</source>
        <translation>{path}: the file already exists</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="58" />
        <source>{path}: 活动文件已被其他程序改动，本窗口与文件的连接已失效：刚才的操作没有保存。请重新打开活动文件后再试</source>
        <translation>{path}: the event file was changed by another program and this window lost its connection to it: the last change was NOT saved. Reopen the event file and try again</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="59" />
        <source>{path}: 这是签到台副本，不能签发证件二维码，请在主办方的活动文件中打印证件</source>
        <translation>{path}: this is a desk copy and cannot issue badge codes; print badges from the organiser's event file</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="61" />
        <source>{path}: 活动文件正忙（另一程序正在写入），本次操作未执行，请稍后再试</source>
        <translation>{path}: the event file is busy (another program is writing to it); nothing was done, please try again in a moment</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="62" />
        <source>{path}: 磁盘已满，本次操作未保存；之前保存的数据不受影响，请腾出空间后重试</source>
        <translation>{path}: the disk is full; this action was not saved. Data saved before is not affected; free some space and try again</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="64" />
        <source>{path}: 活动文件正由{desk}（电脑 {host}，进程 {pid}，自 {since} 起）使用，只能只读打开或另存副本</source>
        <translation>{path}: the event file is in use by {desk} (computer {host}, process {pid}, since {since}); open it read-only or save a copy</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="66" />
        <source>{path}: 活动文件正由会务助手（电脑 {host}，进程 {pid}，自 {since} 起）使用，只能只读打开或另存副本</source>
        <translation>{path}: the event file is in use by the Ceremony app (computer {host}, process {pid}, since {since}); open it read-only or save a copy</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="68" />
        <source>{path}: 活动文件正由命令行（电脑 {host}，进程 {pid}，自 {since} 起）使用，只能只读打开或另存副本</source>
        <translation>{path}: the event file is in use by the command line (computer {host}, process {pid}, since {since}); open it read-only or save a copy</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="70" />
        <source>{path}: 活动文件正由另一程序使用，只能只读打开或另存副本</source>
        <translation>{path}: the event file is in use by another program; open it read-only or save a copy</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="71" />
        <source>{desk}（电脑 {host}，进程 {pid}，自 {since} 起）</source>
        <translation>{desk} (computer {host}, process {pid}, since {since})</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="72" />
        <source>会务助手（电脑 {host}，进程 {pid}，自 {since} 起）</source>
        <translation>the Ceremony app (computer {host}, process {pid}, since {since})</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="73" />
        <source>命令行（电脑 {host}，进程 {pid}，自 {since} 起）</source>
        <translation>the command line (computer {host}, process {pid}, since {since})</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="74" />
        <source>另一程序</source>
        <translation>another program</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="75" />
        <source>{path}: 无法备份，操作未执行：{detail}</source>
        <translation>{path}: could not make a backup, so the action was not done: {detail}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="76" />
        <source>{path}: 没有可用的备份</source>
        <translation>{path}: not a usable backup</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="77" />
        <source>{what}: 找不到该备份，用 ceremony backups 查看</source>
        <translation>{what}: no such backup; list them with ceremony backups</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="78" />
        <source>签到台模式下不能修改 PIN，请主办方输入 PIN 退出签到台模式</source>
        <translation>Changing the PIN is not allowed in desk mode; the organiser must enter the PIN to leave desk mode</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="79" />
        <source>签到台模式下不能修改活动设置，请主办方输入 PIN 退出签到台模式</source>
        <translation>Changing the event details is not allowed in desk mode; the organiser must enter the PIN to leave desk mode</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="81" />
        <source>签到台模式下不能修改设置，请主办方输入 PIN 退出签到台模式</source>
        <translation>Changing settings is not allowed in desk mode; the organiser must enter the PIN to leave desk mode</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="82" />
        <source>签到台模式下不能修改名单，请主办方输入 PIN 退出签到台模式</source>
        <translation>Changing the roster is not allowed in desk mode; the organiser must enter the PIN to leave desk mode</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="83" />
        <source>签到台模式下不能导出名单，请主办方输入 PIN 退出签到台模式</source>
        <translation>Exporting the roster is not allowed in desk mode; the organiser must enter the PIN to leave desk mode</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="85" />
        <source>签到台模式下不能排座，请主办方输入 PIN 退出签到台模式</source>
        <translation>Seating is not allowed in desk mode; the organiser must enter the PIN to leave desk mode</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="86" />
        <source>签到台模式下不能修改会场，请主办方输入 PIN 退出签到台模式</source>
        <translation>Changing the venue is not allowed in desk mode; the organiser must enter the PIN to leave desk mode</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="87" />
        <source>PIN 不正确</source>
        <translation>Wrong PIN</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="88" />
        <source>请先设置主办方 PIN（{low}–{high} 位）</source>
        <translation>Set the organiser's PIN first ({low}–{high} characters)</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="89" />
        <source>PIN 应为 {low}–{high} 个字符</source>
        <translation>The PIN must be {low}–{high} characters</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="93" />
        <source>{path}: 无法写入文件：{detail}</source>
        <translation>{path}: cannot write the file: {detail}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="94" />
        <source>{path}: 无法写入文件：目录不存在</source>
        <translation>{path}: cannot write the file: the folder does not exist</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="95" />
        <source>{path}: 无法写入文件：磁盘已满，请腾出空间后重试</source>
        <translation>{path}: cannot write the file: the disk is full; free some space and try again</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="97" />
        <source>未知的笔画排序规则 {value}（可选 zhengxie/renda）</source>
        <translation>Unknown stroke order convention {value} (zhengxie or renda)</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="104" />
        <source>{path}: 这是其他活动的签到记录，不能合并</source>
        <translation>{path}: this check-in log belongs to another event and cannot be merged</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="105" />
        <source>{path}: 签名不符，文件被改动过或不是本活动的导出文件</source>
        <translation>{path}: the signature does not match: the file was changed or is not an export of this event</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="106" />
        <source>{path}: {detail}</source>
        <translation>{path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="107" />
        <source>请填写签到台名称（如 签到台2）</source>
        <translation>Give the desk a name (e.g. Desk 2)</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="108" />
        <source>只接受 https:// 地址</source>
        <translation>Only https:// addresses are accepted</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="109" />
        <source>地址格式错误，应为 https://主机:端口（{detail}）</source>
        <translation>Bad address; use https://host:port ({detail})</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="110" />
        <source>连接不到主机，请检查网络和地址（{detail}）</source>
        <translation>Cannot reach the host; check the network and the address ({detail})</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="111" />
        <source>加入码错误，或连接被第三方截持</source>
        <translation>Wrong join code, or the connection is being intercepted</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="112" />
        <source>对方不是持有加入码的主机，已拒绝</source>
        <translation>The other side does not know the join code: refused</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="113" />
        <source>主机证书与加入时不同，已拒绝连接；请重新输入加入码</source>
        <translation>The host's certificate changed since joining: refused; enter the join code again</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="114" />
        <source>本签到台已被主机移除或主机已更换，请重新输入加入码加入</source>
        <translation>This desk was removed by the host or the host changed; join again with the join code</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="115" />
        <source>主机上是另一个活动，不能加入到此活动文件</source>
        <translation>The host serves another event; it cannot join this event file</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="116" />
        <source>此活动文件尚未加入任何主机</source>
        <translation>This event file has not joined a host</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="117" />
        <source>尝试次数过多，请稍后再试</source>
        <translation>Too many attempts; try again later</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="118" />
        <source>目标活动文件已存在</source>
        <translation>The target event file already exists</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="119" />
        <source>已有签到台使用这个名称，请换一个名称；若是本台重新加入，请先在主机上移除原来的</source>
        <translation>Another desk already uses this name: choose another; if this desk is joining again, remove the old one on the host first</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="120" />
        <source>主机拒绝了请求：{detail}</source>
        <translation>The host refused the request: {detail}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="121" />
        <source>记录格式错误（不是对象）</source>
        <translation>Malformed record (not an object)</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="122" />
        <source>记录格式错误（不是列表）</source>
        <translation>Malformed records (not a list)</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="123" />
        <source>记录字段 {name} 格式错误</source>
        <translation>Malformed record field {name}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="124" />
        <source>记录格式错误（uuid 或内容）</source>
        <translation>Malformed record (uuid or body)</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="125" />
        <source>签到台不能修改座位或证件</source>
        <translation>A desk cannot change seats or badge codes</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="126" />
        <source>记录内容错误（{kind}）</source>
        <translation>Bad record body ({kind})</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="127" />
        <source>此活动文件未作为主机运行过</source>
        <translation>This event file has never been served as a host</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="128" />
        <source>没有名为 {name} 的签到台</source>
        <translation>No desk named {name}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="129" />
        <source>{path}: 无法读取签到记录文件（{detail}）</source>
        <translation>{path}: cannot read the check-in log ({detail})</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="130" />
        <source>{path}: 不是签到记录导出文件</source>
        <translation>{path}: not a check-in log export</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="131" />
        <source>{source}: 无法读取</source>
        <translation>{source}: cannot be read</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="132" />
        <source>{source}: 无法读取文件：{detail}</source>
        <translation>{source}: cannot read the file: {detail}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="133" />
        <source>{source}: 文件是空的</source>
        <translation>{source}: the file is empty</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="134" />
        <source>{source}: 文件中没有数据</source>
        <translation>{source}: the file holds no data</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="135" />
        <source>{source}: 不是表格文件；请另存为 {save_as} 后再导入</source>
        <translation>{source}: not a spreadsheet; save it as {save_as} and import that</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="136" />
        <source>{source}: 无法识别文字编码；请另存为 {save_as} 后再导入</source>
        <translation>{source}: unknown text encoding; save it as {save_as} and import that</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="137" />
        <source>{source}: 无法识别文字编码</source>
        <translation>{source}: unknown text encoding</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="138" />
        <source>{source}: 第 {row} 行无法读取：{detail}</source>
        <translation>{source}: row {row} cannot be read: {detail}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="139" />
        <source>{source}: 无法读取 {kind} 文件（{detail}）；请另存为 {save_as} 后再导入</source>
        <translation>{source}: cannot read this {kind} file ({detail}); save it as {save_as} and import that</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="140" />
        <source>{source}: 第 {row} 行附近无法读取：{detail}；请另存为 {save_as} 后再导入</source>
        <translation>{source}: unreadable near row {row}: {detail}; save it as {save_as} and import that</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="141" />
        <source>{source}: 文件过大（{value} MB，上限 {maximum} MB）</source>
        <translation>{source}: file too large ({value} MB, the limit is {maximum} MB)</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="142" />
        <source>{source}: 解压后过大（上限 {maximum} MB），可能是压缩炸弹</source>
        <translation>{source}: unpacks too large (limit {maximum} MB); possibly a zip bomb</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="143" />
        <source>{source}: 压缩包内文件过多（上限 {maximum}）</source>
        <translation>{source}: too many parts inside (limit {maximum})</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="144" />
        <source>{source}: 行数超过上限 {maximum}</source>
        <translation>{source}: more rows than the limit of {maximum}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="145" />
        <source>{source}: 列数超过上限 {maximum}</source>
        <translation>{source}: more columns than the limit of {maximum}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="146" />
        <source>{source}: 单元格数超过上限 {maximum}</source>
        <translation>{source}: more cells than the limit of {maximum}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="149" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="150" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="151" />
        <source>性别</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="152" />
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="153" />
        <source>职务</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="154" />
        <source>手机</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="155" />
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="156" />
        <source>车牌</source>
        <translation>Licence plate</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="157" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="158" />
        <source>是否参加</source>
        <translation>Attending</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="159" />
        <source>主席台</source>
        <translation>Rostrum</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="160" />
        <source>发言</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="161" />
        <source>证号</source>
        <translation>Badge no.</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="162" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="163" />
        <source>{source}: 找不到表头：需要一列“姓名”</source>
        <translation>{source}: no header row found: a “Name” column is needed</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="164" />
        <source>{source}: 请指定“姓名”列</source>
        <translation>{source}: please choose the “Name” column</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="165" />
        <source>已删除控制字符、转义序列或文字方向标记</source>
        <translation>Control characters, escape sequences or text-direction marks removed</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="166" />
        <source>姓名为空</source>
        <translation>Name is empty</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="167" />
        <source>姓名“{name}”看起来不像人名，请核对</source>
        <translation>“{name}” does not look like a person's name; please check</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="168" />
        <source>身份证号已打码，不导入</source>
        <translation>ID number is masked; not imported</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="169" />
        <source>无法识别性别“{value}”</source>
        <translation>Gender “{value}” not recognised</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="170" />
        <source>缺少单位：文件没有单位列，请指定单位</source>
        <translation>No unit: the file has no unit column; please name the unit</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="171" />
        <source>无法识别“{value}”，按参加处理</source>
        <translation>“{value}” not recognised; taken as attending</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="172" />
        <source>身份证号被表格软件存成数字，末几位已丢失，请核对（表格中为 {value}）</source>
        <translation>The spreadsheet stored the ID number as a number and lost its last digits; please check (the sheet shows {value})</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="174" />
        <source>手机号被表格软件存成数字（科学计数法），数字已丢失，请核对（表格中为 {value}）</source>
        <translation>The spreadsheet stored the mobile number as a number (scientific notation) and lost digits; please check (the sheet shows {value})</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="176" />
        <source>证号“{badge}”被表格软件改成了科学计数法，请把该列设为文本后重新填写</source>
        <translation>The spreadsheet turned badge number “{badge}” into scientific notation; format the column as text and enter it again</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="178" />
        <source>证号“{badge}”丢失了开头的 0（应为 {padded}），请把该列设为文本后重新填写</source>
        <translation>Badge number “{badge}” lost its leading zeros (should be {padded}); format the column as text and enter it again</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="180" />
        <source>与本次导入 {source} 第 {row} 行是同一人</source>
        <translation>Same person as {source} row {row} of this import</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="181" />
        <source>名单中已有同单位同名的人</source>
        <translation>The roster already has someone of the same name in the same unit</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="182" />
        <source>名单中已有此手机号（{unit}）</source>
        <translation>The roster already has this mobile number ({unit})</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="183" />
        <source>手机号与名单中的{name}（{unit}）相同</source>
        <translation>Same mobile number as {name} ({unit}) on the roster</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="184" />
        <source>手机号格式不正确</source>
        <translation>Mobile number format is not valid</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="185" />
        <source>身份证号应为18位</source>
        <translation>ID number must have 18 characters</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="186" />
        <source>身份证号校验位不符</source>
        <translation>ID number check digit does not match</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="187" />
        <source>车牌号格式不正确</source>
        <translation>Licence plate format is not valid</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="188" />
        <source>性别与身份证号不符（身份证为男）</source>
        <translation>Gender does not match the ID number (the ID says male)</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="189" />
        <source>性别与身份证号不符（身份证为女）</source>
        <translation>Gender does not match the ID number (the ID says female)</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="191" />
        <source>{path}: 只能导出 .xlsx 或 .csv</source>
        <translation>{path}: export to .xlsx or .csv</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="213" />
        <source>{path}: 只能导出 .pdf、.xlsx 或 .csv</source>
        <translation>{path}: export to .pdf, .xlsx or .csv</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="215" />
        <source>{path}: 主持词名单只能保存为 .pdf 或 .txt</source>
        <translation>{path}: the host's guest list can only be saved as .pdf or .txt</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="216" />
        <source>{path}: 车辆清单只能保存为 .pdf 或 .xlsx</source>
        <translation>{path}: the vehicle list can only be saved as .pdf or .xlsx</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="217" />
        <source>--size：通行证尺寸只能是 A5 或 A6，而不是“{value}”</source>
        <translation>--size: a vehicle pass is A5 or A6, not '{value}'</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="218" />
        <source>名单里没有人填写车牌号，无需通行证</source>
        <translation>Nobody on the roster gave a number plate: no vehicle passes are needed</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="219" />
        <source>--date：时间应写成 2021-11-24 10:00，而不是“{text}”</source>
        <translation>--date: write the time as 2021-11-24 10:00, not '{text}'</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="220" />
        <source>「{char}」没有笔顺数据，按笔画数估计位置，请核对：{names}</source>
        <translation>“{char}” has no stroke-order data; placed by its stroke count, please check: {names}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="221" />
        <source>请指定 --auto（自动排座）或 --clear（清空座位）</source>
        <translation>Give --auto (seat everyone automatically) or --clear (clear the seats)</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="223" />
        <source>座位已锁定，不能移动：{label}</source>
        <translation>The seat is locked and cannot change: {label}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="224" />
        <source>{label} 已封闭</source>
        <translation>{label} is blocked</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="225" />
        <source>座位 {seat_id} 不存在</source>
        <translation>Seat {seat_id} does not exist</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="226" />
        <source>{section} {row}排 位置{x}：座位已不存在</source>
        <translation>{section} row {row} position {x}: the seat no longer exists</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="227" />
        <source>主席台座位不足：需安排 {people} 人，可用座位只有 {seats} 个。当前座位安排未改动</source>
        <translation>Not enough rostrum seats: {people} people but only {seats} usable seats. The seating is unchanged</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="228" />
        <source>台下座位不足：需安排 {people} 人，可用座位只有 {seats} 个。当前座位安排未改动</source>
        <translation>Not enough hall seats: {people} people but only {seats} usable seats. The seating is unchanged</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="229" />
        <source>只支持 .xlsx、.csv、.json，而不是 {suffix}</source>
        <translation>Only .xlsx, .csv and .json are supported, not {suffix}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="230" />
        <source>会场文件有误：{place}：缺少 sections 列表</source>
        <translation>Venue file error: {place}: a list of sections is required</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="231" />
        <source>会场文件有误：{place}：应为对象</source>
        <translation>Venue file error: {place}: must be an object</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="232" />
        <source>会场文件有误：{place}：kind 应为 rostrum 或 hall，而不是 {value}</source>
        <translation>Venue file error: {place}: kind must be rostrum or hall, not {value}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="233" />
        <source>会场文件有误：{place}：与前面的区域同名，座位会重叠</source>
        <translation>Venue file error: {place}: same name as an earlier section; seats would overlap</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="234" />
        <source>会场文件有误：{place}：numbering 应为 plain 或 odd_even，而不是 {value}</source>
        <translation>Venue file error: {place}: numbering must be plain or odd_even, not {value}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="235" />
        <source>会场文件有误：{place} 第{row}排：重复的排号，座位重叠</source>
        <translation>Venue file error: {place} row {row}: the row is given twice; seats overlap</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="236" />
        <source>会场文件有误：{place}：该位置没有座位</source>
        <translation>Venue file error: {place}: there is no seat there</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="237" />
        <source>会场文件有误：{place}：blocks 应为正整数列表</source>
        <translation>Venue file error: {place}: blocks must be a list of positive whole numbers</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="238" />
        <source>会场文件有误：{place}：rows 应为排数、每排座位数列表或每排布局字符串</source>
        <translation>Venue file error: {place}: rows must be a row count, a list of seats per row or a layout string per row</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="239" />
        <source>会场文件有误：{place}：row 应为正整数</source>
        <translation>Venue file error: {place}: row must be a positive whole number</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="240" />
        <source>会场文件有误：{place} 第{row}排：无法识别的字符 {chars}（# 座位, x 封闭座位, . 过道）</source>
        <translation>Venue file error: {place} row {row}: unknown characters {chars} (# seat, x blocked seat, . aisle)</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="241" />
        <source>会场文件有误：{place} 第{row}排：应为座位数或布局字符串，而不是 {value}</source>
        <translation>Venue file error: {place} row {row}: must be a seat count or a layout string, not {value}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="242" />
        <source>会场文件有误：{place}：应写成 排:位置，例如 "1:15"</source>
        <translation>Venue file error: {place}: write row:position, e.g. "1:15"</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="243" />
        <source>会场文件有误：{place}：应为列表</source>
        <translation>Venue file error: {place}: must be a list</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="244" />
        <source>会场文件有误：{place}：分区缺少名称</source>
        <translation>Venue file error: {place}: a zone needs a name</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="245" />
        <source>会场文件有误：{place}：分区重名</source>
        <translation>Venue file error: {place}: duplicate zone name</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="246" />
        <source>会场文件有误：{place}：{key} 应写成 [起, 止]</source>
        <translation>Venue file error: {place}: {key} must be [first, last]</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="247" />
        <source>会场文件有误：{place}：应写成 排:位置 或 排:起-止</source>
        <translation>Venue file error: {place}: write row:position or row:first-last</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="248" />
        <source>会场文件有误：{place}：分区内没有座位</source>
        <translation>Venue file error: {place}: the zone covers no seat</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="249" />
        <source>会场文件有误：{place}：无法读取：{detail}</source>
        <translation>Venue file error: {place}: cannot read: {detail}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="250" />
        <source>会场文件有误：{place}：不是 UTF-8 文本</source>
        <translation>Venue file error: {place}: not UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="251" />
        <source>会场文件有误：{place} 第{line}行第{column}列：JSON 格式错误：{detail}</source>
        <translation>Venue file error: {place} line {line} column {column}: malformed JSON: {detail}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="252" />
        <source>会场文件有误：{place}：座位总数超过上限 {maximum}</source>
        <translation>Venue file error: {place}: more seats than the limit of {maximum}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="253" />
        <source>会场文件有误：{place}：结构不对（{detail}）</source>
        <translation>Venue file error: {place}: malformed ({detail})</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="254" />
        <source>会场文件有误：{place}：每排座位数超过上限 {maximum}</source>
        <translation>Venue file error: {place}: a row has more seats than the limit of {maximum}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="255" />
        <source>会场文件有误：{place} 第{row}排：每排座位数超过上限 {maximum}</source>
        <translation>Venue file error: {place} row {row}: more seats than the limit of {maximum}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="256" />
        <source>会场文件有误：{place}：排数超过上限 {maximum}</source>
        <translation>Venue file error: {place}: more rows than the limit of {maximum}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="257" />
        <source>会场文件有误：{place}：范围超过上限 {maximum}</source>
        <translation>Venue file error: {place}: the range is longer than the limit of {maximum}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="258" />
        <source>会场文件有误：{place}：文件过大（上限 {maximum} MB）</source>
        <translation>Venue file error: {place}: file too large (limit {maximum} MB)</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="259" />
        <source>会场文件有误：{place}：JSON 嵌套过深</source>
        <translation>Venue file error: {place}: JSON nested too deeply</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="260" />
        <source>会场有误：{place}：没有这个区域</source>
        <translation>Venue error: {place}: no such section</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="261" />
        <source>会场有误：{place} 第{row}排：没有这一排</source>
        <translation>Venue error: {place} row {row}: no such row</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="262" />
        <source>会场有误：{place} 第{row}排 位置{x}：没有座位</source>
        <translation>Venue error: {place} row {row} position {x}: no seat there</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="263" />
        <source>会场有误：{place}：一个分区只能在一个区域内</source>
        <translation>Venue error: {place}: a zone lies within one section</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="265" />
        <source>{place}：应写成每排座位数，如 9,11，而不是“{text}”</source>
        <translation>{place}: give the seats of each row, e.g. 9,11, not '{text}'</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="266" />
        <source>{place}：每排 1–{seats} 个座位，最多 {rows} 排</source>
        <translation>{place}: 1–{seats} seats a row, at most {rows} rows</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="267" />
        <source>{place}：应写成 排数x(每区座位数,…)，如 20x(10,10,10) 或 12x24，而不是“{text}”</source>
        <translation>{place}: write rows x (seats per block, …), e.g. 20x(10,10,10) or 12x24, not '{text}'</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="269" />
        <source>{place}：应为 1–{rows} 排，每排最多 {seats} 座</source>
        <translation>{place}: 1–{rows} rows, at most {seats} seats a row</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="270" />
        <source>{place}：座位应写成 排:号 或 排:号-号，如 1:1-2，而不是“{text}”</source>
        <translation>{place}: write seats as row:x or row:x-x, e.g. 1:1-2, not '{text}'</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="271" />
        <source>{place}：编号方式只能是 {choices}，而不是“{value}”</source>
        <translation>{place}: the numbering is one of {choices}, not '{value}'</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="272" />
        <source>{place}：台下没有第 {row} 排（共 {rows} 排）</source>
        <translation>{place}: the hall has no row {row} (it has {rows} rows)</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="273" />
        <source>{place}：第 {row} 排没有第 {x} 个位置（过道或超出）</source>
        <translation>{place}: row {row} has no seat at position {x} (an aisle, or past the end)</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="274" />
        <source>{place}：未知的会场模板“{value}”（可选 {choices}）</source>
        <translation>{place}: unknown hall template '{value}' (one of {choices})</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="275" />
        <source>请用 --template 选模板，或用 --hall 给出台下的排数和座位</source>
        <translation>Choose a template with --template, or give the hall's rows and seats with --hall</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="276" />
        <source>还没有会场，先用会场向导建好主席台和台下，再加排</source>
        <translation>There is no venue yet: build the rostrum and the hall with the hall builder first, then add rows</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="278" />
        <source>--ids 应为逗号分隔的数字：{text}</source>
        <translation>--ids must be numbers separated by commas: {text}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="279" />
        <source>请用 --out 指定输出文件或用 --printer 指定打印机</source>
        <translation>Give an output file with --out or a printer with --printer</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="280" />
        <source>--arrow 应写成 文字:方向（{directions}）：{spec}</source>
        <translation>--arrow must read text:direction ({directions}): {spec}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="281" />
        <source>--health-code：未知颜色 {value}，应为 green/yellow/red</source>
        <translation>--health-code: unknown colour {value}; use green, yellow or red</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="282" />
        <source>--pick：没有第 {pick} 个结果（共 {count} 个）</source>
        <translation>--pick: there is no result {pick} (there are {count})</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="283" />
        <source>请给出二维码内容、--search 或 --id</source>
        <translation>Give a code, --search or --id</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="284" />
        <source>--manual：时间格式应为 HH:MM，而不是 {text}</source>
        <translation>--manual: the time must read HH:MM, not {text}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="286" />
        <source>主席台人数 {people} 多于可用座位 {seats}</source>
        <translation>Rostrum: {people} to seat but only {seats} usable seats</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="287" />
        <source>台下人数 {people} 多于可用座位 {seats}</source>
        <translation>Hall: {people} to seat but only {seats} usable seats</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="288" />
        <source>主席台座位不足</source>
        <translation>No rostrum seat left</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="289" />
        <source>分区「{zone}」没有座位，请在场地中划定</source>
        <translation>Zone “{zone}” has no seats: mark its seats in the hall</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="290" />
        <source>超出防疫限额 {percent}%</source>
        <translation>Beyond the epidemic capacity cap of {percent}%</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="291" />
        <source>分区「{zone}」座位不足，台下已无空座</source>
        <translation>Zone “{zone}” is full and no free seat is left in the hall</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="292" />
        <source>{count} 人从「{zone}」前移到「{target}」，补满主席台前的空座</source>
        <translation>Moved forward from “{zone}” to “{target}” to fill the seats in front of the rostrum: {count}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="293" />
        <source>前排「{zone}」还有 {count} 个空座：{seats}（后面已无可前移的人）</source>
        <translation>{count} empty seats left in the front zone “{zone}”: {seats} (nobody behind left to move forward)</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="294" />
        <source>人数 {people} 超过防疫限额 {percent}%（{capacity} 座），超出部分未安排</source>
        <translation>{people} to seat but the epidemic capacity cap of {percent}% allows {capacity}; the rest are not seated</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="295" />
        <source>分区「{zone}」已用上备用座位</source>
        <translation>Zone “{zone}” uses its spare seats</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="296" />
        <source>{count}人因分区「{zone}」已满安排在{target}</source>
        <translation>Zone “{zone}” full: {count} seated in {target}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="297" />
        <source>未分区</source>
        <translation>no zone</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="298" />
        <source>未分区座位</source>
        <translation>seats of no zone</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="299" />
        <source>{row}排{number}号</source>
        <translation>row {row} seat {number}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="300" />
        <source>座位 {seat}</source>
        <translation>seat {seat}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="301" />
        <source>{section} {row}排{number}号</source>
        <translation>{section} row {row} seat {number}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="302" />
        <source>{section} {row}排{number}号（{zone}）</source>
        <translation>{section} row {row} seat {number} ({zone})</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="303" />
        <source>学校礼堂（主席台两排，台下三区）</source>
        <translation>School auditorium (two rostrum rows, three hall blocks)</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="304" />
        <source>阶梯教室 / 报告厅（主席台一排，台下两区）</source>
        <translation>Lecture theatre / hall (one rostrum row, two hall blocks)</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="305" />
        <source>会议室（主席台一排，台下一区）</source>
        <translation>Meeting room (one rostrum row, one hall block)</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="307" />
        <source>名单已导入</source>
        <translation>Roster imported</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="308" />
        <source>人员都有类别</source>
        <translation>Everyone has a category</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="309" />
        <source>位次已确认</source>
        <translation>Protocol order confirmed</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="310" />
        <source>会场已建好</source>
        <translation>Hall built</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="311" />
        <source>主席台位次已排</source>
        <translation>Rostrum order set</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="312" />
        <source>应到人员都有座位</source>
        <translation>Everyone expected has a seat</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="313" />
        <source>证件已打印</source>
        <translation>Badges printed</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="314" />
        <source>证件无需重印</source>
        <translation>No badge needs reprinting</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="315" />
        <source>主席台桌签已打印</source>
        <translation>Rostrum table cards printed</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="316" />
        <source>签到台联网</source>
        <translation>Check-in desks connected</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="317" />
        <source>健康检查</source>
        <translation>Health check</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="318" />
        <source>备份位置</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="319" />
        <source>{names}</source>
        <translation>{names}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="320" />
        <source>{names} 等 {count} 人</source>
        <translation>{names} ({count} in all)</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="321" />
        <source>还没有人员：导入回执或逐个添加</source>
        <translation>Nobody yet: import the reply forms or add people one by one</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="322" />
        <source>{seats} 个座位</source>
        <translation>{seats} seats</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="323" />
        <source>还没有会场：用会场向导新建</source>
        <translation>No hall yet: build one with the hall wizard</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="324" />
        <source>签到时测体温、查粤康码和行程卡</source>
        <translation>Temperature, health code and travel card are checked at check-in</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="325" />
        <source>未开启（活动设置中可开启）</source>
        <translation>Off (can be turned on in the event settings)</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="326" />
        <source>本机是联网签到台</source>
        <translation>This computer is a networked check-in desk</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="327" />
        <source>单台签到（多台签到时在签到页开启主机）</source>
        <translation>Single desk (for several desks, start the host on the check-in page)</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="328" />
        <source>已开启主机，还没有签到台加入</source>
        <translation>Host started, no desk has joined yet</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="329" />
        <source>{joined} 台已加入</source>
        <translation>Desks joined: {joined}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="330" />
        <source>{joined} 台已加入，{silent} 台尚未连上：{names}</source>
        <translation>Desks joined: {joined}; not connected yet: {silent} ({names})</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="331" />
        <source>{path}</source>
        <translation>{path}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="333" />
        <source>没有这个设置项：{key}（可用：{known}）</source>
        <translation>No such setting: {key} (known: {known})</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="334" />
        <source>设置 {key} 应为 true 或 false，而不是 {value}</source>
        <translation>Setting {key} must be true or false, not {value}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="335" />
        <source>设置 {key} 应为整数，而不是 {value}</source>
        <translation>Setting {key} must be a whole number, not {value}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="336" />
        <source>设置 {key} 应为 {choices} 之一，而不是 {value}</source>
        <translation>Setting {key} must be one of {choices}, not {value}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="337" />
        <source>设置 {key} 应为 JSON {kind}，而不是 {value}</source>
        <translation>Setting {key} must be a JSON {kind}, not {value}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="338" />
        <source>设置 {key} 不能为空</source>
        <translation>Setting {key} cannot be empty</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="339" />
        <source>设置 {key} 由程序自动设定，不能手工修改</source>
        <translation>Setting {key} is set by the program and cannot be changed by hand</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="340" />
        <source>设置 {key} 应在 {low}–{high} 之间，而不是 {value}</source>
        <translation>Setting {key} must be between {low} and {high}, not {value}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="342" />
        <source>文件或文件夹不存在</source>
        <translation>no such file or folder</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="343" />
        <source>没有权限</source>
        <translation>permission denied</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="344" />
        <source>文件已存在</source>
        <translation>the file already exists</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="345" />
        <source>这是文件夹，不是文件</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="346" />
        <source>路径中有一段不是文件夹</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="347" />
        <source>磁盘已满</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="348" />
        <source>磁盘或文件是只读的</source>
        <translation>the disk or file is read-only</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="349" />
        <source>文件正被其他程序占用</source>
        <translation>the file is in use by another program</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="350" />
        <source>文件名太长</source>
        <translation>the file name is too long</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="351" />
        <source>系统错误 {number}（{detail}）</source>
        <translation>system error {number} ({detail})</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="352" />
        <source>不是有效的 JSON 文件：第 {line} 行第 {column} 列有误</source>
        <translation>not a valid JSON file: error at line {line}, column {column}</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="353" />
        <source>不是 UTF-8 编码的文本</source>
        <translation>not UTF-8 encoded text</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="354" />
        <source>JSON 嵌套过深</source>
        <translation>JSON nested too deeply</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="355" />
        <source>读写磁盘出错</source>
        <translation>disk read/write error</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="356" />
        <source>{seconds} 秒内没有完成</source>
        <translation>did not finish within {seconds} s</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="357" />
        <source>不是 SQLite 数据库文件</source>
        <translation>not an SQLite database file</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="358" />
        <source>数据库内容已损坏</source>
        <translation>the database content is damaged</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="359" />
        <source>无法打开数据库文件</source>
        <translation>the database file cannot be opened</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="360" />
        <source>对方拒绝连接：主机程序没有运行或端口不对</source>
        <translation>connection refused: the host program is not running or the port is wrong</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="361" />
        <source>连接超时</source>
        <translation>the connection timed out</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="362" />
        <source>连接被对方中断</source>
        <translation>the connection was reset by the other side</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="363" />
        <source>网络不通</source>
        <translation>the network is unreachable</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="364" />
        <source>找不到这个主机名</source>
        <translation>host name not found</translation>
    </message>
    <message>
        <location filename="../../ceremony/messages.py" line="365" />
        <source>主机回复了错误状态 HTTP {status}</source>
        <translation>the host replied with HTTP status {status}</translation>
    </message>
</context>
</TS>