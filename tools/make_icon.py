#!/usr/bin/env python3
"""Draw the app icon (a red seal with 会) into resources/icons/: ceremony.png and the Windows ceremony.ico.

    python tools/make_icon.py      (run inside the project's environment; needs Qt, offscreen is fine)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPainter, QPen  # noqa: E402

from ceremony.paths import BUNDLED_FONT  # noqa: E402

SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int, family: str) -> QImage:
    image = QImage(size, size, QImage.Format_ARGB32)
    image.fill(Qt.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.Antialiasing)
    margin = size * 0.04
    rect = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    p.setPen(Qt.NoPen)
    p.setBrush(QColor("#c8102e"))                       # 中国红
    p.drawRoundedRect(rect, size * 0.18, size * 0.18)
    if size >= 32:                                        # a seal's inner border, lost at small sizes
        p.setPen(QPen(QColor("#ffd700"), max(1.0, size * 0.03)))
        p.setBrush(Qt.NoBrush)
        inner = rect.adjusted(size * 0.08, size * 0.08, -size * 0.08, -size * 0.08)
        p.drawRoundedRect(inner, size * 0.1, size * 0.1)
    font = QFont(family)
    font.setPixelSize(int(size * 0.62))
    font.setBold(True)
    p.setFont(font)
    p.setPen(QColor("#ffffff"))
    p.drawText(rect, Qt.AlignCenter, "会")
    p.end()
    return image


def main() -> int:
    app = QGuiApplication([])
    family = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(str(BUNDLED_FONT)))[0]
    out = ROOT / "resources" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    draw(256, family).save(str(out / "ceremony.png"))
    write_ico(out / "ceremony.ico", [draw(s, family) for s in SIZES])
    del app
    return 0


def write_ico(path: Path, images: list[QImage]) -> None:
    """An .ico with one PNG-compressed image per size (Windows Vista and later read these)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    blobs = []
    for image in images:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.WriteOnly)
        image.save(buffer, "PNG")
        blobs.append((image.width(), bytes(data)))
    header = (0).to_bytes(2, "little") + (1).to_bytes(2, "little") + len(blobs).to_bytes(2, "little")
    offset = 6 + 16 * len(blobs)
    entries, payload = b"", b""
    for size, blob in blobs:
        side = size if size < 256 else 0                    # 0 means 256 in the directory entry
        entries += bytes([side, side, 0, 0]) + (1).to_bytes(2, "little") + (32).to_bytes(2, "little") \
            + len(blob).to_bytes(4, "little") + (offset + len(payload)).to_bytes(4, "little")
        payload += blob
    path.write_bytes(header + entries + payload)


if __name__ == "__main__":
    sys.exit(main())
