"""fetch_url against a real HTTP server on 127.0.0.1: every outcome becomes a result or one
FetchError with a readable reason."""

from __future__ import annotations

import datetime as dt
import gzip
import socket
from collections.abc import Iterator
from email.utils import format_datetime
from pathlib import Path

import pytest
import requests
import urllib3.exceptions
from httpserver import LocalHTTPServer, Request, Response

from monitor.errors import FetchError
from monitor.ingest.fetch import (
    FetchResult,
    check_public_url,
    fetch_url,
    make_session,
    non_public_kind,
)
from monitor.ingest.text import extract_page_text
from monitor.network import network_problem, parse_retry_after

NOW = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def session() -> Iterator[requests.Session]:
    with make_session("monitor-test/1.0 (+https://example.org/bot)") as s:
        yield s


def fetch(session: requests.Session, url: str, **kwargs: object) -> FetchResult:
    kwargs.setdefault("timeout", (2.0, 5.0))
    return fetch_url(session, url, **kwargs)  # type: ignore[arg-type]


def fetch_error(session: requests.Session, url: str, **kwargs: object) -> FetchError:
    with pytest.raises(FetchError) as info:
        fetch(session, url, **kwargs)
    assert info.value.url == url
    return info.value


# --- success ------------------------------------------------------------------------------------

def test_200_returns_body_and_validators(http_server: LocalHTTPServer,
                                         session: requests.Session) -> None:
    http_server.route("/feed.xml", Response(200, b"<rss/>", {
        "Content-Type": "application/rss+xml; charset=UTF-8", "ETag": '"v1"',
        "Last-Modified": "Wed, 01 May 2024 10:00:00 GMT"}))
    url = http_server.url("/feed.xml")
    result = fetch(session, url)
    assert result == FetchResult(url=url, final_url=url, status=200, body=b"<rss/>",
                                 content_type="application/rss+xml; charset=UTF-8",
                                 etag='"v1"', last_modified="Wed, 01 May 2024 10:00:00 GMT",
                                 not_modified=False, encoding="utf-8")
    request = http_server.requests[0]
    assert request.header("User-Agent") == "monitor-test/1.0 (+https://example.org/bot)"
    assert "application/rss+xml" in (request.header("Accept") or "")
    assert request.header("If-None-Match") is None


def test_default_user_agent_names_the_monitor(http_server: LocalHTTPServer) -> None:
    http_server.route("/", Response(200, "ok"))
    with make_session("") as s:
        fetch(s, http_server.url("/"))
    assert (http_server.requests[0].header("User-Agent") or "").startswith("monitor/")


def test_conditional_get_round_trip(http_server: LocalHTTPServer,
                                    session: requests.Session) -> None:
    etag, stamp = '"abc123"', "Tue, 30 Apr 2024 08:00:00 GMT"

    def conditional(req: Request) -> Response:
        if req.header("If-None-Match") == etag and req.header("If-Modified-Since") == stamp:
            return Response(304, headers={"ETag": etag})
        return Response(200, "<rss>v1</rss>", {"ETag": etag, "Last-Modified": stamp})

    http_server.route("/feed", conditional)
    url = http_server.url("/feed")
    first = fetch(session, url)
    assert not first.not_modified and first.body == b"<rss>v1</rss>"
    second = fetch(session, url, etag=first.etag, last_modified=first.last_modified)
    assert second.not_modified and second.status == 304 and second.body == b""
    # validators carried over even when the 304 omits one of them
    assert (second.etag, second.last_modified) == (etag, stamp)


def test_gzip_body_is_decompressed(http_server: LocalHTTPServer,
                                   session: requests.Session) -> None:
    page = b"<html><body><p>compressed text</p></body></html>" * 50
    http_server.route("/gz", Response(200, gzip.compress(page), {
        "Content-Encoding": "gzip", "Content-Type": "text/html"}))
    result = fetch(session, http_server.url("/gz"))
    assert result.body == page


def test_latin1_page_without_charset_is_returned_as_bytes(http_server: LocalHTTPServer,
                                                          session: requests.Session) -> None:
    body = "<html><body><p>Caf\u00e9 society returns in the autumn.</p></body></html>"
    http_server.route("/latin1", Response(200, body.encode("latin-1"),
                                          {"Content-Type": "text/html"}))
    result = fetch(session, http_server.url("/latin1"))
    assert result.body == body.encode("latin-1")
    assert result.encoding is None and result.content_type == "text/html"
    page = extract_page_text(result.body, url=result.final_url, content_type=result.content_type)
    assert page.text == "Caf\u00e9 society returns in the autumn."


# --- HTTP errors --------------------------------------------------------------------------------

