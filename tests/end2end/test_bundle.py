"""The one-folder bundle builds from the source tree and starts from a clean folder."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO


@pytest.mark.slow
def test_bundle_builds_and_passes_its_smoke_test(tmp_path: Path) -> None:
    dist, work = tmp_path / "dist", tmp_path / "build"
    spec = REPO / "packaging" / "pnf-console.spec"
    build = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "ERROR"]
    build += ["--distpath", str(dist), "--workpath", str(work), str(spec)]
    subprocess.run(build, check=True, cwd=REPO, timeout=600)
    # Move the bundle away from the build tree: it must carry everything it needs.
    bundle = shutil.move(str(dist / "pnf-console"), str(tmp_path / "installed"))
    program = Path(bundle) / "pnf-console"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PNF_CONSOLE_DB=str(tmp_path / "x.db"))
    run = subprocess.run(
        [str(program), "--smoke-test"], env=env, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr
    listing = subprocess.run(
        [str(program), "protocols", "list", "--json"],
        env=env, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    rows = json.loads(listing.stdout)
    assert len(rows) >= 50
    assert all(row["builtin"] for row in rows)
    assert (Path(bundle) / "_internal" / "resources" / "fonts").is_dir()
    # The bundle starts itself as the speech host, with Qt's speech plugins inside.
    host = subprocess.run(
        [str(program), "--speech-host", "mock"],
        input='{"say": "Hold!", "language": "en"}\n',
        env=env, capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    answers = [json.loads(line) for line in host.stdout.splitlines()]
    assert answers[0]["ready"] is True and "Anne" in answers[0]["voices"]["en"]
    assert answers[1]["said"] == "Hold!" and answers[1]["language"] == "en"
