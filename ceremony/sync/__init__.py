"""Several check-in desks on one LAN: a host keeps the shared log, desks write locally first.

* :mod:`ceremony.sync.journal` — what travels and how every copy applies it (no network needed).
* :mod:`ceremony.sync.store` — one copy's side: journal local writes, take in and hand out records.
* :mod:`ceremony.sync.tls` / :mod:`ceremony.sync.registry` — the host's self-made certificate, join code, desks.
* :mod:`ceremony.sync.server` / :mod:`ceremony.sync.client` — HTTPS (aiohttp) on their own thread and loop.

Other areas, the CLI and ``ui/`` use only the names below (``tests/test_layering.py``). They are loaded on
first use, so opening the app does not pay for aiohttp until a desk joins or hosts.
"""

from importlib import import_module

_HOMES = {
    "HostServer": "server", "DEFAULT_PORT": "server",
    "DeskClient": "client", "SyncStatus": "client", "SyncError": "client", "join": "client",
    "sync_once": "client", "parse_url": "client", "ONLINE": "client", "OFFLINE": "client",
    "UNAUTHORIZED": "client", "CERTIFICATE": "client", "NOT_JOINED": "client", "STOPPED": "client",
    "HostRegistry": "registry", "local_addresses": "tls", "peer_fingerprint": "tls", "join_payload": "tls",
    "parse_join_payload": "tls", "role_of": "store", "host_url_of": "store", "ROLE_HOST": "store", "ROLE_DESK": "store",
    "SyncStore": "store", "conflicts": "journal",
    "probe_host": "probe", "diagnose": "probe", "Probe": "probe", "REACHABLE": "probe", "ISOLATED": "probe",
    "NO_SERVER": "probe", "UNREACHABLE": "probe",
    "export_log": "files", "merge_log": "files", "MergeReport": "files", "SyncFileError": "files",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str):
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_HOMES[name]}"), name)
    globals()[name] = value
    return value
