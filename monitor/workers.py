"""Article work in child processes, each article with a time budget.

Reading a page and extracting its facts, or parsing a feed, is pure CPU work on text a
stranger wrote. In the daemon's own process one pathological page held the GIL for minutes
(and a feed with a long run of blank lines in its prolog, in feedparser): every feed, every
delivery and the SIGTERM handler waited. :class:`WorkerPool` runs that work in a few child
processes instead (which also puts the second core to use): the calling thread sends the job
down a pipe and waits at most ``budget`` seconds; a worker over budget is killed and replaced,
and the caller gets a ``ParseError`` naming the article and the budget, so the pipeline records
the article as failed and the feed moves on.

A worker lives for many jobs, and its C heap stays at the high-water mark its largest jobs
set, with holes between the blocks that live on (resident, never given back: measured, the
two workers ~12 MiB above fresh ones; bench/README.md, *Issue 14, eighth part*). ``max_jobs``
bounds that: a worker that has served that many jobs is replaced by a fresh one from the fork
server after its answer came back (between jobs, never during one), as gunicorn's
``max_requests`` and multiprocessing's ``maxtasksperchild`` do (``monitor.article_worker_jobs``).
The replacement is made on the pool's own thread: the caller (a poll) hands the old worker over
and goes on with its answer; the fresh worker joins the idle ones once the fork server has
started it, and the old one is then asked to leave. A poll waits for a fork only when no other
worker is free meanwhile (bench/README.md, *ninth part*).

Workers are started by a fork server (single-threaded, the stages preloaded), never forked from
the threaded daemon. A job is a module-level function and its plain-data arguments; whatever it
raises comes back as a ``ParseError`` with the exception's type and message, never as a
traceback. The pool never touches the state or the network.
"""

from __future__ import annotations

import logging
import multiprocessing
import multiprocessing.connection
import queue
import signal
import threading
import time
from collections.abc import Callable
from typing import Any

from .errors import MonitorError, ParseError
from .ingest.politeness import Stopping

log = logging.getLogger(__name__)

#: Modules the fork server imports once, so a new worker starts in milliseconds; the second
#: compiles the patterns the extractor leaves to their first use (``patterns.LazyPattern``).
PRELOAD = ["monitor.pipeline", "monitor.extract.preload"]
#: How often a waiting caller looks at the stop event.
STOP_CHECK_SECONDS = 0.25


#: A log line a job wrote in a worker: (logger name, level, message), re-logged by the caller.
LogLine = tuple[str, int, str]


class _Collect(logging.Handler):
    """Keeps a job's log lines, to be sent back with its answer (a worker has no log)."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[LogLine] = []

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.lines.append((record.name, record.levelno, record.getMessage()))
        except Exception:  # a record that cannot format itself is not worth a job
            pass


def _serve(conn: multiprocessing.connection.Connection, level: int = logging.INFO) -> None:
    """A worker's loop: run each job sent, answer ("ok", result, log lines) or ("error", text,
    log lines)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the daemon decides when workers stop
    collect = _Collect()
    root = logging.getLogger()
    root.handlers[:] = [collect]
    root.setLevel(level)
    kept_token: object = None
    kept_args: tuple[Any, ...] = ()
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        fn, args, kept = task
        collect.lines = []
        if kept is not None:
            token, sent = kept
            if sent is not None:
                kept_token, kept_args = token, sent
            if token != kept_token:  # cannot happen: the pool knows what each worker has
                conn.send(("error", "the kept arguments were lost", []))
                continue
            args = (*args, *kept_args)
        try:
            answer: tuple[str, Any, list[LogLine]] = ("ok", fn(*args), collect.lines)
        except MonitorError as exc:
            answer = ("error", str(exc), collect.lines)
        except Exception as exc:  # input made a library fail: report it, keep serving
            answer = ("error", f"unexpected error: {type(exc).__name__}: {str(exc)[:300]}",
                      collect.lines)
        try:
            conn.send(answer)
        except (OSError, EOFError):  # the caller is gone (killed mid-job): nobody to answer
            return
        except Exception as exc:  # e.g. a result that cannot be pickled
            try:
                conn.send(("error", f"result could not be returned ({type(exc).__name__})",
                           collect.lines))
            except (OSError, EOFError):
                return


