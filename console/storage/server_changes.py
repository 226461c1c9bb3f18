"""The other rooms' change notices, heard on a second connection to the clinic server.

``ChangeFeed`` opens its own connection (the console's own stays free for its reads and
writes), runs ``LISTEN`` on the channel of console/storage/changes.py and then only
reads: ``read()`` takes what has arrived without waiting, so a window can call it when
the connection's socket (``fileno()``) becomes readable and never block on it. Notices
of this console's own writes are left out (the console tells its views itself).

When the server or the network goes, ``read()`` reports the feed ``lost``; it is opened
again off the caller's thread (``connect_in_background``), and whoever listens reloads
what it shows, as anything may have changed meanwhile. TCP keepalives notice a cut
network within seconds even when nothing is being written.
"""

from __future__ import annotations

import contextlib
import logging
import select
import threading
from typing import Any

import psycopg

from console.storage.changes import CHANNEL, Change, parse
from console.storage.server_backend import ServerConnection

log = logging.getLogger(__name__)

#: libpq keepalives: a silent cut shows after about 5 + 2 * 2 seconds.
_KEEPALIVES = {
    "keepalives": "1",
    "keepalives_idle": "5",
    "keepalives_interval": "2",
    "keepalives_count": "2",
}


class ChangeFeed:
    """Change notices from the other rooms on the database of ``source``."""

    def __init__(self, source: ServerConnection, *, connect_timeout: int = 5) -> None:
        self._source = source
        self._timeout = connect_timeout
        self._raw: psycopg.Connection[Any] | None = None
        self._pending: psycopg.Connection[Any] | None = None
        self._connecting: threading.Thread | None = None
        self._lock = threading.Lock()
        #: True once a connection was lost (until the next one is taken).
        self.lost = False

    # -- connecting -------------------------------------------------------------------

    def _open(self) -> psycopg.Connection[Any]:
        overrides = dict(_KEEPALIVES)
        if self._source.password:
            overrides["password"] = self._source.password
        raw = psycopg.connect(
            self._source.location.conninfo(**overrides),
            autocommit=True,
            connect_timeout=self._timeout,
            application_name="pnf-console changes",
        )
        raw.execute(f"LISTEN {CHANNEL}")
        return raw

    def connect(self) -> None:
        """Open the feed now, waiting for the server (raises psycopg's errors)."""
        self._use(self._open())

    def connect_in_background(self) -> None:
        """Start opening the feed on a thread of its own; ``take_connected`` picks it up."""
        if self._connecting is not None and self._connecting.is_alive():
            return

        def work() -> None:
            try:
                raw = self._open()
            except psycopg.Error as error:
                log.info("change feed not connected: %s", str(error).splitlines()[0:1])
                return
            with self._lock:
                self._pending = raw

        self._connecting = threading.Thread(target=work, name="change-feed", daemon=True)
        self._connecting.start()

    def finish_connecting(self, timeout: float | None = None) -> bool:
        """Wait for a background connect to end, then ``take_connected`` (scripts)."""
        if self._connecting is not None:
            self._connecting.join(timeout)
        return self.take_connected()

    def take_connected(self) -> bool:
        """True when a connection opened in the background is now the feed's."""
        with self._lock:
            raw, self._pending = self._pending, None
        if raw is None:
            return False
        self._use(raw)
        return True

    def _use(self, raw: psycopg.Connection[Any]) -> None:
        self._drop()
        self._raw = raw
        self.lost = False

    @property
    def connected(self) -> bool:
        return self._raw is not None

    def fileno(self) -> int:
        """The socket to watch for notices (-1 while not connected)."""
        return -1 if self._raw is None else self._raw.pgconn.socket

    # -- reading ----------------------------------------------------------------------

    def read(self) -> list[Change]:
        """The notices that have arrived, oldest first, without waiting; [] and
        ``lost`` set when the connection has gone."""
        raw = self._raw
        if raw is None:
            return []
        own = self._own_pid()
        changes: list[Change] = []
        try:
            raw.pgconn.consume_input()
            while (notice := raw.pgconn.notifies()) is not None:
                if notice.be_pid == own or notice.relname.decode() != CHANNEL:
                    continue
                change = parse(notice.extra.decode("utf-8", "replace"))
                if change is not None:
                    changes.append(change)
        except psycopg.Error:
            self.lost = True
            self._drop()
        return changes

    def wait(self, timeout: float) -> list[Change]:
        """``read`` after waiting up to ``timeout`` seconds for the socket (scripts and
        tests; a window watches ``fileno`` instead)."""
        if self._raw is None:
            return []
        select.select([self.fileno()], [], [], timeout)
        return self.read()

    def _own_pid(self) -> int:
        with contextlib.suppress(psycopg.Error):
            return int(self._source.raw.info.backend_pid)
        return 0

    def _drop(self) -> None:
        raw, self._raw = self._raw, None
        if raw is not None:
            with contextlib.suppress(psycopg.Error):
                raw.close()

    def close(self) -> None:
        self._drop()
        with self._lock:
            pending, self._pending = self._pending, None
        if pending is not None:
            with contextlib.suppress(psycopg.Error):
                pending.close()
