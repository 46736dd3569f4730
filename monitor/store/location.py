"""Where the state lives: an SQLite file, or a PostgreSQL database (``postgresql://…``).

``monitor.state`` names either. A PostgreSQL URL carries no password: the config names the
environment variable holding it (``monitor.state_password_env``), read when the store opens.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..errors import ConfigError

URL_SCHEMES = ("postgresql://", "postgres://")


def is_database_url(text: str) -> bool:
    return text.startswith(URL_SCHEMES)


@dataclass(frozen=True)
class StateLocation:
    """An SQLite file (``path``) or a PostgreSQL database (``url``, its password in the
    variable ``password_env`` names, if any)."""

    path: Path | None = None
    url: str | None = None
    password_env: str | None = None

    @classmethod
    def of(cls, where: str | Path | StateLocation) -> StateLocation:
        if isinstance(where, StateLocation):
            return where
        if isinstance(where, str) and is_database_url(where):
            return cls(url=where)
        return cls(path=Path(where))

    @property
    def engine(self) -> str:
        return "sqlite" if self.url is None else "postgresql"

    @property
    def shared(self) -> bool:
        """Several instances may run on it (PostgreSQL); an SQLite file has one daemon."""
        return self.url is not None

    def password(self, environ: Mapping[str, str] | None = None) -> str | None:
        """The password, read now from its variable; ConfigError naming it when unset."""
        if self.password_env is None:
            return None
        value = (os.environ if environ is None else environ).get(self.password_env)
        if not value:
            raise ConfigError(f"monitor.state_password_env: the variable {self.password_env} "
                              "is not set (it holds the PostgreSQL password)")
        return value

    def exists(self) -> bool:
        """Whether there is anything to open yet (a database always counts)."""
        return self.path is None or self.path.exists()

    def __str__(self) -> str:
        if self.url is not None:
            from .postgres import redact

            return redact(self.url)
        return str(self.path)
