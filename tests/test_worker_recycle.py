"""An article worker is replaced after ``max_jobs`` jobs (``monitor.article_worker_jobs``).

What one job frees stays in a long-lived worker's C heap as holes between the blocks that
live on; a fresh worker from the fork server starts without them (bench/README.md, *Issue 14,
eighth part*). These run real worker processes and tell workers apart by their pids: the
replacement happens between jobs, so no job is lost, cut or run twice.
"""

from __future__ import annotations

import logging
import os
import resource
import sqlite3
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from httpserver import LocalHTTPServer, Response

from monitor.config import MONITOR_DEFAULTS, ConfigError, parse_config
from monitor.scheduler import Daemon
from monitor.workers import WorkerPool


def _pid() -> int:
    return os.getpid()


def _logged(path: str, n: int, pause: float = 0.0) -> tuple[int, int]:
    """Append ``n`` to the file (one line per run of the job), after ``pause`` seconds."""
    time.sleep(pause)
    with open(path, "a", encoding="utf-8") as f:
        f.write(f"{n}\n")
    return n, os.getpid()


def _kept_count(n: int, names: tuple[str, ...]) -> tuple[int, int]:
    return n, len(names)


def test_a_worker_is_replaced_after_its_jobs() -> None:
    with WorkerPool(1, budget=30.0, max_jobs=3) as pool:
        pids = [pool.run(_pid, what="pid") for _ in range(7)]
        assert pool.settle(timeout=30)
        assert pool.recycled == 2 and pool.replaced == 0
        assert pool.pids() == [pids[-1]]
    assert pids[0] == pids[1] == pids[2] != pids[3] == pids[4] == pids[5] != pids[6]
    assert len(set(pids)) == 3


def test_without_a_bound_a_worker_serves_every_job() -> None:
    with WorkerPool(1, budget=30.0, max_jobs=0) as pool:
        pids = {pool.run(_pid, what="pid") for _ in range(7)}
        assert pool.recycled == 0
    assert len(pids) == 1


