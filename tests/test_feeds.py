"""parse_feed: RSS and Atom in, FeedItems out; unsafe or non-feed documents are ParseErrors."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from monitor.errors import ParseError
from monitor.ingest.feeds import parse_feed

UTC = dt.UTC


def rss(items: str, *, prolog: str = "") -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?>{prolog}\n<rss version="2.0"><channel>'
            f"<title>T</title><link>https://news.example/</link>{items}</channel></rss>"
            ).encode()


# --- the seed feeds -----------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["feed.xml", "feed-atom.xml"])
def test_seed_feeds(seeds_dir: Path, name: str) -> None:
    feed_url = (seeds_dir / name).as_uri()
    items = parse_feed((seeds_dir / name).read_bytes(), feed_url)
    labels = {lab["file"].removesuffix(".txt"): lab
              for lab in json.loads((seeds_dir / "labels.json").read_text())}
    assert len(items) == 5
    published = [i.published.isoformat() for i in items if i.published]
    assert published == sorted(published, reverse=True)  # newest first, like a real feed
    for item in items:
        stem = item.link.rsplit("/", 1)[-1].removesuffix(".html")
        assert item.link == (seeds_dir / f"{stem}.html").as_uri()
        assert (seeds_dir / f"{stem}.html").is_file()
        assert item.title == labels[stem]["title"]
        assert item.published is not None and item.published.tzinfo == UTC
        assert item.published.date().isoformat() == labels[stem]["published"]
        assert item.feed_url == feed_url and stem in item.guid
        assert item.summary


def test_rss_and_atom_seed_feeds_agree(seeds_dir: Path) -> None:
    def key(name: str) -> list[tuple[str, str, dt.datetime | None]]:
        data = (seeds_dir / name).read_bytes()
        return [(i.link, i.title, i.published)
                for i in parse_feed(data, (seeds_dir / name).as_uri())]

    assert key("feed.xml") == key("feed-atom.xml")


# --- RSS, RDF, Atom -----------------------------------------------------------------------------

def test_rss2_item_fields() -> None:
    data = rss("""
      <item><title>Show &amp; Tell renewed</title><link>https://news.example/a</link>
        <guid isPermaLink="false">id-1</guid><pubDate>Tue, 04 Apr 2017 09:30:00 -0400</pubDate>
        <description>&lt;p&gt;Short &lt;b&gt;summary&lt;/b&gt;&lt;/p&gt;</description></item>""")
    [item] = parse_feed(data, "https://news.example/feed")
    assert item.guid == "id-1" and item.link == "https://news.example/a"
    assert item.title == "Show & Tell renewed"
    assert item.published == dt.datetime(2017, 4, 4, 13, 30, tzinfo=UTC)
    assert item.summary == "<p>Short <b>summary</b></p>"  # raw HTML: text.py reads it


def test_rss_guid_without_link_becomes_the_link() -> None:
    data = rss('<item><title>x</title><guid>https://news.example/perma</guid></item>')
    [item] = parse_feed(data, "https://news.example/feed")
    assert item.link == item.guid == "https://news.example/perma"


def test_link_without_guid_is_the_guid_and_missing_date_is_none() -> None:
    [item] = parse_feed(rss("<item><title>x</title><link>/a</link></item>"),
                        "https://news.example/rss")
    assert item.guid == item.link == "https://news.example/a"
    assert item.published is None


@pytest.mark.parametrize("date", ["not a date at all", "", "Mon, 99 Foo 2017 99:99:99 GMT"])
def test_unusable_date_is_none(date: str) -> None:
    [item] = parse_feed(rss(f"<item><title>x</title><link>https://news.example/a</link>"
                            f"<pubDate>{date}</pubDate></item>"), "https://news.example/rss")
    assert item.published is None


def test_updated_is_used_when_published_is_missing() -> None:
    data = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:f</id>
  <entry><id>urn:e1</id><title>t</title><link href="https://news.example/e1"/>
    <published>garbage</published><updated>2024-01-02T03:04:05Z</updated></entry></feed>"""
    [item] = parse_feed(data, "https://news.example/atom")
    assert item.published == dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=UTC)


