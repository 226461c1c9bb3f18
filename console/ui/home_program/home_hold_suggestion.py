"""The home hold suggested from the patient's measured endurance, beside the draft:
what the rule gives for the chosen exercise and why, and a button that puts it in the
Hold cell. The therapist accepts it or types another hold (console/domain/endurance.py,
docs/endurance.md)."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from console.domain.endurance import HoldSuggestion, TestName, home_hold_suggestion


class HomeHoldSuggestion(QWidget):
    """``show_for`` an exercise; ``accepted`` carries the suggested seconds."""

    accepted = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.latest: Mapping[tuple[TestName, str], int] = {}
        self.suggestion: HoldSuggestion | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setObjectName("muted")
        self.use_button = QPushButton(self.tr("Ta&ke the suggested hold"))  # Alt+H: Home program
        self.use_button.setToolTip(
            self.tr("Put the suggested hold in the Hold cell; you can still type another")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.use_button)
        self.use_button.clicked.connect(self._accept)
        self.show_for(None)

    def test_name(self, test: str, side: str) -> str:
        names = {
            "extensor": self.tr("extensor test (Biering-Sørensen)"),
            "flexor": self.tr("trunk flexor test"),
            "side-bridge": self.tr("side bridge"),
            "prone-bridge": self.tr("prone bridge"),
        }
        sides = {"right": self.tr("right"), "left": self.tr("left")}
        name = names.get(test, test)
        return f"{name}, {sides[side]}" if side in sides else name

    def show_for(self, exercise_id: str | None, current_hold: float | None = None) -> None:
        """The suggestion for this exercise (hidden where no test matches or none was
        measured)."""
        found = home_hold_suggestion(exercise_id, None, self.latest) if exercise_id else None
        self.suggestion = found
        self.setVisible(found is not None)
        if found is None:
            return
        self.text.setText(
            self.tr(
                "Suggested hold {0} s from the latest {1}: {2} s. Rule: half the measured "
                "time, at least 2 s and never more than 10 s (McGill: short endurance holds, "
                "progressed by adding holds rather than lengthening them)."
            ).format(found.seconds, self.test_name(found.test, found.side), found.measured_s)
        )
        self.use_button.setEnabled(current_hold != found.seconds)

    def _accept(self) -> None:
        if self.suggestion is not None:
            self.accepted.emit(self.suggestion.seconds)
            self.use_button.setEnabled(False)
