"""A small real filesystem for the full-disk and read-only tests, and a way to fill it.

The real cases mount a tmpfs (the suite runs as root on Linux, as in CI). Where that is
impossible they fail and say why; they never pass quietly by falling back to an
injected failure. The injected cases (a SQLite page limit, ``query_only``) are tests of
their own.
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass
class Folder:
    path: Path
    real: bool  # a mounted tmpfs; False: failures are injected

    def remount(self, mode: str) -> None:
        subprocess.run(["mount", "-o", f"remount,{mode}", str(self.path)], check=True)


def mount_tmpfs(path: Path, size: str) -> None:
    """Mount a tmpfs of `size` on `path`, or fail the test saying why."""
    if sys.platform != "linux":
        pytest.fail(f"the real full-disk tests mount a tmpfs: Linux only, not {sys.platform}")
    try:
        result = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
            capture_output=True,
            text=True,
            check=False,
        )
    except FileNotFoundError:
        pytest.fail("the real full-disk tests need the `mount` command")
    if result.returncode != 0:
        who = "root" if os.geteuid() == 0 else f"uid {os.geteuid()} (not root)"
        pytest.fail(
            f"cannot mount a tmpfs for the real full-disk tests as {who}: "
            f"{result.stderr.strip() or result.returncode}; run the suite as root, as CI does"
        )


@contextlib.contextmanager
def small_filesystem(parent: Path, size: str = "3m") -> Iterator[Folder]:
    """A real filesystem of `size` mounted on a new folder in `parent`, unmounted after."""
    path = parent / "small"
    path.mkdir()
    mount_tmpfs(path, size)
    try:
        yield Folder(path, real=True)
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def ordinary_folder(parent: Path) -> Folder:
    """A new folder on the ordinary disk: the failures are injected into SQLite."""
    path = parent / "small"
    path.mkdir()
    return Folder(path, real=False)


def fill(folder: Path) -> Path:
    """Take every free byte of the filesystem; the file that holds them."""
    filler = folder / "filler"
    chunk = b"\0" * 65536
    with filler.open("wb") as handle:
        try:
            while True:
                handle.write(chunk)
                handle.flush()
        except OSError as error:
            assert error.errno == errno.ENOSPC
    with contextlib.suppress(OSError), filler.open("ab") as handle:
        while True:  # the last few bytes too
            handle.write(b"\0" * 512)
            handle.flush()
    return filler
