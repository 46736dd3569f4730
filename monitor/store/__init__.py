"""Store: the state database and the rules that derive a season's status from its facts.

``state.StateStore`` is the one entry: it opens the file (``schema``) and exposes its parts by
concern, ``feeds``, ``articles``, ``outbox`` and ``queries``; they are the only code that runs
SQL. ``reconcile`` is pure: facts in, season state and the alerts a change causes out.
"""