class _Worker:
    def __init__(self, context: Any) -> None:
        #: The token of the kept arguments this worker holds (see WorkerPool.run).
        self.kept_token: object = None
        #: Jobs this worker has answered (it is recycled at the pool's ``max_jobs``).
        self.jobs = 0
        self._kill_lock = threading.Lock()
        self._killed = False
        self.conn, child = context.Pipe()
        level = logging.getLogger().getEffectiveLevel()
        self.process = context.Process(target=_serve, args=(child, level), daemon=True,
                                       name="monitor-worker")
        self.process.start()
        child.close()

    @property
    def pid(self) -> int | None:
        pid: int | None = self.process.pid
        return pid

    def retire(self) -> None:
        """Stop an idle worker: asked to leave (its loop ends), killed if it does not."""
        try:
            self.conn.send(None)
            self.process.join(timeout=2)
        except (OSError, ValueError, AssertionError):
            pass
        self.kill()

    def kill(self) -> None:
        """Stop the process and close its pipe, once: the pool's ``close`` (on shutdown) and
        the thread whose job just ended (``_replace``) may both kill one worker at the same
        time, and two closes of one pipe close its descriptor twice (``EBADF``, or another
        file's descriptor reused in between)."""
        with self._kill_lock:
            if self._killed:
                return
            self._killed = True
            try:
                self.process.kill()
                self.process.join(timeout=2)
            except (OSError, ValueError, AssertionError):
                pass
            self.conn.close()


