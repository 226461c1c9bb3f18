"""What one room tells the others when it saves: the change notices of the clinic server.

Every write on the server sends, in its own transaction, one PostgreSQL notification per
table it changed on the channel ``CHANNEL`` (``pg_notify``): PostgreSQL delivers it to
every listening room when, and only if, the write commits. The payload names the table,
the ids of the rows written (from the write's audit entries) and the room that wrote
them, as compact JSON; a payload too long for PostgreSQL (8000 bytes) names the table
alone, which means "anything in it may have changed".

The listening side is console/storage/server_changes.py; a console on its file is the
only room and sends nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

#: The notification channel of change notices.
CHANNEL = "pnf_changes"
#: The longest payload sent with ids (PostgreSQL refuses 8000 bytes and more).
MAX_PAYLOAD = 7900


@dataclass(frozen=True)
class Change:
    """A table changed in another room: the ids written (None: any) and the room."""

    table: str
    ids: tuple[str, ...] | None
    room: str | None


def payloads(
    tables: Iterable[str], written: Mapping[str, Iterable[str]], room: str | None
) -> list[str]:
    """One payload per changed table, in table order."""
    out = []
    for table in sorted(set(tables)):
        ids = sorted(set(written.get(table, ())))
        text = _encode(table, ids, room)
        if len(text.encode("utf-8")) > MAX_PAYLOAD:
            text = _encode(table, None, room[:200] if room else room)
        out.append(text)
    return out


def _encode(table: str, ids: list[str] | None, room: str | None) -> str:
    return json.dumps({"t": table, "i": ids, "r": room}, separators=(",", ":"))


def parse(payload: str) -> Change | None:
    """The change a payload names; None for one this program did not send."""
    try:
        value = json.loads(payload)
    except ValueError:
        return None
    if not isinstance(value, dict) or not isinstance(value.get("t"), str):
        return None
    ids = value.get("i")
    room = value.get("r")
    return Change(
        value["t"],
        tuple(str(i) for i in ids) if isinstance(ids, list) else None,
        room if isinstance(room, str) else None,
    )
