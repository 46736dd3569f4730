"""extract_page_text: the article from a page, without the site around it."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from monitor.errors import ParseError
from monitor.ingest.text import _trafilatura_blocks, decode_body, extract_page_text, parse_date

SEEDS = Path(__file__).parent / "fixtures" / "seeds"
STEMS = sorted(p.stem for p in SEEDS.glob("*.html"))
LABELS = {lab["file"].removesuffix(".txt"): lab
          for lab in json.loads((SEEDS / "labels.json").read_text("utf-8"))}
#: Lines at the end of each seed .txt that are page junk, not article (see make_pages.py).
TRAILING_JUNK = {"000": 3, "001": 3, "002": 1, "003": 3, "004": 3}
#: Lines of the seed .txt files that are chrome on the pages: captions, bylines, reading time.
NOT_BODY = {"Jessica Jones season 2 - Krysten Ritter", "[Credit: Marvel/Netflix]",
            "Jessica Jones season 2 update from Krysten Ritter", "Krysten Ritter as Jessica Jones",
            "3\u00a0min read", "Jessica Jones Season 2", "See Also:", "ByFranco Gucci, writer at",
            "Franco Gucci"}
#: Strings of the page chrome that must not reach the text.
CHROME = [
    "Gilded Lanes Renewed for Season 3", "Quiet Orchard Season 2 Premiere Date",
    "Desert Patrol Cancelled", "More in TV News", "newsletter", "Never miss a story",
    "All rights reserved", "Privacy Policy", "Leave a Reply", "Skip to content", "Trending",
    "Dana Reyes", "I'm an avid movie fan", "min read", "Credit: Marvel", "Posted in",
    "window.__", "gtag(",
]


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def seed_body_lines(stem: str) -> list[str]:
    """The seed article's own lines: the .txt minus trailing junk and chrome lines."""
    lines = [ln.strip() for ln in (SEEDS / f"{stem}.txt").read_text("utf-8").splitlines()]
    lines = [ln for ln in lines if ln][: -TRAILING_JUNK[stem[:3]]]
    return [ln for ln in lines if ln not in NOT_BODY and not ln.startswith("I'm an avid")]


def seed_junk_lines(stem: str) -> list[str]:
    lines = [ln.strip() for ln in (SEEDS / f"{stem}.txt").read_text("utf-8").splitlines()]
    return [ln for ln in lines if ln][-TRAILING_JUNK[stem[:3]]:]


# --- the seed pages -----------------------------------------------------------------------------

@pytest.mark.parametrize("stem", STEMS)
def test_seed_page_yields_the_whole_article(stem: str) -> None:
    page = extract_page_text((SEEDS / f"{stem}.html").read_bytes(),
                             url=f"https://seeds.example/{stem}.html", content_type="text/html")
    text = norm(page.text)
    missing = [line for line in seed_body_lines(stem) if norm(line) not in text]
    assert missing == []
    assert page.text.split("\n", 1)[0] == LABELS[stem]["title"]  # headline first


@pytest.mark.parametrize("stem", STEMS)
def test_seed_page_drops_the_chrome(stem: str) -> None:
    page = extract_page_text((SEEDS / f"{stem}.html").read_bytes(),
                             url=f"https://seeds.example/{stem}.html")
    kept = [s for s in CHROME + seed_junk_lines(stem) if s in page.text]
    assert kept == []
    paragraphs = {norm(p) for p in page.text.split("\n\n")}
    assert paragraphs & {norm(line) for line in NOT_BODY} == set()  # captions, bylines


@pytest.mark.parametrize("stem", STEMS)
def test_seed_page_title_date_and_paragraphs(stem: str) -> None:
    page = extract_page_text((SEEDS / f"{stem}.html").read_bytes(),
                             url=f"file:///seeds/{stem}.html")
    assert page.title == LABELS[stem]["title"]
    assert page.published == dt.date.fromisoformat(LABELS[stem]["published"])
    paragraphs = page.text.split("\n\n")
    body = seed_body_lines(stem)
    has_headline_line = body[0] == LABELS[stem]["title"]  # 002's .txt lacks its headline
    assert len(paragraphs) == len(body) + (0 if has_headline_line else 1)
    assert all(p == p.strip() and p for p in paragraphs)


@pytest.mark.parametrize("stem", STEMS)
def test_seed_txt_passes_through(stem: str) -> None:
    raw = (SEEDS / f"{stem}.txt").read_bytes()
    page = extract_page_text(raw, url=f"file:///seeds/{stem}.txt")
    assert norm(page.text) == norm(raw.decode("utf-8"))
    assert page.published is None
    first = raw.decode().split("\n", 1)[0]
    # 002 starts with a byline run into a bio line: not a headline
    assert page.title == ("" if stem.startswith("002") else first)


