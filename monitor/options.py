"""Option parsers shared by the config file and the alert channels.

Durations ("30s", "15m"), listen addresses (HOST:PORT, with the loopback check the status page
and the metrics endpoint agree on) and secrets read from the environment variable a ``*_env``
key names. The lowest layer of configuration: it imports nothing of the monitor but its errors.
"""

from __future__ import annotations

import ipaddress
import math
import re
from collections.abc import Mapping
from typing import Any

from .errors import ConfigError

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")
_DURATION_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0, None: 1.0}
#: What an environment variable's name may look like (a ``*_env`` key holds one).
ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


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

#: The longest duration any option takes (a year): beyond it dates overflow, and it is a typo.
MAX_DURATION = 366 * 86400.0


def parse_duration(value: Any) -> float | None:
    """Seconds in a duration like ``90``, ``"30s"``, ``"15m"``, ``"6h"``; None if not one
    (zero, negative, NaN, infinite or longer than ``MAX_DURATION`` are not durations)."""
    if isinstance(value, bool):
        return None
    seconds: float | None = None
    if isinstance(value, int | float):
        seconds = float(value)
    elif isinstance(value, str) and len(value) <= 64:
        match = _DURATION.match(value)
        if match:
            seconds = float(match.group(1)) * _DURATION_UNITS[match.group(2)]
    if seconds is None or not math.isfinite(seconds) or not 0 < seconds <= MAX_DURATION:
        return None
    return seconds

def read_env_secret(var: object, environ: Mapping[str, str], where: str) -> str:
    """The value of the environment variable a ``*_env`` config key names (``where`` is
    "file: key" for messages). Never echoes ``var`` when it is not a variable name: it may be
    the secret itself, pasted in by mistake."""
    if not isinstance(var, str) or not ENV_NAME.match(var):
        raise ConfigError(f"{where}: must name an environment variable "
                          "(e.g. MONITOR_SMTP_PASSWORD), not hold the secret itself")
    value = environ.get(var)
    if not value:
        raise ConfigError(f"{where}: environment variable {var} is not set (or is empty)")
    return value
