"""What every area's SQL mixin shares: one connection, its sqlite-utils view and two small helpers."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import sqlite_utils


class Queries:
    conn: sqlite3.Connection

    @cached_property
    def db(self) -> sqlite_utils.Database:
        """The sqlite-utils view of the connection, made at first use: importing sqlite-utils (click,
        dateutil, its plugin scan) costs more than opening the file, and start-up does not need it."""
        import sqlite_utils
        return sqlite_utils.Database(self.conn)

    def has_table(self, name: str) -> bool:
        return self.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                 (name,)).fetchone() is not None

    def query(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        return [dict(r) for r in self.conn.execute(sql, params).fetchall()]

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def insert_row(self, sql: str, params: Sequence[Any]) -> int:
        """Run one INSERT and return the new row's id."""
        row_id = self.conn.execute(sql, params).lastrowid
        assert row_id is not None, "an INSERT gives a row id"
        return row_id

    def insert_into(self, table: str, record: dict[str, Any]) -> int:
        """Insert one row by column name (sqlite-utils; inside a transaction it joins it) and return its id."""
        row_id = self.db.table(table).insert(record).last_pk
        assert isinstance(row_id, int), "an INSERT gives a row id"
        return row_id

    def count(self, table: str) -> int:
        return self.conn.execute(f'SELECT COUNT(*) FROM "{table}"').fetchone()[0]
