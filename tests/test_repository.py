"""The repository's durability settings and its use of sqlite-utils inside explicit transactions."""

from __future__ import annotations

import pytest

from ceremony.models import Category, Zone
from ceremony.repository import Repository


@pytest.fixture
def repo(tmp_path):
    repo = Repository.create(tmp_path / "event.ceremony")
    yield repo
    repo.close()


def test_wal_and_full_sync(repo):
    assert repo.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert repo.conn.execute("PRAGMA synchronous").fetchone()[0] == 2          # FULL


def test_sqlite_utils_writes_join_the_open_transaction_and_roll_back_with_it(repo):
    with pytest.raises(RuntimeError), repo.transaction():
        repo.insert_zone("嘉宾区", "#ff0000")
        repo.upsert_category(Category("嘉宾"))
        repo.insert_prints("2020-11-25T09:00:00", "badge", "80x118@single", "a.pdf", [(None, None, "")])
        assert repo.conn.in_transaction
        raise RuntimeError("the transaction fails after the writes")
    assert repo.zones() == [] and repo.categories() == [] and repo.print_entries() == []
    with repo.transaction():
        zone_id = repo.insert_zone("嘉宾区", "#ff0000", sort=2)
        assert repo.conn.in_transaction        # sqlite-utils did not commit the caller's transaction
    assert repo.zones() == [Zone(zone_id, "嘉宾区", "#ff0000", sort=2)]


def test_upsert_category_updates_in_place(repo):
    repo.upsert_category(Category("嘉宾", color="#000000"))
    repo.upsert_category(Category("嘉宾", badge_class="嘉宾证", color="#c00000", sort=3))
    assert repo.categories() == [Category("嘉宾", "嘉宾证", "#c00000", "", 3)]
    assert repo.attendee_count() == 0 and repo.seat_count() == 0
