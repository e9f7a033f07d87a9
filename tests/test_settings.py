"""The event settings registry: defaults, validation, the services reading it, ``ceremony settings``."""

from __future__ import annotations

import json

import pytest

from ceremony import settings
from ceremony.cli import main
from ceremony.settings import SettingError


def test_unset_settings_read_their_registered_default(empty_event):
    for key, entry in settings.REGISTRY.items():
        assert empty_event.setting(key) == entry.default
    assert empty_event.checkin.desk_name() == "签到台"
    assert empty_event.roster.stroke_convention() == "zhengxie"


def test_defaults_are_not_shared(empty_event):
    empty_event.setting("unit_order").append("甲校")
    assert empty_event.setting("unit_order") == []


def test_every_default_passes_its_own_validation():
    for entry in settings.REGISTRY.values():
        assert entry.validate(entry.default) == entry.default


@pytest.mark.parametrize("key, text, expected", [
    ("health_check", "true", True), ("health_check", "否", False), ("stroke_convention", "renda", "renda"),
    ("unit_order", "甲校、乙校", ["甲校", "乙校"]), ("unit_order", '["甲校"]', ["甲校"]),
    ("desk_name", "  东门  签到台 ", "东门 签到台"), ("badge_layout", "90x130", "90x130"),
    ("unit_short_names", '{"东莞市教育局": "市教育局"}', {"东莞市教育局": "市教育局"}),
])
def test_parse_typed_text(key, text, expected):
    assert settings.setting(key).parse(text) == expected


@pytest.mark.parametrize("key, value, code", [
    ("health_check", "maybe", "setting.bad_bool"), ("stroke_convention", "foo", "setting.bad_choice"),
    ("desk_name", "  ", "setting.required"), ("unit_short_names", [1], "setting.bad_json"),
    ("badge_sheet", "a5", "setting.bad_choice"), ("nope", 1, "setting.unknown"),
])
def test_bad_values_are_refused_and_nothing_changes(empty_event, key, value, code):
    with pytest.raises(SettingError) as err:
        empty_event.set_setting(key, value)
    assert err.value.code == code and err.value.params["key"] == key
    if key in settings.REGISTRY:
        assert empty_event.setting(key) == settings.REGISTRY[key].default


def test_unknown_key_is_refused_on_read(empty_event):
    with pytest.raises(SettingError):
        empty_event.setting("no_such_setting")


def test_dialog_entries_have_widgets_types():
    keys = [s.key for s in settings.dialog_settings()]
    assert {"desk_name", "health_check", "stroke_convention"} <= set(keys)


def test_cli_lists_shows_and_sets(tmp_path, capsys):
    db = str(tmp_path / "e.ceremony")
    assert main(["init", db]) == 0
    capsys.readouterr()
    assert main(["settings", "--db", db]) == 0
    listing = capsys.readouterr().out
    assert all(key in listing for key in settings.REGISTRY)
    assert main(["settings", "stroke_convention", "renda", "--db", db]) == 0
    capsys.readouterr()
    assert main(["settings", "stroke_convention", "--db", db]) == 0
    assert capsys.readouterr().out.strip() == "renda"
    assert main(["settings", "--json", "--db", db]) == 0
    assert json.loads(capsys.readouterr().out)["stroke_convention"] == "renda"


def test_the_cli_never_prints_the_pin_hash(tmp_path, capsys):
    db = str(tmp_path / "e.ceremony")
    assert main(["init", db]) == 0
    assert main(["settings", "organiser_pin", "--db", db]) == 0
    assert "未设置" in capsys.readouterr().out
    from ceremony.event import Event
    event = Event.open(db)
    event.set_organiser_pin("2468")
    stored = event.setting("organiser_pin")
    event.close()
    capsys.readouterr()
    for argv in (["settings", "--db", db], ["settings", "--json", "--db", db], ["settings", "organiser_pin", "--db", db]):
        assert main(argv) == 0
        out = capsys.readouterr().out
        assert stored and stored not in out and "已设置" in out


@pytest.mark.parametrize("argv, words", [
    (["settings", "no_such_key"], "没有这个设置项：no_such_key"),
    (["settings", "health_check", "maybe"], "health_check 应为 true 或 false"),
    (["settings", "stroke_convention", "xx"], "zhengxie|renda"),
    (["settings", "desk_mode", "true"], "desk_mode 由程序自动设定"),
])
def test_cli_refuses_in_one_line(tmp_path, capsys, argv, words):
    db = str(tmp_path / "e.ceremony")
    main(["init", db])
    capsys.readouterr()
    assert main(argv + ["--db", db]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and words in err and "Traceback" not in err
    main(["settings", "health_check", "--db", db])
    assert capsys.readouterr().out.strip() == "false"
