"""The read-only status page, its JSON API and the Atom feed of alerts (``server``)."""
