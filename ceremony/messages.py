"""The one catalogue of message codes: code → Chinese text with ``{name}`` parameters.

The domain raises errors and returns scan results carrying a code and parameters, never
pre-written text. The CLI prints :func:`text` (Chinese). ``ui/`` passes the same Chinese
template through Qt's translator (context ``Domain``), so English lives only in
``resources/translations/ceremony_messages_en.ts``. ``QT_TRANSLATE_NOOP`` below is a plain
function with Qt's name so that ``lupdate`` extracts the templates without the domain
importing Qt.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

CONTEXT = "Domain"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``source`` for translation; returns it unchanged."""
    return source


CATALOGUE: dict[str, str] = {
    # --- scan results: why a scan was rejected, what a passed guest should be told --------------
    "scan.invalid": QT_TRANSLATE_NOOP("Domain", "无法识别的二维码或伪造证件"),
    "scan.other_event": QT_TRANSLATE_NOOP("Domain", "这是其他活动的证件"),
    "scan.revoked": QT_TRANSLATE_NOOP("Domain", "此证件已作废（已补办新证）"),
    "scan.unknown": QT_TRANSLATE_NOOP("Domain", "本活动名单中没有此人"),
    "health.code_yellow": QT_TRANSLATE_NOOP("Domain", "粤康码为黄码"),
    "health.code_red": QT_TRANSLATE_NOOP("Domain", "粤康码为红码"),
    "health.implausible": QT_TRANSLATE_NOOP("Domain", "体温读数 {temperature} °C 不可信，请重新测量"),
    "health.fever": QT_TRANSLATE_NOOP("Domain", "体温 {temperature} °C ≥{limit} °C，请稍候复测"),
    "health.fever_again": QT_TRANSLATE_NOOP("Domain", "复测体温 {temperature} °C 仍≥{limit} °C"),
    "notice.no_temperature": QT_TRANSLATE_NOOP("Domain", "未测体温"),
    "notice.no_health_code": QT_TRANSLATE_NOOP("Domain", "未查验粤康码"),
    "notice.trip_flag": QT_TRANSLATE_NOOP("Domain", "行程卡显示中高风险地区，请登记"),
    "notice.no_mask": QT_TRANSLATE_NOOP("Domain", "请佩戴口罩"),
    "notice.no_free_seat": QT_TRANSLATE_NOOP("Domain", "无空座（请现场安排座位）"),
    # --- errors (ceremony.errors and the areas' error classes) ---------------------------------
    "error": QT_TRANSLATE_NOOP("Domain", "出错了"),
    "invalid": QT_TRANSLATE_NOOP("Domain", "输入有误"),
    "cancelled": QT_TRANSLATE_NOOP("Domain", "已取消"),
    "file.error": QT_TRANSLATE_NOOP("Domain", "{path}: 活动文件无法使用"),
    "file.missing": QT_TRANSLATE_NOOP("Domain", "{path}: 活动文件不存在"),
    "file.missing_cli": QT_TRANSLATE_NOOP(
        "Domain", "{path}: 活动文件不存在；新建空活动：ceremony init {quoted}；或演示活动：ceremony init --demo --db {quoted}"),
    "file.corrupt": QT_TRANSLATE_NOOP("Domain", "{path}: 不是有效的活动文件或文件已损坏"),
    "file.corrupt_detail": QT_TRANSLATE_NOOP("Domain", "{path}: 不是有效的活动文件或文件已损坏：{detail}"),
    "file.no_event_table": QT_TRANSLATE_NOOP("Domain", "{path}: 不是有效的活动文件或文件已损坏：缺少活动信息"),
    "file.integrity": QT_TRANSLATE_NOOP("Domain", "{path}: 不是有效的活动文件或文件已损坏：完整性检查失败"),
    "file.schema_too_new": QT_TRANSLATE_NOOP("Domain", "{path}: 文件由更新版本的程序创建（格式 {found}，本程序支持到 {supported}），请升级程序"),
    "file.not_writable": QT_TRANSLATE_NOOP("Domain", "{path}: 无法写入，请检查权限或磁盘空间"),
    "file.not_writable_detail": QT_TRANSLATE_NOOP("Domain", "{path}: 无法写入，请检查权限或磁盘空间：{detail}"),
    "file.no_folder": QT_TRANSLATE_NOOP("Domain", "{path}: 无法写入：目录不存在"),
    "file.in_use": QT_TRANSLATE_NOOP("Domain", "“{name}”是正在使用的活动文件，不能用于导入、导出或合并。请选择其他文件。"),
    "file.exists": QT_TRANSLATE_NOOP("Domain", "{path}: 文件已存在"),
    "file.lost": QT_TRANSLATE_NOOP("Domain", "{path}: 活动文件已被其他程序改动，本窗口与文件的连接已失效：刚才的操作没有保存。请重新打开活动文件后再试"),
    "file.desk_copy_cannot_sign": QT_TRANSLATE_NOOP("Domain", "{path}: 这是签到台副本，不能签发证件二维码，请在主办方的活动文件中打印证件"),
    # --- errors: a busy or full disk, who holds the file, backups ------------------------------
    "file.busy": QT_TRANSLATE_NOOP("Domain", "{path}: 活动文件正忙（另一程序正在写入），本次操作未执行，请稍后再试"),
    "file.disk_full": QT_TRANSLATE_NOOP(
        "Domain", "{path}: 磁盘已满，本次操作未保存；之前保存的数据不受影响，请腾出空间后重试"),
    "file.in_use.desk": QT_TRANSLATE_NOOP(
        "Domain", "{path}: 活动文件正由{desk}（电脑 {host}，进程 {pid}，自 {since} 起）使用，只能只读打开或另存副本"),
    "file.in_use.app": QT_TRANSLATE_NOOP(
        "Domain", "{path}: 活动文件正由会务助手（电脑 {host}，进程 {pid}，自 {since} 起）使用，只能只读打开或另存副本"),
    "file.in_use.cli": QT_TRANSLATE_NOOP(
        "Domain", "{path}: 活动文件正由命令行（电脑 {host}，进程 {pid}，自 {since} 起）使用，只能只读打开或另存副本"),
    "file.in_use.unknown": QT_TRANSLATE_NOOP("Domain", "{path}: 活动文件正由另一程序使用，只能只读打开或另存副本"),
    "holder.desk": QT_TRANSLATE_NOOP("Domain", "{desk}（电脑 {host}，进程 {pid}，自 {since} 起）"),
    "holder.app": QT_TRANSLATE_NOOP("Domain", "会务助手（电脑 {host}，进程 {pid}，自 {since} 起）"),
    "holder.cli": QT_TRANSLATE_NOOP("Domain", "命令行（电脑 {host}，进程 {pid}，自 {since} 起）"),
    "holder.unknown": QT_TRANSLATE_NOOP("Domain", "另一程序"),
    "backup.failed": QT_TRANSLATE_NOOP("Domain", "{path}: 无法备份，操作未执行：{detail}"),
    "backup.unusable": QT_TRANSLATE_NOOP("Domain", "{path}: 没有可用的备份"),
    "backup.not_found": QT_TRANSLATE_NOOP("Domain", "{what}: 找不到该备份，用 ceremony backups 查看"),
    "deskmode.locked.pin": QT_TRANSLATE_NOOP("Domain", "签到台模式下不能修改 PIN，请主办方输入 PIN 退出签到台模式"),
    "deskmode.locked.event_settings": QT_TRANSLATE_NOOP(
        "Domain", "签到台模式下不能修改活动设置，请主办方输入 PIN 退出签到台模式"),
    "deskmode.locked.settings": QT_TRANSLATE_NOOP("Domain", "签到台模式下不能修改设置，请主办方输入 PIN 退出签到台模式"),
    "deskmode.locked.roster": QT_TRANSLATE_NOOP("Domain", "签到台模式下不能修改名单，请主办方输入 PIN 退出签到台模式"),
    "deskmode.locked.export_roster": QT_TRANSLATE_NOOP(
        "Domain", "签到台模式下不能导出名单，请主办方输入 PIN 退出签到台模式"),
    "deskmode.locked.seating": QT_TRANSLATE_NOOP("Domain", "签到台模式下不能排座，请主办方输入 PIN 退出签到台模式"),
    "deskmode.locked.venue": QT_TRANSLATE_NOOP("Domain", "签到台模式下不能修改会场，请主办方输入 PIN 退出签到台模式"),
    "deskmode.wrong_pin": QT_TRANSLATE_NOOP("Domain", "PIN 不正确"),
    "deskmode.pin_needed": QT_TRANSLATE_NOOP("Domain", "请先设置主办方 PIN（{low}–{high} 位）"),
    "deskmode.pin_length": QT_TRANSLATE_NOOP("Domain", "PIN 应为 {low}–{high} 个字符"),
    # --- end of the block: busy/full disk, holder, backups, desk mode ---------------------------
    "not_found.attendee": QT_TRANSLATE_NOOP("Domain", "人员 {key} 不存在"),
    "not_found.checkin": QT_TRANSLATE_NOOP("Domain", "签到记录 {key} 不存在"),
    "output.cannot_write": QT_TRANSLATE_NOOP("Domain", "{path}: 无法写入文件：{detail}"),
    "output.no_folder": QT_TRANSLATE_NOOP("Domain", "{path}: 无法写入文件：目录不存在"),
    "output.disk_full": QT_TRANSLATE_NOOP("Domain", "{path}: 无法写入文件：磁盘已满，请腾出空间后重试"),
    "font.missing": QT_TRANSLATE_NOOP("Domain", "字体文件不存在或无法使用：{path}"),
    "roster.bad_convention": QT_TRANSLATE_NOOP("Domain", "未知的笔画排序规则 {value}（可选 zhengxie/renda）"),
    "person.name_required": QT_TRANSLATE_NOOP("Domain", "姓名不能为空"),
    "checkin.manual_in_future": QT_TRANSLATE_NOOP("Domain", "补签时间不能晚于当前时间"),
    "checkin.undo_reason_required": QT_TRANSLATE_NOOP("Domain", "请填写撤销原因"),
    "checkin.already_undone": QT_TRANSLATE_NOOP("Domain", "签到记录 {checkin_id} 已撤销或本身是撤销记录"),
    "checkin.unknown_state": QT_TRANSLATE_NOOP("Domain", "未知状态 {state}"),
    "checkin.substitute_required": QT_TRANSLATE_NOOP("Domain", "请填写代参加人姓名"),
    "merge.other_event": QT_TRANSLATE_NOOP("Domain", "{path}: 这是其他活动的签到记录，不能合并"),
    "merge.bad_signature": QT_TRANSLATE_NOOP("Domain", "{path}: 签名不符，文件被改动过或不是本活动的导出文件"),
    "merge.bad_record": QT_TRANSLATE_NOOP("Domain", "{path}: {detail}"),
    "sync.no_desk_name": QT_TRANSLATE_NOOP("Domain", "请填写签到台名称（如 签到台2）"),
    "sync.plain_http": QT_TRANSLATE_NOOP("Domain", "只接受 https:// 地址"),
    "sync.bad_url": QT_TRANSLATE_NOOP("Domain", "地址格式错误，应为 https://主机:端口（{detail}）"),
    "sync.unreachable": QT_TRANSLATE_NOOP("Domain", "连接不到主机，请检查网络和地址（{detail}）"),
    "sync.wrong_code": QT_TRANSLATE_NOOP("Domain", "加入码错误，或连接被第三方截持"),
    "sync.host_proof": QT_TRANSLATE_NOOP("Domain", "对方不是持有加入码的主机，已拒绝"),
    "sync.certificate": QT_TRANSLATE_NOOP("Domain", "主机证书与加入时不同，已拒绝连接；请重新输入加入码"),
    "sync.unauthorized": QT_TRANSLATE_NOOP("Domain", "本签到台已被主机移除或主机已更换，请重新输入加入码加入"),
    "sync.other_event": QT_TRANSLATE_NOOP("Domain", "主机上是另一个活动，不能加入到此活动文件"),
    "sync.not_joined": QT_TRANSLATE_NOOP("Domain", "此活动文件尚未加入任何主机"),
    "sync.too_many_attempts": QT_TRANSLATE_NOOP("Domain", "尝试次数过多，请稍后再试"),
    "sync.exists": QT_TRANSLATE_NOOP("Domain", "目标活动文件已存在"),
    "sync.name_taken": QT_TRANSLATE_NOOP("Domain", "已有签到台使用这个名称，请换一个名称；若是本台重新加入，请先在主机上移除原来的"),
    "sync.refused": QT_TRANSLATE_NOOP("Domain", "主机拒绝了请求：{detail}"),
    "sync.record.not_object": QT_TRANSLATE_NOOP("Domain", "记录格式错误（不是对象）"),
    "sync.record.not_list": QT_TRANSLATE_NOOP("Domain", "记录格式错误（不是列表）"),
    "sync.record.bad_field": QT_TRANSLATE_NOOP("Domain", "记录字段 {name} 格式错误"),
    "sync.record.bad_uuid": QT_TRANSLATE_NOOP("Domain", "记录格式错误（uuid 或内容）"),
    "sync.record.host_only": QT_TRANSLATE_NOOP("Domain", "签到台不能修改座位或证件"),
    "sync.record.bad_body": QT_TRANSLATE_NOOP("Domain", "记录内容错误（{kind}）"),
    "cli.never_served": QT_TRANSLATE_NOOP("Domain", "此活动文件未作为主机运行过"),
    "cli.no_such_desk": QT_TRANSLATE_NOOP("Domain", "没有名为 {name} 的签到台"),
    "merge.unreadable": QT_TRANSLATE_NOOP("Domain", "{path}: 无法读取签到记录文件（{detail}）"),
    "merge.not_an_export": QT_TRANSLATE_NOOP("Domain", "{path}: 不是签到记录导出文件"),
    "import.unreadable": QT_TRANSLATE_NOOP("Domain", "{source}: 无法读取"),
    "import.cannot_read": QT_TRANSLATE_NOOP("Domain", "{source}: 无法读取文件：{detail}"),
    "import.empty": QT_TRANSLATE_NOOP("Domain", "{source}: 文件是空的"),
    "import.no_data": QT_TRANSLATE_NOOP("Domain", "{source}: 文件中没有数据"),
    "import.not_a_table": QT_TRANSLATE_NOOP("Domain", "{source}: 不是表格文件；请另存为 {save_as} 后再导入"),
    "import.encoding": QT_TRANSLATE_NOOP("Domain", "{source}: 无法识别文字编码；请另存为 {save_as} 后再导入"),
    "import.encoding_mixed": QT_TRANSLATE_NOOP("Domain", "{source}: 无法识别文字编码"),
    "import.bad_csv_row": QT_TRANSLATE_NOOP("Domain", "{source}: 第 {row} 行无法读取：{detail}"),
    "import.bad_workbook": QT_TRANSLATE_NOOP("Domain", "{source}: 无法读取 {kind} 文件（{detail}）；请另存为 {save_as} 后再导入"),
    "import.bad_sheet_row": QT_TRANSLATE_NOOP("Domain", "{source}: 第 {row} 行附近无法读取：{detail}；请另存为 {save_as} 后再导入"),
    "import.too_large.file_size": QT_TRANSLATE_NOOP("Domain", "{source}: 文件过大（{value} MB，上限 {maximum} MB）"),
    "import.too_large.unzipped": QT_TRANSLATE_NOOP("Domain", "{source}: 解压后过大（上限 {maximum} MB），可能是压缩炸弹"),
    "import.too_large.entries": QT_TRANSLATE_NOOP("Domain", "{source}: 压缩包内文件过多（上限 {maximum}）"),
    "import.too_large.rows": QT_TRANSLATE_NOOP("Domain", "{source}: 行数超过上限 {maximum}"),
    "import.too_large.columns": QT_TRANSLATE_NOOP("Domain", "{source}: 列数超过上限 {maximum}"),
    "import.too_large.cells": QT_TRANSLATE_NOOP("Domain", "{source}: 单元格数超过上限 {maximum}"),
    "import.blocked": QT_TRANSLATE_NOOP("Domain", "{count} 行无法导入，未写入任何数据；确认跳过这些行后再导入 (--skip-invalid)"),
    # --- roster import: column labels, row problems, duplicate reasons (ceremony/roster/importing) ---
    "import.field.seq": QT_TRANSLATE_NOOP("Domain", "序号"),
    "import.field.name": QT_TRANSLATE_NOOP("Domain", "姓名"),
    "import.field.gender": QT_TRANSLATE_NOOP("Domain", "性别"),
    "import.field.unit": QT_TRANSLATE_NOOP("Domain", "单位"),
    "import.field.title": QT_TRANSLATE_NOOP("Domain", "职务"),
    "import.field.phone": QT_TRANSLATE_NOOP("Domain", "手机"),
    "import.field.id_number": QT_TRANSLATE_NOOP("Domain", "身份证号"),
    "import.field.plate": QT_TRANSLATE_NOOP("Domain", "车牌"),
    "import.field.category": QT_TRANSLATE_NOOP("Domain", "类别"),
    "import.field.rsvp": QT_TRANSLATE_NOOP("Domain", "是否参加"),
    "import.field.on_rostrum": QT_TRANSLATE_NOOP("Domain", "主席台"),
    "import.field.speaker": QT_TRANSLATE_NOOP("Domain", "发言"),
    "import.field.badge_no": QT_TRANSLATE_NOOP("Domain", "证号"),
    "import.field.notes": QT_TRANSLATE_NOOP("Domain", "备注"),
    "import.no_header": QT_TRANSLATE_NOOP("Domain", "{source}: 找不到表头：需要一列“姓名”"),
    "import.name_column_needed": QT_TRANSLATE_NOOP("Domain", "{source}: 请指定“姓名”列"),
    "import.row.unsafe_removed": QT_TRANSLATE_NOOP("Domain", "已删除控制字符、转义序列或文字方向标记"),
    "import.row.name_empty": QT_TRANSLATE_NOOP("Domain", "姓名为空"),
    "import.row.odd_name": QT_TRANSLATE_NOOP("Domain", "姓名“{name}”看起来不像人名，请核对"),
    "import.row.id_masked": QT_TRANSLATE_NOOP("Domain", "身份证号已打码，不导入"),
    "import.row.gender_unknown": QT_TRANSLATE_NOOP("Domain", "无法识别性别“{value}”"),
    "import.row.no_unit": QT_TRANSLATE_NOOP("Domain", "缺少单位：文件没有单位列，请指定单位"),
    "import.row.rsvp_unknown": QT_TRANSLATE_NOOP("Domain", "无法识别“{value}”，按参加处理"),
    "import.row.damaged.id_number": QT_TRANSLATE_NOOP(
        "Domain", "身份证号被表格软件存成数字，末几位已丢失，请核对（表格中为 {value}）"),
    "import.row.damaged.phone": QT_TRANSLATE_NOOP(
        "Domain", "手机号被表格软件存成数字（科学计数法），数字已丢失，请核对（表格中为 {value}）"),
    "import.row.badge_scientific": QT_TRANSLATE_NOOP(
        "Domain", "证号“{badge}”被表格软件改成了科学计数法，请把该列设为文本后重新填写"),
    "import.row.badge_lost_zeros": QT_TRANSLATE_NOOP(
        "Domain", "证号“{badge}”丢失了开头的 0（应为 {padded}），请把该列设为文本后重新填写"),
    "import.duplicate.in_import": QT_TRANSLATE_NOOP("Domain", "与本次导入 {source} 第 {row} 行是同一人"),
    "import.duplicate.name_unit": QT_TRANSLATE_NOOP("Domain", "名单中已有同单位同名的人"),
    "import.duplicate.phone": QT_TRANSLATE_NOOP("Domain", "名单中已有此手机号（{unit}）"),
    "import.duplicate.shared_phone": QT_TRANSLATE_NOOP("Domain", "手机号与名单中的{name}（{unit}）相同"),
    "person.phone_format": QT_TRANSLATE_NOOP("Domain", "手机号格式不正确"),
    "person.id_length": QT_TRANSLATE_NOOP("Domain", "身份证号应为18位"),
    "person.id_checksum": QT_TRANSLATE_NOOP("Domain", "身份证号校验位不符"),
    "person.plate_format": QT_TRANSLATE_NOOP("Domain", "车牌号格式不正确"),
    "person.gender_not_id.male": QT_TRANSLATE_NOOP("Domain", "性别与身份证号不符（身份证为男）"),
    "person.gender_not_id.female": QT_TRANSLATE_NOOP("Domain", "性别与身份证号不符（身份证为女）"),
    # --- end of roster import ---------------------------------------------------------------------
    "export.roster_format": QT_TRANSLATE_NOOP("Domain", "{path}: 只能导出 .xlsx 或 .csv"),
    "print.font_missing": QT_TRANSLATE_NOOP("Domain", "找不到可用的字体「{wanted}」；本机可用：{available}"),
    "print.no_badges": QT_TRANSLATE_NOOP("Domain", "没有需要打印的胸卡（所选范围内没有人，或都已打印且无变动）"),
    "print.no_table_cards": QT_TRANSLATE_NOOP("Domain", "没有要打印桌签的人（主席台名单为空）"),
    "print.nobody": QT_TRANSLATE_NOOP("Domain", "没有符合条件的人员"),
    "print.empty": QT_TRANSLATE_NOOP("Domain", "没有可打印的内容"),
    "print.bad_subline": QT_TRANSLATE_NOOP("Domain", "未知的附加行 {value}（可选 title/unit）"),
    "print.bad_order": QT_TRANSLATE_NOOP("Domain", "未知的排序 {value}（可选 rank/strokes）"),
    "print.bad_paper": QT_TRANSLATE_NOOP("Domain", "未知的纸张 {value}（可选 A4/A3）"),
    "print.bad_sign": QT_TRANSLATE_NOOP("Domain", "无法识别的标识 {value}"),
    "print.bad_size": QT_TRANSLATE_NOOP("Domain", "无法识别的尺寸 {value}，应写成 宽x高（毫米），如 80x118"),
    "print.size_out_of_range": QT_TRANSLATE_NOOP("Domain", "尺寸 {value} 超出范围 20–420 mm"),
    "print.bad_sheet": QT_TRANSLATE_NOOP("Domain", "未知的纸张 {value}"),
    "print.badge_too_big": QT_TRANSLATE_NOOP("Domain", "胸卡 {width}×{height} mm 放不进 {sheet} 纸"),
    "print.bad_preset": QT_TRANSLATE_NOOP("Domain", "未知的桌签版式 {value}（可选 {names}）"),
    "print.name_too_long.badge": QT_TRANSLATE_NOOP("Domain", "姓名「{name}」太长，无法放入胸卡，请换用更大的版式或缩短显示名"),
    "print.name_too_long.table_card": QT_TRANSLATE_NOOP("Domain", "姓名「{name}」太长，无法放入桌签（{layout}），请换用更大的版式或缩短显示名"),
    "print.name_too_long.chair": QT_TRANSLATE_NOOP("Domain", "姓名「{name}」太长，无法放入椅背贴（{layout}），请换用更大的版式或缩短显示名"),
    "print.printer_failed": QT_TRANSLATE_NOOP("Domain", "打印机「{printer}」无法打印：{detail}"),
    "print.no_lp": QT_TRANSLATE_NOOP("Domain", "打印机「{printer}」无法打印：本机没有 CUPS 打印命令 lp"),
    "print.printer_unavailable": QT_TRANSLATE_NOOP("Domain", "打印机「{printer}」不可用（已断开、已删除或无权限），请检查后重试"),
    "report.unknown_section": QT_TRANSLATE_NOOP("Domain", "没有这一部分：{name}（可选：{known}）"),
    "report.format": QT_TRANSLATE_NOOP("Domain", "{path}: 只能导出 .pdf、.xlsx 或 .csv"),
    # --- output formats and options of the prepare commands (vehicles, host list, --date) --------
    "report.host_list_format": QT_TRANSLATE_NOOP("Domain", "{path}: 主持词名单只能保存为 .pdf 或 .txt"),
    "vehicles.list_format": QT_TRANSLATE_NOOP("Domain", "{path}: 车辆清单只能保存为 .pdf 或 .xlsx"),
    "vehicles.bad_pass_size": QT_TRANSLATE_NOOP("Domain", "--size：通行证尺寸只能是 A5 或 A6，而不是“{value}”"),
    "vehicles.none": QT_TRANSLATE_NOOP("Domain", "名单里没有人填写车牌号，无需通行证"),
    "cli.bad_date": QT_TRANSLATE_NOOP("Domain", "--date：时间应写成 2021-11-24 10:00，而不是“{text}”"),
    "roster.unplaced_character": QT_TRANSLATE_NOOP("Domain", "「{char}」没有笔顺数据，按笔画数估计位置，请核对：{names}"),
    "cli.seat_what": QT_TRANSLATE_NOOP("Domain", "请指定 --auto（自动排座）或 --clear（清空座位）"),
    # --- end of the block: output formats and options --------------------------------------------
    "seat.locked": QT_TRANSLATE_NOOP("Domain", "座位已锁定，不能移动：{label}"),
    "seat.blocked": QT_TRANSLATE_NOOP("Domain", "{label} 已封闭"),
    "seat.no_such_seat": QT_TRANSLATE_NOOP("Domain", "座位 {seat_id} 不存在"),
    "seat.gone": QT_TRANSLATE_NOOP("Domain", "{section} {row}排 位置{x}：座位已不存在"),
    "seat.not_enough.rostrum": QT_TRANSLATE_NOOP("Domain", "主席台座位不足：需安排 {people} 人，可用座位只有 {seats} 个。当前座位安排未改动"),
    "seat.not_enough.hall": QT_TRANSLATE_NOOP("Domain", "台下座位不足：需安排 {people} 人，可用座位只有 {seats} 个。当前座位安排未改动"),
    "seat.export_format": QT_TRANSLATE_NOOP("Domain", "只支持 .xlsx、.csv、.json，而不是 {suffix}"),
    "venue.no_sections": QT_TRANSLATE_NOOP("Domain", "会场文件有误：{place}：缺少 sections 列表"),
    "venue.not_object": QT_TRANSLATE_NOOP("Domain", "会场文件有误：{place}：应为对象"),
    "venue.bad_kind": QT_TRANSLATE_NOOP("Domain", "会场文件有误：{place}：kind 应为 rostrum 或 hall，而不是 {value}"),
    "venue.duplicate_section": QT_TRANSLATE_NOOP("Domain", "会场文件有误：{place}：与前面的区域同名，座位会重叠"),
    "venue.bad_numbering": QT_TRANSLATE_NOOP("Domain", "会场文件有误：{place}：numbering 应为 plain 或 odd_even，而不是 {value}"),
    "venue.duplicate_row": QT_TRANSLATE_NOOP("Domain", "会场文件有误：{place} 第{row}排：重复的排号，座位重叠"),
    "venue.no_seat_there": QT_TRANSLATE_NOOP("Domain", "会场文件有误：{place}：该位置没有座位"),
    "venue.bad_blocks": QT_TRANSLATE_NOOP("Domain", "会场文件有误：{place}：blocks 应为正整数列表"),
    "venue.bad_rows": QT_TRANSLATE_NOOP("Domain", "会场文件有误：{place}：rows 应为排数、每排座位数列表或每排布局字符串"),
    "venue.bad_row_number": QT_TRANSLATE_NOOP("Domain", "会场文件有误：{place}：row 应为正整数"),
    "venue.bad_row_chars": QT_TRANSLATE_NOOP("Domain", "会场文件有误：{place} 第{row}排：无法识别的字符 {chars}（# 座位, x 封闭座位, . 过道）"),
    "venue.bad_row": QT_TRANSLATE_NOOP("Domain", "会场文件有误：{place} 第{row}排：应为座位数或布局字符串，而不是 {value}"),
    "venue.bad_reserved": QT_TRANSLATE_NOOP("Domain", "会场文件有误：{place}：应写成 排:位置，例如 \"1:15\""),
    "venue.zones_not_list": QT_TRANSLATE_NOOP("Domain", "会场文件有误：{place}：应为列表"),
    "venue.zone_no_name": QT_TRANSLATE_NOOP("Domain", "会场文件有误：{place}：分区缺少名称"),
    "venue.duplicate_zone": QT_TRANSLATE_NOOP("Domain", "会场文件有误：{place}：分区重名"),
    "venue.bad_range": QT_TRANSLATE_NOOP("Domain", "会场文件有误：{place}：{key} 应写成 [起, 止]"),
    "venue.bad_cells": QT_TRANSLATE_NOOP("Domain", "会场文件有误：{place}：应写成 排:位置 或 排:起-止"),
    "venue.zone_empty": QT_TRANSLATE_NOOP("Domain", "会场文件有误：{place}：分区内没有座位"),
    "venue.cannot_read": QT_TRANSLATE_NOOP("Domain", "会场文件有误：{place}：无法读取：{detail}"),
    "venue.not_utf8": QT_TRANSLATE_NOOP("Domain", "会场文件有误：{place}：不是 UTF-8 文本"),
    "venue.bad_json": QT_TRANSLATE_NOOP("Domain", "会场文件有误：{place} 第{line}行第{column}列：JSON 格式错误：{detail}"),
    "venue.too_many_seats": QT_TRANSLATE_NOOP("Domain", "会场文件有误：{place}：座位总数超过上限 {maximum}"),
    "venue.malformed": QT_TRANSLATE_NOOP("Domain", "会场文件有误：{place}：结构不对（{detail}）"),
    "venue.row_too_long": QT_TRANSLATE_NOOP("Domain", "会场文件有误：{place}：每排座位数超过上限 {maximum}"),
    "venue.row_too_long_at": QT_TRANSLATE_NOOP("Domain", "会场文件有误：{place} 第{row}排：每排座位数超过上限 {maximum}"),
    "venue.too_many_rows": QT_TRANSLATE_NOOP("Domain", "会场文件有误：{place}：排数超过上限 {maximum}"),
    "venue.range_too_long": QT_TRANSLATE_NOOP("Domain", "会场文件有误：{place}：范围超过上限 {maximum}"),
    "venue.file_too_large": QT_TRANSLATE_NOOP("Domain", "会场文件有误：{place}：文件过大（上限 {maximum} MB）"),
    "venue.too_deep": QT_TRANSLATE_NOOP("Domain", "会场文件有误：{place}：JSON 嵌套过深"),
    "venue.no_section": QT_TRANSLATE_NOOP("Domain", "会场有误：{place}：没有这个区域"),
    "venue.no_row": QT_TRANSLATE_NOOP("Domain", "会场有误：{place} 第{row}排：没有这一排"),
    "venue.no_seat_at": QT_TRANSLATE_NOOP("Domain", "会场有误：{place} 第{row}排 位置{x}：没有座位"),
    "venue.zone_across_sections": QT_TRANSLATE_NOOP("Domain", "会场有误：{place}：一个分区只能在一个区域内"),
    # --- the short venue spelling (ceremony venue --new, the hall builder): {place} is the option or field
    "venue.bad_rostrum_spec": QT_TRANSLATE_NOOP("Domain", "{place}：应写成每排座位数，如 9,11，而不是“{text}”"),
    "venue.rostrum_out_of_range": QT_TRANSLATE_NOOP("Domain", "{place}：每排 1–{seats} 个座位，最多 {rows} 排"),
    "venue.bad_hall_spec": QT_TRANSLATE_NOOP(
        "Domain", "{place}：应写成 排数x(每区座位数,…)，如 20x(10,10,10) 或 12x24，而不是“{text}”"),
    "venue.hall_out_of_range": QT_TRANSLATE_NOOP("Domain", "{place}：应为 1–{rows} 排，每排最多 {seats} 座"),
    "venue.bad_cell": QT_TRANSLATE_NOOP("Domain", "{place}：座位应写成 排:号 或 排:号-号，如 1:1-2，而不是“{text}”"),
    "venue.bad_numbering_option": QT_TRANSLATE_NOOP("Domain", "{place}：编号方式只能是 {choices}，而不是“{value}”"),
    "venue.blocked_no_row": QT_TRANSLATE_NOOP("Domain", "{place}：台下没有第 {row} 排（共 {rows} 排）"),
    "venue.blocked_no_seat": QT_TRANSLATE_NOOP("Domain", "{place}：第 {row} 排没有第 {x} 个位置（过道或超出）"),
    "venue.unknown_template": QT_TRANSLATE_NOOP("Domain", "{place}：未知的会场模板“{value}”（可选 {choices}）"),
    "venue.new_needs_hall": QT_TRANSLATE_NOOP("Domain", "请用 --template 选模板，或用 --hall 给出台下的排数和座位"),
    "venue.none_yet": QT_TRANSLATE_NOOP("Domain", "还没有会场，先用会场向导建好主席台和台下，再加排"),
    # --- end of the block: the short venue spelling ----------------------------------------------
    "cli.bad_ids": QT_TRANSLATE_NOOP("Domain", "--ids 应为逗号分隔的数字：{text}"),
    "cli.no_output": QT_TRANSLATE_NOOP("Domain", "请用 --out 指定输出文件或用 --printer 指定打印机"),
    "cli.bad_arrow": QT_TRANSLATE_NOOP("Domain", "--arrow 应写成 文字:方向（{directions}）：{spec}"),
    "cli.bad_health_code": QT_TRANSLATE_NOOP("Domain", "--health-code：未知颜色 {value}，应为 green/yellow/red"),
    "cli.bad_pick": QT_TRANSLATE_NOOP("Domain", "--pick：没有第 {pick} 个结果（共 {count} 个）"),
    "cli.checkin_what": QT_TRANSLATE_NOOP("Domain", "请给出二维码内容、--search 或 --id"),
    "cli.bad_time": QT_TRANSLATE_NOOP("Domain", "--manual：时间格式应为 HH:MM，而不是 {text}"),
    # --- seating plan (auto-seating: why someone has no seat, what the plan had to do) -------------
    "seating.more_people.rostrum": QT_TRANSLATE_NOOP("Domain", "主席台人数 {people} 多于可用座位 {seats}"),
    "seating.more_people.hall": QT_TRANSLATE_NOOP("Domain", "台下人数 {people} 多于可用座位 {seats}"),
    "seating.unseated.rostrum_full": QT_TRANSLATE_NOOP("Domain", "主席台座位不足"),
    "seating.unseated.zone_has_no_seats": QT_TRANSLATE_NOOP("Domain", "分区「{zone}」没有座位，请在场地中划定"),
    "seating.unseated.over_cap": QT_TRANSLATE_NOOP("Domain", "超出防疫限额 {percent}%"),
    "seating.unseated.zone_full": QT_TRANSLATE_NOOP("Domain", "分区「{zone}」座位不足，台下已无空座"),
    "seating.moved_forward": QT_TRANSLATE_NOOP("Domain", "{count} 人从「{zone}」前移到「{target}」，补满主席台前的空座"),
    "seating.front_empty": QT_TRANSLATE_NOOP("Domain", "前排「{zone}」还有 {count} 个空座：{seats}（后面已无可前移的人）"),
    "seating.capacity_cap": QT_TRANSLATE_NOOP("Domain", "人数 {people} 超过防疫限额 {percent}%（{capacity} 座），超出部分未安排"),
    "seating.spare_used": QT_TRANSLATE_NOOP("Domain", "分区「{zone}」已用上备用座位"),
    "seating.overflow": QT_TRANSLATE_NOOP("Domain", "{count}人因分区「{zone}」已满安排在{target}"),
    "seating.no_zone": QT_TRANSLATE_NOOP("Domain", "未分区"),
    "seating.unzoned_seats": QT_TRANSLATE_NOOP("Domain", "未分区座位"),
    "seating.place": QT_TRANSLATE_NOOP("Domain", "{row}排{number}号"),
    "seating.seat_id": QT_TRANSLATE_NOOP("Domain", "座位 {seat}"),
    "seat.label": QT_TRANSLATE_NOOP("Domain", "{section} {row}排{number}号"),
    "seat.label_zone": QT_TRANSLATE_NOOP("Domain", "{section} {row}排{number}号（{zone}）"),
    "hall_template.auditorium": QT_TRANSLATE_NOOP("Domain", "学校礼堂（主席台两排，台下三区）"),
    "hall_template.lecture": QT_TRANSLATE_NOOP("Domain", "阶梯教室 / 报告厅（主席台一排，台下两区）"),
    "hall_template.conference": QT_TRANSLATE_NOOP("Domain", "会议室（主席台一排，台下一区）"),
    # --- checklist (the 准备 page and ``ceremony check``): what is checked, and the notes -----------
    "checklist.roster": QT_TRANSLATE_NOOP("Domain", "名单已导入"),
    "checklist.category": QT_TRANSLATE_NOOP("Domain", "人员都有类别"),
    "checklist.rank": QT_TRANSLATE_NOOP("Domain", "位次已确认"),
    "checklist.venue": QT_TRANSLATE_NOOP("Domain", "会场已建好"),
    "checklist.rostrum": QT_TRANSLATE_NOOP("Domain", "主席台位次已排"),
    "checklist.seats": QT_TRANSLATE_NOOP("Domain", "应到人员都有座位"),
    "checklist.badges": QT_TRANSLATE_NOOP("Domain", "证件已打印"),
    "checklist.reprint": QT_TRANSLATE_NOOP("Domain", "证件无需重印"),
    "checklist.table_cards": QT_TRANSLATE_NOOP("Domain", "主席台桌签已打印"),
    "checklist.desks": QT_TRANSLATE_NOOP("Domain", "签到台联网"),
    "checklist.health": QT_TRANSLATE_NOOP("Domain", "健康检查"),
    "checklist.backup": QT_TRANSLATE_NOOP("Domain", "备份位置"),
    "checklist.names": QT_TRANSLATE_NOOP("Domain", "{names}"),
    "checklist.names_more": QT_TRANSLATE_NOOP("Domain", "{names} 等 {count} 人"),
    "checklist.no_people": QT_TRANSLATE_NOOP("Domain", "还没有人员：导入回执或逐个添加"),
    "checklist.seat_count": QT_TRANSLATE_NOOP("Domain", "{seats} 个座位"),
    "checklist.no_venue": QT_TRANSLATE_NOOP("Domain", "还没有会场：用会场向导新建"),
    "checklist.health_on": QT_TRANSLATE_NOOP("Domain", "签到时测体温、查粤康码和行程卡"),
    "checklist.health_off": QT_TRANSLATE_NOOP("Domain", "未开启（活动设置中可开启）"),
    "checklist.desks.this_is_a_desk": QT_TRANSLATE_NOOP("Domain", "本机是联网签到台"),
    "checklist.desks.single": QT_TRANSLATE_NOOP("Domain", "单台签到（多台签到时在签到页开启主机）"),
    "checklist.desks.none_joined": QT_TRANSLATE_NOOP("Domain", "已开启主机，还没有签到台加入"),
    "checklist.desks.joined": QT_TRANSLATE_NOOP("Domain", "{joined} 台已加入"),
    "checklist.desks.silent": QT_TRANSLATE_NOOP("Domain", "{joined} 台已加入，{silent} 台尚未连上：{names}"),
    "checklist.backup_folder": QT_TRANSLATE_NOOP("Domain", "{path}"),
    # --- settings -------------------------------------------------------------------------------
    "setting.unknown": QT_TRANSLATE_NOOP("Domain", "没有这个设置项：{key}（可用：{known}）"),
    "setting.bad_bool": QT_TRANSLATE_NOOP("Domain", "设置 {key} 应为 true 或 false，而不是 {value}"),
    "setting.bad_int": QT_TRANSLATE_NOOP("Domain", "设置 {key} 应为整数，而不是 {value}"),
    "setting.bad_choice": QT_TRANSLATE_NOOP("Domain", "设置 {key} 应为 {choices} 之一，而不是 {value}"),
    "setting.bad_json": QT_TRANSLATE_NOOP("Domain", "设置 {key} 应为 JSON {kind}，而不是 {value}"),
    "setting.required": QT_TRANSLATE_NOOP("Domain", "设置 {key} 不能为空"),
    "setting.read_only": QT_TRANSLATE_NOOP("Domain", "设置 {key} 由程序自动设定，不能手工修改"),
    "setting.out_of_range": QT_TRANSLATE_NOOP("Domain", "设置 {key} 应在 {low}–{high} 之间，而不是 {value}"),
    # --- why a file, the disk, SQLite or the network failed (an error's detail: ceremony.reasons) ---
    "os.not_found": QT_TRANSLATE_NOOP("Domain", "文件或文件夹不存在"),
    "os.no_permission": QT_TRANSLATE_NOOP("Domain", "没有权限"),
    "os.exists": QT_TRANSLATE_NOOP("Domain", "文件已存在"),
    "os.is_folder": QT_TRANSLATE_NOOP("Domain", "这是文件夹，不是文件"),
    "os.not_folder": QT_TRANSLATE_NOOP("Domain", "路径中有一段不是文件夹"),
    "os.disk_full": QT_TRANSLATE_NOOP("Domain", "磁盘已满"),
    "os.read_only": QT_TRANSLATE_NOOP("Domain", "磁盘或文件是只读的"),
    "os.busy": QT_TRANSLATE_NOOP("Domain", "文件正被其他程序占用"),
    "os.name_too_long": QT_TRANSLATE_NOOP("Domain", "文件名太长"),
    "os.other": QT_TRANSLATE_NOOP("Domain", "系统错误 {number}（{detail}）"),
    "os.not_json": QT_TRANSLATE_NOOP("Domain", "不是有效的 JSON 文件：第 {line} 行第 {column} 列有误"),
    "os.not_utf8": QT_TRANSLATE_NOOP("Domain", "不是 UTF-8 编码的文本"),
    "os.json_too_deep": QT_TRANSLATE_NOOP("Domain", "JSON 嵌套过深"),
    "os.io_error": QT_TRANSLATE_NOOP("Domain", "读写磁盘出错"),
    "os.took_too_long": QT_TRANSLATE_NOOP("Domain", "{seconds} 秒内没有完成"),
    "db.not_a_database": QT_TRANSLATE_NOOP("Domain", "不是 SQLite 数据库文件"),
    "db.damaged": QT_TRANSLATE_NOOP("Domain", "数据库内容已损坏"),
    "db.cannot_open": QT_TRANSLATE_NOOP("Domain", "无法打开数据库文件"),
    "net.refused": QT_TRANSLATE_NOOP("Domain", "对方拒绝连接：主机程序没有运行或端口不对"),
    "net.timed_out": QT_TRANSLATE_NOOP("Domain", "连接超时"),
    "net.reset": QT_TRANSLATE_NOOP("Domain", "连接被对方中断"),
    "net.unreachable": QT_TRANSLATE_NOOP("Domain", "网络不通"),
    "net.unknown_host": QT_TRANSLATE_NOOP("Domain", "找不到这个主机名"),
    "net.http_status": QT_TRANSLATE_NOOP("Domain", "主机回复了错误状态 HTTP {status}"),
}


