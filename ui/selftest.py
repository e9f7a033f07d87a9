"""``--selftest``: the installed program checks itself and exits 0, or names what failed.

Meant for the standalone build (run it once after installing on a school laptop): it opens the main
window on a fresh demo event, loads Qt's Chinese translation, renders a badge PDF and reads its QR code
back, and looks for the multimedia backend the camera needs. Everything happens in a temporary folder.
"""

from __future__ import annotations

import sys
import tempfile
import traceback
from pathlib import Path
from typing import Callable

from ceremony import __version__

Check = Callable[[Path], str]          # returns a short detail; raises when the check fails


def run_selftest(out=None) -> int:
    out = out or sys.stdout
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from ui.fonts import install_fonts
    install_fonts(app)
    failed = []
    print(f"ceremony {__version__} 自检 (self-test)", file=out, flush=True)
    with tempfile.TemporaryDirectory(prefix="ceremony-selftest-") as tmp:
        work = Path(tmp)
        for name, check in CHECKS:
            try:
                detail = check(work)
            except Exception as exc:  # noqa: BLE001 - a self-test names every failure, it never stops at one
                failed.append(name)
                reason = f"{type(exc).__name__}: {exc}".strip()
                print(f"  失败 FAIL  {name}: {reason}", file=out, flush=True)
                if "--verbose" in sys.argv:
                    traceback.print_exc(file=out)
            else:
                print(f"  通过 ok    {name}: {detail}", file=out, flush=True)
    if failed:
        print("自检未通过 (self-test failed): " + ", ".join(failed), file=out, flush=True)
        return 1
    print("自检通过 (self-test passed)", file=out, flush=True)
    return 0


def _demo_path(work: Path) -> Path:
    return work / "selftest-demo.ceremony"


def check_demo_event(work: Path) -> str:
    from ceremony.demo import create_demo
    from ceremony.event import Event
    create_demo(_demo_path(work)).close()
    event = Event.open(_demo_path(work))
    try:
        count = len(event.attendees())
        if count == 0:
            raise RuntimeError("演示活动没有人员 (the demo event is empty)")
        return f"{event.info.name}, {count} 人"
    finally:
        event.close()


def check_window(work: Path) -> str:
    from PySide6.QtWidgets import QApplication

    from ceremony.event import Event
    from ui.main_window import MainWindow
    window = MainWindow(Event.open(_demo_path(work)))
    try:
        window.show()
        QApplication.processEvents()
        if not window.isVisible() or window.tabs.count() < 5:
            raise RuntimeError("主窗口没有显示 (the main window did not show)")
        return f"{window.tabs.count()} 个页面, {window.width()}×{window.height()}"
    finally:
        window.close()
        window.current_event.close()
        window.deleteLater()
        QApplication.processEvents()


def check_qt_chinese(work: Path) -> str:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
    translator = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if not translator.load(QLocale("zh_CN"), "qtbase", "_", folder):
        raise RuntimeError(f"找不到 qtbase_zh_CN.qm (not in {folder})")
    cancel = translator.translate("QPlatformTheme", "Cancel")
    if cancel != "取消":
        raise RuntimeError(f"Qt 的中文翻译不对: Cancel → {cancel!r}")
    from ceremony.paths import TRANSLATIONS
    ours = sorted(TRANSLATIONS.glob("*_en.qm"))
    if not ours:
        raise RuntimeError(f"找不到界面的英文翻译 (no .qm in {TRANSLATIONS})")
    return f"qtbase_zh_CN ({cancel}), {len(ours)} 个英文翻译文件"


def check_badge_pdf(work: Path) -> str:
    from ceremony.event import Event
    event = Event.open(_demo_path(work))
    try:
        person = event.attendees()[0]
        target = work / "badge.pdf"
        event.printing.badge_pdf([person.id], target)
        data = target.read_bytes()
        if b"/FontFile2" not in data:
            raise RuntimeError("证件 PDF 没有嵌入字体 (no embedded TrueType font)")
        texts = _decode_pdf_qr(target)
        expected = event.badge_code(person.id)
        if expected not in texts:
            raise RuntimeError(f"二维码读不出或不对 (decoded {texts!r})")
        if event.lookup_code(texts[0]).attendee_id != person.id:
            raise RuntimeError("二维码不属于这个人 (the code names someone else)")
        return f"{person.name} 的证件, {len(data) // 1024} KB, 二维码已识别"
    finally:
        event.close()


def _decode_pdf_qr(path: Path) -> list[str]:
    import pypdfium2
    import zxingcpp
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        image = pdf[0].render(scale=200 / 72).to_pil()
    finally:
        pdf.close()
    return [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]


def check_multimedia(work: Path) -> str:
    from PySide6.QtMultimedia import QMediaDevices, QMediaFormat
    formats = QMediaFormat().supportedFileFormats(QMediaFormat.ConversionMode.Decode)
    if not formats:
        raise RuntimeError("没有找到 Qt 多媒体后端 (no Qt Multimedia backend: the camera and sounds will not work)")
    cameras = len(QMediaDevices.videoInputs())
    return f"{len(formats)} 种格式, {cameras} 个摄像头"


CHECKS: list[tuple[str, Check]] = [
    ("演示活动 demo event", check_demo_event),
    ("主窗口 main window", check_window),
    ("中文界面 Qt Chinese translation", check_qt_chinese),
    ("证件 PDF 与二维码 badge PDF + QR", check_badge_pdf),
    ("多媒体后端 multimedia backend", check_multimedia),
]
