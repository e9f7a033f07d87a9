"""One desk as its own process for the chaos test: sync in the background, scan a list of guests.

    python chaos_desk.py EVENT_FILE GUEST_IDS ACK_FILE STOP_FILE SEED

Every check-in the desk acknowledged (committed to its own file, shown as 签到成功) is
appended to ACK_FILE; ACK_FILE.done exists once the list is done. Re-running after a
SIGKILL scans the list again: guests already counted come back as 已签到 and add
nothing. The desk keeps syncing until STOP_FILE exists.
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

from ceremony.event import Event
from ceremony.sync import DeskClient


def main(db: str, guests: str, acks: str, stop: str, seed: str) -> int:
    done = Path(acks + ".done")
    done.unlink(missing_ok=True)
    event = Event.open(db)
    desk = event.checkin.desk_name()
    client = DeskClient(db, on_status=lambda st: print(f"{time.monotonic():.1f} {st}", file=sys.stderr,
                                                       flush=True)).start()
    rnd = random.Random(int(seed))
    with open(acks, "a", encoding="utf-8") as out:
        for aid in (int(x) for x in guests.split(",")):
            result = event.checkin.check_in_attendee(aid)
            if result.status == "ok":
                out.write(event.repo.checkin_row(result.checkin_id).uuid + "\n")
                out.flush()
            client.nudge()
            time.sleep(rnd.uniform(0.01, 0.08))
        if not any(p.name == f"现场{desk}" for p in event.attendees()):
            walk = event.checkin.walk_in(f"现场{desk}", "某公司")
            out.write(event.repo.checkin_row(walk.checkin_id).uuid + "\n")
        mine = [r for r in event.repo.checkins() if r.desk == desk]
        if not any(r.kind == "undo" for r in mine):
            first = next(r for r in mine if r.status in ("ok", "duplicate") and not r.undone)
            event.checkin.undo(first.id, "扫错人")
    done.touch()                     # scanning is over: from now on this desk only syncs
    end = time.monotonic() + 300
    while not Path(stop).exists() and time.monotonic() < end:
        time.sleep(0.05)
    client.stop()
    event.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:6]))
