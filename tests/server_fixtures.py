"""Throwaway PostgreSQL servers for the tests and the benchmarks.

One server per test session (``pg_server``), started from the Debian binaries as the
``postgres`` user (``initdb`` and ``pg_ctl`` refuse to run as root), in a temporary
folder, listening on a Unix socket in that folder only (``listen_addresses=''``: no
TCP port is opened). Each test that asks for ``server_url`` gets a fresh, empty
database on it, dropped after the test; such a test carries ``pytest.mark.server``, so
``-m "not server"`` runs the SQLite tests alone.

``tcp_server(port)`` starts another one listening on 127.0.0.1 only (the benchmark and
the network-cut tests put a TCP proxy in front of it). Every server is stopped with its
own ``pg_ctl``; no other server on the machine is touched.

Authentication: the superuser ``pnf`` is trusted (tests connect as it without a
password); every other role must give its password (scram-sha-256), so the tests of
roles and passwords meet the same checks as a clinic's server.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

#: Where Debian's postgresql packages put their server binaries, by version.
BINARY_ROOT = Path("/usr/lib/postgresql")
SUPERUSER = "pnf"
#: The port names the socket file (``.s.PGSQL.<port>``) when no TCP port is opened.
SOCKET_PORT = 5433
TEMPLATE = "pnf_empty"
INSTALL_HINT = (
    "the PostgreSQL server binaries (initdb, pg_ctl) were not found in "
    "/usr/lib/postgresql/*/bin: install them with `apt-get install postgresql` "
    "(./dev.sh test does that)"
)

_HBA = f"""\
# Written by tests/server_fixtures.py: the superuser is trusted, every other role
# gives its password.
local all {SUPERUSER} trust
local all all scram-sha-256
host all {SUPERUSER} 127.0.0.1/32 trust
host all all 127.0.0.1/32 scram-sha-256
"""


class ServerBinariesMissing(RuntimeError):
    pass


def server_binaries() -> Path:
    """The folder of ``initdb`` and ``pg_ctl``: PostgreSQL 15 (Debian 12) preferred."""
    found = sorted(
        (
            p
            for p in BINARY_ROOT.glob("*/bin")
            if (p / "initdb").is_file() and (p / "pg_ctl").is_file()
        ),
        key=lambda p: (p.parent.name != "15", p.parent.name),
    )
    if not found:
        raise ServerBinariesMissing(INSTALL_HINT)
    return found[0]


def _as_postgres(*command: str | Path) -> list[str]:
    args = [str(part) for part in command]
    if os.geteuid() == 0:
        return ["runuser", "-u", "postgres", "--", *args]
    return args


def _run(command: list[str]) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed:\n{result.stdout}\n{result.stderr}")


@dataclass
class PgServer:
    """One throwaway server: its folder (data, log and socket), port and address."""

    folder: Path
    port: int
    tcp_host: str | None = None  # None: the Unix socket in ``folder`` only
    running: bool = False
    #: More server settings (``name=value``), e.g. ``ssl=on`` for the TLS tests.
    settings: tuple[str, ...] = ()

    @property
    def bin(self) -> Path:
        return server_binaries()

    @property
    def data(self) -> Path:
        return self.folder / "data"

    @property
    def log(self) -> Path:
        return self.folder / "log"

    @property
    def host(self) -> str:
        """What libpq's ``host`` is: the socket folder, or the TCP address."""
        return self.tcp_host or str(self.folder)

    def conninfo(self, dbname: str = "postgres", user: str = SUPERUSER) -> str:
        return f"host={self.host} port={self.port} dbname={dbname} user={user}"

    def url(self, dbname: str, user: str = SUPERUSER) -> str:
        if self.tcp_host:
            return f"postgresql://{user}@{self.tcp_host}:{self.port}/{dbname}"
        return f"postgresql:///{dbname}?host={self.folder}&port={self.port}&user={user}"

    def init(self) -> None:
        initdb = self.bin / "initdb"
        command = [initdb, "-D", self.data, "-A", "trust", "-U", SUPERUSER]
        _run(_as_postgres(*command, "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"))
        (self.data / "pg_hba.conf").write_text(_HBA)

    def start(self) -> None:
        listen = self.tcp_host or ""
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses='{listen}' "
            # fsync off: a crash of the server (pg_ctl stop -m immediate) keeps every
            # commit (the OS holds the written WAL); only a power cut would lose them.
            "-c fsync=off -c full_page_writes=off "
            "-c max_connections=200"
        ) + "".join(f" -c {setting}" for setting in self.settings)
        command = [self.bin / "pg_ctl", "-D", self.data, "-l", self.log, "-w", "-t", "60"]
        _run(_as_postgres(*command, "-o", options, "start"))
        self.running = True

    def stop(self, mode: str = "fast") -> None:
        """``mode="immediate"`` is a crash of the server (no clean shutdown)."""
        if not self.running:
            return
        _run(_as_postgres(self.bin / "pg_ctl", "-D", self.data, "-m", mode, "-w", "stop"))
        self.running = False

    def admin(self, sql: str, dbname: str = "postgres") -> None:
        """One statement as the superuser, outside any transaction."""
        import psycopg

        with psycopg.connect(self.conninfo(dbname), autocommit=True) as conn:
            conn.execute(sql)  # type: ignore[arg-type]


