"""The program's look: calm, high-contrast, large enough to read from a step away.

One style sheet for the whole application; screens add object names, not colours.
Colours meet WCAG AA contrast for text on their backgrounds.
"""

from __future__ import annotations

ACCENT = "#0b5394"  # 7.6:1 on white
TEXT = "#1a1a1a"
MUTED = "#4a4a4a"  # 8.9:1 on white
SURFACE = "#f4f6f8"

STYLE_SHEET = f"""
QWidget {{
    font-size: 11pt;
    color: {TEXT};
}}
QMainWindow, QStackedWidget > QWidget {{
    background: {SURFACE};
}}
QListWidget#navigation {{
    background: #ffffff;
    border: none;
    border-right: 1px solid #c8ced6;
    font-size: 14pt;
    padding-top: 12px;
}}
QListWidget#navigation::item {{
    padding: 12px 18px;
    border-left: 4px solid transparent;
}}
QListWidget#navigation::item:selected {{
    background: #e3edf7;
    color: {ACCENT};
    border-left: 4px solid {ACCENT};
    font-weight: bold;
}}
QListWidget#navigation::item:focus {{
    outline: none;
}}
QTableView {{
    background: #ffffff;
    alternate-background-color: #f7f9fb;
    gridline-color: #e1e5ea;
    selection-background-color: {ACCENT};
    selection-color: #ffffff;
}}
QHeaderView::section {{
    background: #e9edf1;
    padding: 6px;
    border: none;
    border-bottom: 1px solid #c8ced6;
    font-weight: bold;
}}
QPushButton {{
    padding: 6px 14px;
}}
QLineEdit, QComboBox, QTextEdit, QPlainTextEdit, QSpinBox, QDoubleSpinBox, QDateEdit {{
    padding: 4px 6px;
}}
*:focus {{
    outline: 2px solid {ACCENT};
}}
QLabel#muted {{
    color: {MUTED};
}}
"""
