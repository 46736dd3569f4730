"""Addresses the monitor listens on (status page, metrics): parsing HOST:PORT and loopback checks.

One place for both, so the status page and the metrics endpoint accept the same forms and agree
on what "only this machine" means.
"""

from __future__ import annotations

import ipaddress


def parse_listen(value: str) -> tuple[str, int] | None:
    """``"127.0.0.1:8080"``, ``"[::1]:8080"``, ``"localhost:8080"`` or a bare port (loopback)
    as (host, port); None when ``value`` is none of these."""
    text = value.strip()
    if text.isdigit():
        host, port_text = "127.0.0.1", text
    elif text.startswith("["):
        host, sep, port_text = text[1:].partition("]:")
        if not sep or not _is_ipv6(host):
            return None
    else:
        host, sep, port_text = text.rpartition(":")
        if not sep or not host or ":" in host:
            return None
    if not port_text.isdigit() or not 0 <= int(port_text) <= 65535:
        return None
    return host, int(port_text)


def is_loopback(host: str) -> bool:
    """Whether ``host`` only ever reaches this machine: ``localhost``, 127.0.0.0/8, ::1.
    The empty host (every interface) and other names are not."""
    name = host.strip().strip("[]").lower()
    if name == "localhost":
        return True
    try:
        address = ipaddress.ip_address(name)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def _is_ipv6(text: str) -> bool:
    try:
        return ipaddress.ip_address(text).version == 6
    except ValueError:
        return False
