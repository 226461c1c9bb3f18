"""The program keeps SQLite's query-planner statistics itself (PRAGMA optimize on close)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from console.cli import main


def test_closing_the_repository_leaves_planner_statistics(db_path: Path) -> None:
    assert main(["--db", str(db_path), "demo-data", "--patients", "30", "--sessions", "2"]) == 0
    conn = sqlite3.connect(db_path)
    try:
        analysed = {row[0] for row in conn.execute("SELECT tbl FROM sqlite_stat1")}
    finally:
        conn.close()
    assert {"records", "sessions"} <= analysed
