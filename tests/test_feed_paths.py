"""The lxml fast path (``rss_atom``) and feedparser give the same FeedItems for every feed.

``parse_feed(data, url)`` against ``parse_feed(data, url, fast_path=False)`` over a corpus: the
seed feeds, the bench generator's feeds (RSS and Atom), the fuzz generator's mutated feeds, and
hand-written edge cases. For the feeds the fast path is meant to read, the test also checks
that it did read them (a comparison of feedparser with itself would prove nothing).
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

import pytest

from monitor.errors import ParseError
from monitor.ingest import rss_atom
from monitor.ingest.feeds import parse_feed

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

import feedserver  # noqa: E402
import fuzz  # noqa: E402

URL = "https://news.example/feeds/tv.xml"


def both(data: bytes, url: str = URL) -> tuple[object, object]:
    """What each path makes of ``data``: its items, or the ParseError message."""
    results = []
    for fast in (True, False):
        try:
            results.append(parse_feed(data, url, fast_path=fast))
        except ParseError as exc:
            results.append(f"ParseError: {exc}")
    return results[0], results[1]


def rss(items: str, *, root: str = '<rss version="2.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/">',
        decl: str = '<?xml version="1.0" encoding="utf-8"?>') -> bytes:
    return (f"{decl}{root}<channel><title>T</title><link>https://news.example/</link>"
            f"<description>d</description>{items}</channel></rss>").encode()


def atom(entries: str) -> bytes:
    return ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            '<title>T</title><id>tag:t</id><updated>2024-03-01T12:00:00Z</updated>'
            f"{entries}</feed>").encode()


def test_seed_feeds_take_the_fast_path_with_the_same_items(seeds_dir: Path) -> None:
    for name in ("feed.xml", "feed-atom.xml"):
        data = (seeds_dir / name).read_bytes()
        assert rss_atom.entries(data) is not None, name
        fast, slow = both(data, f"file:///seeds/{name}")
        assert isinstance(fast, list) and fast, name
        assert fast == slow, name


def test_bench_generator_feeds_take_the_fast_path_with_the_same_items() -> None:
    for i in range(10):  # every fifth feed is Atom
        for generation in (20, 57):
            data = feedserver.feed_body(feedserver.fresh_item, i, generation)
            assert rss_atom.entries(data) is not None, i
            fast, slow = both(data, f"http://127.0.0.1:8080/feed/{i}.xml")
            assert isinstance(fast, list) and len(fast) == 20
            assert fast == slow, (i, generation)


def test_fuzzed_feeds_give_the_same_items_or_the_same_error() -> None:
    rng = random.Random(14)
    fast_read = 0
    for number in range(1500):
        data = fuzz.feed_case(rng)
        fast_read += rss_atom.entries(data) is not None
        fast, slow = both(data)
        assert fast == slow, (number, data)
    assert fast_read > 50  # the mutations leave some feeds plain enough for the fast path


RSS_EDGES = {
    "cdata": "<item><title><![CDATA[Salt Road <b>renewed</b> & more]]></title>"
             "<link>https://n.example/a</link><description><![CDATA[<p>Season 2.</p>]]>"
             "</description></item>",
    "entities": "<item><title>Salt &amp; Pepper &#233;t&#xe9; &#x2014; &lt;b&gt;x&lt;/b&gt;"
                "</title><link>https://n.example/a?x=1&amp;y=2</link></item>",
    "double escaped link": "<item><title>t</title><link>https://n.example/a?x=1&amp;amp;y=2"
                           "</link></item>",
    "relative links": "<item><title>a</title><link>/article/1.html</link></item>"
                      "<item><title>b</title><link>article/2.html</link></item>"
                      "<item><title>c</title><link>../x/3.html</link></item>",
    "file url": "<item><title>a</title><link>file:///srv/pages/1.html</link></item>",
    "triple slash": "<item><title>a</title><link>http:///n.example/1</link></item>",
    "guid as link": '<item><title>a</title><guid>https://n.example/g1</guid></item>'
                    '<item><title>b</title><guid isPermaLink="true">https://n.example/g2</guid>'
                    '</item><item><title>c</title><guid isPermaLink="false">g3</guid></item>'
                    '<item><title>d</title><guid isPermaLink="True">https://n.example/g4</guid>'
                    "</item>",
    "guid before and after link": "<item><guid>https://n.example/g</guid>"
                                  "<link>https://n.example/l</link></item>"
                                  "<item><link>https://n.example/l2</link>"
                                  "<guid>https://n.example/g2</guid></item>",
    "empty link": "<item><title>a</title><link></link><guid>https://n.example/g</guid></item>"
                  "<item><title>b</title><guid>https://n.example/g2</guid><link> </link></item>",
    "no link no guid": "<item><title>gone</title></item><item><title>kept</title>"
                       "<link>https://n.example/k</link></item>",
    "missing dates": "<item><title>a</title><link>https://n.example/a</link></item>",
    "dates": "".join(
        f"<item><title>{n}</title><link>https://n.example/{n}</link><pubDate>{date}</pubDate>"
        "</item>" for n, date in enumerate([
            "Sat, 16 Sep 2017 18:30:00 GMT", "16 Sep 2017 18:30:00 +0000",
            "Sat, 16 Sep 2017 18:30:00 -0400", "Sat, 6 Sep 2017 08:30:00 +0530",
            "Sat, 16 Sep 2017 18:30 EST", "Sat, 16 Sep 17 18:30:00 GMT",
            "Sat, 31 Feb 2017 18:30:00 GMT", "Sat, 16 Sep 2017 24:30:00 GMT",
            "Sat, 16 Sep 2017 18:30:60 GMT", "sat, 16 sep 2017 18:30:00 gmt",
            "2017-09-16T18:30:00Z", "2017-09-16T18:30:00.123+02:00", "2017-09-16",
            "2017-09-16T18:30:00-04:00", "2017-09-16 18:30:00", "yesterday", "",
            "Sat, 01 Jan 0001 00:00:00 GMT", "Sat, 01 Jan 1900 00:00:00 +0100",
            "Fri, 31 Dec 9999 23:30:00 -0100", "Sat, 16 Sep 2017 18:30:00 UT",
            "  Sat, 16 Sep 2017 18:30:00 GMT  "])),
    "whitespace": "<item><title>\n   Salt   Road\n  </title><link>\n https://n.example/a \n"
                  "</link><description>\n  text \n</description></item>",
    "mojibake and cp1252": "<item><title>Caf\u00c3\u00a9 \u0093quoted\u0094</title>"
                           "<link>https://n.example/a</link><description>Caf\u00c3\u00a9"
                           "</description></item>",
    "non-ascii": "<item><title>Café — “Ångström” 日本</title>"
                 "<link>https://n.example/é</link></item>",
    "content encoded": "<item><title>a</title><link>https://n.example/a</link>"
                       "<description>short</description><content:encoded><![CDATA[<p>much "
                       "longer text</p>]]></content:encoded></item>"
                       "<item><title>b</title><link>https://n.example/b</link><content:encoded>"
                       "only content</content:encoded><description>after</description></item>",
    "skipped elements": '<item><title>a</title><link>https://n.example/a</link><category '
                        'domain="x">TV</category><author>a@b.c</author><comments>https://n.'
                        'example/c</comments><enclosure url="https://n.example/e.mp3" '
                        'length="1" type="audio/mpeg"/><dc:creator>Desk</dc:creator></item>',
    "comments inside": "<item><!-- c --><title>a</title><link>https://n.example/a</link></item>",
    "duplicate title": "<item><title>first</title><title>second</title>"
                       "<link>https://n.example/a</link></item>",
    "markup in description": "<item><title>a</title><link>https://n.example/a</link>"
                             "<description><p>raw <b>markup</b></p></description></item>",
    "other namespaces": '<item xmlns:media="http://search.yahoo.com/mrss/"><title>a</title>'
                        '<link>https://n.example/a</link><media:title>m</media:title>'
                        "<dc:date>2017-09-16T18:30:00Z</dc:date></item>",
    "xml:base": '<item xml:base="https://other.example/dir/"><title>a</title>'
                "<link>rel.html</link></item>",
    "duplicate guids": "<item><title>a</title><guid>https://n.example/a</guid></item>"
                       "<item><title>b</title><guid>https://n.example/a</guid></item>",
    "typed title": '<item><title type="text/html">a</title><link>https://n.example/a</link>'
                   "</item>",
    "surrogate references": "<item><title>&#55357;&#56842; and &#55357; and &#0;</title>"
                            "<link>https://n.example/a</link></item>",
}

ATOM_EDGES = {
    "id before link": '<entry><title>a</title><id>tag:x,2024:1</id><link href="https://n.'
                      'example/a"/></entry>',
    "link before id": '<entry><link href="/a"/><id>https://n.example/id</id><title>a</title>'
                      "</entry>",
    "only a self link": '<entry><title>a</title><id>tag:x,2024:1</id><link rel="self" '
                        'href="https://n.example/self"/></entry>',
    "only a url id": "<entry><title>a</title><id>https://n.example/id</id></entry>",
    "link types": '<entry><title>a</title><id>tag:x:2</id><link rel="alternate" '
                  'type="application/pdf" href="/a.pdf"/><link rel="enclosure" href="/e.mp3"/>'
                  '<link rel="alternate" type="text/html" href="/a.html"/></entry>'
                  '<entry><title>b</title><id>tag:x:3</id><link rel="ALTERNATE" href="/b"/>'
                  '<link REL="alternate" href="/b2"/></entry>',
    "url and uri attributes": '<entry><title>a</title><id>tag:x:4</id><link url="/u"/></entry>'
                              '<entry><title>b</title><id>tag:x:5</id><link uri="/v"/></entry>',
    "file url": '<entry><title>a</title><link href="file:///srv/a.html"/><id>tag:f</id></entry>',
    "html title and summary": '<entry><title type="html">Salt &lt;b&gt;Road&lt;/b&gt;</title>'
                              '<id>tag:x:6</id><link href="/a"/><summary type="html">&lt;p&gt;'
                              "s&lt;/p&gt;</summary><content type=\"html\">&lt;p&gt;longer "
                              "content&lt;/p&gt;</content></entry>",
    "content before summary": '<entry><title>a</title><id>tag:x:7</id><link href="/a"/>'
                              "<content>the longer content</content><summary>sum</summary>"
                              "</entry>",
    "xhtml content": '<entry><title>a</title><id>tag:x:8</id><link href="/a"/><content '
                     'type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>x</p></div>'
                     "</content></entry>",
    "content src": '<entry><title>a</title><id>tag:x:9</id><content src="/c"/></entry>',
    "dates": '<entry><title>a</title><id>tag:x:10</id><link href="/a"/><updated>'
             "2017-09-16T18:30:00+02:00</updated></entry><entry><title>b</title><id>tag:x:11"
             '</id><link href="/b"/><published>2017-09-16T18:30:00.5Z</published><updated>'
             "2018-01-01T00:00:00Z</updated></entry><entry><title>c</title><id>tag:x:12</id>"
             '<link href="/c"/><published>2017-09-16</published></entry>',
    "author and category": '<entry><title>a</title><id>tag:x:13</id><link href="/a"/><author>'
                           "<name>N</name><uri>https://n.example/n</uri></author><category "
                           'term="TV"/></entry>',
    "source element": '<entry><title>a</title><id>tag:x:14</id><link href="/a"/><source>'
                      "<title>other</title><link href=\"https://o.example/\"/></source></entry>",
    "thread namespace": '<entry xmlns:thr="http://purl.org/syndication/thread/1.0"><title>a'
                        '</title><id>tag:x:15</id><link href="/a" thr:count="3"/></entry>',
}

FALLBACK_DOCUMENTS = {
    "rss 0.91": rss("<item><title>a</title><link>https://n.example/a</link></item>",
                    root='<rss version="0.91">'),
    "rss 0.92": rss("<item><title>a</title><link>https://n.example/a</link></item>",
                    root='<rss version="0.92">'),
    "rss without version": rss("<item><title>a</title><link>https://n.example/a</link></item>",
                               root="<rss>"),
    "rdf": b'<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax'
           b'-ns#" xmlns="http://purl.org/rss/1.0/"><channel rdf:about="https://n.example/">'
           b"<title>T</title><link>https://n.example/</link></channel><item rdf:about="
           b'"https://n.example/a"><title>a</title><link>https://n.example/a</link><dc:date '
           b'xmlns:dc="http://purl.org/dc/elements/1.1/">2017-09-16T18:30:00Z</dc:date></item>'
           b"</rdf:RDF>",
    "atom 0.3": b'<?xml version="1.0"?><feed version="0.3" xmlns="http://purl.org/atom/ns#">'
                b'<title>T</title><entry><title>a</title><link rel="alternate" type="text/html"'
                b' href="https://n.example/a"/><id>tag:a</id><issued>2017-09-16T18:30:00Z'
                b"</issued></entry></feed>",
    "latin-1": rss("<item><title>Caf\u00e9</title><link>https://n.example/a</link></item>",
                   decl='<?xml version="1.0" encoding="iso-8859-1"?>'
                   ).decode().encode("latin-1"),
    "doctype": rss("<item><title>a&nbsp;b</title><link>https://n.example/a</link></item>",
                   decl='<?xml version="1.0"?><!DOCTYPE rss PUBLIC "-//Netscape Communications'
                   '//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">'),
    "undefined entity": rss("<item><title>a&nbsp;b</title><link>https://n.example/a</link>"
                            "</item>"),
    "stray ampersand": rss("<item><title>a & b</title><link>https://n.example/a</link></item>"),
    "bom": b"\xef\xbb\xbf" + rss("<item><title>a</title><link>https://n.example/a</link></item>"),
    "utf-16": rss("<item><title>a</title><link>https://n.example/a</link></item>",
                  decl='<?xml version="1.0" encoding="utf-16"?>').decode().encode("utf-16"),
    "empty feed": rss(""),
    "item outside channel": b'<rss version="2.0"><channel><title>T</title></channel><item>'
                            b"<title>a</title><link>https://n.example/a</link></item></rss>",
}


@pytest.mark.parametrize("name", sorted(RSS_EDGES))
def test_rss_edge_cases(name: str) -> None:
    fast, slow = both(rss(RSS_EDGES[name]))
    assert fast == slow


@pytest.mark.parametrize("name", sorted(ATOM_EDGES))
def test_atom_edge_cases(name: str) -> None:
    fast, slow = both(atom(ATOM_EDGES[name]))
    assert fast == slow


@pytest.mark.parametrize("name", sorted(FALLBACK_DOCUMENTS))
def test_other_formats_go_to_feedparser(name: str) -> None:
    data = FALLBACK_DOCUMENTS[name]
    assert rss_atom.entries(data) is None
    fast, slow = both(data)
    assert fast == slow


@pytest.mark.parametrize("name", ["cdata", "entities", "relative links", "dates", "guid as link",
                                  "mojibake and cp1252", "content encoded", "skipped elements",
                                  "empty link", "comments inside"])
def test_plain_rss_edge_cases_take_the_fast_path(name: str) -> None:
    assert rss_atom.entries(rss(RSS_EDGES[name])) is not None


@pytest.mark.parametrize("name", ["id before link", "link before id", "only a self link",
                                  "link types", "url and uri attributes", "dates",
                                  "html title and summary", "content before summary",
                                  "author and category"])
def test_plain_atom_edge_cases_take_the_fast_path(name: str) -> None:
    assert rss_atom.entries(atom(ATOM_EDGES[name])) is not None


def test_fast_dates_agree_with_feedparser_over_many_dates() -> None:
    from feedparser.datetimes import _parse_date
    rng = random.Random(5)
    for _ in range(3000):
        stamp = rng.randrange(-2_000_000_000, 4_000_000_000)
        offset = rng.choice([0, 3600, -14400, 19800, -34200, 50400])
        moment = time.gmtime(stamp + offset)
        sign = "-" if offset < 0 else "+"
        zone = f"{sign}{abs(offset) // 3600:02d}{abs(offset) % 3600 // 60:02d}"
        rfc = time.strftime("%a, %d %b %Y %H:%M:%S ", moment) + zone
        w3 = time.strftime("%Y-%m-%dT%H:%M:%S", moment) + f"{zone[:3]}:{zone[3:]}"
        for value in (rfc, w3, rfc.replace(zone, "GMT"), w3[:19] + "Z"):
            fast = rss_atom.parse_date(value)
            slow = _parse_date(value)
            assert (fast and tuple(fast)[:6]) == (slow and tuple(slow)[:6]), value


def test_cp1252_table_is_feedparsers() -> None:
    from feedparser.html import _cp1252
    assert rss_atom.CP1252 == {k: v for k, v in _cp1252.items()}
