"""monitor: watches TV news feeds and alerts when a season's production status changes.

Pipeline: poll (feeds) -> fetch -> text -> facts -> state (reconcile) -> alerts (outbox, deliver).
Each stage is a module with plain dataclasses in and out (see `monitor.models`).
"""

__version__ = "0.1.0"