class WorkerPool:
    """``size`` worker processes; :meth:`run` gives each job ``budget`` seconds at most; a
    worker that has answered ``max_jobs`` jobs is replaced by a fresh one (0: never)."""

    #: The first wait before a failed start of a recycled worker's replacement is tried
    #: again; it doubles with every failure, up to ``RETRY_MAX_SECONDS``.
    RETRY_FIRST_SECONDS = 1.0
    RETRY_MAX_SECONDS = 60.0

    def __init__(self, size: int, budget: float, *,
                 stop: threading.Event | None = None, max_jobs: int = 0) -> None:
        self.size = max(1, size)
        self.budget = budget
        self.stop = stop
        self.max_jobs = max_jobs
        #: Workers replaced because they failed: over budget, dead.
        self.replaced = 0
        #: Workers replaced because they had served ``max_jobs`` jobs.
        self.recycled = 0
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(PRELOAD)
        self._idle: queue.SimpleQueue[_Worker] = queue.SimpleQueue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        #: Notified when a recycled worker's replacement is done (see :meth:`settle`).
        self._settled = threading.Condition(self._lock)
        self._closed = False
        #: Set by :meth:`close`: ends the pool's thread's wait between failed starts.
        self._closing = threading.Event()
        #: Workers handed to the pool's thread to be replaced; None stops the thread.
        self._recycling: queue.SimpleQueue[_Worker | None] = queue.SimpleQueue()
        self._pending = 0
        self._replacer: threading.Thread | None = None
        for _ in range(self.size):
            self._add()

    def _start_worker(self) -> _Worker:
        """A fresh worker from the fork server (the wait for a fork is here)."""
        return _Worker(self._context)

    def _add(self) -> None:
        worker = self._start_worker()
        with self._lock:
            self._all.add(worker)
        self._idle.put(worker)

    def _recycle(self, worker: _Worker) -> None:
        """Hand a worker that served its jobs to the pool's thread, which starts its
        replacement and retires it: the caller does not wait for the fork."""
        with self._lock:
            self._all.discard(worker)
            if self._closed:
                closed = True
            else:
                closed = False
                self.recycled += 1
                self._pending += 1
                if self._replacer is None:
                    self._replacer = threading.Thread(target=self._replace_recycled,
                                                      name="monitor-worker-recycler",
                                                      daemon=True)
                    self._replacer.start()
        if closed:
            worker.kill()
        else:
            self._recycling.put(worker)

    def _replace_recycled(self) -> None:
        """The pool's thread: for each recycled worker, a fresh one made ready first (so the
        pool is back to its size as soon as the fork server answers), then the old one
        retired."""
        while (old := self._recycling.get()) is not None:
            try:
                fresh = self._start_fresh()
                if fresh is not None:
                    with self._lock:
                        keep = not self._closed
                        if keep:
                            self._all.add(fresh)
                    if keep:
                        self._idle.put(fresh)
                    else:
                        fresh.kill()
                old.retire()
            finally:
                with self._lock:
                    self._pending -= 1
                    self._settled.notify_all()

    def _start_fresh(self) -> _Worker | None:
        """A fresh worker for a recycled one, tried until one starts (None: the pool was
        closed first). While starting fails (the fork server down, no file descriptor left),
        the wait between tries doubles from ``RETRY_FIRST_SECONDS`` up to
        ``RETRY_MAX_SECONDS``, and the log says so once when it begins failing (again if the
        error changes) and once when a worker starts again: not a line every second."""
        delay, failed, last_error = self.RETRY_FIRST_SECONDS, 0, ""
        while not self._stopping_for_good():
            try:
                fresh = self._start_worker()
            except Exception as exc:  # try again later, less and less often
                failed += 1
                error = f"{type(exc).__name__}: {exc}"
                if error != last_error:
                    log.warning("could not start a fresh article worker (%s); trying again "
                                "in %g s, then less often (up to every %g s)",
                                error, delay, self.RETRY_MAX_SECONDS)
                    last_error = error
                if self._pause(delay):
                    return None
                delay = min(delay * 2, self.RETRY_MAX_SECONDS)
                continue
            if failed:
                log.warning("a fresh article worker started after %d failed tries", failed)
            return fresh
        return None

    def _pause(self, seconds: float) -> bool:
        """Wait before the next try; True if the pool was closed meanwhile (close does not
        wait out a long pause)."""
        return self._closing.wait(seconds)

    def _stopping_for_good(self) -> bool:
        with self._lock:
            return self._closed

    def settle(self, timeout: float | None = None) -> bool:
        """Wait until every recycled worker's replacement is done (its fresh worker idle, the
        old one gone); False if ``timeout`` seconds passed first. Samples and tests use it:
        between, the pool is a worker short."""
        with self._lock:
            return self._settled.wait_for(lambda: self._pending == 0, timeout)

    def _replace(self, worker: _Worker) -> None:
        """A worker that failed (over budget, dead) killed and replaced now."""
        worker.kill()
        with self._lock:
            self._all.discard(worker)
            closed = self._closed
            if not closed:
                self.replaced += 1
        if not closed:
            self._add()

    def pids(self) -> list[int]:
        """The process ids of the workers now (they change as workers are replaced)."""
        with self._lock:
            return [pid for w in self._all if (pid := w.pid) is not None]

    def _stopping(self) -> bool:
        return self._closed or (self.stop is not None and self.stop.is_set())

    def _take(self) -> _Worker:
        while True:
            if self._stopping():
                raise Stopping("the monitor is stopping")
            try:
                return self._idle.get(timeout=STOP_CHECK_SECONDS)
            except queue.Empty:
                continue

    def run(self, fn: Callable[..., Any], *args: Any, what: str,
            doing: str = "reading and extracting the article",
            kept: tuple[object, tuple[Any, ...]] | None = None) -> Any:
        """``fn(*args)`` in a worker; ParseError naming ``what`` (and what it was ``doing``) if
        it fails or runs over budget (the worker is then replaced), Stopping if the pool is
        stopped meanwhile.

        ``kept``: (token, more arguments) appended to ``args``, sent to a worker only when it
        does not hold that token's arguments yet; it keeps them until other ones come. Large
        arguments that rarely change (the gazetteer of every confirmed title) then cross the
        pipe once per change, not once per job, and stay the same objects in the worker."""
        worker = self._take()
        healthy = False
        try:
            if kept is None:
                worker.conn.send((fn, args, None))
            else:
                token, more = kept
                worker.conn.send((fn, args, (token, None if token == worker.kept_token
                                             else more)))
                worker.kept_token = token
            deadline = time.monotonic() + self.budget
            while not worker.conn.poll(max(0.0, min(STOP_CHECK_SECONDS,
                                                    deadline - time.monotonic()))):
                if self._stopping():
                    raise Stopping("the monitor is stopping")
                if time.monotonic() >= deadline:
                    raise ParseError(f"{what}: {doing} took longer than {self.budget:g} s "
                                     "(its worker was stopped and replaced)")
            status, payload, lines = worker.conn.recv()
            healthy = True
            worker.jobs += 1
        except (EOFError, OSError) as exc:
            code = worker.process.exitcode
            raise ParseError(f"{what}: the worker died while {doing}"
                             + (f" (exit status {code})" if code is not None else "")) from exc
        finally:
            if not healthy or self._closed:
                self._replace(worker)
            elif self.max_jobs and worker.jobs >= self.max_jobs:
                self._recycle(worker)  # its answer is in: no job is cut
            else:
                self._idle.put(worker)
        for name, level, message in lines:  # what the job logged, in the caller's log
            logging.getLogger(name).log(level, "%s", message)
        if status != "ok":
            raise ParseError(payload if str(payload).startswith(what) else f"{what}: {payload}")
        return payload

    def close(self) -> None:
        """Stop every worker now (a job still running is abandoned)."""
        with self._lock:
            self._closed = True
            workers = list(self._all)
            self._all.clear()
            replacer = self._replacer
        self._closing.set()  # the pool's thread, if it waits between failed starts, goes on
        for worker in workers:
            worker.kill()
        if replacer is not None:  # it kills what it was starting or retiring, then ends
            self._recycling.put(None)
            replacer.join(timeout=10)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
