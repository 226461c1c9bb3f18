"""What the grade, pain and endurance charts share: days placed on the time axis and
lines of (day, value) points drawn against two axes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from PySide6.QtCharts import QAbstractAxis, QChart, QLineSeries
from PySide6.QtCore import QDate, QDateTime, QTime


def at(day: dt.date, hour: int, minute: int = 0) -> QDateTime:
    return QDateTime(QDate(day.year, day.month, day.day), QTime(hour, minute))


def msecs(day: dt.date, hour: int = 12) -> float:
    """A day on the time axis (noon unless told)."""
    return float(at(day, hour).toMSecsSinceEpoch())


def add_lines(
    chart: QChart,
    lines: Mapping[str, Sequence[tuple[dt.date, float]]],
    x_axis: QAbstractAxis,
    y_axis: QAbstractAxis,
) -> None:
    """One line with its points shown for each name, attached to both axes."""
    for name, points in lines.items():
        series = QLineSeries()
        series.setName(name)
        series.setPointsVisible(True)
        for day, value in points:
            series.append(msecs(day), value)
        chart.addSeries(series)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
