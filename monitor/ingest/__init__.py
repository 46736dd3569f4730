"""Ingest: feeds in, pages fetched, readable text out.

``feeds`` parses RSS/Atom into ``FeedItem``s, ``fetch`` is the only code that talks to the
network (timeouts, size caps, SSRF guard), ``politeness`` spaces requests per host, ``text`` turns
a page into the article's readable text. Nothing here knows about facts or state.
"""
