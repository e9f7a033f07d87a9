"""SQL for the check-in log (append-only) and badge codes."""

from __future__ import annotations


class CheckinQueries:
    def checkins(self) -> list[dict]:
        return self.query("SELECT * FROM checkins ORDER BY id")

    def checkin_count(self) -> int:
        return self.scalar("SELECT COUNT(*) FROM checkins")

    # --- badge codes -----------------------------------------------------------------------
    def insert_badge_token(self, token: str, attendee_id: int, issued_at: str) -> None:
        self.conn.execute(
            "INSERT INTO badge_codes (token, attendee_id, issued_at) VALUES (?, ?, ?)",
            (token, attendee_id, issued_at),
        )

    def badge_token_row(self, token: str) -> dict | None:
        rows = self.query("SELECT * FROM badge_codes WHERE token = ?", (token,))
        return rows[0] if rows else None

    def current_badge_token(self, attendee_id: int) -> str | None:
        return self.scalar(
            "SELECT token FROM badge_codes WHERE attendee_id = ? AND revoked_at = '' ORDER BY issued_at DESC LIMIT 1",
            (attendee_id,),
        )

    def revoke_badge_tokens(self, attendee_id: int, at: str) -> None:
        self.conn.execute(
            "UPDATE badge_codes SET revoked_at = ? WHERE attendee_id = ? AND revoked_at = ''", (at, attendee_id)
        )
