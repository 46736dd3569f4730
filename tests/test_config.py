"""Config loading: defaults, relative paths, strict keys and messages that name the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from monitor.alerts.channels import close_channels, open_channels
from monitor.cli import main
from monitor.config import BUILTIN_CONFIG, load_config, parse_duration
from monitor.errors import ConfigError


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "monitor.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_builtin_config_polls_the_bundled_fixture_feed_offline() -> None:
    config = load_config(BUILTIN_CONFIG)
    assert len(config.feeds) == 1
    feed = config.feeds[0]
    assert feed.is_local and feed.url.endswith("/tests/fixtures/seeds/feed.xml")
    assert Path(feed.url.removeprefix("file://")).is_file()
    assert [c.kind for c in config.channels.values()] == ["console"]
    assert config.watch.all_shows
    assert config.state_path.parent.name == "state"


def test_example_config_is_valid_with_its_secrets_set() -> None:
    example = BUILTIN_CONFIG.parent / "example.toml"
    env = {"MONITOR_WEBHOOK_SECRET": "whsec_c2VjcmV0LXNlY3JldC1zZWNyZXQ=",
           "MONITOR_SMTP_PASSWORD": "pw"}
    config = load_config(example)
    assert {c.kind for c in config.channels.values()} == {"console", "webhook", "email"}
    channels = open_channels(config.channels, env)
    try:
        assert {c.kind for c in channels.values()} == {"console", "webhook", "email"}
    finally:
        close_channels(channels)
    assert config.watch.watches("the last of us") and config.watch.watches("TLOU")
    assert not config.watch.watches("The Bear")


def test_defaults_apply_and_relative_paths_follow_the_file(tmp_path: Path,
                                                           own_data_dir: Path) -> None:
    path = write(tmp_path, '[[feeds]]\nurl = "./feeds/local.xml"\ninterval = "5m"\n')
    config = load_config(path)
    assert config.feeds[0].url == (tmp_path / "feeds/local.xml").resolve().as_uri()
    assert config.feeds[0].interval == 300
    assert config.state_path == own_data_dir / "monitor" / "monitor.db"
    assert config.fetch.read_timeout == 20
    assert config.watch.all_shows and not config.channels


@pytest.mark.parametrize(
    ("text", "message"),
    [
        pytest.param('[monitor]\nstat = "x.db"\n', "unknown key 'monitor.stat'", id="unknown-key"),
        pytest.param('colour = 1\n', "unknown key 'colour'", id="unknown-top-level-key"),
        pytest.param('[[feeds]]\nurl = "ftp://example.com/feed"\n', "feeds[0].url",
                     id="bad-scheme"),
        pytest.param('[[feeds]]\nurl = "https:///feed"\n', "feeds[0].url", id="no-host"),
        pytest.param('[[feeds]]\nname = "x"\n', "feeds[0]: missing required key 'url'",
                     id="feed-without-url"),
        pytest.param('[[feeds]]\nurl = "https://a.example/f"\ninterval = "soon"\n',
                     "feeds[0].interval", id="bad-interval"),
        pytest.param('[[feeds]]\nurl = "https://a.example/f"\n[[feeds]]\nurl = "https://a.example/f"\n',
                     "listed twice", id="duplicate-feed"),
        pytest.param('[fetch]\nread_timeout = -1\n', "fetch.read_timeout", id="negative-timeout"),
        pytest.param('[watch]\nshows = [{name = "x"}]\n', "watch.shows[0].name",
                     id="unknown-show-key"),
        pytest.param('[channels.hook]\nkind = "webhook"\nurl = "https://h.example/x"\n'
                     'secret_env = "not a name"\n', "channels.hook.secret_env",
                     id="env-key-holds-no-variable-name"),
        pytest.param('[channels.hook]\nkind = "webhook"\nurl = "not a url"\n', "url",
                     id="bad-webhook-url"),
        pytest.param('[channels.x]\nkind = "pigeon"\n', "pigeon", id="unknown-channel-kind"),
        pytest.param('[monitor\n', "not valid TOML", id="broken-toml"),
    ],
)
def test_bad_config_names_file_and_key(tmp_path: Path, text: str, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_missing_config_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "nope.toml")


@pytest.mark.parametrize(("value", "seconds"), [
    (90, 90.0), ("30s", 30.0), ("15m", 900.0), ("6h", 21600.0), ("1d", 86400.0),
    ("250ms", 0.25), ("0", None), ("soon", None), (True, None), (-5, None),
])
def test_durations(value: object, seconds: float | None) -> None:
    assert parse_duration(value) == seconds


@pytest.mark.parametrize(("text", "message"), [
    ('[http]\nlisten = "0.0.0.0:8080"\n', "needs a token"),
    ('[http]\nlisten = "localhost"\n', "http.listen must be"),
    ('[monitor]\nmetrics_listen = "0.0.0.0:9464"\n', "not a loopback address"),
    ('[monitor]\nmetrics_listen = "9464:x"\n', "monitor.metrics_listen must be"),
])
def test_listen_addresses_are_checked_at_start(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        load_config(write(tmp_path, text))


@pytest.mark.parametrize("value", ["127.0.0.1:8080", "[::1]:8080", "localhost:8080", "8080"])
def test_loopback_listen_addresses_need_no_token(tmp_path: Path, value: str) -> None:
    config = load_config(write(tmp_path, f'[http]\nlisten = "{value}"\n'))
    assert config.http_listen == value and config.http_token() is None


SECRET_CHANNEL = ('[channels.hook]\nkind = "webhook"\nurl = "https://h.example/x"\n'
                  'secret_env = "MONITOR_TEST_NOT_SET_ANYWHERE"\n'
                  '[http]\nlisten = "0.0.0.0:8080"\ntoken_env = "MONITOR_TEST_TOKEN_NOT_SET"\n')


def test_reading_the_config_reads_no_secret_opening_a_channel_does(tmp_path: Path) -> None:
    """The config is plain settings; the secret is read by whoever opens the channel, and
    its absence is named there (file, key, variable)."""
    path = write(tmp_path, SECRET_CHANNEL)
    config = load_config(path)
    assert config.channels["hook"].kind == "webhook"
    assert config.channels["hook"].options["secret_env"] == "MONITOR_TEST_NOT_SET_ANYWHERE"
    with pytest.raises(ConfigError) as info:
        open_channels(config.channels, {})
    message = str(info.value)
    assert str(path) in message and "channels.hook.secret_env" in message
    assert "MONITOR_TEST_NOT_SET_ANYWHERE is not set" in message
    with pytest.raises(ConfigError, match="http.token_env: environment variable "
                                          "MONITOR_TEST_TOKEN_NOT_SET is not set"):
        config.http_token({})


def test_commands_that_never_send_need_no_channel_secret(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 12: status, history, alerts and health run with the channel's secret (and the
    status page's token) unset; the commands that send or serve still refuse, naming it."""
    monkeypatch.delenv("MONITOR_TEST_NOT_SET_ANYWHERE", raising=False)
    monkeypatch.delenv("MONITOR_TEST_TOKEN_NOT_SET", raising=False)
    path = write(tmp_path, SECRET_CHANNEL + '[monitor]\nstate = "state.db"\n'
                 '[[feeds]]\nurl = "https://feeds.example/rss"\n')
    from monitor.store.state import StateStore

    StateStore(tmp_path / "state.db").close()
    config = ["--config", str(path)]
    assert main(["status", *config]) == 0
    assert main(["history", "Nothing Stored", *config]) == 1  # no facts: not an error of config
    assert main(["alerts", *config]) == 0
    assert main(["health", *config]) == 2  # a report: the feed was never polled
    out, err = capsys.readouterr()
    assert "no feed has been polled on time" in out
    assert "MONITOR_TEST" not in err and "monitor: error" not in err
    assert main(["test-alert", *config]) == 2
    err = capsys.readouterr().err
    assert "channels.hook.secret_env: environment variable MONITOR_TEST_NOT_SET_ANYWHERE" in err
