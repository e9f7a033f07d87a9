"""Venue edits: the stored venue as a spec, small edits on a spec, and storing a spec back.

Edits work on the readable spec (rows as layout strings, zones as cells) and are
stored by :func:`apply_spec`, which diffs against the event file so seats that
stay keep their ids and their people. Undo is the previous spec.
"""

from __future__ import annotations

from ceremony.seating.venue import BLOCKED, GAPS, SEAT, VenueError, expand_spec, row_runs, spec_from_seats

SeatKey = tuple[str, int, int]
MOVES = "_moves"     # in an edited spec: [section, row, x, new row, new x] for seats that were renumbered


def stored_spec(repo) -> dict:
    """The event's venue as a readable spec."""
    return spec_from_seats(repo.get_setting("venue_name", ""), repo.sections(), repo.zones(), repo.seat_rows())


def apply_spec(repo, spec: dict) -> None:
    """Make the stored venue equal ``spec`` (inside the caller's transaction). Validates first."""
    moves = spec.get(MOVES, [])
    spec = {k: v for k, v in spec.items() if k != MOVES}
    if spec.get("sections") == []:
        # no hall at all (the undo of a new event's first hall): everything goes, seats before their sections
        repo.delete_seats(list(repo.seat_keys().values()))
        _sync_sections(repo, {"sections": []})
        _sync_zones(repo, {"zones": []})
        repo.set_setting("venue_name", spec.get("name", ""))
        return
    seats = expand_spec(spec)
    _move_seats(repo, moves)
    section_ids = _sync_sections(repo, spec)
    zone_ids = _sync_zones(repo, spec)
    existing = repo.seat_keys()
    wanted = {}
    updates, inserts = [], []
    for s in seats:
        key = (s.section, s.row, s.x)
        wanted[key] = True
        zone = zone_ids.get(s.zone)
        if key in existing:
            updates.append((s.number, int(s.blocked), s.reserved, zone, existing[key]))
        else:
            inserts.append((section_ids[s.section], s.row, s.x, s.number, int(s.blocked), s.reserved, zone))
    repo.delete_seats(sid for key, sid in existing.items() if key not in wanted)
    repo.update_seats(updates)
    repo.insert_seats(inserts)
    repo.unassign_blocked()
    repo.set_setting("venue_name", spec.get("name", ""))


def _move_seats(repo, moves: list) -> None:
    """Seats that an edit renumbered (a row removed, a seat added at the left) keep their ids and people."""
    if not moves:
        return
    keys = repo.seat_keys()
    sources = {(m[0], m[1], m[2]) for m in moves}
    # a seat standing where a moved seat lands (and not moving itself) is the one the edit removed
    repo.delete_seats(keys[k] for k in {(m[0], m[3], m[4]) for m in moves} - sources if k in keys)
    repo.move_seats((keys[(m[0], m[1], m[2])], m[3], m[4]) for m in moves if (m[0], m[1], m[2]) in keys)


def inverse_moves(spec: dict) -> list:
    return [[m[0], m[3], m[4], m[1], m[2]] for m in spec.get(MOVES, [])]


def _sync_sections(repo, spec: dict) -> dict[str, int]:
    stored = {s.name: s.id for s in repo.sections()}
    ids = {}
    for sort, section in enumerate(spec["sections"]):
        name = str(section.get("name") or section.get("kind", "hall"))
        kind, numbering = section.get("kind", "hall"), section.get("numbering", "plain")
        if name in stored:
            repo.update_section(stored[name], kind, sort, numbering)
            ids[name] = stored[name]
        else:
            ids[name] = repo.insert_section(name, kind, sort, numbering)
    for name, sid in stored.items():
        if name not in ids:
            repo.delete_section(sid)
    return ids


def _sync_zones(repo, spec: dict) -> dict[str, int]:
    stored = {z.name: z.id for z in repo.zones()}
    ids = {}
    for sort, zone in enumerate(spec.get("zones", [])):
        color, category, unit = zone.get("color", "#dddddd"), zone.get("category", ""), zone.get("unit", "")
        if zone["name"] in stored:
            repo.update_zone(stored[zone["name"]], color, category, unit, sort)
            ids[zone["name"]] = stored[zone["name"]]
        else:
            ids[zone["name"]] = repo.insert_zone(zone["name"], color, category, unit, sort)
    for name, zid in stored.items():
        if name not in ids:
            repo.delete_zone(zid)
    return ids


