import pytest

from ceremony.fileio import OutputError, atomic_output, csv_cell, needs_guard, unguard


def test_atomic_output_replaces_on_success(tmp_path):
    target = tmp_path / "out.pdf"
    target.write_text("old")
    with atomic_output(target) as tmp:
        tmp.write_text("new")
        assert target.read_text() == "old"
    assert target.read_text() == "new"
    assert [p for p in tmp_path.iterdir() if not p.name.startswith("xdg-")] == [target]   # (xdg-: the user folders)


def test_atomic_output_keeps_old_file_on_failure(tmp_path):
    target = tmp_path / "out.pdf"
    target.write_text("old")
    with pytest.raises(ValueError):
        with atomic_output(target) as tmp:
            tmp.write_text("half")
            raise ValueError("disk full")
    assert target.read_text() == "old"
    assert [p for p in tmp_path.iterdir() if not p.name.startswith("xdg-")] == [target]   # (xdg-: the user folders)


def test_atomic_output_missing_folder(tmp_path):
    with pytest.raises(OutputError):
        with atomic_output(tmp_path / "gone" / "x.pdf"):
            pass


@pytest.mark.parametrize("raw,expected", [
    ("=1+1", '="=1+1"'), ("+86", '="+86"'), ("-", '="-"'), ("@a", '="@a"'), ('=A1&"x"', '="=A1&""x"""'),
    ("0001", '="0001"'), ("441900197710035961", '="441900197710035961"'), ("13800138001", "13800138001"),
    ("王五", "王五"), ("44190019771003596X", "44190019771003596X"), (12, 12), ("", ""),
])
def test_csv_guard_is_a_text_literal_that_unguards(raw, expected):
    assert csv_cell(raw) == expected
    if isinstance(raw, str):
        assert unguard(csv_cell(raw)) == raw
        assert needs_guard(raw) == (expected != raw)


def test_long_guarded_text_is_split_into_literals_a_spreadsheet_accepts():
    text = "-" + "很长的备注" * 100
    guarded = csv_cell(text)
    assert guarded.count("&") == len(text) // 255 and unguard(guarded) == text


@pytest.mark.parametrize("raw,expected", [("'=1+1", "=1+1"), ("'-", "-"), ("'0001", "0001"), ("'王五", "'王五"),
                                          ("it's", "it's"), ('="a', '="a')])
def test_unguard_old_apostrophes_only_before_guarded_text(raw, expected):
    assert unguard(raw) == expected


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
