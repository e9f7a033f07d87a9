"""Speed measurements. ``python -m benchmarks [NAME...]`` prints one JSON object per line.

Each module ``benchmarks/bench_<name>.py`` defines ``run()`` yielding dicts with
``metric``, ``value``, ``unit`` and ``target``.
"""