def test_trafilatura_second_opinion_still_works() -> None:
    """The fallback for odd layouts must not rot silently (it swallows library errors)."""
    stem = "000_600423d476aa6f8d"
    blocks = _trafilatura_blocks((SEEDS / f"{stem}.html").read_text("utf-8"),
                                 f"https://seeds.example/{stem}.html")
    text = norm(" ".join(blocks))
    body = seed_body_lines(stem)[1:]  # the headline is added by html_page, not needed here
    assert [line for line in body if norm(line) not in text] == []


# --- kinds of input -----------------------------------------------------------------------------

ARTICLE = ("<html><head><title>Quiet Orchard renewed | TV Site</title></head><body>"
           "<nav><a href='/'>Home</a> <a href='/tv'>TV</a></nav>"
           "<h1>Quiet Orchard renewed</h1>"
           "<p>The network has renewed Quiet Orchard for a second season, the studio said.</p>"
           "<p>Filming starts in March in Vancouver, with the whole cast returning.</p>"
           "<footer>Copyright 2024</footer></body></html>")


@pytest.mark.parametrize(("url", "content_type", "expect_html"), [
    pytest.param("https://x.example/a", "text/html; charset=utf-8", True, id="text/html"),
    pytest.param("https://x.example/a", "application/xhtml+xml", True, id="xhtml"),
    pytest.param("https://x.example/a", None, True, id="sniffed"),
    pytest.param("file:///x/a.html", None, True, id="html-extension"),
    pytest.param("https://x.example/a.txt", "text/plain", True, id="html-served-as-plain"),
])
def test_html_is_recognised(url: str, content_type: str | None, expect_html: bool) -> None:
    page = extract_page_text(ARTICLE.encode(), url=url, content_type=content_type)
    assert page.text == ("Quiet Orchard renewed\n\n"
                         "The network has renewed Quiet Orchard for a second season, the studio "
                         "said.\n\nFilming starts in March in Vancouver, with the whole cast "
                         "returning.")
    assert page.title == "Quiet Orchard renewed"


def test_plain_text_by_extension_or_type() -> None:
    body = "Quiet Orchard renewed\n\nThe network renewed it.   \r\n\r\n\r\n\r\nMore text.\n"
    for url, ctype in (("file:///x/a.txt", None), ("https://x.example/a", "text/plain")):
        page = extract_page_text(body.encode(), url=url, content_type=ctype)
        assert page == extract_page_text(body, url=url, content_type=ctype)
        assert page.text == "Quiet Orchard renewed\n\nThe network renewed it.\n\nMore text."
        assert page.title == "Quiet Orchard renewed"


def test_plain_text_first_sentence_is_not_a_title() -> None:
    page = extract_page_text("The network renewed it.\n\nMore.", url="file:///a.txt")
    assert page.title == ""


def test_feed_summary_as_html_fragment() -> None:
    for summary in ("Quiet Orchard has been <b>renewed</b> for a second season.",
                    "<p>Quiet Orchard has been renewed for a second season.</p>",
                    "Quiet Orchard has been renewed for a second season."):
        page = extract_page_text(summary, url="https://x.example/a", content_type="text/html")
        assert page.text == "Quiet Orchard has been renewed for a second season."


# --- HTML structure -----------------------------------------------------------------------------

def test_div_and_br_layout_without_paragraphs() -> None:
    html = ("<html><body><div id='nav'><a href='/'>Home</a> <a href='/tv'>TV</a></div>"
            "<div class='story'>Quiet Orchard has been renewed by the network today.<br><br>"
            "Filming starts in March 2025 in Vancouver.<br>The cast returns.</div>"
            "<div><a href='/a'>Read this</a> | <a href='/b'>And this other thing</a></div>"
            "</body></html>")
    page = extract_page_text(html, url="https://x.example/a", content_type="text/html")
    assert page.text == ("Quiet Orchard has been renewed by the network today.\n\n"
                         "Filming starts in March 2025 in Vancouver.\nThe cast returns.")


