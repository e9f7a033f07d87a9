"""Run benchmarks: ``python -m benchmarks`` (all) or ``python -m benchmarks NAME [NAME...]``.

Prints one JSON object per result and exits 1 when any target was missed or a benchmark failed to run
(2 for an unknown name). The last line on stderr sums up.
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import sys
import traceback
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent


def available() -> list[str]:
    return sorted(m.name[len("bench_"):] for m in pkgutil.iter_modules([str(HERE)]) if m.name.startswith("bench_"))


def main(argv: list[str]) -> int:
    names = argv or available()
    unknown = [n for n in names if n not in available()]
    if unknown:
        print(f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(available())}", file=sys.stderr)
        return 2
    missed, count = [], 0
    for name in names:
        try:
            module = importlib.import_module(f"benchmarks.bench_{name}")
            for result in module.run():
                count += 1
                if result.get("pass") is not True:
                    missed.append(f"{name}.{result.get('metric')}")
                print(json.dumps({"benchmark": name, **result}, ensure_ascii=False), flush=True)
        except Exception as exc:  # one broken benchmark must not hide the others' figures
            missed.append(f"{name} (error)")
            print(json.dumps({"benchmark": name, "metric": "error", "error": f"{type(exc).__name__}: {exc}",
                              "pass": False}, ensure_ascii=False), flush=True)
            traceback.print_exc()
    if missed:
        print(f"{len(missed)} of {count} target(s) missed: {', '.join(missed)}", file=sys.stderr)
        return 1
    print(f"all {count} target(s) met", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
