"""TLS to the clinic server as docs/clinic-server.md sets it up: a clinic certificate
authority, a server certificate for the server's name, ``sslmode=verify-full`` in the
rooms; a wrong authority or a wrong name is refused with the TLS message."""

from __future__ import annotations

import socket
import subprocess
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest

from console.storage.location import ServerLocation, parse_location
from console.storage.server_errors import ServerTlsFailed, server_translated
from tests.server_fixtures import PgServer, tcp_server

pytestmark = pytest.mark.server


def _openssl(folder: Path, *args: str) -> None:
    subprocess.run(["openssl", *args], cwd=folder, check=True, capture_output=True)


def _authority(folder: Path, name: str) -> None:
    """``name``.crt and ``name``.key: a certificate authority, as in the docs."""
    _openssl(
        folder, "req", "-new", "-x509", "-days", "30", "-nodes", "-subj", f"/CN={name}",
        "-keyout", f"{name}.key", "-out", f"{name}.crt",
    )  # fmt: skip


def _server_certificate(folder: Path, authority: str, dns_name: str) -> None:
    _openssl(
        folder, "req", "-new", "-nodes", "-subj", f"/CN={dns_name}",
        "-keyout", "server.key", "-out", "server.csr",
    )  # fmt: skip
    (folder / "san.txt").write_text(f"subjectAltName=DNS:{dns_name}")
    _openssl(
        folder, "x509", "-req", "-in", "server.csr", "-CA", f"{authority}.crt",
        "-CAkey", f"{authority}.key", "-CAcreateserial", "-days", "30",
        "-extfile", "san.txt", "-out", "server.crt",
    )  # fmt: skip


def _free_port() -> int:
    with socket.socket() as spare:
        spare.bind(("127.0.0.1", 0))
        return int(spare.getsockname()[1])


@pytest.fixture(scope="module")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("tls")
    _authority(folder, "clinic-ca")
    _authority(folder, "other-ca")
    _server_certificate(folder, "clinic-ca", "localhost")
    return folder


@pytest.fixture(scope="module")
def tls_server(certificates: Path) -> Iterator[PgServer]:
    files = {
        "server.crt": (certificates / "server.crt").read_bytes(),
        "server.key": (certificates / "server.key").read_bytes(),
    }
    with tcp_server(_free_port(), settings=("ssl=on",), files=files) as server:
        yield server


def _url(server: PgServer, host: str, root: Path) -> ServerLocation:
    location = parse_location(
        f"postgresql://pnf@{host}:{server.port}/postgres"
        f"?sslmode=verify-full&sslrootcert={root}&hostaddr=127.0.0.1"
    )
    assert isinstance(location, ServerLocation)
    return location


def test_verify_full_with_the_clinic_authority(tls_server: PgServer, certificates: Path) -> None:
    location = _url(tls_server, "localhost", certificates / "clinic-ca.crt")
    with server_translated(), psycopg.connect(location.conninfo(), connect_timeout=5) as conn:
        row = conn.execute("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
        assert row.fetchone() == (True,)
    assert location.describe() == f"PostgreSQL: postgres on localhost:{tls_server.port}"


@pytest.mark.parametrize(
    ("host", "root"),
    [
        ("localhost", "other-ca.crt"),  # a certificate from another authority
        ("127.0.0.1", "clinic-ca.crt"),  # the certificate names another server
        ("localhost", "missing.crt"),  # the room has no root certificate
    ],
)
def test_a_certificate_the_room_cannot_trust_is_refused(
    tls_server: PgServer, certificates: Path, host: str, root: str
) -> None:
    location = _url(tls_server, host, certificates / root)
    with pytest.raises(ServerTlsFailed) as caught, server_translated():
        psycopg.connect(location.conninfo(), connect_timeout=5)
    assert "certificate was not accepted" in caught.value.message