def test_items_without_link_or_guid_are_skipped() -> None:
    data = rss("<item><title>only a title</title></item>"
               "<item><title>ok</title><link>https://news.example/b</link></item>")
    assert [i.title for i in parse_feed(data, "https://news.example/feed")] == ["ok"]


def test_item_with_malformed_link_is_skipped() -> None:
    data = rss("<item><title>bad</title><link>http://[::1/x</link></item>"
               "<item><title>ok</title><link>https://news.example/b</link></item>")
    assert [i.title for i in parse_feed(data, "https://news.example/feed")] == ["ok"]


def test_duplicate_guids_are_kept_once() -> None:
    item = "<item><title>x</title><link>https://news.example/a</link><guid>g</guid></item>"
    assert len(parse_feed(rss(item * 3), "https://news.example/feed")) == 1


def test_rss1_rdf() -> None:
    data = b"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://news.example/"><title>T</title><link>https://news.example/</link>
    <items><rdf:Seq><rdf:li rdf:resource="https://news.example/r1"/></rdf:Seq></items></channel>
  <item rdf:about="https://news.example/r1"><title>RDF item</title>
    <link>https://news.example/r1</link><dc:date>2017-04-03T15:40:00-04:00</dc:date></item>
</rdf:RDF>"""
    [item] = parse_feed(data, "https://news.example/index.rdf")
    assert item.link == "https://news.example/r1" and item.title == "RDF item"
    assert item.published == dt.datetime(2017, 4, 3, 19, 40, tzinfo=UTC)


def test_atom_fields_updated_as_fallback_and_html_title() -> None:
    data = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><id>urn:f</id>
  <updated>2024-01-02T00:00:00Z</updated>
  <entry><id>urn:e1</id><title type="html">Gilded Lanes &lt;em&gt;wraps&lt;/em&gt;</title>
    <link rel="alternate" href="https://news.example/e1"/>
    <link rel="enclosure" href="https://news.example/e1.mp3"/>
    <updated>2024-01-02T03:04:05+01:00</updated>
    <summary>short</summary><content type="html">&lt;p&gt;the full text&lt;/p&gt;</content>
  </entry>
</feed>"""
    [item] = parse_feed(data, "https://news.example/atom")
    assert (item.guid, item.link) == ("urn:e1", "https://news.example/e1")
    assert item.title == "Gilded Lanes wraps"
    assert item.published == dt.datetime(2024, 1, 2, 2, 4, 5, tzinfo=UTC)
    assert item.summary == "<p>the full text</p>"  # the longer content wins over the summary


@pytest.mark.parametrize(("feed_url", "link", "expected"), [
    pytest.param("https://news.example/feeds/tv.xml", "004_x.html",
                 "https://news.example/feeds/004_x.html", id="relative-http"),
    pytest.param("https://news.example/feeds/tv.xml", "/tv/a",
                 "https://news.example/tv/a", id="root-relative"),
    pytest.param("file:///srv/replay/feed.xml", "004_x.html",
                 "file:///srv/replay/004_x.html", id="relative-file"),
    pytest.param("https://news.example/feed", "https://other.example/a",
                 "https://other.example/a", id="absolute"),
])
def test_relative_links_are_resolved_against_the_feed_url(feed_url: str, link: str,
                                                          expected: str) -> None:
    [item] = parse_feed(rss(f"<item><title>x</title><link>{link}</link></item>"), feed_url)
    assert item.link == expected


def test_utf16_feed() -> None:
    data = rss("<item><title>Café</title><link>https://news.example/c</link></item>")
    data = data.replace(b'encoding="utf-8"', b'encoding="utf-16"').decode().encode("utf-16")
    [item] = parse_feed(data, "https://news.example/feed")
    assert item.title == "Café"


def test_empty_but_valid_feed_has_no_items() -> None:
    assert parse_feed(rss(""), "https://news.example/feed") == []


