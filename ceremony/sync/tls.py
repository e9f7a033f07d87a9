"""The host's identity: a certificate it makes for itself, the join code, and the proofs that bind them.

A desk cannot check the host's self-made certificate against any authority, so
the join code does that job: the desk sends HMAC(code, fingerprint of the
certificate it sees), and the host answers with its own HMAC over the same
fingerprint. A man in the middle shows the desk another certificate, so the
host rejects the desk's proof, and without the code he cannot forge the
host's answer. The desk then pins the fingerprint and uses the token it got.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import ipaddress
import secrets
import socket
import ssl
from pathlib import Path

CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"     # no 0/O, 1/I/L: read aloud and typed by hand
CODE_LENGTH = 10                                      # ≈ 50 bits


def new_join_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{raw[:5]}-{raw[5:]}"


def normalize_code(code: str) -> str:
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


def fingerprint(der: bytes) -> str:
    """SHA-256 of a DER certificate, hex."""
    return hashlib.sha256(der).hexdigest()


def desk_proof(code: str, cert_fp: str, nonce: str, desk: str) -> str:
    return _mac(code, "desk", cert_fp, nonce, desk)


def host_proof(code: str, cert_fp: str, nonce: str, desk: str) -> str:
    return _mac(code, "host", cert_fp, nonce, desk)


def proofs_match(a: str, b: str) -> bool:
    return hmac.compare_digest(str(a).encode(), str(b).encode())


def _mac(code: str, role: str, cert_fp: str, nonce: str, desk: str) -> str:
    message = "\0".join(("ceremony-join", role, cert_fp, nonce, desk)).encode("utf-8")
    return hmac.new(normalize_code(code).encode("ascii"), message, hashlib.sha256).hexdigest()


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("ascii", "replace")).hexdigest()


def make_certificate(cert_path: Path, key_path: Path, names: list[str]) -> None:
    """A self-signed ECDSA P-256 certificate for this host (valid two years), key readable by the user only."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "ceremony check-in host")])
    now = dt.datetime.now(dt.UTC)
    alt: list[x509.GeneralName] = []
    for name in names:
        try:
            alt.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            alt.append(x509.DNSName(name))
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=730))
            .add_extension(x509.SubjectAlternativeName(alt), critical=False)
            .sign(key, hashes.SHA256()))
    key_bytes = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption())
    _write_private(key_path, key_bytes)
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))


def certificate_fingerprint(cert_path: Path) -> str:
    return fingerprint(ssl.PEM_cert_to_DER_cert(cert_path.read_text("ascii")))


def server_context(cert_path: Path, key_path: Path) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(str(cert_path), str(key_path))
    return ctx


def unverified_client_context() -> ssl.SSLContext:
    """TLS without a CA check: the certificate is checked by fingerprint (pinned) or by the join proofs."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def peer_fingerprint(host: str, port: int, timeout: float = 5.0) -> str:
    """Connect and return the fingerprint of the certificate the server shows (no trust decided yet)."""
    with socket.create_connection((host, port), timeout=timeout) as raw:
        with unverified_client_context().wrap_socket(raw, server_hostname=host) as tls:
            der = tls.getpeercert(binary_form=True)
            if der is None:
                raise ssl.SSLError("the server showed no certificate")
            return fingerprint(der)


def local_addresses() -> list[str]:
    """IPv4 addresses desks may reach this machine at, the likely LAN one first."""
    found: list[str] = []
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("10.255.255.255", 1))       # no packet is sent; picks the outgoing interface
            found.append(probe.getsockname()[0])
    except OSError:
        pass
    try:
        for info in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET):
            found.append(str(info[4][0]))
    except OSError:
        pass
    out = [a for a in dict.fromkeys(found) if not a.startswith("127.")]
    return out + ["127.0.0.1"]


def _write_private(path: Path, data: bytes) -> None:
    import os
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


JOIN_PREFIX = "CEREMONY-JOIN:"


def join_payload(urls: list[str], code: str) -> str:
    """What the host's QR code carries: every address a desk may try, and the join code."""
    return f"{JOIN_PREFIX}{code}@{','.join(urls)}"


def parse_join_payload(text: str) -> tuple[list[str], str] | None:
    """The addresses and code in a scanned join QR (``None`` when it is not one)."""
    text = (text or "").strip()
    if not text.upper().startswith(JOIN_PREFIX) or "@" not in text:
        return None
    code, _, urls = text[len(JOIN_PREFIX):].partition("@")
    found = [u.strip() for u in urls.split(",") if u.strip()]
    return (found, code.strip()) if found and code.strip() else None
