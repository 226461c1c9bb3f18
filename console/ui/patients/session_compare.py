"""Two sessions side by side: a summary of grades, pain, seconds held and endurance
ratios, then each session whole."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from console.domain.chart import Record, SessionDetail
from console.domain.endurance import BUILTIN_TESTS, TestName, ratios_of, session_times
from console.domain.grades import ResistanceGrade
from console.ui.patients.session_view import SessionDetailView, day_and_time

CompareRow = tuple[str, str, str]


def best_grades(records: Sequence[Record]) -> dict[tuple[str, str], ResistanceGrade]:
    """The best grade of each (protocol, side) among ``records``."""
    best: dict[tuple[str, str], ResistanceGrade] = {}
    for record in records:
        if record.kind != "grade":
            continue
        key = (record.protocol_id or "", record.side or "")
        grade = ResistanceGrade.parse(record.value)
        if key not in best or best[key] < grade:
            best[key] = grade
    return best


def longest_holds(records: Sequence[Record]) -> dict[tuple[str, str], int]:
    """The longest hold timed to fatigue of each (protocol, side), in seconds."""
    longest: dict[tuple[str, str], int] = {}
    for record in records:
        if record.kind == "hold":
            key = (record.protocol_id or "", record.side or "")
            longest[key] = max(int(record.value), longest.get(key, 0))
    return longest


def pain_scores(records: Sequence[Record]) -> dict[str, str]:
    """The last pain score of each moment ('start', 'end', 'during')."""
    scores: dict[str, str] = {}
    for record in records:
        if record.kind == "pain":
            scores[record.moment or "during"] = record.value
    return scores


class SessionCompare(QWidget):
    """Pick two sessions of the patient; both are shown side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sessions: list[SessionDetail] = []
        self.titles: Mapping[str, str] = {}
        self.therapists: Mapping[int, str] = {}
        #: Which protocols are standard endurance tests (for the ratios).
        self.tests: Mapping[str, TestName] = BUILTIN_TESTS
        self.left = QComboBox()
        self.left.setAccessibleName(self.tr("First session"))
        self.right = QComboBox()
        self.right.setAccessibleName(self.tr("Second session"))
        self.summary = QTextBrowser()
        self.summary.setAccessibleName(self.tr("Comparison"))
        self.summary.setMaximumHeight(220)
        self.left_view = SessionDetailView()
        self.right_view = SessionDetailView()
        pickers = QGridLayout()
        first = QLabel(self.tr("&First session"))
        first.setBuddy(self.left)
        second = QLabel(self.tr("Secon&d session"))
        second.setBuddy(self.right)
        pickers.addWidget(first, 0, 0)
        pickers.addWidget(self.left, 0, 1)
        pickers.addWidget(second, 0, 2)
        pickers.addWidget(self.right, 0, 3)
        pickers.setColumnStretch(1, 1)
        pickers.setColumnStretch(3, 1)
        side_by_side = QSplitter()
        side_by_side.addWidget(self.left_view)
        side_by_side.addWidget(self.right_view)
        layout = QVBoxLayout(self)
        layout.addLayout(pickers)
        layout.addWidget(self.summary)
        layout.addWidget(side_by_side, 1)
        self.left.currentIndexChanged.connect(self._show)
        self.right.currentIndexChanged.connect(self._show)

    def set_sessions(
        self,
        sessions: Sequence[SessionDetail],
        titles: Mapping[str, str] | None = None,
        therapists: Mapping[int, str] | None = None,
    ) -> None:
        """``sessions`` newest first; by default the two newest are compared."""
        left, right = self.left.currentData(), self.right.currentData()
        self.sessions = list(sessions)
        self.titles = titles or {}
        self.therapists = therapists or {}
        for combo in (self.left, self.right):
            combo.blockSignals(True)
            combo.clear()
            for detail in self.sessions:
                combo.addItem(day_and_time(detail.session.started_at), detail.session.id)
            combo.blockSignals(False)
        ids = [d.session.id for d in self.sessions]
        self.select(
            left if left in ids else (ids[1] if len(ids) > 1 else ids[0] if ids else None),
            right if right in ids else (ids[0] if ids else None),
        )

    def select(self, left_id: int | None, right_id: int | None) -> None:
        """Compare the sessions with these ids (older usually on the left)."""
        for combo, wanted in ((self.left, left_id), (self.right, right_id)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(wanted) if wanted is not None else -1)
            combo.blockSignals(False)
        self._show()

    def _detail(self, combo: QComboBox) -> SessionDetail | None:
        wanted = combo.currentData()
        return next((d for d in self.sessions if d.session.id == wanted), None)

    def compare_rows(self) -> list[CompareRow]:
        """(what, first session's value, second session's value) for the summary."""
        left, right = self._detail(self.left), self._detail(self.right)
        left_records = left.records if left else []
        right_records = right.records if right else []
        rows: list[CompareRow] = []
        moments = {
            "start": self.tr("Pain at start (NPRS)"),
            "end": self.tr("Pain at end (NPRS)"),
            "during": self.tr("Pain during (NPRS)"),
        }
        left_pain, right_pain = pain_scores(left_records), pain_scores(right_records)
        for moment, name in moments.items():
            if moment in left_pain or moment in right_pain:
                rows.append((name, left_pain.get(moment, "—"), right_pain.get(moment, "—")))
        left_best, right_best = best_grades(left_records), best_grades(right_records)
        sides = {"left": self.tr("left"), "right": self.tr("right"), "bilateral": self.tr("both")}
        for key in sorted(set(left_best) | set(right_best)):
            protocol_id, side = key
            title = self.titles.get(protocol_id, protocol_id)
            name = f"{title} ({sides.get(side, side)})" if side else title
            rows.append(
                (
                    name,
                    str(left_best[key]) if key in left_best else "—",
                    str(right_best[key]) if key in right_best else "—",
                )
            )
        left_held, right_held = longest_holds(left_records), longest_holds(right_records)
        for key in sorted(set(left_held) | set(right_held)):
            protocol_id, side = key
            title = self.titles.get(protocol_id, protocol_id)
            name = f"{title} ({sides.get(side, side)})" if side else title
            rows.append(
                (
                    self.tr("{0}: held").format(name),
                    self.tr("{0} s").format(left_held[key]) if key in left_held else "—",
                    self.tr("{0} s").format(right_held[key]) if key in right_held else "—",
                )
            )
        rows += self.ratio_rows(left_records, right_records)
        return rows

    def ratio_rows(
        self, left_records: Sequence[Record], right_records: Sequence[Record]
    ) -> list[CompareRow]:
        """McGill's ratios of both sessions; a value outside his target is marked ⚠."""
        names = {
            ("flexor/extensor", "flexor"): self.tr("Flexor / extensor (target < 1.00)"),
            ("right/left side bridge", "right"): self.tr(
                "Right / left side bridge (target 0.95 to 1.05)"
            ),
            ("side bridge/extensor", "side bridge right"): self.tr(
                "Side bridge right / extensor (target < 0.75)"
            ),
            ("side bridge/extensor", "side bridge left"): self.tr(
                "Side bridge left / extensor (target < 0.75)"
            ),
        }
        found = []
        for records in (left_records, right_records):
            ratios = ratios_of(session_times(records, self.tests))
            found.append(
                {
                    (r.name, r.numerator): f"⚠ {r.value:.2f}" if r.outside else f"{r.value:.2f}"
                    for r in ratios
                }
            )
        return [
            (name, found[0].get(key, "—"), found[1].get(key, "—"))
            for key, name in names.items()
            if key in found[0] or key in found[1]
        ]

    def _show(self) -> None:
        left, right = self._detail(self.left), self._detail(self.right)
        self.left_view.show_session(left, titles=self.titles, therapists=self.therapists)
        self.right_view.show_session(right, titles=self.titles, therapists=self.therapists)
        if left is None or right is None:
            self.summary.setHtml(
                "<p>" + escape(self.tr("A patient needs two sessions to compare.")) + "</p>"
            )
            return
        what = escape(self.tr("What"))
        head = (
            f"<tr><th align='left'>{what}</th>"
            f"<th align='left'>{escape(day_and_time(left.session.started_at))}</th>"
            f"<th align='left'>{escape(day_and_time(right.session.started_at))}</th></tr>"
        )
        rows = "".join(
            f"<tr><td>{escape(a)}</td><td>{escape(b)}</td><td>{escape(c)}</td></tr>"
            for a, b, c in self.compare_rows()
        )
        self.summary.setHtml(
            f"<table cellspacing='0' cellpadding='3' border='1'>{head}{rows}</table>"
        )