def test_old_rss091_doctype_without_entities_is_fine() -> None:
    prolog = ('<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" '
              '"http://my.netscape.com/publish/formats/rss-0.91.dtd">')
    data = rss("<item><title>x</title><link>https://news.example/a</link></item>",
               prolog=prolog).replace(b'version="2.0"', b'version="0.91"')
    assert len(parse_feed(data, "https://news.example/feed")) == 1


# --- malformed and unsafe -----------------------------------------------------------------------

def test_malformed_feed_with_entries_keeps_them() -> None:
    data = rss("<item><title>Fish & Chips renewed</title>"
               "<link>https://news.example/a</link></item>")  # bare '&': not well-formed
    [item] = parse_feed(data, "https://news.example/feed")
    assert item.link == "https://news.example/a"


@pytest.mark.parametrize("data", [
    pytest.param(b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</tit', id="cut-off"),
    pytest.param(b"\x00\x01\x02 binary junk \xff\xfe", id="binary"),
])
def test_malformed_feed_without_entries(data: bytes) -> None:
    with pytest.raises(ParseError,
                       match=r"^https://news\.example/feed: not (a valid|an) RSS/Atom feed \("):
        parse_feed(data, "https://news.example/feed")


def test_cut_off_feed_names_the_reason() -> None:
    data = b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</tit'
    with pytest.raises(ParseError) as info:
        parse_feed(data, "https://news.example/feed")
    assert str(info.value).startswith(
        "https://news.example/feed: not a valid RSS/Atom feed (")


def test_xml_that_is_not_a_feed() -> None:
    with pytest.raises(ParseError, match="not an RSS/Atom feed"):
        parse_feed(b'<?xml version="1.0"?><catalog><book>x</book></catalog>',
                   "https://news.example/books.xml")


@pytest.mark.parametrize("data", [b"", b"   \n"], ids=["empty", "blank"])
def test_empty_document(data: bytes) -> None:
    with pytest.raises(ParseError, match="empty document"):
        parse_feed(data, "https://news.example/feed")


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<rss version="2.0"><channel><title>&lol3;</title>
<item><title>&lol3;</title><link>https://news.example/a</link></item></channel></rss>"""

XXE = """<?xml version="1.0"?>
<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<rss version="2.0"><channel><title>T</title>
<item><title>&xxe;</title><link>https://news.example/a</link></item></channel></rss>"""


@pytest.mark.parametrize("doc", [BILLION_LAUGHS, XXE], ids=["billion-laughs", "external"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_entity_declarations_are_refused(doc: str, encoding: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_feed(doc.encode(encoding), "https://evil.example/feed")
    assert str(info.value).startswith("https://evil.example/feed: refusing a feed that declares")


def test_html_page_given_as_feed(seeds_dir: Path) -> None:
    page = (seeds_dir / "000_600423d476aa6f8d.html").read_bytes()
    with pytest.raises(ParseError) as info:
        parse_feed(page, "https://screenwire.example/tv/story/")
    assert str(info.value) == ("https://screenwire.example/tv/story/: this is an HTML page, "
                               "not an RSS/Atom feed")


def test_html_page_names_the_feed_it_links_to() -> None:
    page = b"""<!DOCTYPE html><html><head><title>News</title>
<link rel="alternate" type="application/rss+xml" title="RSS" href="/feed/?a=1&amp;b=2">
</head><body><p>Hello</p></body></html>"""
    with pytest.raises(ParseError, match=r"links to a feed at https://news\.example/feed/\?a=1&b=2$"):
        parse_feed(page, "https://news.example/tv/")


def test_atom_file_links_keep_their_empty_host() -> None:
    atom = (b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
            b'<entry><id>a</id><title>A</title>'
            b'<link rel="alternate" href="file:///srv/news/a.txt"/></entry></feed>')
    [item] = parse_feed(atom, "file:///srv/news/feed.xml")
    assert item.link == "file:///srv/news/a.txt"
