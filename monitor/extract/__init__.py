"""Extract: an article's text in, production-status facts out. Pure functions, no I/O.

``facts`` drives the extraction, ``shows`` finds the show titles an article talks about,
``dates`` reads date phrases into partial ISO dates, ``patterns`` holds the vocabularies as data,
``evaluate`` scores the extractor against a labelled corpus.
"""

from . import patterncache

# The compiled-pattern cache, for the patterns this package's modules compile as they are
# imported (issue 14, round 36; ``patterncache``): installed before any of them runs.
patterncache.install()
