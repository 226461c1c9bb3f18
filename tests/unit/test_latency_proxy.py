"""The loopback TCP proxy of the server benchmark and the network-cut tests."""

from __future__ import annotations

import hashlib
import socket
import socketserver
import threading
from collections.abc import Iterator

import pytest
from bench.latency_proxy import LatencyProxy


class _Echo(socketserver.BaseRequestHandler):
    """Answers each line with its SHA-256 (hex and a newline): a short answer per
    request, whatever the request's size."""

    def handle(self) -> None:
        buffer = b""
        while True:
            data = self.request.recv(65536)
            if not data:
                return
            buffer += data
            while b"\n" in buffer:
                line, buffer = buffer.split(b"\n", 1)
                if line == b"BIG":
                    self.request.sendall(b"x" * 3_000_000 + b"\n")
                else:
                    self.request.sendall(hashlib.sha256(line).hexdigest().encode() + b"\n")


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True


@pytest.fixture
def echo() -> Iterator[tuple[str, int]]:
    server = _Server(("127.0.0.1", 0), _Echo)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[0], server.server_address[1]
    server.shutdown()
    server.server_close()
    thread.join()


def _read_line(sock: socket.socket) -> bytes:
    data = b""
    while not data.endswith(b"\n"):
        chunk = sock.recv(65536)
        if not chunk:
            raise ConnectionError("closed")
        data += chunk
    return data[:-1]


def _ask(sock: socket.socket, line: bytes) -> bytes:
    sock.sendall(line + b"\n")
    return _read_line(sock)


def test_data_passes_unchanged_both_ways(echo: tuple[str, int]) -> None:
    payload = bytes(range(256)).replace(b"\n", b"") * 8000  # about 2 MB, many pieces
    with (
        LatencyProxy(echo) as proxy,
        socket.create_connection(("127.0.0.1", proxy.port)) as sock,
    ):
        assert _ask(sock, payload) == hashlib.sha256(payload).hexdigest().encode()
        assert _ask(sock, b"BIG") == b"x" * 3_000_000


def test_round_trips_are_counted(echo: tuple[str, int]) -> None:
    with (
        LatencyProxy(echo) as proxy,
        socket.create_connection(("127.0.0.1", proxy.port)) as sock,
    ):
        for word in (b"one", b"two", b"three"):
            _ask(sock, word)
        assert proxy.round_trips == 3
        # A request written in several pieces before the answer is one round trip.
        sock.sendall(b"fo")
        sock.sendall(b"u")
        sock.sendall(b"r\n")
        assert _read_line(sock) == hashlib.sha256(b"four").hexdigest().encode()
        assert proxy.round_trips == 4
        proxy.reset_round_trips()
        _ask(sock, b"five")
        assert proxy.round_trips == 1


def test_round_trips_of_several_connections_add_up(echo: tuple[str, int]) -> None:
    with LatencyProxy(echo) as proxy:
        for _ in range(3):
            with socket.create_connection(("127.0.0.1", proxy.port)) as sock:
                _ask(sock, b"x")
                _ask(sock, b"y")
        assert proxy.round_trips == 6


def test_every_piece_waits_the_delay_in_each_direction(echo: tuple[str, int]) -> None:
    """With a clock that stands still, each piece asks to wait exactly the delay."""
    waits: list[float] = []
    lock = threading.Lock()

    def sleep(seconds: float) -> None:
        with lock:
            waits.append(seconds)

    with (
        LatencyProxy(echo, delay_s=0.004, clock=lambda: 100.0, sleep=sleep) as proxy,
        socket.create_connection(("127.0.0.1", proxy.port)) as sock,
    ):
        _ask(sock, b"hello")
        _ask(sock, b"again")
    assert len(waits) >= 4  # two requests there, two answers back
    assert waits == pytest.approx([0.004] * len(waits))


def test_a_cut_closes_every_connection_and_refuses_new_ones(echo: tuple[str, int]) -> None:
    with LatencyProxy(echo) as proxy:
        sock = socket.create_connection(("127.0.0.1", proxy.port))
        _ask(sock, b"before")
        proxy.cut()
        with pytest.raises((ConnectionError, OSError)):
            _ask(sock, b"during")
        sock.close()
        assert proxy.open_connections == 0
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", proxy.port), timeout=5)
        proxy.restore()
        with socket.create_connection(("127.0.0.1", proxy.port)) as again:
            assert _ask(again, b"after") == hashlib.sha256(b"after").hexdigest().encode()


def test_a_target_that_is_down_closes_the_client() -> None:
    with socket.socket() as spare:
        spare.bind(("127.0.0.1", 0))
        free_port = spare.getsockname()[1]
    with (
        LatencyProxy(("127.0.0.1", free_port)) as proxy,
        socket.create_connection(("127.0.0.1", proxy.port)) as sock,
    ):
        sock.settimeout(5)
        assert sock.recv(10) == b""
