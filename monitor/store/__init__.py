"""Store: the state database and the rules that derive a season's status from its facts.

``state`` is the only code that runs SQL; ``reconcile`` is pure: facts in, season state and the
alerts a change causes out.
"""
