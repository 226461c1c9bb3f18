"""Panes a therapist can resize: a splitter filled in one call."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QWidget


def split(
    orientation: Qt.Orientation, panes: Sequence[tuple[QWidget, int]], sizes: Sequence[int] = ()
) -> QSplitter:
    """The panes side by side (or one above the other), each with its stretch factor;
    ``sizes`` gives their first widths (or heights), else Qt shares the space out."""
    splitter = QSplitter(orientation)
    for index, (pane, stretch) in enumerate(panes):
        splitter.addWidget(pane)
        splitter.setStretchFactor(index, stretch)
    if sizes:
        splitter.setSizes(list(sizes))
    return splitter
