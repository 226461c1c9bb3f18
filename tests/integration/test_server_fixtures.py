"""The throwaway PostgreSQL server the server tests use."""

from __future__ import annotations

import socket
from pathlib import Path

import psycopg
import pytest
from bench.latency_proxy import LatencyProxy

from console.storage.errors import ServerGone, ServerUnreachable
from console.storage.server_errors import server_translated
from tests.server_fixtures import PgServer, tcp_server

pytestmark = pytest.mark.server


def test_each_test_gets_an_empty_database(server_url: str) -> None:
    with psycopg.connect(server_url) as conn:
        tables = conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()
        assert tables == (0,)
        conn.execute("CREATE TABLE left_behind (x int)")


def test_the_next_test_does_not_see_the_last_ones_tables(server_url: str) -> None:
    with psycopg.connect(server_url) as conn:
        found = conn.execute("SELECT to_regclass('left_behind')").fetchone()
        assert found == (None,)


def _listening_tcp_inodes() -> set[str]:
    """Inodes of every listening TCP socket on the machine (IPv4 and IPv6)."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A":  # LISTEN
                inodes.add(fields[9])
    return inodes


def test_the_test_server_opens_no_tcp_port(pg_server: PgServer) -> None:
    with psycopg.connect(pg_server.conninfo()) as conn:
        row = conn.execute("SHOW listen_addresses").fetchone()
    assert row == ("",)
    # The postmaster holds no listening TCP socket (its socket is a Unix one).
    pid = (pg_server.data / "postmaster.pid").read_text().splitlines()[0]
    held = {
        link.readlink().name[len("socket:[") : -1]
        for link in Path(f"/proc/{pid}/fd").iterdir()
        if link.readlink().name.startswith("socket:[")
    }
    assert held, "the postmaster should hold its Unix socket"
    assert not held & _listening_tcp_inodes()


def test_roles_other_than_the_superuser_give_a_password(
    pg_server: PgServer, server_url: str
) -> None:
    pg_server.admin("DROP ROLE IF EXISTS fixture_check")
    pg_server.admin("CREATE ROLE fixture_check LOGIN PASSWORD 'right'")
    try:
        dbname = server_url.split("?")[0].rsplit("/", 1)[1]
        with pytest.raises(psycopg.OperationalError, match="password"):
            psycopg.connect(pg_server.conninfo(dbname, "fixture_check") + " password=wrong")
        with psycopg.connect(pg_server.conninfo(dbname, "fixture_check") + " password=right"):
            pass
    finally:
        pg_server.admin("DROP ROLE fixture_check")


def _free_port() -> int:
    with socket.socket() as spare:
        spare.bind(("127.0.0.1", 0))
        return int(spare.getsockname()[1])


def test_a_tcp_server_behind_the_latency_proxy() -> None:
    """The benchmark's and the network-cut tests' set-up: a server on 127.0.0.1 only,
    reached through the proxy; a cut loses the connection, and after it the console
    connects again."""
    with tcp_server(_free_port()) as server, LatencyProxy(("127.0.0.1", server.port)) as proxy:
        url = f"postgresql://pnf@127.0.0.1:{proxy.port}/postgres"
        with psycopg.connect(url, autocommit=True) as conn:
            assert conn.execute("SHOW listen_addresses").fetchone() == ("127.0.0.1",)
            proxy.reset_round_trips()
            conn.execute("SELECT 1").fetchone()
            assert proxy.round_trips == 1
            proxy.cut()
            with pytest.raises(ServerGone), server_translated():
                conn.execute("SELECT 1")
        with pytest.raises(ServerUnreachable), server_translated():
            psycopg.connect(url, connect_timeout=5)
        proxy.restore()
        with psycopg.connect(url) as again:
            assert again.execute("SELECT 2").fetchone() == (2,)
