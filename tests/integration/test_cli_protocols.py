"""`pnf-console protocols check|list`: exit codes and output."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from console.cli import main
from tests.conftest import DATA, REPO
from tests.unit.test_protocol_validation import BASE

GOOD = DATA / "protocols" / "good"


def test_check_good_files_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["protocols", "check", str(GOOD)]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "2 file(s) checked, 0 rejected" in err


def test_check_bad_file_exits_1_with_located_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(BASE.replace("seconds = 5", "secnods = 5"), encoding="utf-8")
    assert main(["protocols", "check", str(GOOD), str(bad)]) == 1
    out, _ = capsys.readouterr()
    assert out.splitlines() == [
        f"{bad}:14:1: steps[2].seconds: required for a hold step",
        f"{bad}:16:1: steps[2].secnods: unknown field (a typo? clinic data may go under a [x]"
        " table)",
    ]


def test_check_missing_path_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["protocols", "check", "/no/such/folder"]) == 2
    assert "no such file or folder" in capsys.readouterr().err


def test_check_folder_without_protocols_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["protocols", "check", str(tmp_path)]) == 1
    assert "no protocol files" in capsys.readouterr().err


def test_check_without_paths_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["protocols", "check"])
    assert exit_info.value.code == 2


def test_list_json_includes_clinic_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "mine.toml").write_text(BASE, encoding="utf-8")
    assert main(["protocols", "list", "--json", "--folder", str(tmp_path)]) == 0
    rows = json.loads(capsys.readouterr().out)
    mine = [row for row in rows if row["id"] == "test-protocol"]
    assert mine == [
        {
            "id": "test-protocol",
            "title": "Test",
            "title_es": "Prueba",
            "kind": "pnf",
            "region": "trunk",
            "pattern": "chop",
            "technique": "rhythmic-stabilization",
            "sides": ["left", "right"],
            "builtin": False,
            "path": str(tmp_path / "mine.toml"),
        }
    ]
    for row in rows:
        assert {"id", "title", "kind", "region", "pattern", "technique", "path"} <= set(row)


def test_builtin_library_is_valid(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["protocols", "check", str(REPO / "protocols")])
    out, _ = capsys.readouterr()
    assert code == 0, out
    assert out == ""


def test_entry_point_runs_as_a_program(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("id = ", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "console.cli", "protocols", "check", str(bad)],
        capture_output=True,
        text=True,
        check=False,
        cwd=REPO,
    )
    assert done.returncode == 1
    assert done.stdout.startswith(f"{bad}:1:6: (syntax): TOML syntax error")
    assert "Traceback" not in done.stderr


def test_list_reads_the_folders_named_in_settings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from console.domain.settings import Settings
    from console.storage.settings_file import save_settings

    (tmp_path / "mine.toml").write_text(BASE, encoding="utf-8")
    save_settings(Settings(protocol_folders=[str(tmp_path)]))
    assert main(["protocols", "list", "--json"]) == 0
    ids = [row["id"] for row in json.loads(capsys.readouterr().out)]
    assert "test-protocol" in ids
