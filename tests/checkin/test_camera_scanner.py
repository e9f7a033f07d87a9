"""Camera mode: badge images fed as video frames are decoded off the GUI thread and checked in."""

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QTransform
from PySide6.QtMultimedia import QVideoFrame

from printing_support import render

pytest.importorskip("pytestqt")

@pytest.fixture(autouse=True)
def _chinese_ui(request):
    """Texts are asserted in Chinese; another test may have installed English."""
    if "qtbot" in request.fixturenames or "qapp" in request.fixturenames:
        from ui.i18n import install_language
        request.getfixturevalue("qapp")
        install_language("zh")



def qr_image(text: str, module_px: int = 8) -> QImage:
    """The badge's QR drawn from the qrcode matrix (what the printed badge carries)."""
    import qrcode
    qr = qrcode.QRCode(border=4)
    qr.add_data(text)
    qr.make(fit=True)
    matrix = qr.get_matrix()
    size = len(matrix) * module_px
    image = QImage(size, size, QImage.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.fillRect(x * module_px, y * module_px, module_px, module_px, QColor("black"))
    painter.end()
    return image


def badge_image(event, attendee_id, tmp_path) -> QImage:
    """The printed badge rendered to pixels."""
    pdf = tmp_path / f"badge{attendee_id}.pdf"
    pdf.write_bytes(event.printing.single_badge_pdf_bytes(attendee_id))
    (page,) = render(pdf, 150, mode="RGB")
    page.save(tmp_path / "badge.png")
    image = QImage(str(tmp_path / "badge.png"))
    assert not image.isNull()
    return image


def webcam_frame(badge: QImage, angle: float) -> QImage:
    """The badge held slightly tilted in front of a 1280×720 camera on a grey background."""
    frame = QImage(1280, 720, QImage.Format_RGB32)
    frame.fill(QColor("#808080"))
    scaled = badge.scaledToHeight(560, Qt.SmoothTransformation).transformed(QTransform().rotate(angle),
                                                                            Qt.SmoothTransformation)
    painter = QPainter(frame)
    painter.drawImage(QPointF((1280 - scaled.width()) / 2, (720 - scaled.height()) / 2), scaled)
    painter.end()
    return frame


@pytest.fixture
def scanner(qtbot):
    from ui.checkin.camera_scanner import CameraScanner
    cam = CameraScanner()
    yield cam
    cam.wait_idle()
    cam.deleteLater()


def test_decodes_a_badge_frame(qtbot, scanner, small_event, cast, tmp_path):
    badge = badge_image(small_event, cast.leader.id, tmp_path)
    with qtbot.waitSignal(scanner.decoded, timeout=5000) as blocker:
        scanner.sink.setVideoFrame(QVideoFrame(webcam_frame(badge, 6)))
    assert blocker.args == [small_event.badge_code(cast.leader.id)]


def test_same_code_held_in_view_is_reported_once(qtbot, scanner, small_event, cast, tmp_path):
    code = small_event.badge_code(cast.students[0].id)
    badge = qr_image(code)
    seen = []
    scanner.decoded.connect(seen.append)
    for angle in (0, 3, -3, 5):
        scanner.sink.setVideoFrame(QVideoFrame(webcam_frame(badge, angle)))   # a new frame object each time
        qtbot.waitUntil(lambda: not scanner._busy, timeout=5000)
    assert seen == [code]
    assert scanner.frames_seen == 4


def test_blank_frames_decode_nothing(qtbot, scanner):
    seen = []
    scanner.decoded.connect(seen.append)
    blank = QImage(640, 480, QImage.Format_RGB32)
    blank.fill(QColor("#303030"))
    scanner.sink.setVideoFrame(QVideoFrame(blank))
    qtbot.waitUntil(lambda: not scanner._busy, timeout=5000)
    assert seen == []


def test_no_camera_state(qtbot, scanner, monkeypatch):
    from ui.checkin import camera_scanner
    monkeypatch.setattr(camera_scanner.CameraScanner, "cameras", staticmethod(lambda: []))
    with qtbot.waitSignal(scanner.state_changed) as blocker:
        assert scanner.start() is False
    assert blocker.args == ["no_camera"]


def test_camera_frames_check_in_on_the_page(qtbot, small_event, cast, tmp_path):
    from ui.checkin.checkin_page import CheckinPage
    from ui.context import EventContext
    guest = cast.teachers[0].id
    page = CheckinPage(EventContext(small_event))
    page.set_sound_enabled(False)
    qtbot.addWidget(page)
    page.toggle_camera()
    assert page.camera.state == "no_camera"
    page.camera.sink.setVideoFrame(QVideoFrame(webcam_frame(badge_image(small_event, guest, tmp_path), -4)))
    qtbot.waitUntil(lambda: page.last_result is not None, timeout=5000)
    assert page.last_result.status == "ok" and page.last_result.attendee.id == guest
    assert not page.camera_view.pixmap().isNull()           # the live view shows the frame
    page.camera.wait_idle()