@pytest.mark.parametrize(("status", "reason"), [
    pytest.param(404, "HTTP 404 Not Found", id="404"),
    pytest.param(410, "HTTP 410 Gone", id="410"),
    pytest.param(500, "HTTP 500 Internal Server Error", id="500"),
    pytest.param(599, "HTTP 599", id="unknown-status"),
])
def test_http_error_status(http_server: LocalHTTPServer, session: requests.Session,
                           status: int, reason: str) -> None:
    http_server.route("/x", Response(status, "nope"))
    error = fetch_error(session, http_server.url("/x"))
    assert (error.reason, error.status, error.retry_after) == (reason, status, None)
    assert str(error) == f"{http_server.url('/x')}: {reason}"


def test_429_with_retry_after_seconds(http_server: LocalHTTPServer,
                                      session: requests.Session) -> None:
    http_server.route("/busy", Response(429, "slow down", {"Retry-After": "120"}))
    error = fetch_error(session, http_server.url("/busy"))
    assert error.status == 429 and error.retry_after == 120
    assert error.reason == "HTTP 429 Too Many Requests (retry after 120 s)"


def test_503_with_retry_after_date(http_server: LocalHTTPServer,
                                   session: requests.Session) -> None:
    later = format_datetime(NOW + dt.timedelta(minutes=5), usegmt=True)
    http_server.route("/down", Response(503, "", {"Retry-After": later}))
    error = fetch_error(session, http_server.url("/down"), clock=lambda: NOW)
    assert error.status == 503 and error.retry_after == 300


@pytest.mark.parametrize(("value", "expected"), [
    pytest.param("120", 120.0, id="seconds"),
    pytest.param(" 0 ", 0.0, id="zero"),
    pytest.param("Wed, 01 May 2024 12:02:00 GMT", 120.0, id="http-date"),
    pytest.param("Wed, 01 May 2024 11:00:00 GMT", 0.0, id="date-in-past"),
    pytest.param("soon", None, id="garbage"),
    pytest.param("-5", None, id="negative"),
    pytest.param(None, None, id="missing"),
])
def test_parse_retry_after(value: str | None, expected: float | None) -> None:
    assert parse_retry_after(value, NOW) == expected


# --- timeouts and broken connections ------------------------------------------------------------

def test_slow_body_trips_read_timeout(http_server: LocalHTTPServer,
                                      session: requests.Session) -> None:
    http_server.route("/slow", Response(200, "late", stall=10))
    error = fetch_error(session, http_server.url("/slow"), timeout=(2.0, 0.2))
    assert error.reason == "timed out after 0.2 s"
    assert error.status is None


def test_slow_headers_trip_read_timeout(http_server: LocalHTTPServer,
                                        session: requests.Session) -> None:
    def stalls(req: Request) -> Response:
        http_server.stop_event.wait(10)
        return Response(200, "too late")

    http_server.route("/slow-headers", stalls)
    error = fetch_error(session, http_server.url("/slow-headers"), timeout=(2.0, 0.2))
    assert error.reason == "timed out after 0.2 s"


def test_connection_reset(http_server: LocalHTTPServer, session: requests.Session) -> None:
    http_server.route("/reset", Response(reset=True))
    error = fetch_error(session, http_server.url("/reset"))
    assert error.reason in ("connection reset by the server",
                            "connection broken before the response was complete")


def test_body_shorter_than_declared(http_server: LocalHTTPServer,
                                    session: requests.Session) -> None:
    http_server.route("/cut", Response(200, b"only part", {"Content-Length": "5000",
                                                           "Connection": "close"}))
    error = fetch_error(session, http_server.url("/cut"))
    assert error.reason == "connection broken before the response was complete"


def test_connection_refused(session: requests.Session) -> None:
    with socket.socket() as probe:  # a port that was free a moment ago, now closed
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    error = fetch_error(session, f"http://127.0.0.1:{port}/feed")
    assert error.reason == "connection refused"


def test_tls_to_a_plain_http_server(http_server: LocalHTTPServer,
                                    session: requests.Session) -> None:
    url = http_server.url("/").replace("http://", "https://")
    error = fetch_error(session, url)
    assert error.reason.startswith("TLS error: ")


@pytest.mark.parametrize(("exc", "reason"), [
    pytest.param(requests.ConnectionError(urllib3.exceptions.NameResolutionError(
        "nowhere.invalid", None, socket.gaierror(-2, "Name or service not known"))),  # type: ignore[arg-type]
        "DNS lookup failed", id="dns"),
    pytest.param(requests.ConnectTimeout("connect timed out"),
                 "connection timed out after 5 s", id="connect-timeout"),
    pytest.param(requests.exceptions.ContentDecodingError("bad gzip"),
                 "response body could not be decompressed", id="bad-gzip"),
    pytest.param(requests.exceptions.InvalidURL("http://[::1"), "invalid URL", id="invalid-url"),
])
def test_network_problem(exc: Exception, reason: str) -> None:
    assert network_problem(exc, (5.0, 20.0)) == reason


