"""A deterministic corpus of realistic article pages for the benchmarks, built from the seeds.

Each page recombines paragraphs of the seed articles (``tests/fixtures/seeds/*.txt``) with the
shows renamed, seasons renumbered and years shifted, adds a few fact sentences of our own, and
wraps them in page chrome of varying size: navigation, bylines, share bars, related cards,
trending lists, comment threads, newsletter prompts, footers and an inline JSON state blob, in
one of three site skins, to a total of 30-100 KB. The same seed gives the same corpus, byte for
byte. All show names, sites, people and comments here are invented.

    .venv/bin/python bench/corpus.py --out /tmp/corpus   # write the pages to look at them
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

from common import SEEDS

#: Show titles that replace the seeds' (consistently within one page).
SHOWS = (
    "Harbor Lights", "The Glass Orchard", "Night Ferry", "Quiet Meridian", "Copper Valley",
    "The Lantern Men", "Saltwater Kings", "Paper Crowns", "The Ninth Ward Files", "Red Canyon",
    "Starlight Academy", "Desert Patrol", "The Understudy", "Iron Coast", "Blue Hour",
    "The Cartographers", "Winter Garden", "Hollow Point", "The Long Table", "Silver Lake Nights",
    "Northbound", "The Fifth Estate Hotel", "Gilded Lanes", "Foxglove", "The Tin Parade",
    "Midnight Switchboard", "Ashgrove", "The Keepers of Rye", "Open Water", "Lamplight",
)
#: The seeds' show titles, longest first so "The Defenders" goes before shorter overlaps.
SEED_SHOWS = ("Jessica Jones", "The Defenders", "Luke Cage", "Daredevil", "Iron Fist",
              "The Punisher")
SITES = ("ScreenWire", "FanReel", "TVBuzz Daily", "Couch Report", "The Remote", "Pilot Light")
SKINS = ("news", "creators", "wordpress")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
NAV = ("Movies", "TV", "Reviews", "Streaming", "Lists", "Interviews", "Trailers", "Comics",
       "Gaming", "Anime", "Reality TV", "Box Office", "Awards", "Podcasts", "Videos", "Music",
       "Celebrity", "Games", "Books", "Tech", "Deals", "Newsletters", "Events", "Shop")
HEADLINE_WORDS = ("Finale Explained", "Cast Reunites", "Ranked From Worst to Best",
                  "Star Teases a Darker Turn", "Everything We Know", "Trailer Breakdown",
                  "Behind the Scenes", "Showrunner Interview", "Fan Theories", "Review")
COMMENT_WORDS = ("honestly", "this", "show", "is", "the", "best", "thing", "on", "tv", "can't",
                 "wait", "for", "next", "season", "cast", "was", "amazing", "finale", "ruined",
                 "it", "for", "me", "still", "watching", "again", "love", "writing", "plot",
                 "twist", "nobody", "saw", "coming", "please", "renew", "already", "network")
#: Fact sentences of our own, mixed into the seed paragraphs so each page states a few facts.
FACT_SENTENCES = (
    "{show} has been renewed for a season {next}.",
    "Filming on {show} season {season} began on {month} {day}, {year}.",
    "Production on season {season} of {show} wrapped on {month} {day}, {year}.",
    "{show} season {season} premieres on {month} {day}, {year}.",
    "The network confirmed that {show} season {season} will have {episodes} episodes.",
    "{show} season {season} is expected to premiere in {month} {year}.",
    "Season {season} of {show} could arrive as soon as {year}, according to insiders.",
)

_SEASON_NUMBER = re.compile(r"(?i)\b(season|series) (\d{1,2})\b")
_YEAR = re.compile(r"\b(20[01]\d)\b")
#: Lines of the seed texts that are captions, section heads or bylines, not paragraphs.
_SHORT_LINE = 90


@dataclass(frozen=True)
class Page:
    """One page of the corpus as a server would send it."""

    url: str
    body: bytes
    content_type: str
    published: dt.date


def seed_paragraphs() -> list[tuple[str, str]]:
    """(headline, paragraph) pairs of the seed texts, without their trailing related lines."""
    pairs = []
    for path in sorted(SEEDS.glob("*.txt")):
        lines = [ln.strip() for ln in path.read_text("utf-8").splitlines() if ln.strip()]
        headline, body = lines[0], lines[1:-3]
        pairs += [(headline, ln) for ln in body if len(ln) >= _SHORT_LINE]
    return pairs


class _Renamer:
    """Rewrites seed text for one page: shows renamed, seasons renumbered, years shifted."""

    def __init__(self, rng: random.Random) -> None:
        picks = rng.sample(SHOWS, len(SEED_SHOWS))
        self.names = dict(zip(SEED_SHOWS, picks, strict=True))
        self.season_shift = rng.randint(0, 4)
        self.year_shift = rng.randint(-2, 7)
        self._shows = re.compile("|".join(re.escape(s) for s in SEED_SHOWS))

    @property
    def main_show(self) -> str:
        return self.names["Jessica Jones"]

    def __call__(self, text: str) -> str:
        text = self._shows.sub(lambda m: self.names[m.group(0)], text)
        text = _SEASON_NUMBER.sub(
            lambda m: f"{m.group(1)} {int(m.group(2)) + self.season_shift}", text)
        return _YEAR.sub(lambda m: str(int(m.group(1)) + self.year_shift), text)


def make_corpus(n: int, seed: int = 20240601) -> list[Page]:
    """``n`` pages, the same ones for the same ``seed``."""
    rng = random.Random(seed)
    pool = seed_paragraphs()
    return [_page(i, rng, pool) for i in range(n)]


def _page(i: int, rng: random.Random, pool: list[tuple[str, str]]) -> Page:
    rename = _Renamer(rng)
    headline, _ = rng.choice(pool)
    paragraphs = [rename(p) for _, p in rng.sample(pool, rng.randint(6, min(18, len(pool))))]
    published = dt.date(2017 + rename.year_shift, rng.randint(1, 12), rng.randint(1, 28))
    for _ in range(rng.randint(1, 3)):
        paragraphs.insert(rng.randint(0, len(paragraphs)), _fact_sentence(rng, rename, published))
    skin = SKINS[i % len(SKINS)]
    site = rng.choice(SITES)
    title = rename(headline)
    url = f"https://{_slug(site)}.example/tv/{i:05d}-{_slug(title)[:60]}/"
    page = _render(skin, site, title, paragraphs, published, rng)
    target = rng.randint(30_000, 100_000)
    page = page.replace("@STATE_BLOB@", _state_blob(rng, site, max(500, target - len(page))))
    return Page(url=url, body=page.encode("utf-8"), content_type="text/html; charset=utf-8",
                published=published)


def _fact_sentence(rng: random.Random, rename: _Renamer, published: dt.date) -> str:
    season = 2 + rename.season_shift
    return rng.choice(FACT_SENTENCES).format(
        show=rename.main_show, season=season, next=season + 1, month=rng.choice(MONTHS),
        day=rng.randint(1, 28), year=published.year + rng.randint(0, 1),
        episodes=rng.choice((6, 8, 10, 13, 22)))


# --- chrome -------------------------------------------------------------------------------------

def _slug(text: str) -> str:
    return "-".join("".join(c.lower() if c.isalnum() else " " for c in text).split())


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _headlines(rng: random.Random, k: int) -> list[str]:
    return [f"{rng.choice(SHOWS)}: {rng.choice(HEADLINE_WORDS)}" for _ in range(k)]


def _links(rng: random.Random, k: int, cls: str = "") -> str:
    return "".join(f'<li class="{cls}"><a href="/tv/{_slug(h)}/">{_esc(h)}</a></li>'
                   for h in _headlines(rng, k))


def _comments(rng: random.Random, k: int) -> str:
    items = []
    for j in range(k):
        words = " ".join(rng.choice(COMMENT_WORDS) for _ in range(rng.randint(8, 40)))
        items.append(f'<li class="comment" id="comment-{j}"><div class="comment-author">'
                     f'viewer{rng.randint(1, 9999)}</div><div class="comment-content"><p>'
                     f'{words.capitalize()}.</p></div><a class="reply" href="#">Reply</a></li>')
    return f'<section id="comments" class="comments-area"><h3>{k} Comments</h3>' \
           f'<ol class="comment-list">{"".join(items)}</ol></section>'


def _state_blob(rng: random.Random, site: str, size: int) -> str:
    items: list[dict[str, object]] = []
    length = 0
    while length < size:
        h = _headlines(rng, 1)[0]
        item = {"id": rng.randint(100000, 999999), "title": h,
                "url": f"https://{_slug(site)}.example/tv/{_slug(h)}/",
                "thumb": f"https://static.{_slug(site)}.example/img/{rng.randint(0, 9999)}.jpg",
                "tags": ["tv", "news", "streaming"], "score": rng.random()}
        items.append(item)
        length += len(json.dumps(item)) + 2
    return json.dumps({"feed": items, "ads": {"slots": ["top", "mid", "rail"]}})


def _head(site: str, title: str, published: dt.date) -> str:
    return f"""<head><meta charset="utf-8"><title>{_esc(title)} | {site}</title>
