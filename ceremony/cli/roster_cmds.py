"""Roster commands: list."""

from __future__ import annotations

import dataclasses

from .common import add_db_option, open_event, print_json


def register(sub) -> None:
    p = sub.add_parser("list", help="列出参会人员 (list attendees)")
    p.add_argument("--json", action="store_true", help="每人一行 JSON (one JSON object per attendee)")
    add_db_option(p)
    p.set_defaults(handler=cmd_list)


def cmd_list(args) -> int:
    event = open_event(args)
    for person in event.attendees():
        if args.json:
            print_json(dataclasses.asdict(person))
        else:
            print(f"{person.id:>5}  {person.rank:>4}  {person.name}\t{person.unit}\t{person.title}\t{person.category}")
    return 0