@dataclass(frozen=True)
class Message:
    """A code from :data:`CATALOGUE` and its parameters: what the domain says, in no language yet."""

    code: str
    params: dict[str, Any] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        if self.code not in CATALOGUE:
            raise KeyError(f"message code {self.code!r} is not in ceremony.messages.CATALOGUE")

    @property
    def text(self) -> str:
        """The Chinese text (CLI, logs, printed records)."""
        return text(self.code, self.params)

    def __str__(self) -> str:
        return self.text


def message(code: str, **params: Any) -> Message:
    return Message(code, params)


def text(code: str, params: dict | None = None) -> str:
    """The Chinese text of ``code`` with ``params`` filled in (what the CLI prints)."""
    return fill(CATALOGUE[code], plain_params(params or {}, lambda m: m.text, "、"))


def plain_params(params: dict, render, separator: str) -> dict:
    """``params`` with nested messages rendered by ``render`` and lists (of messages or values) joined by
    ``separator``: a parameter may itself say something ("未分区", a seat "3排12号") in no language yet."""
    def plain(value: Any) -> Any:
        if isinstance(value, Message):
            return render(value)
        if isinstance(value, (list, tuple)):
            return separator.join(str(plain(v)) for v in value)
        return value
    return {key: plain(value) for key, value in params.items()}


def fill(template: str, params: dict) -> str:
    """``template`` with its ``{name}`` fields replaced; a missing parameter shows as ``{name}``."""
    return template.format_map(_Params(params))


class _Params(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"
