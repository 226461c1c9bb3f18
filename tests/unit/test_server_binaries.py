"""Without the PostgreSQL server binaries the server tests fail with the fix, never skip."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import server_fixtures


def test_missing_server_binaries_say_how_to_install_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server_fixtures, "BINARY_ROOT", tmp_path)
    with pytest.raises(server_fixtures.ServerBinariesMissing, match="apt-get install postgresql"):
        server_fixtures.server_binaries()


def test_version_15_is_preferred(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for version in ("13", "15", "16"):
        folder = tmp_path / version / "bin"
        folder.mkdir(parents=True)
        for name in ("initdb", "pg_ctl"):
            (folder / name).write_text("")
    monkeypatch.setattr(server_fixtures, "BINARY_ROOT", tmp_path)
    assert server_fixtures.server_binaries() == tmp_path / "15" / "bin"
