"""The standalone app (issue 17): build it with PyInstaller and run the frozen program without the source tree.

Slow (the build takes about a minute), so the build is made once for the module. The frozen program runs
from a folder outside the repository, with no PYTHONPATH and a fresh user-data folder, so it can only use what
the build put inside it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def build(tmp_path_factory):
    pytest.importorskip("PyInstaller", reason="PyInstaller is in the test extra: run python tools/dev.py test")
    out = tmp_path_factory.mktemp("build")
    proc = subprocess.run([sys.executable, str(ROOT / "tools" / "build_app.py"), "--dist", str(out / "dist"),
                           "--work", str(out / "work")], capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-3000:]
    summary = json.loads(proc.stdout.strip().splitlines()[-1])
    return Path(summary["path"]), summary


@pytest.fixture()
def frozen(build, tmp_path):
    """Run one of the frozen executables in an empty folder, as a user on a machine without Python would."""
    folder, _ = build
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "CEREMONY_"))}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"), LOCALAPPDATA=str(tmp_path / "data"))

    def run(exe: str, *args: str, extra_env: dict | None = None) -> subprocess.CompletedProcess:
        return subprocess.run([str(folder / f"{exe}{EXE_SUFFIX}"), *args], cwd=tmp_path, env={**env, **(extra_env or {})},
                              capture_output=True, text=True, timeout=120)
    return run


def test_build_is_one_self_contained_folder(build):
    folder, summary = build
    assert (folder / f"ceremony{EXE_SUFFIX}").is_file() and (folder / f"ceremony-app{EXE_SUFFIX}").is_file()
    internal = folder / "_internal"
    assert (internal / "resources" / "fonts" / "wqy-microhei.ttc").is_file()
    assert (internal / "resources" / "icons" / "ceremony.png").is_file()
    assert list((internal / "resources" / "translations").glob("*_en.qm"))
    assert not list((internal / "resources" / "translations").glob("*.ts"))      # sources stay out
    assert list((internal / "resources" / "sounds").glob("*.wav"))
    qt_translations = sorted(p.name for p in internal.rglob("*.qm") if "resources" not in p.parts)
    assert "qtbase_zh_CN.qm" in qt_translations
    assert all(name.endswith("_zh_CN.qm") for name in qt_translations), qt_translations   # only Chinese
    plugins = {p.parent.name + "/" + p.name for p in internal.rglob("*") if "plugins" in p.parts and p.is_file()}
    assert any(name.startswith("multimedia/") for name in plugins)                    # the camera's backend
    assert not any("qpdf" in name or "virtualkeyboard" in name for name in plugins)
    assert summary["megabytes"] < 250


def test_frozen_selftest_passes(frozen):
    proc = frozen("ceremony", "--selftest")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "自检通过" in proc.stdout
    for check in ("demo event", "main window", "Qt Chinese translation", "badge PDF + QR", "multimedia backend"):
        assert f"{check}:" in proc.stdout


def test_frozen_version(frozen):
    from ceremony import __version__
    for exe in ("ceremony", "ceremony-app"):
        proc = frozen(exe, "--version")
        assert proc.returncode == 0 and proc.stdout.strip() == f"ceremony {__version__}"


def test_frozen_cli_makes_the_demo_and_prints_badges(frozen, tmp_path):
    assert frozen("ceremony", "init", "--demo", "--db", "demo.ceremony").returncode == 0
    proc = frozen("ceremony", "badges", "--db", "demo.ceremony", "--out", "badges.pdf", "--category", "市领导")
    assert proc.returncode == 0, proc.stderr
    pdf = tmp_path / "badges.pdf"
    assert b"/FontFile2" in pdf.read_bytes()                   # the CJK font is embedded
    codes = _qr_codes(pdf)
    assert codes
    checked = frozen("ceremony", "checkin", codes[0], "--db", "demo.ceremony", "--desk", "签到台1", "--json")
    assert checked.returncode == 0, checked.stdout + checked.stderr          # the printed code checks in
    listed = json.loads(frozen("ceremony", "list", "--db", "demo.ceremony", "--json").stdout.splitlines()[0])
    assert listed["name"]


def test_frozen_window_opens_offscreen(frozen):
    assert frozen("ceremony", "init", "--demo", "--db", "demo.ceremony").returncode == 0
    proc = frozen("ceremony-app", "--db", "demo.ceremony", extra_env={"CEREMONY_QUIT_AFTER_SHOW": "1"})
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "window shown" in proc.stdout and "职业教育活动周开幕式" in proc.stdout      # the demo in its title


def test_frozen_bad_file_is_one_line(frozen, tmp_path):
    (tmp_path / "bad.ceremony").write_bytes(b"not a database at all" * 100)
    proc = frozen("ceremony", "info", "--db", "bad.ceremony")
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def _qr_codes(pdf: Path) -> list[str]:
    import pypdfium2
    import zxingcpp
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        codes = []
        for page in document:
            image = page.render(scale=200 / 72).to_pil()
            codes += [r.text for r in zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)]
        return codes
    finally:
        document.close()
