"""QR codes drawn as vector paths straight from the ``qrcode`` module matrix.

A fixed mask pattern skips qrcode's trial of all eight masks (the slow part);
any mask gives a valid symbol, and the badge codes are short and uniform, so
the penalty score difference does not matter for scanning. Dark modules are
merged into horizontal runs, so a 29×29 symbol is ~200 rectangles, not ~400.
"""

from __future__ import annotations

from functools import lru_cache


FIXED_MASK = 2
QUIET_MODULES = 2      # white margin layouts keep around a symbol, in modules


@lru_cache(maxsize=4096)
def qr_matrix(text: str) -> tuple[tuple[bool, ...], ...]:
    """The module matrix of ``text`` (no quiet zone), dark = True."""
    import qrcode                      # on first use: not needed to open the window
    from qrcode.constants import ERROR_CORRECT_M
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=FIXED_MASK)
    code.add_data(text, optimize=0)     # one segment: badge codes are all QR-alphanumeric already
    code.make(fit=True)
    return tuple(tuple(row) for row in code.get_matrix())


@lru_cache(maxsize=4096)
def qr_runs(text: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """(module count, dark runs as (row, first column, length)) for ``text``."""
    matrix = qr_matrix(text)
    runs = []
    for r, row in enumerate(matrix):
        c, n = 0, len(row)
        while c < n:
            if row[c]:
                start = c
                while c < n and row[c]:
                    c += 1
                runs.append((r, start, c - start))
            else:
                c += 1
    return len(matrix), tuple(runs)


def qr_rects(text: str, x: float, y: float, size: float):
    """Rectangles (x, y, w, h) in a y-up frame that together draw the symbol in the square at (x, y)."""
    count, runs = qr_runs(text)
    unit = size / count
    top = y + size
    # A hair of overlap so anti-aliased renderers show no seams between runs.
    pad = unit * 0.02
    for r, c, length in runs:
        yield x + c * unit, top - (r + 1) * unit - pad, length * unit + pad, unit + pad


@lru_cache(maxsize=4096)
def qr_path_ops(text: str) -> tuple[int, str]:
    """(module count, PDF path operators in module units, rows counted downwards) for ``text``.

    Integer coordinates format fast and small; each run is a hair taller than a
    module so anti-aliased viewers show no seams between rows.
    """
    count, runs = qr_runs(text)
    body = " ".join(f"{c} {r - 0.02:g} {length} 1.04 re" for r, c, length in runs)
    return count, body


def draw_qr(canvas, text: str, x: float, y: float, size: float) -> None:
    """Draw ``text`` as a QR symbol filling the square (x, y, size) on a reportlab canvas.

    The symbol is one filled path in a local frame (one unit = one module, y down
    from the top edge); formatting ~200 small integers per code instead of ~800
    floats is what makes a thousand badges fast.
    """
    count, body = qr_path_ops(text)
    unit = size / count
    canvas.addLiteral(f"q 0 g {unit:.5f} 0 0 {-unit:.5f} {x:.3f} {y + size:.3f} cm {body} f Q")


def modules(text: str) -> int:
    """How many modules wide the symbol for ``text`` is."""
    return qr_runs(text)[0]
