"""Endurance in a patient's chart: the seconds held in each standard test over the
sessions beside the published healthy range (and whom it was measured in), every other
hold timed to fatigue per pattern and side, and McGill's ratios per session, each marked
when it misses his target (console/domain/endurance.py, docs/endurance.md)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from html import escape

from PySide6.QtCharts import (
    QAreaSeries,
    QChart,
    QChartView,
    QDateTimeAxis,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from console.domain.chart import Record, Session
from console.domain.endurance import (
    EXTENSOR_RISK_BELOW_S,
    MCGILL_1999,
    POPULATIONS,
    STRAND_2014,
    Ratio,
    TestName,
    hold_trend_of,
    norms_for,
    ratios_of,
    session_times,
)
from console.ui.patients.chart_axes import add_lines, at, msecs

#: The standard tests in the order drawn: (test, side) and the chart's key.
PANELS: tuple[tuple[TestName, str], ...] = (
    ("extensor", ""),
    ("flexor", ""),
    ("side-bridge", "right"),
    ("side-bridge", "left"),
    ("prone-bridge", ""),
)
GROUP_COLOURS = {"men": QColor(30, 110, 200, 45), "women": QColor(200, 60, 120, 45)}
OUTSIDE_COLOUR = QColor("#f8d7da")


class EnduranceChart(QWidget):
    """``set_endurance`` draws the tests, the other holds and the ratios."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.charts: dict[tuple[str, str], QChart] = {}
        self.views: dict[tuple[str, str], QChartView] = {}
        self.grid = QGridLayout()
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.other_chart = QChart()
        self.other_chart.setTitle(self.tr("Other holds timed to fatigue (s), per pattern and side"))
        self.other_chart.setMargins(QMargins(4, 4, 4, 4))
        self.other_view = QChartView(self.other_chart)
        self.other_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.other_view.setMinimumHeight(190)
        self.other_view.setAccessibleName(self.tr("Other holds trend"))
        self.ratios = QTableWidget(0, 5)
        self.ratios.setAccessibleName(self.tr("Endurance ratios per session"))
        self.ratios.setHorizontalHeaderLabels(
            [
                self.tr("Session"),
                self.tr("Flexor /\nextensor\n(target < 1.00)"),
                self.tr("Right / left\nside bridge\n(target 0.95–1.05)"),
                self.tr("Right side bridge\n/ extensor\n(target < 0.75)"),
                self.tr("Left side bridge\n/ extensor\n(target < 0.75)"),
            ]
        )
        self.ratios.verticalHeader().setVisible(False)
        self.ratios.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ratios.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents
        )
        self.ratios.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.ratios.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sources = QLabel()
        self.sources.setWordWrap(True)
        self.sources.setTextFormat(Qt.TextFormat.RichText)
        self.empty = QLabel(self.tr("No endurance tests or holds timed to fatigue recorded yet."))
        # The ratios first (what the therapist looks for), then the sources of the
        # ranges, then the charts; the whole page scrolls on a small screen.
        page = QWidget()
        inner = QVBoxLayout(page)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.empty)
        inner.addWidget(self.ratios)
        inner.addWidget(self.sources)
        inner.addLayout(self.grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.ratio_rows: list[tuple[str, list[Ratio]]] = []

    # -- names --------------------------------------------------------------------------

    def test_name(self, test: str, side: str) -> str:
        names = {
            "extensor": self.tr("Extensors (Biering-Sørensen)"),
            "flexor": self.tr("Trunk flexors"),
            "side-bridge": self.tr("Side bridge"),
            "prone-bridge": self.tr("Prone bridge"),
        }
        sides = {"right": self.tr("right"), "left": self.tr("left")}
        name = names.get(test, test)
        return f"{name}, {sides[side]}" if side in sides else name

    # -- drawing ------------------------------------------------------------------------

    def set_endurance(
        self,
        sessions: Sequence[Session],
        records: Sequence[Record],
        tests: Mapping[str, TestName],
        titles: Mapping[str, str] | None = None,
    ) -> None:
        titles = titles or {}
        trend = hold_trend_of(sessions, records)
        by_test: dict[tuple[str, str], list[tuple[dt.date, int]]] = {}
        others: dict[str, list[tuple[dt.date, int]]] = {}
        for (protocol_id, side), points in sorted(trend.items()):
            test = tests.get(protocol_id)
            if test is not None:
                key = (test, side if test == "side-bridge" else "")
                by_test.setdefault(key, []).extend(points)
            else:
                sides = {
                    "left": self.tr("left"),
                    "right": self.tr("right"),
                    "bilateral": self.tr("both"),
                }
                name = titles.get(protocol_id, protocol_id)
                others[f"{name} ({sides.get(side, side)})" if side else name] = points
        self._draw_tests(by_test)
        self._draw_others(others)
        self._fill_ratios(sessions, records, tests)
        self.empty.setVisible(not trend)
        self.sources.setVisible(bool(by_test))

    def _draw_tests(self, by_test: Mapping[tuple[str, str], list[tuple[dt.date, int]]]) -> None:
        for view in self.views.values():
            self.grid.removeWidget(view)
            view.deleteLater()
        self.views.clear()
        self.charts.clear()
        self.grid.removeWidget(self.other_view)
        shown = [key for key in PANELS if key in by_test]
        for number, key in enumerate(shown):
            chart = QChart()
            chart.setTitle(self.test_name(*key))
            chart.setMargins(QMargins(2, 2, 2, 2))
            chart.legend().setVisible(False)  # the line under the table says what is drawn
            self._draw_test(chart, key, sorted(by_test[key]))
            view = QChartView(chart)
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(190)
            view.setAccessibleName(self.tr("{0}: seconds held").format(self.test_name(*key)))
            self.grid.addWidget(view, number // 3, number % 3)
            self.charts[key] = chart
            self.views[key] = view
        sources = [self.tr("Black line: the seconds held, one point per session.")]
        if any(key[0] != "prone-bridge" for key in shown):
            sources.append(
                self.tr(
                    "Shaded: healthy mean ± 1 SD, men (blue) and women (pink), from {0}: {1}."
                ).format("McGill, Childs &amp; Liebenson 1999", escape(POPULATIONS[MCGILL_1999]))
            )
        if any(key[0] == "prone-bridge" for key in shown):
            sources.append(
                self.tr("Prone bridge: Strand et al. 2014, {0}.").format(
                    escape(POPULATIONS[STRAND_2014])
                )
            )
        if ("extensor", "") in shown:
            sources.append(
                self.tr(
                    "Dashed line on the extensor test: {0} s; men aged 30 to 60 who held less "
                    "were more likely to have a first episode of low-back trouble within a year "
                    "(Biering-Sørensen 1984)."
                ).format(EXTENSOR_RISK_BELOW_S)
            )
        self.sources.setText(" ".join(sources))
        # The other holds' chart takes the next cell, two cells wide where there is room.
        cell = len(shown)
        self.grid.addWidget(self.other_view, cell // 3, cell % 3, 1, 2 if cell % 3 < 2 else 1)

    def _draw_test(
        self, chart: QChart, key: tuple[TestName, str], points: list[tuple[dt.date, int]]
    ) -> None:
        test, side = key
        days = [day for day, _ in points]
        first, last = min(days), max(days)
        if last - first < dt.timedelta(days=2):
            first, last = first - dt.timedelta(days=1), last + dt.timedelta(days=1)
        norms = norms_for(test, side or None)
        top = max([v for _, v in points] + [n.high_s for n in norms] + [60.0])
        x_axis = QDateTimeAxis()
        x_axis.setFormat("MM-dd")
        x_axis.setTickCount(4)
        x_axis.setRange(at(first, 0), at(last, 23, 59))
        y_axis = QValueAxis()
        y_axis.setRange(0, round(top * 1.1 / 10 + 0.5) * 10)
        y_axis.setLabelFormat("%d")
        y_axis.setTitleText(self.tr("s"))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for norm in norms:
            # The band owns its two edges (Python must not delete them under it).
            band = QAreaSeries()
            low, high = QLineSeries(band), QLineSeries(band)
            for day in (first, last):
                hour = 0 if day == first else 23
                low.append(msecs(day, hour), norm.low_s)
                high.append(msecs(day, hour), norm.high_s)
            band.setUpperSeries(high)
            band.setLowerSeries(low)
            band.setName(self.tr("men ± 1 SD") if norm.group == "men" else self.tr("women ± 1 SD"))
            band.setBrush(QBrush(GROUP_COLOURS[norm.group]))
            band.setPen(QPen(Qt.PenStyle.NoPen))
            chart.addSeries(band)
            band.attachAxis(x_axis)
            band.attachAxis(y_axis)
        if test == "extensor":
            risk = QLineSeries()
            risk.setName(self.tr("{0} s").format(EXTENSOR_RISK_BELOW_S))
            risk.append(msecs(first, 0), EXTENSOR_RISK_BELOW_S)
            risk.append(msecs(last, 23), EXTENSOR_RISK_BELOW_S)
            risk.setPen(QPen(QColor("#555555"), 1, Qt.PenStyle.DashLine))
            chart.addSeries(risk)
            risk.attachAxis(x_axis)
            risk.attachAxis(y_axis)
        held = QLineSeries()
        held.setName(self.tr("held (s)"))
        held.setPointsVisible(True)
        held.setPointLabelsVisible(True)
        held.setPointLabelsFormat("@yPoint")
        held.setPen(QPen(QColor("#111111"), 2))
        for day, value in points:
            held.append(msecs(day), value)
        chart.addSeries(held)
        held.attachAxis(x_axis)
        held.attachAxis(y_axis)

    def _draw_others(self, lines: Mapping[str, list[tuple[dt.date, int]]]) -> None:
        chart = self.other_chart
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
            axis.deleteLater()
        self.other_view.setVisible(bool(lines))
        if not lines:
            return
        days = [day for points in lines.values() for day, _ in points]
        first, last = min(days), max(days)
        if last - first < dt.timedelta(days=2):
            first, last = first - dt.timedelta(days=1), last + dt.timedelta(days=1)
        x_axis = QDateTimeAxis()
        x_axis.setFormat("yyyy-MM-dd")
        x_axis.setRange(at(first, 0), at(last, 23, 59))
        y_axis = QValueAxis()
        top = max(v for points in lines.values() for _, v in points)
        y_axis.setRange(0, max(30, round(top * 1.2 / 10 + 0.5) * 10))
        y_axis.setLabelFormat("%d")
        y_axis.setTitleText(self.tr("s"))
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        add_lines(chart, lines, x_axis, y_axis)

    def _fill_ratios(
        self, sessions: Sequence[Session], records: Sequence[Record], tests: Mapping[str, TestName]
    ) -> None:
        by_session: dict[int, list[Record]] = {}
        for record in records:
            by_session.setdefault(record.session_id, []).append(record)
        rows: list[tuple[str, list[Ratio]]] = []
        for session in sorted(sessions, key=lambda s: (s.started_at or "", s.id), reverse=True):
            found = ratios_of(session_times(by_session.get(session.id, []), tests))
            if found:
                rows.append(((session.started_at or "")[:10], found))
        self.ratio_rows = rows
        self.ratios.setRowCount(len(rows))
        columns = {
            "flexor/extensor": 1,
            "right/left side bridge": 2,
            ("side bridge/extensor", "side bridge right"): 3,
            ("side bridge/extensor", "side bridge left"): 4,
        }
        for row, (day, found) in enumerate(rows):
            self.ratios.setItem(row, 0, QTableWidgetItem(day))
            for column in range(1, 5):
                self.ratios.setItem(row, column, QTableWidgetItem("—"))
            for ratio in found:
                column = columns.get(ratio.name) or columns[(ratio.name, ratio.numerator)]
                text = f"{ratio.value:.2f}"
                item = QTableWidgetItem(f"⚠ {text}" if ratio.outside else text)
                if ratio.outside:
                    item.setBackground(OUTSIDE_COLOUR)
                    item.setToolTip(self.tr("Outside McGill's target {0}").format(ratio.target))
                self.ratios.setItem(row, column, item)
        self.ratios.setVisible(bool(rows))
        header = self.ratios.horizontalHeader().sizeHint().height()
        shown_rows = min(len(rows), 4)
        row_height = self.ratios.verticalHeader().defaultSectionSize()
        self.ratios.setFixedHeight(header + shown_rows * row_height + 4)
        if len(rows) > shown_rows:  # older sessions scroll
            self.ratios.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def drawn(self) -> dict[str, int]:
        """Each test panel's title and the number of sessions drawn in it."""
        counts: dict[str, int] = {}
        for chart in self.charts.values():
            for series in chart.series():
                if isinstance(series, QLineSeries) and series.name() == self.tr("held (s)"):
                    counts[chart.title()] = series.count()
        return counts
