"""Evaluations that run the whole path, from an article's text to the alerts it causes.

``timelines`` replays a labelled corpus's time lines (one season across several articles)
through facts → state → alerts and scores the statuses and alerts (``monitor eval
--timelines``). The extractor's own scoring, facts against labels, is ``extract/evaluate.py``.
"""
