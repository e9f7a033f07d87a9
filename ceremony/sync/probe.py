"""Before guests arrive: can this desk reach the host, and if not, is the network isolating clients?

School and hotel Wi-Fi often has "client isolation" (AP isolation): two laptops
on the same network cannot reach each other at all, so connections time out
rather than being refused. :func:`diagnose` says so plainly instead of "error".
"""

from __future__ import annotations

import ipaddress
import json
import socket
import ssl
import time
from dataclasses import dataclass

from ceremony.sync import tls
from ceremony.sync.client import SyncError, parse_url

OK, TIMEOUT, REFUSED, NO_TLS, NOT_CEREMONY, BAD_URL = "ok", "timeout", "refused", "no_tls", "not_ceremony", "bad_url"
# Verdicts of diagnose()
REACHABLE, ISOLATED, NO_SERVER, UNREACHABLE = "reachable", "isolated", "no_server", "unreachable"


@dataclass(frozen=True)
class Probe:
    url: str
    outcome: str
    ms: float | None = None


def probe_host(url: str, timeout: float = 3.0) -> Probe:
    """Connect to a host address, shake hands over TLS and ask ``/ping``; never raises."""
    try:
        host, port = parse_url(url)
    except SyncError:
        return Probe(url, BAD_URL)
    started = time.perf_counter()
    try:
        raw = socket.create_connection((host, port), timeout=timeout)
    except TimeoutError:
        return Probe(url, TIMEOUT)
    except OSError:
        return Probe(url, REFUSED)
    try:
        with tls.unverified_client_context().wrap_socket(raw, server_hostname=host) as conn:
            conn.settimeout(timeout)
            conn.sendall(b"GET /ping HTTP/1.1\r\nHost: ceremony\r\nConnection: close\r\n\r\n")
            answer = _read_all(conn)
    except (ssl.SSLError, OSError):
        return Probe(url, NO_TLS)
    finally:
        raw.close()
    body = answer.split(b"\r\n\r\n", 1)[-1]
    try:
        is_ours = json.loads(body.decode("utf-8")).get("service") == "ceremony"
    except (ValueError, AttributeError):
        is_ours = False
    return Probe(url, OK if is_ours else NOT_CEREMONY, (time.perf_counter() - started) * 1000)


def _read_all(conn) -> bytes:
    chunks: list[bytes] = []
    while len(chunks) < 64:
        data = conn.recv(4096)
        if not data:
            break
        chunks.append(data)
    return b"".join(chunks)


def diagnose(probes: list[Probe], local: list[str] | None = None) -> str:
    """One verdict over all tried addresses (see the module docstring)."""
    if any(p.outcome == OK for p in probes):
        return REACHABLE
    if any(p.outcome in (REFUSED, NO_TLS, NOT_CEREMONY) for p in probes):
        return NO_SERVER              # the machine answers, but no ceremony host runs on that port
    local = tls.local_addresses() if local is None else local
    for p in probes:
        if p.outcome == TIMEOUT and _same_subnet(p.url, local):
            return ISOLATED
    return UNREACHABLE


def _same_subnet(url: str, local: list[str]) -> bool:
    try:
        host = ipaddress.ip_address(parse_url(url)[0])
    except (SyncError, ValueError):
        return False
    return any(host in ipaddress.ip_network(f"{a}/24", strict=False) for a in local if not a.startswith("127."))
