"""Printing through a real CUPS queue: a private cupsd with Debian's cups-pdf virtual printer.

The test setup starts its own scheduler (own config, spool and socket under a
temporary folder, so the machine's CUPS is left alone), adds a cups-pdf queue
whose output folder is that temporary folder, prints, and reads the PDF that
comes out of the queue. It needs root (cups-pdf's backend runs as root and its
per-queue config lives in /etc/cups) and the Debian packages in tools/dev.py.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from ceremony import codes
from ceremony.cli import main as cli_main
from printing_support import decode_all, page_count, page_size_mm, render

CUPSD = shutil.which("cupsd") or ("/usr/sbin/cupsd" if Path("/usr/sbin/cupsd").exists() else None)
BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd")


def _why_not() -> str:
    if os.name != "posix" or os.geteuid() != 0:
        return "needs root: cups-pdf's backend and its /etc/cups config are root-only"
    if not CUPSD or not shutil.which("lp") or not shutil.which("lpadmin"):
        return "CUPS (cupsd, lp, lpadmin) not installed: apt-get install cups cups-bsd cups-client"
    if not BACKEND.exists() or not PPD.exists():
        return "cups-pdf not installed: apt-get install printer-driver-cups-pdf"
    return ""


pytestmark = pytest.mark.skipif(bool(_why_not()), reason=_why_not() or "ok")


@pytest.fixture(scope="module")
def cups_queue():
    """(queue name, output folder, environment) of a private cupsd with a cups-pdf queue."""
    root = Path(tempfile.mkdtemp(prefix="ceremony-cups-"))
    root.chmod(0o755)                       # filters run as the lp user and must reach the spool
    for sub in ("conf", "spool", "tmp", "state", "cache", "log", "out"):
        (root / sub).mkdir()
    for sub in ("tmp", "out"):
        (root / sub).chmod(0o1777)
    sock = root / "cups.sock"
    (root / "cupsd.conf").write_text(
        f"Listen {sock}\nLogLevel warn\nWebInterface No\nBrowsing No\n"
        "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n"
        "<Policy default>\n  <Limit All>\n    Order deny,allow\n  </Limit>\n</Policy>\n")
    (root / "cups-files.conf").write_text(
        f"ServerRoot {root / 'conf'}\nRequestRoot {root / 'spool'}\nTempDir {root / 'tmp'}\n"
        f"StateDir {root / 'state'}\nCacheDir {root / 'cache'}\nServerBin /usr/lib/cups\n"
        f"DataDir /usr/share/cups\nErrorLog {root / 'log' / 'error_log'}\n"
        f"AccessLog {root / 'log' / 'access_log'}\nPageLog {root / 'log' / 'page_log'}\nSandboxing Relaxed\n")
    queue = f"ceremonytest{os.getpid()}"
    # cups-pdf reads /etc/cups/cups-pdf-<name>.conf for the device URI cups-pdf:/<name>.
    conf = Path(f"/etc/cups/cups-pdf-{queue}.conf")
    conf.write_text(f"Out {root / 'out'}\nAnonDirName {root / 'out'}\nLabel 0\nUserUMask 0000\n")
    daemon = subprocess.Popen([CUPSD, "-f", "-c", str(root / "cupsd.conf"), "-s", str(root / "cups-files.conf")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    env = {**os.environ, "CUPS_SERVER": str(sock)}
    try:
        deadline = time.monotonic() + 20
        while subprocess.run(["lpstat", "-r"], env=env, capture_output=True).returncode != 0:
            if daemon.poll() is not None or time.monotonic() > deadline:
                pytest.skip(f"cupsd did not start: {daemon.stderr.read().decode(errors='replace')[:300]}")
            time.sleep(0.1)
        _add_queue(queue, env)
        yield queue, root / "out", env
    finally:
        daemon.terminate()
        try:
            daemon.wait(10)
        except subprocess.TimeoutExpired:
            daemon.kill()
        conf.unlink(missing_ok=True)
        shutil.rmtree(root, ignore_errors=True)


def _empty(out: Path) -> None:
    for item in out.iterdir():
        shutil.rmtree(item) if item.is_dir() else item.unlink()


def _add_queue(queue: str, env: dict) -> None:
    """lpadmin, retried briefly: a scheduler that has just started may still refuse the first request."""
    for _ in range(20):
        done = subprocess.run(["lpadmin", "-p", queue, "-E", "-v", f"cups-pdf:/{queue}", "-P", str(PPD)],
                              env=env, capture_output=True, text=True)
        if done.returncode == 0:
            return
        time.sleep(0.25)
    raise AssertionError(f"lpadmin failed: {done.stderr or done.stdout}")


def _wait_for_output(out: Path, keep: Path, timeout: float = 90) -> Path:
    """The PDF cups-pdf writes once the job has gone through the filters (polls the folder), moved to ``keep``."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = list(out.rglob("*.pdf"))
        if found and found[0].stat().st_size > 0:
            time.sleep(0.5)          # let ghostscript finish and close the file
            keep.mkdir(exist_ok=True)
            return Path(shutil.move(str(found[0]), keep / "printed.pdf"))
        time.sleep(0.2)
    raise AssertionError(f"no PDF came out of the queue in {timeout} s: {list(out.rglob('*'))}")


