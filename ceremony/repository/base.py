"""What every area's SQL mixin shares: one connection, its sqlite-utils view and two small helpers."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

import sqlite_utils


class Queries:
    conn: sqlite3.Connection
    db: sqlite_utils.Database

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
        return self.db.table(table).count