def test_no_job_is_lost_or_run_twice(tmp_path: Path) -> None:
    """Four threads share two workers that are replaced every second job: every job answers,
    once, with its own result, and ran exactly once (its line in the file)."""
    log = tmp_path / "ran.txt"
    answers: dict[int, tuple[int, int]] = {}
    lock = threading.Lock()

    def caller(first: int) -> None:
        for n in range(first, first + 10):
            answer = pool.run(_logged, str(log), n, what=f"job {n}")
            with lock:
                answers[n] = answer

    with WorkerPool(2, budget=30.0, max_jobs=2) as pool:
        threads = [threading.Thread(target=caller, args=(k * 10,)) for k in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        recycled = pool.recycled
    assert sorted(answers) == list(range(40))
    assert all(answers[n][0] == n for n in answers)
    assert sorted(int(line) for line in log.read_text().split()) == list(range(40))
    # no worker served more than two jobs, and every one that served two was replaced (the
    # last two may end with one job each: 40 = 20 x 2 or 19 x 2 + 2 x 1)
    served = Counter(pid for _, pid in answers.values())
    assert max(served.values()) == 2
    assert recycled == sum(1 for jobs in served.values() if jobs == 2) >= 19


def test_a_job_in_flight_is_not_cut(tmp_path: Path) -> None:
    """While one worker is busy with a slow job, the other serves its last job and is
    replaced: the slow job still finishes and answers."""
    log = tmp_path / "ran.txt"
    with WorkerPool(2, budget=30.0, max_jobs=1) as pool:
        slow: list[tuple[int, int]] = []
        thread = threading.Thread(
            target=lambda: slow.append(pool.run(_logged, str(log), 1, 1.5, what="slow")))
        thread.start()
        quick = [pool.run(_logged, str(log), n, what="quick") for n in (2, 3, 4)]
        thread.join()
        assert pool.recycled == 4 and pool.replaced == 0
    assert slow[0][0] == 1 and [n for n, _ in quick] == [2, 3, 4]
    assert len({pid for _, pid in (*slow, *quick)}) == 4  # a fresh worker for every job
    assert sorted(int(line) for line in log.read_text().split()) == [1, 2, 3, 4]


def test_the_caller_does_not_wait_for_the_replacement(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fork of a recycled worker's replacement is held back: the caller still gets its
    answer, and the next job is served by the other worker meanwhile. The replacement is
    started on the pool's own thread, never on a caller's."""
    starters: list[str] = []
    gate = threading.Event()
    start = WorkerPool._start_worker

    def held(pool: WorkerPool) -> object:
        starters.append(threading.current_thread().name)
        if len(starters) > 2:  # not the pool's first two: a replacement
            gate.wait(timeout=60)  # a guard against a hang with the mechanism off
        return start(pool)

    monkeypatch.setattr(WorkerPool, "_start_worker", held)
    with WorkerPool(2, budget=30.0, max_jobs=1) as pool:
        first = pool.run(_pid, what="first")  # its worker is recycled, the fork held
        second = pool.run(_pid, what="second")  # the other worker, while the fork waits
        waiting = (pool.pids(), gate.is_set())
        gate.set()
        assert pool.settle(timeout=30)
        third = pool.run(_pid, what="third")
        assert pool.settle(timeout=30)
        assert pool.recycled == 3 and pool.replaced == 0 and len(pool.pids()) == 2
    assert waiting == ([], False)  # both answered before any replacement was started
    assert len({first, second, third}) == 3
    caller = threading.current_thread().name
    assert starters[:2] == [caller, caller]
    assert len(starters) == 5 and all(name == "monitor-worker-recycler"
                                      for name in starters[2:])


def test_closing_during_a_replacement_leaves_no_worker(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A pool closed while its thread is starting a replacement: the fresh worker is killed
    once started, the old one too, and the pool's thread ends before close returns."""
    entered, gate = threading.Event(), threading.Event()
    fresh: list[Any] = []
    start = WorkerPool._start_worker

    def held(pool: WorkerPool) -> object:
        if threading.current_thread().name != "monitor-worker-recycler":
            return start(pool)
        entered.set()
        gate.wait(timeout=60)
        fresh.append(start(pool))
        return fresh[-1]

    monkeypatch.setattr(WorkerPool, "_start_worker", held)
    pool = WorkerPool(1, budget=30.0, max_jobs=1)
    old = pool.run(_pid, what="job")
    assert entered.wait(timeout=60)  # the pool's thread is inside the fork
    closing = threading.Thread(target=pool.close)
    closing.start()
    while not pool._closed:  # close has begun: it waits for the pool's thread
        time.sleep(0.01)
    gate.set()
    closing.join(timeout=60)
    assert not closing.is_alive()
    assert pool._replacer is not None and not pool._replacer.is_alive()
    assert pool.pids() == [] and len(fresh) == 1 and not fresh[0].process.is_alive()
    with pytest.raises(ProcessLookupError):
        os.kill(old, 0)


def test_a_fresh_worker_is_sent_the_kept_arguments_again() -> None:
    names = tuple(f"Show {i}" for i in range(50))
    with WorkerPool(1, budget=30.0, max_jobs=2) as pool:
        runs = [pool.run(_kept_count, n, what="kept", kept=(1, (names,))) for n in range(5)]
        assert pool.recycled == 2
    assert runs == [(n, 50) for n in range(5)]


def test_the_key_is_read_and_checked(tmp_path: Path) -> None:
    path = tmp_path / "x.toml"
    assert parse_config({}, path=path).article_worker_jobs == MONITOR_DEFAULTS[
        "article_worker_jobs"] > 0
    assert parse_config({"monitor": {"article_worker_jobs": 0}},
                        path=path).article_worker_jobs == 0
    for bad in (-1, "500", 2.5, True):
        with pytest.raises(ConfigError, match=r"monitor\.article_worker_jobs must be a whole "
                                              r"number, 0 or more \(0: never\)"):
            parse_config({"monitor": {"article_worker_jobs": bad}}, path=path)


def test_the_daemon_recycles_its_workers_as_configured(
        tmp_path: Path, http_server: LocalHTTPServer) -> None:
    """A poll with a new article is two jobs (the feed, the article): with a bound of 2 the
    daemon's one worker is replaced once, and the article is read and stored."""
    feed = ('<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><item><title>'
            f'news</title><link>{http_server.url("/a.html")}</link><guid>a</guid></item>'
            "</channel></rss>").encode()
    http_server.route("/feed.xml", Response(200, feed, {"Content-Type": "application/rss+xml"}))
    http_server.route("/a.html", Response(
        200, b"<html><body><article><p>Netflix has renewed Dana Wolfe for a second season."
             b"</p></article></body></html>", {"Content-Type": "text/html"}))
    config = tmp_path / "monitor.toml"
    config.write_text(
        f'[monitor]\nstate = "{tmp_path / "state.db"}"\nallow_hosts = ["127.0.0.1"]\n'
        "article_workers = 1\narticle_worker_jobs = 2\n\n[watch]\nall = true\n\n"
        f'[[feeds]]\nurl = "{http_server.url("/feed.xml")}"\nname = "news"\n',
        encoding="utf-8")
    daemon = Daemon(config)
    try:
        pool = daemon.open_workers()
        assert pool.max_jobs == 2
        first = pool.pids()
        daemon.poll_job(daemon.config.feeds[0])
        assert pool.settle(timeout=30)
        assert pool.recycled == 1 and pool.replaced == 0
        assert len(pool.pids()) == 1 and pool.pids() != first
    finally:
        daemon.shutdown(grace=1)
    conn = sqlite3.connect(tmp_path / "state.db")
    try:
        urls = [row[0] for row in conn.execute("SELECT url FROM articles")]
        facts = conn.execute("SELECT COUNT(*) FROM facts").fetchone()[0]
    finally:
        conn.close()
    assert urls == [http_server.url("/a.html")] and facts >= 1


class _NoFileDescriptors:
    """Every file descriptor slot of this process taken (the soft limit lowered to just
    above the ones open, the rest filled with /dev/null): starting a worker then fails for
    real, as with an fd leak, until the slots are given back."""

    def __enter__(self) -> _NoFileDescriptors:
        self.limits = resource.getrlimit(resource.RLIMIT_NOFILE)
        top = max(int(fd) for fd in os.listdir("/proc/self/fd"))
        resource.setrlimit(resource.RLIMIT_NOFILE, (top + 8, self.limits[1]))
        self.fillers: list[int] = []
        try:
            while True:
                self.fillers.append(os.open(os.devnull, os.O_RDONLY))
        except OSError:
            pass
        return self

    def give_back(self) -> None:
        for fd in self.fillers:
            os.close(fd)
        self.fillers = []
        resource.setrlimit(resource.RLIMIT_NOFILE, self.limits)

    def __exit__(self, *exc: object) -> None:
        self.give_back()


def test_a_failing_start_is_tried_again_less_often_and_logged_once(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """The replacement of a recycled worker cannot start (no file descriptor left for its
    pipe): the pool's thread waits longer after each failure, up to the bound, logs one
    warning for the whole outage and one line when a worker starts again; the pool is whole
    afterwards."""
    monkeypatch.setattr(WorkerPool, "RETRY_FIRST_SECONDS", 0.01)
    monkeypatch.setattr(WorkerPool, "RETRY_MAX_SECONDS", 0.04)
    waits: list[float] = []
    several = threading.Event()
    pause = WorkerPool._pause

    def counted(pool: WorkerPool, seconds: float) -> bool:
        waits.append(seconds)
        if len(waits) >= 6:
            several.set()
        return pause(pool, seconds)

    monkeypatch.setattr(WorkerPool, "_pause", counted)
    caplog.set_level(logging.INFO, logger="monitor.workers")
    with WorkerPool(1, budget=30.0, max_jobs=1) as pool:
        with _NoFileDescriptors() as slots:
            first = pool.run(_pid, what="first")  # answered; its replacement cannot start
            failing = several.wait(timeout=60)
            slots.give_back()
        assert failing and pool.settle(timeout=60)
        second = pool.run(_pid, what="second")
        assert pool.settle(timeout=60)
        assert pool.recycled == 2 and pool.replaced == 0 and len(pool.pids()) == 1
    assert first != second
    assert waits[:3] == [0.01, 0.02, 0.04] and set(waits[3:]) == {0.04}
    lines = [r.getMessage() for r in caplog.records if r.name == "monitor.workers"]
    assert len(lines) == 2, lines
    assert lines[0].startswith("could not start a fresh article worker (OSError")
    assert lines[1] == f"a fresh article worker started after {len(waits)} failed tries"


def test_closing_ends_a_long_wait_between_failed_starts(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The pool's thread waits a long time after a failed start: closing the pool ends that
    wait, so the thread is gone when close returns (close waits for it 10 s at most)."""
    monkeypatch.setattr(WorkerPool, "RETRY_FIRST_SECONDS", 600.0)
    waiting = threading.Event()
    pause = WorkerPool._pause

    def entered(pool: WorkerPool, seconds: float) -> bool:
        waiting.set()
        return pause(pool, seconds)

    monkeypatch.setattr(WorkerPool, "_pause", entered)
    pool = WorkerPool(1, budget=30.0, max_jobs=1)
    try:
        with _NoFileDescriptors():
            old = pool.run(_pid, what="job")
            assert waiting.wait(timeout=60)
    finally:
        pool.close()
    assert pool._replacer is not None and not pool._replacer.is_alive()
    assert pool.pids() == []
    with pytest.raises(ProcessLookupError):
        os.kill(old, 0)


def test_a_worker_killed_by_two_threads_at_once_closes_its_pipe_once() -> None:
    """On shutdown the pool's ``close`` and the poll thread whose job just ended both kill
    the same worker; its pipe is closed once (a second close of the descriptor raised EBADF
    and made ``monitor run`` exit 1 on SIGTERM). The pipe's own close is slowed so the two
    kills overlap every time."""
    pool = WorkerPool(1, 30.0)
    try:
        worker = next(iter(pool._all))
        real_close = worker.conn._close

        def slow_close() -> None:
            time.sleep(0.3)
            real_close()

        worker.conn._close = slow_close  # type: ignore[method-assign]
        errors: list[BaseException] = []

        def kill() -> None:
            try:
                worker.kill()
            except BaseException as exc:  # noqa: BLE001 - what a thread raised, for the test
                errors.append(exc)

        threads = [threading.Thread(target=kill) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=10)
        assert errors == []
        assert worker.conn.closed
    finally:
        pool.close()