# --- edits on a stored-form spec (each returns a new spec) ---------------------------------------------
def _copy(spec: dict) -> dict:
    import copy
    return copy.deepcopy({k: v for k, v in spec.items() if k != MOVES})


def _section(spec: dict, name: str) -> dict:
    for section in spec["sections"]:
        if section["name"] == name:
            return section
    raise VenueError("venue.no_section", place=name)


def _layouts(section: dict) -> dict[int, str]:
    out = {}
    for index, item in enumerate(section["rows"], start=1):
        if isinstance(item, dict):
            out[item["row"]] = item["layout"]
        else:
            out[index] = item
    return out


def _set_layouts(section: dict, layouts: dict[int, str]) -> None:
    rows: list[str | dict] = []
    for row_no in sorted(layouts):
        text = layouts[row_no]
        rows.append(text if row_no == len(rows) + 1 else {"row": row_no, "layout": text})
    section["rows"] = rows


def add_row(spec: dict, section: str, seats: int, blocks: list[int] | None = None) -> dict:
    """A new back row of ``seats`` seats (aisles as in the row in front, or ``blocks``)."""
    spec = _copy(spec)
    target = _section(spec, section)
    layouts = _layouts(target)
    last = layouts[max(layouts)] if layouts else ""
    if blocks:
        text = ".".join(SEAT * b for b in blocks)
    elif last and sum(ch not in GAPS for ch in last) == seats:
        text = "".join(ch if ch in GAPS else SEAT for ch in last)
    else:
        text = SEAT * seats
    layouts[max(layouts, default=0) + 1] = text
    _set_layouts(target, layouts)
    return spec


def remove_row(spec: dict, section: str, row: int) -> dict:
    """Remove a row; rows behind it move forward by one."""
    spec = _copy(spec)
    target = _section(spec, section)
    layouts = _layouts(target)
    if row not in layouts:
        raise VenueError("venue.no_row", place=section, row=row)
    shifted = {(r - 1 if r > row else r): text for r, text in layouts.items() if r != row}
    _set_layouts(target, shifted)
    spec[MOVES] = [[section, r, x, r - 1, x] for r in sorted(layouts) if r > row
                   for x, ch in enumerate(layouts[r], start=1) if ch not in GAPS]
    _shift_zone_rows(spec, section, row)
    return spec


def _shift_zone_rows(spec: dict, section: str, removed: int) -> None:
    for zone in spec.get("zones", []):
        if zone.get("section") != section or "cells" not in zone:
            continue
        cells = []
        for text in zone["cells"]:
            row, _, xs = text.partition(":")
            row = int(row)
            if row != removed:
                cells.append(f"{row - 1 if row > removed else row}:{xs}")
        zone["cells"] = cells
    spec["zones"] = [z for z in spec.get("zones", []) if z.get("cells", True)]


def add_seat(spec: dict, section: str, row: int, side: str = "right") -> dict:
    """One more seat at the audience-left or audience-right end of a row."""
    spec = _copy(spec)
    target = _section(spec, section)
    layouts = _layouts(target)
    if row not in layouts:
        raise VenueError("venue.no_row", place=section, row=row)
    text = layouts[row]
    if side == "left":
        layouts[row] = SEAT + text
        _shift_row_x(spec, target, row, 1)
        spec[MOVES] = [[section, row, x, row, x + 1] for x in range(len(text), 0, -1) if text[x - 1] not in GAPS]
    else:
        layouts[row] = text + SEAT
    _set_layouts(target, layouts)
    return spec


def _shift_row_x(spec: dict, section: dict, row: int, by: int) -> None:
    """Keep zone cells and reserved notes on the same seats when a row grows at its left end."""
    for zone in spec.get("zones", []):
        if zone.get("section") == section["name"] and "cells" in zone:
            zone["cells"] = [_shift_cell(c, row, by) for c in zone["cells"]]
    reserved = section.get("reserved") or {}
    section["reserved"] = {(_shift_cell(k, row, by)): v for k, v in reserved.items()} if reserved else reserved


