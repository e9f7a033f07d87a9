"""The seating area: the venue (sections, zones, seats), auto-seating by protocol, moves, the chart.

Other areas, the CLI and ``ui/`` use only the names below (``tests/test_layering.py``).
"""

from ceremony.seating import venue_file
from ceremony.seating.auto import NotEnoughSeats, SeatingRules, expected, rank_key
from ceremony.seating.chart import ChartData, log_chart, render_seating_pdf, write_seating_pdf
from ceremony.seating.export import export_assignments
from ceremony.seating.rostrum import EVEN_A, EVEN_B, RULE_LEFT, RULE_RIGHT, place_rostrum
from ceremony.seating.service import (AssignedSeat, AutoResult, SeatingError, SeatingService, SeatLocked,
                                      SeatOperation, SeatState, SeatUnavailable, VenueOperation, rostrum_numbers)
from ceremony.seating.venue import VenueError, read_venue_file, seat_label, write_venue
from ceremony.seating.templates import (TEMPLATES, HallTemplate, build_spec, parse_cells, parse_hall, parse_rostrum,
                                        template_spec)

__all__ = ["EVEN_A", "EVEN_B", "RULE_LEFT", "RULE_RIGHT", "TEMPLATES", "AssignedSeat", "AutoResult", "ChartData", "HallTemplate",
           "NotEnoughSeats", "SeatLocked", "SeatOperation", "SeatState", "SeatUnavailable", "SeatingError",
           "SeatingRules", "SeatingService", "VenueError", "VenueOperation", "build_spec", "expected",
           "export_assignments", "log_chart", "parse_cells", "parse_hall", "parse_rostrum", "place_rostrum",
           "rank_key", "read_venue_file", "render_seating_pdf", "rostrum_numbers", "seat_label", "template_spec",
           "venue_file", "write_seating_pdf", "write_venue"]
