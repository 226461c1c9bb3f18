"""Trend charts of a patient's chart: resistance grade per pattern and side (0 to 5)
and pain (NPRS 0 to 10), one point per session, drawn with QtCharts; and, on the
Endurance page beside them, the seconds held (``endurance_chart.EnduranceChart``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from html import escape

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from console.domain.chart import GradeTrend, PainTrend, Record, Session
from console.domain.endurance import TestName
from console.ui.patients.chart_axes import add_lines, at
from console.ui.patients.endurance_chart import EnduranceChart
from console.ui.shell.panes import split

GRADE_MAX = 5
PAIN_MAX = 10


class TrendChart(QWidget):
    """Two charts, one above the other; ``set_trends`` redraws both."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grade_chart = self._chart(self.tr("Resistance grade per pattern and side"))
        self.pain_chart = self._chart(self.tr("Pain (NPRS)"))
        self.grade_view = QChartView(self.grade_chart)
        self.grade_view.setAccessibleName(self.tr("Resistance grade trend"))
        self.pain_view = QChartView(self.pain_chart)
        self.pain_view.setAccessibleName(self.tr("Pain trend"))
        for view in (self.grade_view, self.pain_view):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(220)
        # Pattern names are long: the grade chart's legend is a wrapping label below it,
        # so every name is shown whole.
        self.grade_chart.legend().setVisible(False)
        self.grade_legend = QLabel()
        self.grade_legend.setWordWrap(True)
        self.grade_legend.setAccessibleName(self.tr("Legend of the resistance grade trend"))
        grades = QWidget()
        grades_layout = QVBoxLayout(grades)
        grades_layout.setContentsMargins(0, 0, 0, 0)
        grades_layout.addWidget(self.grade_view, 1)
        grades_layout.addWidget(self.grade_legend)
        self.empty = QLabel(self.tr("No grades or pain scores recorded yet."))
        self.empty.hide()
        splitter = split(Qt.Orientation.Vertical, [(grades, 3), (self.pain_view, 2)])
        grades_and_pain = QWidget()
        inner = QVBoxLayout(grades_and_pain)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.empty)
        inner.addWidget(splitter, 1)
        self.endurance = EnduranceChart()
        self.pages = QTabWidget()
        self.pages.setDocumentMode(True)
        self.pages.addTab(grades_and_pain, self.tr("Grades and pain"))
        self.pages.addTab(self.endurance, self.tr("End&urance"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages, 1)

    @staticmethod
    def _chart(title: str) -> QChart:
        chart = QChart()
        chart.setTitle(title)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setShowToolTips(True)  # full names of shortened labels
        return chart

    def set_trends(
        self,
        grades: GradeTrend,
        pain: PainTrend,
        titles: Mapping[str, str] | None = None,
    ) -> None:
        """Draw the trends; ``titles`` names protocols (their ids otherwise)."""
        titles = titles or {}
        grade_lines = {
            self._grade_name(protocol_id, side, titles): points
            for (protocol_id, side), points in sorted(grades.items())
        }
        moments = {
            "start": self.tr("Pain at start"),
            "end": self.tr("Pain at end"),
            "during": self.tr("Pain during the session"),
        }
        pain_lines = {
            moments.get(moment, moment): [(day, float(score)) for day, score in points]
            for moment, points in sorted(pain.items(), key=lambda kv: (kv[0] != "start", kv[0]))
        }
        days = [day for points in grade_lines.values() for day, _ in points]
        days += [day for points in pain_lines.values() for day, _ in points]
        self._draw(self.grade_chart, grade_lines, GRADE_MAX, self.tr("Grade (0–5)"), days)
        self.grade_legend.setText(
            "&nbsp;&nbsp;&nbsp; ".join(
                # The swatch stays with its name; a long name may wrap (a pattern
                # name in Spanish is wider than a 1024-pixel screen leaves the chart).
                f"<span style='color: {series.color().name()}'>■</span>&nbsp;"
                + escape(series.name())
                for series in self.grade_chart.series()
                if isinstance(series, QLineSeries)
            )
        )
        self._draw(self.pain_chart, pain_lines, PAIN_MAX, self.tr("NPRS (0–10)"), days)
        self.empty.setVisible(not days)

    def set_endurance(
        self,
        sessions: Sequence[Session],
        records: Sequence[Record],
        tests: Mapping[str, TestName],
        titles: Mapping[str, str] | None = None,
    ) -> None:
        """Draw the Endurance page (the tests, other holds and ratios)."""
        self.endurance.set_endurance(sessions, records, tests, titles)

    def _grade_name(self, protocol_id: str, side: str, titles: Mapping[str, str]) -> str:
        title = titles.get(protocol_id, protocol_id) or self.tr("Resistance")
        sides = {"left": self.tr("left"), "right": self.tr("right"), "bilateral": self.tr("both")}
        return f"{title} ({sides.get(side, side)})" if side else title

    @staticmethod
    def _draw(
        chart: QChart,
        lines: Mapping[str, list[tuple[dt.date, float]]],
        top: int,
        label: str,
        days: list[dt.date],
    ) -> None:
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
            axis.deleteLater()
        x_axis = QDateTimeAxis()
        x_axis.setFormat("yyyy-MM-dd")
        x_axis.setTickCount(6)
        first = min(days, default=dt.date.today())
        last = max(days, default=first)
        if last - first < dt.timedelta(days=2):
            first, last = first - dt.timedelta(days=1), last + dt.timedelta(days=1)
        x_axis.setRange(at(first, 0), at(last, 23, 59))
        y_axis = QValueAxis()
        y_axis.setRange(0, top)
        y_axis.setTickCount(top + 1 if top <= 5 else top // 2 + 1)
        y_axis.setLabelFormat("%d")
        y_axis.setTitleText(label)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        add_lines(chart, lines, x_axis, y_axis)

    def series_points(self) -> dict[str, int]:
        """Each drawn line's name and number of points (grade and pain charts)."""
        counts: dict[str, int] = {}
        for chart in (self.grade_chart, self.pain_chart):
            for series in chart.series():
                if isinstance(series, QLineSeries):
                    counts[series.name()] = series.count()
        return counts
