"""A pytest plugin that keeps every page the test suite hands to the page-text extractors.

    RECORD_PAGES=/tmp/pages PYTHONPATH=bench .venv/bin/pytest -q -p no:cacheprovider \\
        -p record_pages tests

Each distinct (function, markup, url) given to ``monitor.ingest.text.html_page`` or
``plain_text_page`` in the test process is written to ``$RECORD_PAGES/<sha1>.json``;
``bench/text_compare.py --recorded`` runs them again through the code under comparison. Pages
read in child processes (daemons the tests start) are not recorded. The wrapped functions are
called as they are; nothing is recorded without ``RECORD_PAGES``.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest


def pytest_configure(config: pytest.Config) -> None:
    target = os.environ.get("RECORD_PAGES")
    if not target:
        return
    from monitor.ingest import text

    out = Path(target)
    out.mkdir(parents=True, exist_ok=True)
    for name in ("html_page", "plain_text_page"):
        setattr(text, name, _recording(name, getattr(text, name), out))


def _recording(name: str, function: Any, out: Path) -> Any:
    @functools.wraps(function)
    def record(markup: str, *args: Any) -> Any:
        url = args[0] if args else ""
        data = json.dumps({"function": name, "markup": markup, "url": url},
                          ensure_ascii=False).encode("utf-8", "surrogatepass")
        path = out / f"{hashlib.sha1(data).hexdigest()}.json"
        if not path.exists():
            path.write_bytes(data)
        return function(markup, *args)
    return record
