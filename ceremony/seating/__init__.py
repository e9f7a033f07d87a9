"""The seating area: the venue (sections, zones, seats), auto-seating by protocol, moves, the chart.

Other areas, the CLI and ``ui/`` use only the names below (``tests/test_layering.py``).
Each name is imported on first use (:mod:`ceremony.lazy`): opening the window pays only for what it uses.
"""

from ceremony.lazy import lazy_exports

__all__, __getattr__ = lazy_exports(__name__, {
    "venue_file": ("venue_file",),
    "auto": ("NotEnoughSeats", "SeatingRules", "expected", "rank_key"),
    "chart": ("ChartData", "log_chart", "render_seating_pdf", "write_seating_pdf"),
    "export": ("export_assignments",),
    "rostrum": ("EVEN_A", "EVEN_B", "RULE_LEFT", "RULE_RIGHT", "place_rostrum"),
    "service": ("AssignedSeat", "AutoResult", "SeatingError", "SeatingService", "SeatLocked", "SeatOperation",
                "SeatState", "SeatUnavailable", "VenueOperation", "rostrum_numbers"),
    "venue": ("VenueError", "read_venue_file", "seat_label", "seat_message", "write_venue"),
    "templates": ("TEMPLATES", "HallTemplate", "build_spec", "parse_cells", "parse_hall", "parse_rostrum",
                  "template_spec"),
})
