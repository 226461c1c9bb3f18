"""Checking an open database: SQLite's own integrity and foreign key checks, and a
cheap look at a file's header. ``database_check.check_database`` opens a file (plain or
encrypted) and adds the audit chain."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from console.storage.errors import translated


def integrity_problems(db: Database) -> list[str]:
    """``PRAGMA integrity_check`` and foreign key check, as sentences; empty when ok."""
    with translated():
        rows = [str(row[0]) for row in db.execute("PRAGMA integrity_check").fetchall()]
        problems = [f"integrity: {row}" for row in rows if row != "ok"]
        for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"integrity: {table} row {rowid} points to a missing {parent} row")
    return problems


def header_problems(path: Path) -> list[str]:
    """A cheap look at a plain database file's header: is the file as long as it says?

    A file cut short (a copy that stopped, a full disk while it was copied) often opens
    and fails only when a missing page is read. Its header still says how many pages
    it had; when the file is shorter than that, it is damaged. Reads 100 bytes.
    """
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
        size = path.stat().st_size
    except OSError:
        return []
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return []
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    valid = header[24:28] == header[92:96] and pages > 0
    if valid and size < pages * page_size:
        return [f"integrity: the file is {size} bytes, its header says {pages * page_size}"]
    return []