def test_hidden_scripts_and_link_lists_are_dropped() -> None:
    html = ("<html><body><article><h1>Headline here</h1>"
            "<p>Visible paragraph about a renewal that is long enough to count as prose.</p>"
            "<p hidden>Hidden paragraph.</p><p style='display: none'>Invisible one.</p>"
            "<div aria-hidden='true'>Screen reader junk.</div>"
            "<script>var x = 'script text';</script><style>p{}</style>"
            "<ul><li><a href='/1'>Link one</a></li><li><a href='/2'>Link two</a></li></ul>"
            "<p>Read more: <a href='/x'>A different story entirely</a></p>"
            "<!-- a comment --><p>Last paragraph of the article, also long enough to keep.</p>"
            "</article></body></html>")
    page = extract_page_text(html, url="https://x.example/a", content_type="text/html")
    assert page.text == ("Headline here\n\nVisible paragraph about a renewal that is long "
                         "enough to count as prose.\n\nLast paragraph of the article, also long "
                         "enough to keep.")


def test_content_wrapper_with_an_unlucky_class_is_kept() -> None:
    para = "<p>This paragraph is the article itself and has plenty of words in it.</p>"
    html = (f"<html><body><div class='story js-social-share-parent'>{para * 6}</div>"
            "<div class='related'><p>Other story teaser.</p></div></body></html>")
    page = extract_page_text(html, url="https://x.example/a", content_type="text/html")
    assert page.text.count("This paragraph is the article itself") == 6
    assert "Other story" not in page.text


def test_a_long_comment_thread_is_dropped() -> None:
    article = "".join(f"<p>The article says the show is renewed, in sentence {i} of a length.</p>"
                      for i in range(4))
    comment = "".join(f"<p>Reader comment {i} rambles on about the show at considerable length.</p>"
                      for i in range(6))  # more text than the article itself
    html = (f"<html><body><div class='story'>{article}</div>"
            f"<section id='comments'><h3>42 comments</h3>{comment}</section></body></html>")
    page = extract_page_text(html, url="https://x.example/a", content_type="text/html")
    assert page.text.count("The article says") == 4
    assert "Reader comment" not in page.text and "42 comments" not in page.text


def test_lists_and_quotes_in_the_article_are_kept() -> None:
    html = ("<html><body><article><p>The renewal was confirmed by several people today.</p>"
            "<ul><li>Season 2 has ten episodes.</li><li>Filming starts in May.</li></ul>"
            "<blockquote><p>\u201cWe are thrilled,\u201d the showrunner said.</p></blockquote>"
            "</article></body></html>")
    page = extract_page_text(html, url="https://x.example/a", content_type="text/html")
    assert page.text.split("\n\n") == [
        "The renewal was confirmed by several people today.", "Season 2 has ten episodes.",
        "Filming starts in May.", "\u201cWe are thrilled,\u201d the showrunner said."]


def test_italic_titles_are_kept_as_marks_the_extractor_reads() -> None:
    html = ("<html><body><article><p>Netflix has renewed <em>Glass Harbor </em>for a second "
            "season, and <i>it was <b>really</b> time</i>. The <cite>Salt <b>Road</b></cite> "
            "returns too; see<i> Tin Roof</i>. <i>A stressed sentence that runs on far too long "
            "to be the title of any show</i>.</p></article></body></html>")
    page = extract_page_text(html, url="https://x.example/a", content_type="text/html")
    assert page.text == ("Netflix has renewed *Glass Harbor* for a second season, and it was "
                         "really time. The *Salt Road* returns too; see *Tin Roof*. A stressed "
                         "sentence that runs on far too long to be the title of any show.")


# --- the second reading: pages the main reading misses -------------------------------------------

#: Written for these tests. <i>Quiet Orchard</i> tells the readings apart: ours keeps italics
#: as *Quiet Orchard*, trafilatura's text drops the marks.
MISSED_SENTENCES = (
    "The network has renewed <i>Quiet Orchard</i> for a third season, the studio confirmed.",
    "Filming on the new episodes starts in March in Vancouver, with the whole cast returning.",
    "The second season drew the largest audience the channel has had for a drama in years.",
    "Its showrunner said the story was planned from the start to run for four seasons.",
)
MISSED_CHROME = (
    '<div class="menu"><a href="/">Home</a> <a href="/tv">TV</a></div>'
    + "".join(f'<div class="card"><a href="/x{i}">Another drama renewed for season {i}, and '
              f"what comes next</a></div>" for i in range(2, 14)))


def missed_page(article: str) -> bytes:
    return ("<html><head><title>Quiet Orchard renewed | TV Site</title></head><body>"
            f"{MISSED_CHROME}{article}<div class='footer'>Copyright 2024 TV Site.</div>"
            "</body></html>").encode()


def read_missed(article: str) -> str:
    return extract_page_text(missed_page(article), url="https://x.example/a",
                             content_type="text/html").text