def _scanned_owners(event, pdf: Path) -> list[int]:
    found = [code for image in render(pdf, 300) for code in decode_all(image)]
    owners = [event.lookup_code(code) for code in found]
    assert all(o.status == codes.OK for o in owners)
    return sorted(o.attendee_id for o in owners)


def test_cli_prints_badges_to_the_queue(cups_queue, small_event, monkeypatch, capsys, tmp_path):
    queue, out, env = cups_queue
    monkeypatch.setenv("CUPS_SERVER", env["CUPS_SERVER"])
    ids = small_event.printing.select("category", "市领导") + small_event.printing.select()[1:3]
    _empty(out)
    status = cli_main(["--db", str(small_event.path), "badges", "--printer", queue,
                       "--ids", ",".join(map(str, ids))])
    assert status == 0, capsys.readouterr().err
    printed = _wait_for_output(out, tmp_path / "cli")
    assert page_count(printed) == len(ids)
    w, h = page_size_mm(printed)
    assert abs(w - 80) < 1.5 and abs(h - 118) < 1.5          # the badge's own size, not the queue's A4
    assert _scanned_owners(small_event, printed) == sorted(ids)
    assert small_event.printing.print_jobs()[0].target == f"printer:{queue}"


def test_qt_printer_prints_a_badge_to_the_queue(cups_queue, small_event, cast, tmp_path):
    """The GUI's path (QPrinter + the Qt painter backend), in a fresh process that sees this CUPS server."""
    queue, out, env = cups_queue
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from PySide6.QtPrintSupport import QPrinter, QPrinterInfo\n"
        "app = QApplication([])\n"
        "from ceremony.event import Event\n"
        "from ui.printing.print_actions import print_document, printer_for\n"
        "assert sys.argv[2] in QPrinterInfo.availablePrinterNames(), QPrinterInfo.availablePrinterNames()\n"
        "event = Event.open(sys.argv[1])\n"
        "doc = event.printing.badge_document([int(sys.argv[3])], sheet='single')\n"
        "printer = QPrinter(QPrinter.HighResolution)\n"
        "printer.setPrinterName(sys.argv[2])\n"
        "print_document(printer_for(doc, printer), doc)\n"
        "print('queued')\n"
    )
    person = cast.teachers[0].id
    small_event.badge_code(person)     # issue the code in this process; the child reads the same file
    small_event.repo.release_lock()     # and writes its print log: one program writes at a time
    _empty(out)
    root = Path(__file__).resolve().parents[2]
    run = subprocess.run([sys.executable, "-c", script, str(small_event.path), queue, str(person)], cwd=root,
                         env={**env, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)},
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0 and "queued" in run.stdout, run.stderr[-2000:]
    printed = _wait_for_output(out, tmp_path / "qt")
    assert page_count(printed) == 1
    w, h = page_size_mm(printed)
    assert abs(w - 80) < 1.5 and abs(h - 118) < 1.5
    assert _scanned_owners(small_event, printed) == [person]


def test_missing_queue_is_a_clear_error(cups_queue, small_event, monkeypatch, capsys, tmp_path):
    _, _, env = cups_queue
    monkeypatch.setenv("CUPS_SERVER", env["CUPS_SERVER"])
    status = cli_main(["--db", str(small_event.path), "signs", "--printer", "no-such-queue"])
    err = capsys.readouterr().err
    assert status == 3 and "no-such-queue" in err and "Traceback" not in err
    assert small_event.printing.print_jobs() == []