# --- redirects ----------------------------------------------------------------------------------

def test_redirect_is_followed(http_server: LocalHTTPServer, session: requests.Session) -> None:
    http_server.route("/old", Response(301, headers={"Location": "/new"}))
    http_server.route("/new", Response(200, "moved here"))
    url = http_server.url("/old")
    result = fetch(session, url)
    assert result.body == b"moved here"
    assert result.url == url and result.final_url == http_server.url("/new")


def test_redirect_loop(http_server: LocalHTTPServer, session: requests.Session) -> None:
    http_server.route("/a", Response(302, headers={"Location": "/b"}))
    http_server.route("/b", Response(302, headers={"Location": "/a"}))
    error = fetch_error(session, http_server.url("/a"))
    assert error.reason == "too many redirects (more than 5)"
    assert len(http_server.requests) == 6


def test_redirect_to_file_url_is_refused(http_server: LocalHTTPServer,
                                         session: requests.Session) -> None:
    http_server.route("/evil", Response(302, headers={"Location": "file:///etc/passwd"}))
    error = fetch_error(session, http_server.url("/evil"), allow_file=True)
    assert "not allowed" in error.reason


def test_guard_sees_every_hop(http_server: LocalHTTPServer, session: requests.Session) -> None:
    http_server.route("/start", Response(302, headers={"Location": "/middle"}))
    http_server.route("/middle", Response(307, headers={"Location": "/end"}))
    http_server.route("/end", Response(200, "done"))
    seen: list[str] = []
    fetch(session, http_server.url("/start"), guard=seen.append)
    assert seen == [http_server.url(p) for p in ("/start", "/middle", "/end")]


def test_guard_refuses_redirect_to_private_host(http_server: LocalHTTPServer,
                                                session: requests.Session) -> None:
    target = f"http://localhost:{http_server.port}/admin"
    http_server.route("/go", Response(302, headers={"Location": target}))
    http_server.route("/admin", Response(200, "secret"))

    def guard(url: str) -> None:
        check_public_url(url, {"127.0.0.1"})

    error = fetch_error(session, http_server.url("/go"), guard=guard)
    assert error.reason.startswith(f"redirect to {target}: host localhost is a loopback address")
    assert "not allowed" in error.reason
    assert [r.path for r in http_server.requests] == ["/go"]


def test_guard_refuses_before_any_request(http_server: LocalHTTPServer,
                                          session: requests.Session) -> None:
    http_server.route("/", Response(200, "hi"))
    error = fetch_error(session, http_server.url("/"),
                        guard=lambda url: check_public_url(url, ()))
    assert error.reason.startswith("host 127.0.0.1 is a loopback address")
    assert http_server.requests == []


# --- size limits --------------------------------------------------------------------------------

def test_declared_length_over_limit(http_server: LocalHTTPServer,
                                    session: requests.Session) -> None:
    http_server.route("/big", Response(200, b"x" * 50_000))
    error = fetch_error(session, http_server.url("/big"), max_bytes=10_000)
    assert error.reason == "response larger than 10000 bytes"


def test_streamed_body_over_limit(http_server: LocalHTTPServer,
                                  session: requests.Session) -> None:
    http_server.route("/stream", Response(200, chunks=[b"y" * 4096] * 20))
    error = fetch_error(session, http_server.url("/stream"), max_bytes=10_000)
    assert error.reason == "response larger than 10000 bytes"


def test_streamed_body_under_limit(http_server: LocalHTTPServer,
                                   session: requests.Session) -> None:
    http_server.route("/stream", Response(200, chunks=[b"ab"] * 3))
    assert fetch(session, http_server.url("/stream"), max_bytes=6).body == b"ababab"


def test_gzip_bomb_stops_at_limit(http_server: LocalHTTPServer,
                                  session: requests.Session) -> None:
    bomb = gzip.compress(b"\0" * 2_000_000)
    assert len(bomb) < 10_000
    http_server.route("/bomb", Response(200, bomb, {"Content-Encoding": "gzip"}))
    error = fetch_error(session, http_server.url("/bomb"), max_bytes=100_000)
    assert error.reason == "response larger than 100000 bytes"


# --- schemes and local files --------------------------------------------------------------------

def test_file_url_refused_by_default(tmp_path: Path, session: requests.Session) -> None:
    page = tmp_path / "page.html"
    page.write_text("<p>hi</p>")
    for url in (page.as_uri(), str(page)):
        assert fetch_error(session, url).reason == "file URLs are not allowed here"


