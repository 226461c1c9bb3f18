"""A small TCP proxy on the loopback address that makes a local server feel remote.

It forwards every connection to a target ``host:port`` and holds each piece of data
for ``delay_s`` (1 ms by default) in each direction, as a clinic's network does; data
in flight keeps its order and several pieces can be on the way at once, so a large
answer pays the delay once, not once per piece. It counts round trips: each time a
client sends again after the server has answered is one (a request split across
several writes counts once). ``cut()`` closes every connection and refuses new ones,
as a pulled cable or a restarted switch does to the program; ``restore()`` accepts
again on the same port.

Used by bench/server.py (chart, search and commit through a 1 ms network) and by the
tests of what the console does when the network goes away. It listens on 127.0.0.1
only and forwards only to the target it was given.
"""

from __future__ import annotations

import contextlib
import ctypes
import queue
import selectors
import socket
import sys
import threading
import time
from collections.abc import Callable
from types import TracebackType

LOOPBACK = "127.0.0.1"
CHUNK = 65536
_EOF = b""


def _fine_timer() -> None:
    """This thread's sleeps wake on time: Linux lets a thread's timer slack 50 µs by
    default (prctl PR_SET_TIMERSLACK, here 1 ns). Elsewhere nothing changes."""
    if sys.platform != "linux":
        return
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None).prctl(29, 1, 0, 0, 0)


class _Link:
    """One client connection and its connection to the target, pumped both ways."""

    def __init__(self, proxy: LatencyProxy, client: socket.socket, server: socket.socket) -> None:
        self.proxy = proxy
        self.client = client
        self.server = server
        self.server_spoke = True  # the next client write starts a round trip
        self.closed = threading.Event()
        self.lock = threading.Lock()
        self.finished = 0  # directions that reached the end of their data
        self.threads = [
            threading.Thread(target=self._pump, args=(client, server, True), daemon=True),
            threading.Thread(target=self._pump, args=(server, client, False), daemon=True),
        ]

    def start(self) -> None:
        for thread in self.threads:
            thread.start()

    def _pump(self, source: socket.socket, target: socket.socket, from_client: bool) -> None:
        """Read from ``source``; a second thread delivers each piece after the delay."""
        pending: queue.Queue[tuple[float, bytes]] = queue.Queue()
        sender = threading.Thread(target=self._deliver, args=(pending, target), daemon=True)
        sender.start()
        broken = False
        try:
            while True:
                data = source.recv(CHUNK)
                if not data:
                    break
                if from_client:
                    if self.server_spoke:
                        self.proxy._count_round_trip()
                        self.server_spoke = False
                else:
                    self.server_spoke = True
                pending.put((self.proxy._clock() + self.proxy.delay_s, data))
        except OSError:
            broken = True  # reset by the other side, or closed by cut()
        pending.put((0.0, _EOF))  # what was read is still delivered, then end of data
        sender.join()
        with self.lock:
            self.finished += 1
            both = self.finished == 2
        if broken or both:
            self.close()

    def _deliver(self, pending: queue.Queue[tuple[float, bytes]], target: socket.socket) -> None:
        _fine_timer()
        while True:
            due, data = pending.get()
            if data == _EOF:
                with contextlib.suppress(OSError):
                    target.shutdown(socket.SHUT_WR)
                return
            self.proxy._wait_until(due)
            try:
                target.sendall(data)
            except OSError:
                self.close()
                return

    def close(self) -> None:
        with self.lock:
            if self.closed.is_set():
                return
            self.closed.set()
        for sock in (self.client, self.server):
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        self.proxy._forget(self)


class LatencyProxy:
    """``with LatencyProxy(("127.0.0.1", 5432)) as proxy:`` then connect to
    ``proxy.port``. ``port=0`` picks a free port (kept across ``cut``/``restore``)."""

    def __init__(
        self,
        target: tuple[str, int],
        *,
        delay_s: float = 0.001,
        port: int = 0,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.target = target
        self.delay_s = delay_s
        self.port = port
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._links: set[_Link] = set()
        self._round_trips = 0
        self._listener: socket.socket | None = None
        self._acceptor: threading.Thread | None = None
        self._stop = threading.Event()

    # -- life -----------------------------------------------------------------------

    def start(self) -> LatencyProxy:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind((LOOPBACK, self.port))
        listener.listen(64)
        self.port = listener.getsockname()[1]
        self._listener = listener
        self._stop.clear()
        self._acceptor = threading.Thread(target=self._accept, args=(listener,), daemon=True)
        self._acceptor.start()
        return self

    def close(self) -> None:
        """Stop: every connection closed, the port released."""
        self._stop_listening()
        self._close_links()

    def __enter__(self) -> LatencyProxy:
        return self.start()

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()

    # -- the network going away -----------------------------------------------------

    def cut(self) -> None:
        """Close every connection and refuse new ones (connection refused)."""
        self._stop_listening()
        self._close_links()

    def restore(self) -> None:
        """Accept connections again, on the same port."""
        if self._listener is None:
            self.start()

    # -- figures --------------------------------------------------------------------

    @property
    def round_trips(self) -> int:
        with self._lock:
            return self._round_trips

    def reset_round_trips(self) -> None:
        with self._lock:
            self._round_trips = 0

    @property
    def open_connections(self) -> int:
        with self._lock:
            return len(self._links)

    # -- inside ---------------------------------------------------------------------

    def _accept(self, listener: socket.socket) -> None:
        with selectors.DefaultSelector() as selector:
            selector.register(listener, selectors.EVENT_READ)
            while not self._stop.is_set():
                if not selector.select(timeout=0.05):
                    continue
                try:
                    client, _address = listener.accept()
                except OSError:
                    return
                try:
                    server = socket.create_connection(self.target, timeout=10)
                except OSError:
                    client.close()  # the target is down: the client sees it closed
                    continue
                server.settimeout(None)
                for sock in (client, server):
                    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
                link = _Link(self, client, server)
                with self._lock:
                    self._links.add(link)
                link.start()

    def _stop_listening(self) -> None:
        self._stop.set()
        if self._acceptor is not None:
            self._acceptor.join()
            self._acceptor = None
        if self._listener is not None:
            self._listener.close()
            self._listener = None

    def _close_links(self) -> None:
        with self._lock:
            links = list(self._links)
        for link in links:
            link.close()
        for link in links:
            for thread in link.threads:
                if thread is not threading.current_thread():
                    thread.join(timeout=5)

    def _forget(self, link: _Link) -> None:
        with self._lock:
            self._links.discard(link)

    def _wait_until(self, due: float) -> None:
        # Slept, never spun: a spinning thread would hold the GIL that the measured
        # program in the same process needs.
        wait = due - self._clock()
        if wait > 0:
            self._sleep(wait)

    def _count_round_trip(self) -> None:
        with self._lock:
            self._round_trips += 1