<meta property="og:title" content="{html.escape(title)}">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{published.isoformat()}T12:00:00+00:00">
<link rel="stylesheet" href="/assets/site.css">
<style>body{{margin:0}}.sidebar{{float:right;width:300px}}.newsletter{{padding:1rem}}</style>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments);}}
</script></head>"""


def _body_html(paragraphs: list[str], rng: random.Random) -> str:
    out = []
    for j, p in enumerate(paragraphs):
        if p.startswith(("\u201c", '"')):
            out.append(f"<blockquote><p>{_esc(p)}</p></blockquote>")
        else:
            out.append(f"<p>{_esc(p)}</p>")
        if j == 2:
            out.append(f'<figure><img src="/img/{rng.randint(0, 999)}.jpg" alt="">'
                       f"<figcaption>Photo: {rng.choice(SHOWS)} press still</figcaption></figure>")
        if j == 4:
            out.append('<div class="ad-slot advertisement">Advertisement</div>')
    return "\n".join(out)


def _render(skin: str, site: str, title: str, paragraphs: list[str], published: dt.date,
            rng: random.Random) -> str:
    nav = "".join(f'<li><a href="/{_slug(n)}/">{n}</a></li>'
                  for n in rng.sample(NAV, rng.randint(8, len(NAV))))
    related = _links(rng, rng.randint(4, 30), "card")
    trending = _links(rng, rng.randint(5, 15))
    comments = _comments(rng, rng.randint(0, 40))
    footer = " ".join(f'<a href="/{_slug(n)}/">{n}</a>' for n in NAV)
    body = _body_html(paragraphs, rng)
    date = published.strftime("%B %d, %Y")
    if skin == "news":
        main = f"""<header class="site-header"><a class="logo" href="/">{site}</a>
