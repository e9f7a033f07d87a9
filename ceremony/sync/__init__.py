"""Several check-in desks on one LAN: a host keeps the shared log, desks write locally first.

* :mod:`ceremony.sync.journal` — what travels and how every copy applies it (no network needed).
* :mod:`ceremony.sync.store` — one copy's side: journal local writes, take in and hand out records.
* :mod:`ceremony.sync.tls` / :mod:`ceremony.sync.registry` — the host's self-made certificate, join code, desks.
* :mod:`ceremony.sync.server` / :mod:`ceremony.sync.client` — HTTPS (aiohttp) on their own thread and loop.

Other areas, the CLI and ``ui/`` use only the names below (``tests/test_layering.py``). They are loaded on
first use, so opening the app does not pay for aiohttp until a desk joins or hosts.
"""

from ceremony.lazy import lazy_exports

__all__, __getattr__ = lazy_exports(__name__, {
    "server": ("HostServer", "DEFAULT_PORT"),
    "client": ("DeskClient", "SyncStatus", "SyncError", "join", "sync_once", "parse_url", "ONLINE", "OFFLINE",
               "UNAUTHORIZED", "CERTIFICATE", "NOT_JOINED", "STOPPED"),
    "registry": ("HostRegistry",),
    "tls": ("local_addresses", "peer_fingerprint", "join_payload", "parse_join_payload"),
    "store": ("role_of", "host_url_of", "ROLE_HOST", "ROLE_DESK", "SyncStore"),
    "journal": ("conflicts",),
    "probe": ("probe_host", "diagnose", "Probe", "REACHABLE", "ISOLATED", "NO_SERVER", "UNREACHABLE"),
    "files": ("export_log", "merge_log", "MergeReport", "SyncFileError"),
})