def _shift_cell(text: str, row: int, by: int) -> str:
    r, _, xs = text.partition(":")
    if int(r) != row:
        return text
    first, _, last = xs.partition("-")
    return f"{r}:{int(first) + by}" + (f"-{int(last) + by}" if last else "")


def _edit_seats(spec: dict, keys: list[SeatKey], fn) -> dict:
    spec = _copy(spec)
    by_section: dict[str, list[tuple[int, int]]] = {}
    for section, row, x in keys:
        by_section.setdefault(section, []).append((row, x))
    for name, cells in by_section.items():
        target = _section(spec, name)
        layouts = {r: list(t) for r, t in _layouts(target).items()}
        for row, x in cells:
            chars = layouts.get(row)
            if chars is None or x > len(chars) or chars[x - 1] in GAPS:
                raise VenueError("venue.no_seat_at", place=name, row=row, x=x)
            chars[x - 1] = fn(chars[x - 1])
        _set_layouts(target, {r: "".join(c).rstrip(GAPS) or "." for r, c in layouts.items()})
    return spec


def remove_seats(spec: dict, keys: list[SeatKey]) -> dict:
    """Take seats out (an aisle or gap is left where they stood)."""
    spec = _edit_seats(spec, keys, lambda ch: ".")
    for section in spec["sections"]:
        layouts = {r: t for r, t in _layouts(section).items() if t.strip(GAPS)}
        _set_layouts(section, layouts)
    return _drop_zone_cells(spec, keys)


def set_blocked(spec: dict, keys: list[SeatKey], blocked: bool) -> dict:
    return _edit_seats(spec, keys, lambda ch: BLOCKED if blocked else SEAT)


def set_reserved(spec: dict, keys: list[SeatKey], note: str) -> dict:
    spec = _copy(spec)
    for section, row, x in keys:
        target = _section(spec, section)
        reserved = target.setdefault("reserved", {})
        if note:
            reserved[f"{row}:{x}"] = note
        else:
            reserved.pop(f"{row}:{x}", None)
    return spec


def _drop_zone_cells(spec: dict, keys: list[SeatKey]) -> dict:
    drop = set(keys)
    for zone in spec.get("zones", []):
        if "cells" in zone:
            zone["cells"] = _cells_text(zone["section"], {k for k in _zone_keys(zone) if k not in drop})
    return spec


def _zone_keys(zone: dict) -> set[SeatKey]:
    out: set[SeatKey] = set()
    for text in zone.get("cells", []):
        row, _, xs = text.partition(":")
        first, _, last = xs.partition("-")
        out.update((zone["section"], int(row), x) for x in range(int(first), int(last or first) + 1))
    return out


def _cells_text(section: str, keys: set[SeatKey]) -> list[str]:
    runs = []
    for row in sorted({k[1] for k in keys if k[0] == section}):
        runs.extend(row_runs(row, [k[2] for k in keys if k[0] == section and k[1] == row]))
    return runs


def set_zone(spec: dict, keys: list[SeatKey], zone: str, color: str = "#dddddd", category: str = "",
             unit: str = "") -> dict:
    """Draw a zone: the selected seats join ``zone`` (created if new) and leave any other zone.

    An empty ``zone`` name removes the seats from every zone. Zones left with no seats are dropped.
    """
    spec = _drop_zone_cells(_copy(spec), keys)
    if zone:
        sections = {k[0] for k in keys}
        if len(sections) > 1:
            raise VenueError("venue.zone_across_sections", place=zone)
        entry = next((z for z in spec.setdefault("zones", []) if z["name"] == zone), None)
        if entry is None:
            entry = {"name": zone, "color": color, "section": next(iter(sections))}
            entry.update({k: v for k, v in (("category", category), ("unit", unit)) if v})
            spec["zones"].append(entry)
        entry.setdefault("section", next(iter(sections)))
        entry["cells"] = _cells_text(entry["section"], _zone_keys(entry) | set(keys))
    spec["zones"] = [z for z in spec.get("zones", []) if z.get("cells") or "cells" not in z]
    return spec


def set_numbering(spec: dict, section: str, numbering: str) -> dict:
    """Plain left-to-right numbers or 单双号 (odd/even from the centre) for one section."""
    spec = _copy(spec)
    _section(spec, section)["numbering"] = numbering
    return spec