<nav class="main-nav"><ul>{nav}</ul></nav><a class="subscribe" href="/nl/">Subscribe</a></header>
<div class="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/tv/">TV</a></div>
<main id="main"><article class="article"><header class="article-header">
<h1 class="article-title">{_esc(title)}</h1><div class="byline">By <a href="/a/">Staff</a>
<time datetime="{published.isoformat()}">{date}</time></div>
<div class="share"><a href="#">Share</a> <a href="#">Tweet</a></div></header>
<div class="article-body">{body}</div></article>
<section class="related"><h3>More in TV News</h3><ul>{related}</ul></section>
<div class="newsletter"><h3>Get the {site} newsletter</h3><p>The day's biggest TV stories.</p>
</div>{comments}</main>
<aside class="sidebar"><h3>Trending</h3><ol>{trending}</ol></aside>
<footer class="site-footer"><nav>{footer}</nav><p>&copy; {site} Media</p></footer>"""
    elif skin == "creators":
        main = f"""<div id="app"><div class="topbar"><div class="brand">{site}</div>
<div class="menu"><ul>{nav}</ul></div></div><div class="layout"><div class="post">
<h1 class="post-title">{_esc(title)}</h1><div class="author-card">By Staff, writer at {site}
</div><div class="post-content">{body}</div>
<div class="post-actions"><span>42 likes</span></div></div>
<div class="rail"><div class="rail-title">Trending</div><ul>{trending}</ul>
<div class="newsletter">Never miss a story</div></div></div>
<div class="latest"><h2>Latest from our creators</h2><ul>{related}</ul></div>{comments}
<div class="footer"><div class="links">{footer}</div></div></div>"""
    else:
        main = f"""<div id="page" class="site"><header id="masthead" class="site-header">
<p class="site-title"><a href="/">{site}</a></p><nav id="site-navigation"
class="main-navigation"><ul class="menu">{nav}</ul></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article class="post type-post"><header class="entry-header">
<h1 class="entry-title">{_esc(title)}</h1><div class="entry-meta"><time
class="entry-date published" datetime="{published.isoformat()}">{date}</time></div></header>
<div class="entry-content">{body}</div></article>
<div class="check-also-box"><h4>Check Also</h4><ul>{related}</ul></div>{comments}</main>
<aside id="secondary" class="widget-area"><section class="widget"><h2>Trending</h2>
<ul>{trending}</ul></section></aside></div>
<footer id="colophon" class="site-footer">{footer}</footer></div>"""
    return (f'<!DOCTYPE html>\n<html lang="en">{_head(site, title, published)}<body>{main}'
            f"<script>window.__STATE__ = @STATE_BLOB@;</script></body></html>")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, required=True, help="directory to write pages to")
    parser.add_argument("-n", type=int, default=300, help="number of pages (default 300)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for i, page in enumerate(make_corpus(args.n)):
        (args.out / f"{i:05d}.html").write_bytes(page.body)
    print(f"wrote {args.n} pages to {args.out}")


if __name__ == "__main__":
    main()