def test_file_url_read_when_allowed(tmp_path: Path, session: requests.Session) -> None:
    page = tmp_path / "a page.html"
    page.write_bytes(b"<p>hi</p>")
    result = fetch(session, page.as_uri(), allow_file=True)
    assert result.body == b"<p>hi</p>" and result.status == 200
    assert result.content_type == "text/html"
    assert result.final_url == page.as_uri()
    again = fetch(session, page.as_uri(), allow_file=True, last_modified=result.last_modified)
    assert again.not_modified and again.body == b""
    plain = fetch(session, str(page), allow_file=True)
    assert plain.body == b"<p>hi</p>" and plain.final_url == page.as_uri()


def test_missing_and_oversized_files(tmp_path: Path, session: requests.Session) -> None:
    missing = (tmp_path / "gone.xml").as_uri()
    assert fetch_error(session, missing, allow_file=True).reason == "file not found"
    big = tmp_path / "big.xml"
    big.write_bytes(b"z" * 2000)
    error = fetch_error(session, big.as_uri(), allow_file=True, max_bytes=1000)
    assert error.reason == "file larger than 1000 bytes"


@pytest.mark.parametrize("url", ["ftp://example.com/feed.xml", "gopher://example.com/",
                                 "javascript:alert(1)", "data:text/html,hi"])
def test_other_schemes_refused(url: str, session: requests.Session) -> None:
    assert "is not allowed" in fetch_error(session, url, allow_file=True).reason


# --- SSRF guard ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("url", "kind"), [
    pytest.param("http://127.0.0.1/", "a loopback", id="loopback"),
    pytest.param("http://10.1.2.3/", "a private", id="private-10"),
    pytest.param("https://192.168.0.10:8443/x", "a private", id="private-192"),
    pytest.param("http://169.254.169.254/latest/meta-data/", "a link-local", id="metadata"),
    pytest.param("http://[::1]:8080/", "a loopback", id="ipv6-loopback"),
    pytest.param("http://[::ffff:192.168.1.1]/", "a private", id="ipv4-mapped"),
    pytest.param("http://0.0.0.0/", "an unspecified", id="unspecified"),
    pytest.param("http://localhost/", "a loopback", id="localhost-name"),
])
def test_check_public_url_refuses_private_hosts(url: str, kind: str) -> None:
    with pytest.raises(FetchError) as info:
        check_public_url(url, ())
    assert f"is {kind} address" in info.value.reason and "not allowed" in info.value.reason


def test_check_public_url_allows_public_and_listed_hosts() -> None:
    check_public_url("https://93.184.216.34/news", ())
    check_public_url("http://127.0.0.1:8080/", {"127.0.0.1"})
    check_public_url("http://LOCALHOST:8080/", {"localhost:8080"})
    check_public_url("file:///tmp/x.xml", ())  # not a network URL: not this guard's business


def test_check_public_url_uses_the_resolver() -> None:
    def resolver(addresses: list[str]):  # type: ignore[no-untyped-def]
        return lambda host, port: addresses

    check_public_url("https://news.example/", (), resolve=resolver(["93.184.216.34"]))
    with pytest.raises(FetchError, match="is a private address 10.0.0.7"):
        check_public_url("https://intranet.example/", (),
                         resolve=resolver(["93.184.216.34", "10.0.0.7"]))

    def fails(host: str, port: int) -> list[str]:
        raise socket.gaierror(-2, "Name or service not known")

    with pytest.raises(FetchError, match="DNS lookup failed"):
        check_public_url("https://nowhere.example/", (), resolve=fails)


@pytest.mark.parametrize("url", ["http://example.com:99999/", "http://[::1/", "http://"])
def test_malformed_urls_are_fetch_errors(url: str, session: requests.Session) -> None:
    fetch_error(session, url)
    with pytest.raises(FetchError):
        check_public_url(url, ())


def test_non_public_kind() -> None:
    assert non_public_kind("8.8.8.8") is None
    assert non_public_kind("100.64.0.1") == "a non-public"  # carrier-grade NAT
    assert non_public_kind("fe80::1%eth0") == "a link-local"


def test_a_304_hands_its_connection_back_for_reuse(http_server: LocalHTTPServer) -> None:
    http_server.route("/feed.xml", lambda req: Response(304) if req.header("If-None-Match")
                      else Response(200, b"<rss/>", {"ETag": '"1"'}))
    session = make_session("monitor-test")
    for _ in range(5):
        assert fetch_url(session, http_server.url("/feed.xml"), etag='"1"').not_modified
    # One kept-alive connection served every poll: no new TCP (or TLS) handshake per 304.
    assert len({r.client_port for r in http_server.requests}) == 1


def test_proxy_settings_from_the_environment_are_honoured(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.example:3128")
    assert make_session("t").trust_env  # requests applies it (and NO_PROXY) per request
    monkeypatch.delenv("HTTPS_PROXY")
    for name in ("HTTP_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")
    session = make_session("t")
    assert not session.trust_env and session.verify == "/etc/ssl/certs/ca-certificates.crt"