SECOND_READING_TEXT = "\n\n".join(
    ["Quiet Orchard renewed", *(s.replace("<i>", "*").replace("</i>", "*")
                                for s in MISSED_SENTENCES)])


def test_paragraphs_written_as_divs_in_a_share_named_wrapper_are_read_by_us() -> None:
    """The main reading drops the share-named wrapper (no <p> in it); the second reading
    counts divs holding only inline content as paragraphs, so the wrapper holds the prose."""
    article = ('<div class="story social-share-root"><h1>Quiet Orchard renewed</h1>'
               + "".join(f'<div class="para">{s}</div>' for s in MISSED_SENTENCES) + "</div>")
    assert read_missed(article) == SECOND_READING_TEXT


def test_a_page_inside_one_form_is_read_by_us() -> None:
    """ASP.NET WebForms pages sit in one <form>, which the main reading drops; the second
    reading keeps a form that holds the prose (its inputs still go)."""
    article = ('<form id="aspnetForm" method="post"><input type="hidden" name="__VIEWSTATE" '
               'value="dDwtMTA4"><div id="main"><h1>Quiet Orchard renewed</h1>'
               + "".join(f"<p>{s}</p>" for s in MISSED_SENTENCES)
               + '</div><label for="q">Search</label><button>Go</button></form>')
    assert read_missed(article) == SECOND_READING_TEXT


def test_a_page_without_an_article_block_is_left_to_trafilatura() -> None:
    """One div of <br>-separated lines is no article block (fewer than three paragraphs):
    trafilatura's text is taken, without our italics marks."""
    article = ('<div class="story social-share-root"><h1>Quiet Orchard renewed</h1>'
               '<div class="para">' + "<br><br>".join(MISSED_SENTENCES) + "</div></div>")
    text = read_missed(article)
    assert "*" not in text and text.startswith("Quiet Orchard renewed\n\n")
    for sentence in MISSED_SENTENCES:
        assert sentence.replace("<i>", "").replace("</i>", "") in text
    assert "Another drama" not in text and "Copyright" not in text


# --- title and published date -------------------------------------------------------------------

def page_with(head: str = "", body: str = "") -> str:
    return (f"<html><head>{head}</head><body>{body}"
            "<p>Some article text that is long enough to be the article body here.</p>"
            "</body></html>")


@pytest.mark.parametrize(("head", "body", "expected"), [
    pytest.param('<meta property="article:published_time" content="2017-04-03T15:40:00-04:00">',
                 "", "2017-04-03", id="article-published-time"),
    pytest.param('<script type="application/ld+json">{"@context": "https://schema.org", '
                 '"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", '
                 '"datePublished": "2017-04-03T20:05:00.000Z"}]}</script>', "", "2017-04-03",
                 id="json-ld-graph"),
    pytest.param('<meta itemprop="datePublished" content="2016-05-10">', "", "2016-05-10",
                 id="itemprop-meta"),
    pytest.param('<meta name="parsely-pub-date" content="2017-09-16T18:30:00Z">', "",
                 "2017-09-16", id="parsely"),
    pytest.param('<meta name="pubdate" content="Tue, 04 Apr 2017 09:30:00 GMT">', "",
                 "2017-04-04", id="rfc2822"),
    pytest.param("", '<article><time datetime="2017-04-04T09:30:00+00:00">Apr 4</time></article>',
                 "2017-04-04", id="time-in-article"),
    pytest.param("", '<span><time pubdate datetime="2016-05-10">May 10</time></span>',
                 "2016-05-10", id="time-pubdate"),
    pytest.param('<meta property="article:published_time" content="not a date">'
                 '<meta name="date" content="2017-04-03">', "", "2017-04-03",
                 id="bad-value-then-next"),
    pytest.param('<meta property="article:modified_time" content="2020-01-01">', "", None,
                 id="modified-is-not-published"),
    pytest.param("", "<p>Filming wrapped on September 15, 2017.</p>", None, id="prose-date"),
])
def test_published_date_from_metadata(head: str, body: str, expected: str | None) -> None:
    page = extract_page_text(page_with(head, body), url="https://x.example/a",
                             content_type="text/html")
    assert page.published == (dt.date.fromisoformat(expected) if expected else None)


