"""Alerts: how a queued alert leaves the outbox (``delivery``) and through what (``channels``)."""
