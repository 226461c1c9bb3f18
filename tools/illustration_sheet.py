"""Renders a contact sheet of built-in illustrations with Qt's SVG renderer, the one the
app uses: docs/screenshots/illustrations-sheet.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/illustration_sheet.py [--out FILE]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

REPO = Path(__file__).resolve().parent.parent
ILLUSTRATIONS = REPO / "resources" / "illustrations"
DEFAULT_OUT = REPO / "docs" / "screenshots" / "illustrations-sheet.png"
NAMES = [
    "ue-d1-flexion",
    "ue-d1-flexion-elbow-flexion",
    "le-d1-flexion",
    "le-d1-extension-knee-flexion",
    "scapula-anterior-elevation",
    "pelvis-posterior-depression",
    "trunk-chop",
    "trunk-lift",
    "neck-flexion",
    "home-bridge",
    "home-bird-dog",
    "home-dead-bug",
    "home-side-plank",
    "home-band-arm-d2-flexion",
    "home-drawing-in",
    "home-single-leg-stance",
]
COLUMNS, CELL_W, CELL_H, LABEL_H, GAP = 4, 300, 225, 24, 8


def render_sheet(out: Path) -> None:
    rows = (len(NAMES) + COLUMNS - 1) // COLUMNS
    width = GAP + COLUMNS * (CELL_W + GAP)
    height = GAP + rows * (CELL_H + LABEL_H + GAP)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#eef1f4"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(QFont("DejaVu Sans", 10))
    for i, name in enumerate(NAMES):
        x = GAP + (i % COLUMNS) * (CELL_W + GAP)
        y = GAP + (i // COLUMNS) * (CELL_H + LABEL_H + GAP)
        painter.fillRect(x, y, CELL_W, CELL_H + LABEL_H, QColor("#ffffff"))
        painter.setPen(QColor("#3d4852"))
        label = QRectF(x + 6, y, CELL_W - 12, LABEL_H)
        painter.drawText(label, int(Qt.AlignmentFlag.AlignVCenter), name)
        QSvgRenderer(str(ILLUSTRATIONS / f"{name}.svg")).render(
            painter, QRectF(x, y + LABEL_H, CELL_W, CELL_H)
        )
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(out))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    app = QGuiApplication.instance() or QGuiApplication([])
    render_sheet(args.out)
    del app
    print(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
