"""Camera mode: webcam frames → QR text, decoded with zxing-cpp off the GUI thread.

QCamera feeds a QVideoSink; each frame becomes a grey QImage decoded by a background
job (ui/jobs.py). Frames that arrive while a decode is running are dropped,
so a slow laptop never queues up seconds of video. The same code held in front
of the lens is reported once, not thirty times a second.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices, QVideoSink

from ui.jobs import Job

MAX_WIDTH = 1280          # decode cost grows with pixels; QR codes stay readable well below this
HOLD_SECONDS = 4.0        # the same code is reported again only after this long

OFF, NO_CAMERA, RUNNING, ERROR = "off", "no_camera", "running", "error"


def decode_qr(image: QImage) -> list[str]:
    """QR texts found in an image (any thread)."""
    import zxingcpp
    return [b.text for b in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode) if b.text]


class CameraScanner(QObject):
    decoded = Signal(str)
    state_changed = Signal(str)
    preview = Signal(QImage)          # the frame being decoded, for a small live view

    def __init__(self, parent=None):
        super().__init__(parent)
        self.sink = QVideoSink(self)
        self.sink.videoFrameChanged.connect(self._on_frame)
        self.state = OFF
        self.error_text = ""
        self.frames_seen = 0
        self._busy = False
        self._seen: dict[str, float] = {}
        self._job: Job | None = None
        self._camera: QCamera | None = None
        self._session: QMediaCaptureSession | None = None

    @staticmethod
    def cameras() -> list:
        return list(QMediaDevices.videoInputs())

    def start(self) -> bool:
        """Open the default camera; False (state NO_CAMERA) when the computer has none."""
        devices = self.cameras()
        if not devices:
            self._set_state(NO_CAMERA)
            return False
        self._camera = QCamera(devices[0], self)
        self._camera.errorOccurred.connect(self._on_error)
        self._session = QMediaCaptureSession(self)
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self.sink)
        self._camera.start()
        self._set_state(RUNNING)
        return True

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
            self._camera.deleteLater()
            self._camera = None
        self._set_state(OFF)

    def wait_idle(self, msecs: int = 3000) -> bool:
        """Wait for the decode in progress to end (its result is delivered by the event loop)."""
        return self._job is None or self._job.wait(msecs)

    def _set_state(self, state: str) -> None:
        self.state = state
        self.state_changed.emit(state)

    def _on_error(self, _error, text: str) -> None:
        self.error_text = text
        self._set_state(ERROR)

    def _on_frame(self, frame) -> None:
        self.frames_seen += 1
        if self._busy:
            return
        image = frame.toImage()
        if image.isNull():
            return
        if image.width() > MAX_WIDTH:
            image = image.scaledToWidth(MAX_WIDTH, Qt.TransformationMode.FastTransformation)
        self._busy = True
        self.preview.emit(image)
        grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
        job = Job(lambda _ctl: decode_qr(grey), self)
        job.finished.connect(lambda: self._on_decoded(job.result or []))   # a bad frame (failed) finds nothing
        job.finished.connect(job.deleteLater)
        self._job = job.start()

    def _on_decoded(self, texts: list) -> None:
        self._busy = False
        self._job = None
        now = time.monotonic()
        self._seen = {t: at for t, at in self._seen.items() if now - at < HOLD_SECONDS}
        for text in texts:
            if text not in self._seen:
                self.decoded.emit(text)
            self._seen[text] = now