@pytest.mark.parametrize(("head", "body", "title"), [
    pytest.param('<title>T | Site</title><meta property="og:title" content="OG title">',
                 "<h1>H1 title</h1>", "OG title", id="og-title"),
    pytest.param("<title>Page title | Site</title>", "<h1>H1 title</h1>", "H1 title", id="h1"),
    pytest.param("<title>The page title here - ScreenWire</title>", "", "The page title here",
                 id="title-tag"),
])
def test_title(head: str, body: str, title: str) -> None:
    page = extract_page_text(page_with(head, body), url="https://x.example/a",
                             content_type="text/html")
    assert page.title == title
    assert page.text.split("\n", 1)[0] == ("H1 title" if "<h1>" in body else title)


@pytest.mark.parametrize(("value", "expected"), [
    ("2017-04-03T15:40:00-04:00", dt.date(2017, 4, 3)),
    ("2017-04-03T23:40:00-04:00", dt.date(2017, 4, 3)),  # the date as written, not UTC
    ("2017-04-03T20:05:00.000Z", dt.date(2017, 4, 3)),
    ("2017-04-03 20:05", dt.date(2017, 4, 3)),
    ("2017-04-03T20:05:00+0000", dt.date(2017, 4, 3)),
    ("Mon, 03 Apr 2017 20:05:00 GMT", dt.date(2017, 4, 3)),
    ("2017-13-45", None),
    ("April 2017", None),
    ("", None),
])
def test_parse_date(value: str, expected: dt.date | None) -> None:
    assert parse_date(value) == expected


# --- charsets -----------------------------------------------------------------------------------

CAFE = ("<html><body><p>Caf\u00e9 Society returns with na\u00efve charm in the autumn.</p>"
        "</body></html>")


@pytest.mark.parametrize(("body", "content_type"), [
    pytest.param(CAFE.encode("latin-1"), "text/html", id="latin1-undeclared"),
    pytest.param(CAFE.encode("latin-1"), "text/html; charset=ISO-8859-1", id="latin1-header"),
    pytest.param(CAFE.replace("<html>", '<html><head><meta charset="windows-1252"></head>')
                 .encode("cp1252"), None, id="meta-charset"),
    pytest.param(CAFE.replace("<html>", '<html><head><meta http-equiv="Content-Type" '
                              'content="text/html; charset=iso-8859-15"></head>')
                 .encode("iso-8859-15"), None, id="http-equiv"),
    pytest.param(CAFE.encode("utf-8"), "text/html", id="utf8-undeclared"),
    pytest.param(CAFE.encode("latin-1"), "text/html; charset=utf-8", id="utf8-declared-wrongly"),
    pytest.param(CAFE.encode("utf-16"), None, id="utf16-bom"),
    pytest.param(b"\xef\xbb\xbf" + CAFE.encode("utf-8"), "text/html; charset=latin-1",
                 id="bom-beats-header"),
])
def test_charsets(body: bytes, content_type: str | None) -> None:
    page = extract_page_text(body, url="https://x.example/a", content_type=content_type)
    assert page.text == "Caf\u00e9 Society returns with na\u00efve charm in the autumn."


def test_cp1252_quotes_in_a_latin1_declared_page() -> None:
    body = "<p>\u201cWe\u2019re back,\u201d she said.</p>".encode("cp1252")
    assert decode_body(body, "text/html; charset=iso-8859-1") == (
        "<p>\u201cWe\u2019re back,\u201d she said.</p>")


def test_xhtml_with_xml_declaration() -> None:
    body = ('<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
            "<body><p>An XHTML page with a paragraph of text in it.</p></body></html>")
    page = extract_page_text(body.encode(), url="https://x.example/a",
                             content_type="application/xhtml+xml")
    assert page.text == "An XHTML page with a paragraph of text in it."


# --- nothing readable ---------------------------------------------------------------------------

@pytest.mark.parametrize(("body", "content_type"), [
    pytest.param(b"", "text/html", id="empty"),
    pytest.param(b"  \n\t ", None, id="blank"),
    pytest.param(b"<html><head><title>x</title></head><body></body></html>", "text/html",
                 id="empty-body"),
    pytest.param(b"<html><body><nav><a href='/'>Home</a></nav><script>x()</script>"
                 b"<footer>(c) 2024</footer></body></html>", "text/html", id="chrome-only"),
    pytest.param(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", "image/png", id="image"),
    pytest.param(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "application/pdf", id="pdf"),
    pytest.param(b"\0\0\0\x18ftypmp42", None, id="binary-sniffed"),
])
def test_no_readable_text(body: bytes, content_type: str | None) -> None:
    with pytest.raises(ParseError) as info:
        extract_page_text(body, url="https://x.example/page", content_type=content_type)
    assert str(info.value).startswith("https://x.example/page: page has no readable text")
