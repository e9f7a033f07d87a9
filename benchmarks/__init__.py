"""Speed targets that can fail. ``python -m benchmarks [NAME...]`` prints one JSON object per line and exits
non-zero when a target is missed.

Each module ``benchmarks/bench_<name>.py`` defines ``run()`` yielding :func:`benchmarks.common.result` dicts:
``metric``, ``value``, ``unit``, ``target``, ``pass``, and for timings ``median``, ``p95``, ``runs`` and the
``ratio`` to a floor measured in the same run (see ``benchmarks/common.py``).
"""
