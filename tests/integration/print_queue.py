"""A private CUPS scheduler for the print tests, with queues that print to PDF files.

`cups_queues` (session-scoped) starts `cupsd` in the foreground with its own
configuration, spool and socket in a new folder under /tmp and on a free local TCP
port, points `CUPS_SERVER` at it (the CUPS tools, and so the program's print code, talk
to it alone), adds the queues, and at the end stops the cupsd it started, by its
process id.

The queues print through cups-pdf (Debian printer-driver-cups-pdf): the job goes
through CUPS's filters to PostScript and cups-pdf turns it back into a PDF with
Ghostscript, in the folder `PDF` of the submitting user's home, named after the job
("...-job_12.pdf"). `./dev.sh test` installs the Debian packages; run as root, as the
cups-pdf backend runs only as root.
"""

from __future__ import annotations

import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

#: The room's printer (the default queue), and the front desk's, used for the error paths.
ROOM = "ClinicPDF"
DESK = "FrontDesk"
#: A network printer that is switched off: nothing listens at its address.
OFFLINE = "Offline"
#: A printer whose cable is out: the job fails and CUPS stops the queue.
UNPLUGGED = "Unplugged"
PPD = "lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"
TOOLS = ("cupsd", "lpadmin", "lp", "lpstat", "cupsenable", "cupsaccept", "pdfinfo", "tesseract")

CUPSD_CONF = """\
Listen {root}/cups.sock
Listen 127.0.0.1:{port}
ServerName localhost
LogLevel warn
ErrorPolicy stop-printer
MaxJobs 0
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
"""

CUPS_FILES_CONF = """\
ServerRoot {root}
RequestRoot {root}/spool
CacheDir {root}/cache
StateDir {root}/state
TempDir {root}/tmp
ErrorLog {root}/log/error_log
AccessLog {root}/log/access_log
PageLog {root}/log/page_log
ServerBin /usr/lib/cups
DataDir /usr/share/cups
User lp
Group lp
SystemGroup root lpadmin
Sandboxing Relaxed
"""


@dataclass(frozen=True)
class CupsQueues:
    """The running private scheduler."""

    root: Path
    server: str
    #: Where cups-pdf writes what it printed.
    printed: Path

    def printed_file(self, job_id: str, timeout_s: float = 30.0) -> Path:
        """The PDF cups-pdf wrote for `job_id` ("ClinicPDF-12"), once it is complete."""
        number = job_id.rsplit("-", 1)[1]
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            found = sorted(self.printed.glob(f"*job_{number}.pdf"))
            if found and _whole_pdf(found[0]):
                return found[0]
            time.sleep(0.2)
        raise AssertionError(f"cups-pdf wrote no file for {job_id} in {self.printed}")

    def admin(self, *args: str) -> None:
        """Run a CUPS admin tool (cupsdisable, cupsreject, ...) on this scheduler."""
        subprocess.run(args, check=True, capture_output=True, timeout=20)


def _whole_pdf(path: Path) -> bool:
    try:
        return path.read_bytes().rstrip().endswith(b"%%EOF")
    except OSError:
        return False


def _missing_tools() -> list[str]:
    path = os.environ["PATH"] + ":/usr/sbin"
    return [tool for tool in TOOLS if shutil.which(tool, path=path) is None]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for(path: Path, process: subprocess.Popen[bytes], timeout_s: float = 15.0) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"cupsd stopped at start (exit {process.returncode})")
        if path.exists():
            state = subprocess.run(["lpstat", "-r"], capture_output=True, text=True, timeout=10)
            if "scheduler is running" in state.stdout:
                return
        time.sleep(0.1)
    raise AssertionError("the private cupsd did not answer in time")


@pytest.fixture(scope="session")
def cups_queues() -> Iterator[CupsQueues]:
    missing = _missing_tools()
    if missing:
        pytest.fail(
            "the print tests need CUPS, cups-pdf, poppler-utils and tesseract "
            f"(missing: {', '.join(missing)}); ./dev.sh test installs them"
        )
    # Under /tmp (not pytest's 0700 folder): CUPS's filters run as the lp user and
    # need to reach the spool; and a socket path must stay short.
    root = Path(tempfile.mkdtemp(prefix="pnf-cups-", dir="/tmp"))
    root.chmod(0o755)
    for folder in ("spool", "cache", "state", "log", "ppd"):
        (root / folder).mkdir(mode=0o755)
    (root / "tmp").mkdir()
    (root / "tmp").chmod(0o1777)
    # Clients talk to it over TCP: through the socket alone the queues' URIs would
    # name port 631, and lpoptions could not read their drivers' options.
    port = _free_port()
    (root / "cupsd.conf").write_text(CUPSD_CONF.format(root=root, port=port), encoding="utf-8")
    (root / "cups-files.conf").write_text(CUPS_FILES_CONF.format(root=root), encoding="utf-8")
    cupsd = shutil.which("cupsd", path="/usr/sbin:/usr/bin:" + os.environ["PATH"]) or "cupsd"
    process = subprocess.Popen(
        [cupsd, "-f", "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    before = os.environ.get("CUPS_SERVER")
    server = f"localhost:{port}"
    os.environ["CUPS_SERVER"] = server
    try:
        _wait_for(root / "cups.sock", process)
        for name, device in ((ROOM, "cups-pdf:/"), (DESK, "cups-pdf:/")):
            subprocess.run(
                ["lpadmin", "-p", name, "-E", "-v", device, "-m", PPD],
                check=True,
                capture_output=True,
                timeout=30,
            )
        for name, device in (
            (OFFLINE, "socket://127.0.0.1:9"),
            (UNPLUGGED, "serial:/dev/pnf-no-such-port?baud=9600"),
        ):
            subprocess.run(
                ["lpadmin", "-p", name, "-E", "-v", device, "-m", PPD],
                check=True,
                capture_output=True,
                timeout=30,
            )
        subprocess.run(["lpadmin", "-d", ROOM], check=True, capture_output=True, timeout=30)
        home = Path(pwd.getpwuid(os.getuid()).pw_dir)
        yield CupsQueues(root, server, home / "PDF")
    finally:
        if before is None:
            os.environ.pop("CUPS_SERVER", None)
        else:
            os.environ["CUPS_SERVER"] = before
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=15)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def queues(cups_queues: CupsQueues) -> Iterator[CupsQueues]:
    """The scheduler with every queue enabled and accepting, before and after a test."""
    _reset(cups_queues)
    yield cups_queues
    _reset(cups_queues)


def _reset(cups: CupsQueues) -> None:
    subprocess.run(["cancel", "-a", "-x"], capture_output=True, timeout=20, check=False)
    for name in (ROOM, DESK, OFFLINE, UNPLUGGED):
        cups.admin("cupsenable", name)
        cups.admin("cupsaccept", name)
