"""Where the database is: a SQLite file on this computer, or a PostgreSQL server.

``--db``, ``PNF_CONSOLE_DB`` and Settings -> Database all give one text. A
``postgresql://`` or ``postgres://`` URL names a server database
(``postgresql://user@host:port/dbname?sslmode=verify-full``, or
``postgresql:///dbname?host=/socket/folder`` for a Unix socket); anything else is the
path of a SQLite file, as before.

A password may be typed into a URL on the command line, but it is never shown
(``describe()``), logged (the ``repr`` leaves it out) or stored (``without_password()``
gives the URL for the settings file): it belongs in libpq's password file
(``~/.pgpass``), its service file, or a prompt at start.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlencode, urlsplit

from console.storage.errors import StorageError

SCHEMES = ("postgresql", "postgres")
DEFAULT_PORT = "5432"


def is_server_url(text: str | Path) -> bool:
    """True for a ``postgresql://`` or ``postgres://`` URL (any case of the scheme)."""
    if isinstance(text, Path):
        return False
    scheme, sep, _rest = text.strip().partition("://")
    return bool(sep) and scheme.lower() in SCHEMES


@dataclass(frozen=True)
class FileLocation:
    """A SQLite database file on this computer."""

    path: Path

    def describe(self) -> str:
        return f"SQLite file: {self.path}"


@dataclass(frozen=True)
class ServerLocation:
    """A database on a PostgreSQL server; ``url`` is the text as given (it may hold a
    password, so it is left out of ``repr``)."""

    url: str = field(repr=False)
    dbname: str | None
    user: str | None
    host: str | None
    port: str | None
    #: Every connection parameter of the URL, the password included (not shown).
    params: tuple[tuple[str, str], ...] = field(repr=False)

    @property
    def has_password(self) -> bool:
        return any(name == "password" for name, _value in self.params)

    def conninfo(self, **overrides: str) -> str:
        """The libpq connection string for psycopg; ``overrides`` replace or add
        parameters (a password from a prompt, a different dbname for the admin)."""
        from psycopg.conninfo import make_conninfo

        values = dict(self.params)
        values.update(overrides)
        return make_conninfo(**values)

    def describe(self) -> str:
        """A short text for the status bar and the log; never the password."""
        service = dict(self.params).get("service")
        if service and not (self.host and self.dbname):  # the service file says where
            return f"PostgreSQL: service {service}"
        dbname = self.dbname or self.user or "(default database)"
        host = self.host or ""
        if not host or all(part.startswith("/") for part in host.split(",")):
            socket = f"socket {host}" if host else "local socket"
            return f"PostgreSQL: {dbname} ({socket})"
        hosts = host.split(",")
        ports = (self.port or DEFAULT_PORT).split(",")
        if len(ports) == 1:
            ports = ports * len(hosts)
        where = ", ".join(
            f"[{h}]:{p}" if ":" in h else f"{h}:{p}" for h, p in zip(hosts, ports, strict=False)
        )
        return f"PostgreSQL: {dbname} on {where}"

    def without_password(self) -> str:
        """The URL with any password taken out: the text to keep in the settings file."""
        parts = urlsplit(self.url.strip())
        netloc = parts.netloc
        userinfo, at, hostinfo = netloc.rpartition("@")
        if at:
            user = userinfo.split(":", 1)[0]
            netloc = f"{user}@{hostinfo}" if user else hostinfo
        query = parts.query
        if query:
            pairs = parse_qsl(query, keep_blank_values=True)
            kept = [(name, value) for name, value in pairs if name != "password"]
            if len(kept) != len(pairs):
                query = urlencode(kept, safe="/")
        # Built by hand: urlunsplit drops the "//" of an empty host (postgresql:///db).
        url = f"{parts.scheme}://{netloc}{parts.path}"
        return (
            url + (f"?{query}" if query else "") + (f"#{parts.fragment}" if parts.fragment else "")
        )

    def for_role(self, user: str) -> str:
        """The URL of the same database as ``user``, without a password: what each
        room puts in Settings -> Database after ``server init``."""
        rest = {k: v for k, v in self.params if k not in ("password", "user", "dbname")}
        host, port = rest.get("host", ""), rest.get("port", "")
        path = f"/{quote(self.dbname, safe='')}" if self.dbname else "/"
        if host and "," not in host and not host.startswith("/"):
            del rest["host"]
            rest.pop("port", None)
            netloc = f"[{host}]" if ":" in host else host
            netloc = f"{quote(user, safe='')}@{netloc}" + (f":{port}" if port else "")
            query = urlencode(sorted(rest.items()), safe="/")
        else:
            netloc = ""
            query = urlencode([*sorted(rest.items()), ("user", user)], safe="/")
        return f"postgresql://{netloc}{path}" + (f"?{query}" if query else "")

    def __str__(self) -> str:
        return self.describe()


Location = FileLocation | ServerLocation


def parse_location(value: str | Path) -> Location:
    """The database ``value`` names; ``StorageError`` for a URL that cannot be read."""
    if isinstance(value, Path):
        return FileLocation(value)
    text = value.strip()
    if not text:
        raise StorageError("No database was given: name a file or a postgresql:// URL.")
    if not is_server_url(text):
        return FileLocation(Path(text).expanduser())
    return _parse_url(text)


def _parse_url(text: str) -> ServerLocation:
    from psycopg import ProgrammingError
    from psycopg.conninfo import conninfo_to_dict

    shown = _shown(text)
    try:
        raw = conninfo_to_dict(text)
    except ProgrammingError as error:
        reason = str(error).strip().splitlines()[0] if str(error).strip() else "not valid"
        raise StorageError(
            f"The database address {shown} cannot be read ({reason}). Write it as "
            "postgresql://user@server:5432/database",
            detail=reason,
        ) from None
    try:
        urlsplit(text)
    except ValueError as error:  # libpq took it, but it cannot be shown without its password
        raise StorageError(f"The database address {shown} cannot be read ({error}).") from None
    params = {name: str(value) for name, value in raw.items() if value is not None}
    for port in params.get("port", "").split(","):
        if port and not (port.isdigit() and 0 < int(port) < 65536):
            raise StorageError(
                f"The database address {shown} has a port that is not a number from 1 "
                f"to 65535: {port!r}."
            )
    return ServerLocation(
        url=text,
        dbname=params.get("dbname"),
        user=params.get("user"),
        host=params.get("host") or params.get("hostaddr"),
        port=params.get("port"),
        params=tuple(sorted(params.items())),
    )


def _shown(text: str) -> str:
    """``text`` without its password, for a message; the scheme alone if unreadable."""
    try:
        return ServerLocation(text, None, None, None, None, ()).without_password()
    except ValueError:
        return text.partition("://")[0] + "://..."