def _new_folder(prefix: str) -> Path:
    """A folder the ``postgres`` user owns, in /tmp (short enough for a socket path)."""
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    if os.geteuid() == 0:
        entry = pwd.getpwnam("postgres")
        os.chown(folder, entry.pw_uid, entry.pw_gid)
    return folder


@contextlib.contextmanager
def running_server(
    port: int = SOCKET_PORT,
    tcp_host: str | None = None,
    settings: tuple[str, ...] = (),
    files: dict[str, bytes] | None = None,
) -> Iterator[PgServer]:
    """A new server, initialised and started; stopped and removed afterwards.
    ``files`` are written into its data folder first (certificates), owned by it."""
    server = PgServer(_new_folder("pnf-pg-"), port, tcp_host, settings=settings)
    try:
        server.init()
        for name, content in (files or {}).items():
            path = server.data / name
            path.write_bytes(content)
            path.chmod(0o600)
            if os.geteuid() == 0:
                entry = pwd.getpwnam("postgres")
                os.chown(path, entry.pw_uid, entry.pw_gid)
        server.start()
        yield server
    finally:
        try:
            server.stop()
        finally:
            shutil.rmtree(server.folder, ignore_errors=True)


def tcp_server(
    port: int, settings: tuple[str, ...] = (), files: dict[str, bytes] | None = None
) -> contextlib.AbstractContextManager[PgServer]:
    """A throwaway server listening on 127.0.0.1:``port`` only (and its own socket)."""
    return running_server(port, tcp_host="127.0.0.1", settings=settings, files=files)


# -- pytest ---------------------------------------------------------------------------

SERVER_FIXTURES = frozenset({"pg_server", "server_url", "server_roles"})


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """A test that uses a server is a server test, marked or not (so ``-m "not
    server"`` never starts one)."""
    for item in items:
        if SERVER_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.server)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """The test session's server, with an empty template database to copy."""
    try:
        server_binaries()
    except ServerBinariesMissing as error:
        pytest.fail(str(error), pytrace=False)
    with running_server() as server:
        server.admin(f"CREATE DATABASE {TEMPLATE} TEMPLATE template0 ENCODING 'UTF8'")
        yield server


_numbers = itertools.count(1)


@pytest.fixture
def server_url(pg_server: PgServer) -> Iterator[str]:
    """The URL of a fresh, empty database on the session's server (as the superuser)."""
    name = f"t{os.getpid()}_{next(_numbers)}"
    pg_server.admin(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
    yield pg_server.url(name)
    pg_server.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def server_roles(pg_server: PgServer, server_url: str) -> Iterator[Callable[..., str]]:
    """Make login roles (cluster-wide, so named uniquely) on the test's database;
    ``make("console", password="pw")`` returns the role's name. They are dropped with
    what they own after the test."""
    dbname = server_url.split("?")[0].rsplit("/", 1)[1]
    made: list[str] = []

    def make(stem: str, *, password: str | None = "pw", login: bool = True) -> str:
        name = f"{stem}_{os.getpid()}_{next(_numbers)}"
        secret = "" if password is None else f" PASSWORD '{password}'"
        pg_server.admin(f"CREATE ROLE {name} {'LOGIN' if login else 'NOLOGIN'}{secret}")
        made.append(name)
        return name

    yield make
    for name in reversed(made):
        pg_server.admin(f"DROP OWNED BY {name} CASCADE", dbname)
        pg_server.admin(f"DROP ROLE {name}")
