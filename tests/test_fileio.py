import pytest

from ceremony.fileio import OutputError, atomic_output, safe_cell


def test_atomic_output_replaces_on_success(tmp_path):
    target = tmp_path / "out.pdf"
    target.write_text("old")
    with atomic_output(target) as tmp:
        tmp.write_text("new")
        assert target.read_text() == "old"
    assert target.read_text() == "new"
    assert list(tmp_path.iterdir()) == [target]


def test_atomic_output_keeps_old_file_on_failure(tmp_path):
    target = tmp_path / "out.pdf"
    target.write_text("old")
    with pytest.raises(ValueError):
        with atomic_output(target) as tmp:
            tmp.write_text("half")
            raise ValueError("disk full")
    assert target.read_text() == "old"
    assert list(tmp_path.iterdir()) == [target]


def test_atomic_output_missing_folder(tmp_path):
    with pytest.raises(OutputError):
        with atomic_output(tmp_path / "gone" / "x.pdf"):
            pass


@pytest.mark.parametrize("raw,expected", [("=1+1", "'=1+1"), ("+86", "'+86"), ("-x", "'-x"), ("@a", "'@a"),
                                          ("王五", "王五"), (12, 12)])
def test_safe_cell(raw, expected):
    assert safe_cell(raw) == expected


def test_atomic_output_file_gets_normal_permissions(tmp_path):
    import os
    import stat
    if os.name != "posix":
        return
    target = tmp_path / "out.pdf"
    old = os.umask(0o022)
    try:
        with atomic_output(target) as tmp:
            tmp.write_text("x")
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
