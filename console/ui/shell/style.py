"""The program's look: calm, high-contrast, large enough to read from a step away.

One style sheet for the whole application; screens add object names, not colours.
Every text colour is declared with the background it is read on in ``TEXT_PAIRS``, and
a test holds each pair to WCAG 2 AA contrast (4.5:1, or 3:1 for large text).

Keyboard focus is always visible: a 2 px accent border on the focused field or
button, the accent colour for the focused list and table.

Sizes are in points and follow the base text size (``style_sheet(base_pt)``): the
application font scaling (console/ui/shell/font_scale.py) makes the sheet again for the
size the therapist chose.
"""

from __future__ import annotations

BASE_PT = 11.0

ACCENT = "#0b5394"  # links, selection, focus: 7.6:1 on white
TEXT = "#1a1a1a"
MUTED = "#4a4a4a"  # 8.9:1 on white
SURFACE = "#f4f6f8"
WHITE = "#ffffff"
ERROR = "#b00020"  # validation messages
NAV_SELECTED = "#e3edf7"
HEADER = "#e9edf1"
ALTERNATE = "#f7f9fb"
DISABLED_TEXT = "#5f6368"
DISABLED_BACKGROUND = "#eceff2"
BORDER = "#767f89"  # at least 3:1 on the page: field borders are user-interface parts
HOVER = "#eef3f8"
PRESSED = "#dde7f1"


# (where, text colour, background, large): `large` is text of 14 pt bold or 18 pt and
# more, or a border that shows a control (WCAG 1.4.11); these need 3:1, other text 4.5:1.
# Plain tuples: this module is imported on the way to the first paint.
TextPair = tuple[str, str, str, bool]

TEXT_PAIRS: tuple[TextPair, ...] = (
    ("body text", TEXT, SURFACE, False),
    ("body text in fields and lists", TEXT, WHITE, False),
    ("muted notes", MUTED, SURFACE, False),
    ("muted notes on white", MUTED, WHITE, False),
    ("selected navigation item", ACCENT, NAV_SELECTED, False),
    ("navigation", TEXT, WHITE, False),
    ("selected row", WHITE, ACCENT, False),
    ("table header", TEXT, HEADER, False),
    ("alternate rows", TEXT, ALTERNATE, False),
    ("validation message", ERROR, SURFACE, False),
    ("validation message on white", ERROR, WHITE, False),
    ("button", TEXT, WHITE, False),
    ("button under the pointer", TEXT, HOVER, False),
    ("pressed button", TEXT, PRESSED, False),
    ("disabled button", DISABLED_TEXT, DISABLED_BACKGROUND, False),
    ("field border against the page", BORDER, SURFACE, True),
    ("focus border against the page", ACCENT, SURFACE, True),
)


def style_sheet(base_pt: float = BASE_PT) -> str:
    """The application style sheet for body text of `base_pt` points."""
    body = round(base_pt, 1)
    nav = round(base_pt * 14 / 11, 1)
    return f"""
QWidget {{
    font-size: {body}pt;
    color: {TEXT};
}}
QMainWindow, QDialog, QStackedWidget > QWidget {{
    background: {SURFACE};
}}
QTabWidget::pane, QScrollArea, QScrollArea > QWidget > QWidget {{
    background: {SURFACE};
}}
QListWidget#navigation {{
    background: {WHITE};
    border: none;
    border-right: 1px solid #c8ced6;
    font-size: {nav}pt;
    padding-top: 12px;
}}
QListWidget#navigation::item {{
    padding: 12px 18px;
    border-left: 4px solid transparent;
}}
QListWidget#navigation::item:selected {{
    background: {NAV_SELECTED};
    color: {ACCENT};
    border-left: 4px solid {ACCENT};
    font-weight: bold;
}}
QListWidget#navigation:focus {{
    border-right: 2px solid {ACCENT};
}}
QTableView, QListView {{
    background: {WHITE};
    alternate-background-color: {ALTERNATE};
    gridline-color: #e1e5ea;
    selection-background-color: {ACCENT};
    selection-color: {WHITE};
}}
QTableView:focus, QListView:focus, QTreeView:focus {{
    border: 2px solid {ACCENT};
}}
QHeaderView::section {{
    background: {HEADER};
    padding: 6px;
    border: none;
    border-bottom: 1px solid #c8ced6;
    font-weight: bold;
}}
QPushButton {{
    background: {WHITE};
    border: 1px solid {BORDER};
    border-radius: 4px;
    padding: 6px 14px;
}}
QPushButton:hover {{
    background: {HOVER};
}}
QPushButton:pressed {{
    background: {PRESSED};
}}
QPushButton:disabled {{
    color: {DISABLED_TEXT};
    background: {DISABLED_BACKGROUND};
    border-color: #c8ced6;
}}
QPushButton:focus {{
    border: 2px solid {ACCENT};
    padding: 5px 13px;
}}
QLineEdit, QTextEdit, QPlainTextEdit {{
    background: {WHITE};
    border: 1px solid {BORDER};
    border-radius: 3px;
    padding: 4px 6px;
}}
QLineEdit:focus, QTextEdit:focus, QPlainTextEdit:focus {{
    border: 2px solid {ACCENT};
    padding: 3px 5px;
}}
QLineEdit:read-only {{
    background: {SURFACE};
}}
QComboBox, QSpinBox, QDoubleSpinBox, QDateEdit {{
    padding: 4px 6px;
}}
QCheckBox:focus, QRadioButton:focus {{
    color: {ACCENT};
    text-decoration: underline;
}}
QTabBar::tab:focus {{
    color: {ACCENT};
    text-decoration: underline;
}}
QLabel#muted, QLabel#fieldNote {{
    color: {MUTED};
}}
QLabel#fieldError {{
    color: {ERROR};
}}
"""


STYLE_SHEET = style_sheet()
