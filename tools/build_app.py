#!/usr/bin/env python3
"""Build the standalone app for this platform with PyInstaller (one folder, no Python needed to run it).

    python tools/build_app.py [--dist DIR] [--work DIR]

Run it inside the project's environment (``python tools/dev.py build`` sets that up first). The result is
``dist/ceremony/``: ``ceremony-app`` (the window; ``ceremony-app.exe`` without a console on Windows) and
``ceremony`` (the command line; ``ceremony --selftest`` checks the installation), with Python, Qt, the fonts,
translations, demo data and sounds inside. Copy the folder, or wrap it in an installer (packaging/ceremony.iss
for Inno Setup on Windows). Prints one JSON line: seconds, megabytes, path.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "ceremony.spec"


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def windows_version_file(version: str, target: Path) -> Path:
    """The VERSIONINFO resource PyInstaller writes into the .exe (Windows Explorer › Properties › Details)."""
    parts = (version.split(".") + ["0"] * 4)[:4]
    numbers = ", ".join(str(int("".join(ch for ch in p if ch.isdigit()) or 0)) for p in parts)
    strings = {"CompanyName": "ceremony", "FileDescription": "会务助手 ceremony", "FileVersion": version,
               "InternalName": "ceremony", "LegalCopyright": "Apache-2.0", "OriginalFilename": "ceremony-app.exe",
               "ProductName": "会务助手 ceremony", "ProductVersion": version}
    items = ",\n".join(f"        StringStruct({k!r}, {v!r})" for k, v in strings.items())
    target.write_text(f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers=({numbers}), prodvers=({numbers}), mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('080404b0', [
{items}
    ])]),
    VarFileInfo([VarStruct('Translation', [2052, 1200])])
  ]
)
""", encoding="utf-8")
    return target


def strip_libraries(folder: Path) -> None:
    """Drop symbol tables from the Linux libraries outside Qt (libpython alone: 23 → 5 MB).

    Qt's own libraries are left as they are: stripped, the FFmpeg multimedia plugin no longer loads."""
    strip = shutil.which("strip")
    if sys.platform != "linux" or not strip:
        return
    for path in folder.rglob("*.so*"):
        if path.is_file() and not path.is_symlink() and "PySide6" not in path.parts and "shiboken6" not in path.parts:
            subprocess.run([strip, "--strip-unneeded", str(path)], capture_output=True)


def build(dist: Path, work: Path) -> dict:
    sys.path.insert(0, str(ROOT))
    from ceremony import __version__
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "CEREMONY_VERSION_FILE": str(windows_version_file(__version__, Path(tmp) / "version.txt"))}
        subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                        "--distpath", str(dist), "--workpath", str(work), str(SPEC)], check=True, env=env, cwd=ROOT)
    out = dist / "ceremony"
    strip_libraries(out)
    return {"seconds": round(time.perf_counter() - started, 1), "megabytes": round(folder_size(out) / 2**20, 1),
            "path": str(out), "version": __version__}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "pyinstaller")
    args = parser.parse_args(argv)
    if shutil.which("pyinstaller") is None and subprocess.run(
            [sys.executable, "-c", "import PyInstaller"], capture_output=True).returncode != 0:
        print("PyInstaller is not installed: run python tools/dev.py build", file=sys.stderr)
        return 2
    try:
        result = build(args.dist, args.work)
    except subprocess.CalledProcessError as exc:
        print(f"build failed (PyInstaller exit {exc.returncode})", file=sys.stderr)
        return 1
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
