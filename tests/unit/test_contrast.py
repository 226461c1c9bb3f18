"""Text contrast meets WCAG 2 AA: 4.5:1, or 3:1 for large text and control borders.

Contrast is computed from relative luminance (WCAG 2.x). The pairs are declared in
console/ui/shell/style.py (TEXT_PAIRS); the test also holds every colour of the style sheet
to a declared pair, and checks the colour constants other screens define.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from console.ui.runner.runner_widgets import LOOKS
from console.ui.shell import style
from console.ui.shell.style import SURFACE, TEXT, TEXT_PAIRS, WHITE, TextPair, style_sheet

UI = Path(style.__file__).resolve().parent.parent
HEX = re.compile(r"#[0-9a-fA-F]{6}\b")
PROPERTY = re.compile(
    r"(?<![-\w])(color|background|background-color|alternate-background-color|"
    r"selection-background-color|selection-color)\s*:\s*(#[0-9a-fA-F]{6})"
)
RUNNER_BACKGROUND = "#f7f8f9"  # console/ui/runner/runner_window.py: the runner's page


def channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    red, green, blue = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def contrast(first: str, second: str) -> float:
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_the_formula_gives_the_known_ratios() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("pair", TEXT_PAIRS, ids=lambda pair: pair[0])
def test_every_declared_pair_meets_aa(pair: TextPair) -> None:
    where, text, background, large = pair
    needed = 3.0 if large else 4.5
    ratio = contrast(text, background)
    assert ratio >= needed, f"{where}: {text} on {background} is {ratio:.2f}:1"


def test_every_colour_of_the_style_sheet_is_declared() -> None:
    texts = {text.lower() for _where, text, _background, _large in TEXT_PAIRS}
    backgrounds = {background.lower() for _where, _text, background, _large in TEXT_PAIRS}
    for sheet in (style_sheet(), style_sheet(22.0)):
        for prop, colour in PROPERTY.findall(sheet):
            declared = texts if prop in ("color", "selection-color") else backgrounds
            assert colour.lower() in declared, f"{prop}: {colour} has no declared pair"


def module_constants(path: Path) -> dict[str, str]:
    """Source text of each module-level UPPER_CASE constant of a ui module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for node in tree.body:
        targets = []
        if isinstance(node, ast.Assign):
            targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            targets = [node.target.id]
        value = getattr(node, "value", None)
        for name in targets:
            if name.isupper() and value is not None:
                found[name] = ast.get_source_segment(path.read_text("utf-8"), value) or ""
    return found


def other_screen_colours() -> list[tuple[str, str, str, str]]:
    """(module.CONSTANT, property, colour, source) for colours in other modules' constants."""
    colours = []
    for path in sorted(UI.rglob("*.py")):
        if path.name == "style.py":
            continue
        for name, source in module_constants(path).items():
            for colour in HEX.findall(source):
                prop = next((p for p, c in PROPERTY.findall(source) if c == colour), "")
                colours.append((f"{path.stem}.{name}", prop, colour, source))
    return colours


def test_colour_constants_of_other_screens_meet_aa() -> None:
    phase_colours = {look.colour.lower() for look in LOOKS.values()}
    checked = 0
    for where, prop, colour, _source in other_screen_colours():
        if prop in ("color", "selection-color"):
            # Text on the page or in a field.
            for background in (SURFACE, WHITE):
                ratio = contrast(colour, background)
                assert ratio >= 4.5, f"{where}: {colour} on {background} is {ratio:.2f}:1"
        elif prop.startswith("background") or prop.endswith("background-color"):
            ratio = contrast(TEXT, colour)
            assert ratio >= 4.5, f"{where}: text on {colour} is {ratio:.2f}:1"
        elif colour.lower() in phase_colours:
            # The runner's phase words, in large type on the runner's page.
            ratio = contrast(colour, RUNNER_BACKGROUND)
            assert ratio >= 3.0, f"{where}: {colour} on the runner is {ratio:.2f}:1"
        else:
            continue  # borders and other marks that carry no text
        checked += 1
    assert checked > 0
