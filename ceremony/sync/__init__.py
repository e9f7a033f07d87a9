"""Several check-in desks on one LAN: a host keeps the shared log, desks write locally first.

* :mod:`ceremony.sync.journal` — what travels and how every copy applies it (no network).
* :mod:`ceremony.sync.tls` — the host's self-made certificate and the join-code proofs.
* :mod:`ceremony.sync.server` / :mod:`ceremony.sync.client` — HTTPS (aiohttp) on their own thread and loop.
"""
