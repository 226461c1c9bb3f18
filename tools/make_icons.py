"""Render the program icon (resources/icons/pnf-console.svg) to PNG sizes and a Windows .ico.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/make_icons.py

Writes resources/icons/pnf-console-<size>.png and packaging/windows/pnf-console.ico.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def main() -> None:
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "pnf-console.svg"))
    pngs = {size: render(renderer, size) for size in SIZES}
    for size in (48, 128, 256):
        (ROOT / "resources" / "icons" / f"pnf-console-{size}.png").write_bytes(pngs[size])
    largest = Image.open(io.BytesIO(pngs[256]))
    ico = ROOT / "packaging" / "windows" / "pnf-console.ico"
    largest.save(ico, format="ICO", sizes=[(s, s) for s in SIZES])
    del app


if __name__ == "__main__":
    main()
