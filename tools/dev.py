#!/usr/bin/env python3
"""Set up a development environment and run the app or the tests.

    python3 tools/dev.py app [ARGS...]     set up, then open the app (the demo ceremony)
    python3 tools/dev.py test [ARGS...]    set up, then run the whole test suite
    python3 tools/dev.py bench [NAME]      set up, then run the benchmarks
    python3 tools/dev.py build             set up, then build the standalone app into dist/ceremony/

Setting up means: on Debian/Ubuntu as root, install the system libraries Qt and
the PDF checks need; create .venv; install the project with its test extras.
Each step is skipped when it is already done.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
DEBIAN_PACKAGES = [
    # Qt offscreen and in a real X11 window
    "libglib2.0-0", "libgl1", "libegl1", "libx11-6", "libdbus-1-3", "libfontconfig1", "libfreetype6",
    "libxkbcommon0", "libxkbcommon-x11-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0",
    "libxcb-keysyms1", "libxcb-render-util0", "libxcb-shape0", "libxcb-xkb1", "libpulse0",
    # a real print queue for the CUPS test (PDFs are checked with pypdfium2 from pip)
    "cups", "cups-bsd", "cups-client", "printer-driver-cups-pdf",
    # LibreOffice as a real spreadsheet client in tests/test_libreoffice.py (never skipped in CI)
    "libreoffice-calc-nogui",
]


def log(text: str) -> None:
    print(f"[dev] {text}", flush=True)


def install_system_packages() -> None:
    if sys.platform != "linux" or not shutil.which("apt-get") or not shutil.which("dpkg-query"):
        return
    missing = [p for p in DEBIAN_PACKAGES if not _deb_installed(p)]
    if not missing:
        return
    if os.geteuid() != 0:
        log("missing system packages (install them with sudo apt-get install): " + " ".join(missing))
        return
    log("installing system packages: " + " ".join(missing))
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
    subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], check=True, env=env)


def _deb_installed(name: str) -> bool:
    out = subprocess.run(["dpkg-query", "-W", "-f=${Status}", name], capture_output=True, text=True)
    return out.returncode == 0 and "install ok installed" in out.stdout


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv() -> Path:
    python = venv_python()
    if not python.exists():
        log("creating .venv")
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp = VENV / ".installed"
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if not stamp.exists() or stamp.read_text() != digest:
        log("installing the project and its dependencies into .venv")
        subprocess.run([str(python), "-m", "pip", "install", "-q", "--upgrade", "pip"], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "-e", f"{ROOT}[test]"], check=True)
        stamp.write_text(digest)
    return python


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("app", "test", "bench", "build", "setup"):
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    install_system_packages()
    python = str(ensure_venv())
    os.chdir(ROOT)
    if command == "setup":
        return 0
    if command == "app":
        return hand_over([python, "main.py", *rest])
    if command == "bench":
        return hand_over([python, "-m", "benchmarks", *rest])
    if command == "build":
        return hand_over([python, "tools/build_app.py", *rest])
    return hand_over([python, "-m", "pytest", *rest], {**os.environ, "QT_QPA_PLATFORM": "offscreen"})


def hand_over(command: list[str], env: dict | None = None) -> int:
    """Run the program in this process's place where the system allows it, so that a signal meant for
    ``dev.py`` (Ctrl+C, a CI timeout's SIGTERM) reaches the program and nothing is left running."""
    if os.name == "posix":
        sys.stdout.flush()
        sys.stderr.flush()
        os.execve(command[0], command, env if env is not None else os.environ)
    return subprocess.call(command, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
