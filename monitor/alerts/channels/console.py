"""The console channel: prints each alert (a summary line, the evidence, the sources)."""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar, TextIO

import jinja2

from ...errors import DeliveryError
from ...models import Alert
from ..messages import render, template_environment
from .base import TEMPLATES_OPTION, Batching, Build, Option, with_batching


class ConsoleChannel:
    """Prints a one-line summary, the evidence and the sources to a stream (stdout by default)."""

    KIND: ClassVar[str] = "console"
    SUMMARY: ClassVar[str] = "prints the alert to standard output or standard error"
    OPTIONS: ClassVar[tuple[Option, ...]] = (
        Option("stream", "str", default="stdout", choices=("stdout", "stderr"),
               doc="stdout or stderr"),
        TEMPLATES_OPTION,
    )

    kind = "console"

    def __init__(self, name: str, *, stream: TextIO | None = None, stream_name: str = "stdout",
                 templates: jinja2.Environment | None = None,
                 batching: Batching | None = None, public_url: str | None = None) -> None:
        self.name = name
        self.batching = batching
        #: Links to the season's page start here (None: no link).
        self.public_url = public_url
        #: Where to print; None means sys.stdout/sys.stderr looked up at each send.
        self.stream = stream
        self.stream_name = stream_name
        self.templates = templates or template_environment(None)

    @classmethod
    def check(cls, name: str, opts: Mapping[str, Any], build: Build) -> None:
        """What can be checked without building: the templates directory exists."""
        build.templates_directory(opts)

    @classmethod
    def from_options(cls, name: str, opts: Mapping[str, Any], build: Build) -> ConsoleChannel:
        return cls(name, stream_name=opts["stream"],
                   templates=build.templates(opts, ("console.txt",)),
                   batching=build.batching(opts), public_url=build.public_url)

    def close(self) -> None:
        """Nothing to release; the stream is not ours to close."""

    def probe(self) -> str:
        """Nothing to reach."""
        return "prints alerts (nothing to reach)"

    def describe(self) -> str:
        return with_batching(f"console {self.stream_name}", self.batching)

    def send(self, alert: Alert) -> None:
        self.send_digest([alert])

    def send_digest(self, alerts: Sequence[Alert]) -> None:
        """Print each alert, in one write so a digest is not interleaved with other output."""
        try:
            text = "\n".join(render(self.templates, "console.txt", a,
                                    public_url=self.public_url).rstrip("\n")
                             for a in alerts)
        except jinja2.TemplateError as exc:
            raise DeliveryError(self.name, f"console template error: {exc}",
                                retryable=False) from exc
        stream = self.stream or (sys.stderr if self.stream_name == "stderr" else sys.stdout)
        try:
            print(text, file=stream, flush=True)
        except (OSError, ValueError) as exc:  # closed pipe or stream
            raise DeliveryError(self.name, f"cannot write to {self.stream_name}: {exc}") from exc


