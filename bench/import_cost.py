"""The extractor's import: CPU of ``python -c 'import monitor.extract.facts'``, paired with a base.

    .venv/bin/python bench/import_cost.py [--base DIR] [--starts 3] [--rounds 5]
                                          [--no-bytecode] [--quick]

Each start is a fresh interpreter (this environment's, pinned to one CPU) importing the
extractor from a source tree (``PYTHONPATH``): this checkout, and with ``--base`` another tree
(``git archive REV | tar -x -C DIR``); the floor is ``python -c pass``. A fourth and fifth
configuration import the extractor and read one short article (``extract_facts``), so a cost
moved from the import into the first article shows there. Timed: the started process's CPU
(user + system, ``RUSAGE_CHILDREN``), the starts interleaved (``common.run_paired``, order
rotated per round); the ratio base over new is taken per round.

Bytecode is cached (in a temporary ``PYTHONPYCACHEPREFIX``, written by the warm-up start), as an
installed package has it; ``--no-bytecode`` compiles the source at every start
(``PYTHONDONTWRITEBYTECODE=1``, which this machine's shell sets: ~0.5 s more a start).
A last start of this checkout counts what its import compiles through ``re.compile``.

The compiled-pattern cache (issue 14, round 36: ``monitor/extract/patterncache.py``): each
tree's import runs warm, its cache file (``MONITOR_PATTERN_CACHE``, a file of its own in the
temporary directory) written by the warm-up start, and this checkout's import runs cold too,
every start with no cache file (it compiles every pattern and writes the file, as the first
start after an install or a change of a pattern does). A tree without the cache ignores the
variable.

Target (issue 14, round 28): the extractor's import <= 2.0 s of CPU (it was ~3.8 s with the
source compiled, ~3.3 s with bytecode cached; 2.71 s after round 28).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from common import Contender, header, med_min, pin_to_cpu, run_paired, spread, table, targets
from common import verdict as verdict_of

TARGET_MS = 2000.0
HERE = Path(__file__).resolve().parent.parent
FLOOR = "python -c pass (interpreter floor)"

IMPORT = "import monitor.extract.facts"
#: One short article of our own (invented names), read after the import.
FIRST_ARTICLE = (
    "import datetime\n"
    "from monitor.extract.facts import extract_facts\n"
    "from monitor.models import Article\n"
    "extract_facts(Article(url='https://example.com/a', title='Kestrel renews Salt Road',"
    " text='Kestrel has renewed Salt Road for a third season. Filming on the new season of"
    " Copper Vale began in March in Tovrel. Lantern House premieres June 5.',"
    " published=datetime.date(2031, 4, 2)))\n"
)
#: Counts the patterns an import compiles through ``re.compile`` and their CPU.
COUNT = (
    "import re, time, json\n"
    "made = []\n"
    "plain = re.compile\n"
    "def counted(pattern, flags=0):\n"
    "    start = time.process_time()\n"
    "    try:\n"
    "        return plain(pattern, flags)\n"
    "    finally:\n"
    "        made.append((len(pattern) if isinstance(pattern, str) else 0,"
    " time.process_time() - start))\n"
    "re.compile = counted\n"
    "start = time.process_time()\n"
    "import monitor.extract.facts\n"
    "whole = time.process_time() - start\n"
    "re.compile = plain\n"
    "try:\n"
    "    from monitor.extract.patterncache import CACHE\n"
    "    built = CACHE.hits if CACHE is not None else 0\n"
    "except ImportError:\n"
    "    built = 0\n"
    "print(json.dumps({'import': whole, 'patterns': len(made), 'built': built,"
    " 'chars': sum(n for n, _ in made), 'compile': sum(s for _, s in made)}))\n"
)


def child_cpu() -> float:
    """CPU seconds (user + system) of this process's waited-for children so far."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run(argv: list[str], env: dict[str, str]) -> str:
    # started in HOME (a temporary directory): "python -c" puts its working directory first on
    # sys.path, and a checkout's would shadow PYTHONPATH
    done = subprocess.run(argv, env=env, capture_output=True, text=True, check=False,
                          cwd=env["HOME"])
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv[:2])} failed ({done.returncode}): "
                         f"{done.stderr[-800:]}")
    return done.stdout


def imported_from(env: dict[str, str]) -> str:
    return run([sys.executable, "-c", "import monitor; print(monitor.__file__)"], env).strip()


def tree_env(base: dict[str, str], tree: Path, cache: Path | None = None) -> dict[str, str]:
    """The environment of a start importing from ``tree``, its pattern cache file ``cache``."""
    env = dict(base)
    env["PYTHONPATH"] = str(tree)
    if cache is not None:
        env["MONITOR_PATTERN_CACHE"] = str(cache)
    return env


def cold_start(py: str, env: dict[str, str], cache: Path) -> str:
    """A start with no pattern cache file (it writes one: removed after)."""
    cache.unlink(missing_ok=True)
    try:
        return run([py, "-c", IMPORT], env)
    finally:
        cache.unlink(missing_ok=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--base", type=Path, help="another source tree to compare with")
    parser.add_argument("--tree", type=Path, default=HERE, help="the tree measured (this one)")
    parser.add_argument("--starts", type=int, default=3, help="starts per round (3)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--no-bytecode", action="store_true",
                        help="compile the source at every start (no cached bytecode)")
    parser.add_argument("--quick", action="store_true", help="tiny sizes (smoke test)")
    args = parser.parse_args()
    if args.quick:
        args.starts, args.rounds = 1, 2
    header("The extractor's import")
    print(pin_to_cpu(0) + " (the started processes inherit it)")
    trees = {"new": args.tree.resolve()}
    if args.base:
        trees["base"] = args.base.resolve()
    for name, tree in trees.items():
        if not (tree / "monitor" / "extract" / "facts.py").is_file():
            raise SystemExit(f"{tree}: no monitor/extract/facts.py")
        print(f"{name}: {tree}")
    with tempfile.TemporaryDirectory(prefix="bench-import-") as tmp:
        env = {k: v for k, v in os.environ.items()
               if not k.startswith("MONITOR_") and k not in ("PYTHONPATH", "PYTHONPYCACHEPREFIX")}
        env["HOME"] = tmp
        if args.no_bytecode:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
            print("bytecode: compiled at every start (--no-bytecode)")
        else:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
            print("bytecode: cached (written by the warm-up start)")
        py = sys.executable
        for name, tree in trees.items():
            found = imported_from(tree_env(env, tree))
            if not found.startswith(str(tree)):
                raise SystemExit(f"{name}: monitor imported from {found}, not from {tree}")
        caches = {name: Path(tmp) / f"patterns-{name}.marshal" for name in trees}
        cold_cache = Path(tmp) / "patterns-cold.marshal"
        contenders = [Contender(FLOOR, lambda _: run([py, "-c", "pass"], env))]
        for name, tree in trees.items():
            contenders.append(Contender(
                f"import ({name})",
                lambda _, t=tree, c=caches[name]: run([py, "-c", IMPORT], tree_env(env, t, c))))
        contenders.append(Contender(
            "import (new, no cache file)",
            lambda _: cold_start(py, tree_env(env, trees["new"], cold_cache), cold_cache)))
        for name, tree in trees.items():
            contenders.append(Contender(
                f"import + first article ({name})",
                lambda _, t=tree, c=caches[name]: run([py, "-c", FIRST_ARTICLE],
                                                      tree_env(env, t, c))))
        rounds = run_paired(contenders, args.starts, args.rounds, warmup=1, clock=child_cpu)
        counts = json.loads(run([py, "-c", COUNT], tree_env(env, trees["new"], caches["new"])))

    print()
    print(f"{args.starts} starts of each x {rounds.rounds} rounds; CPU of the started process")
    print(rounds.reference_line())
    print()
    rows = []
    for c in contenders:
        rows.append([c.name, spread(rounds.ms_per_unit(c.name), "{:.0f}"),
                     f"{statistics.median(rounds.over(c.name, FLOOR)):.0f}"])
    print(table(rows, ["configuration", "CPU ms per start: median (min–max)",
                       "ms over the floor (median)"]))
    if "base" in trees:
        print()
        ratio_rows = []
        for what, new in (("import", "import (new)"),
                          ("import, no cache file", "import (new, no cache file)"),
                          ("import + first article", "import + first article (new)")):
            base = f"{what.split(',')[0]} (base)"
            ratios = rounds.ratios(base, new)
            ratio_rows.append([what, " ".join(f"{r:.2f}" for r in ratios),
                               "{} ({})".format(*med_min(ratios))])
        print(table(ratio_rows, ["configuration", "base over new, round by round",
                                 "median (min)"]))
    print()
    print(f"this checkout's import compiled {counts['patterns']:,} patterns through re.compile "
          f"({counts['chars']:,} characters of pattern text) in {counts['compile'] * 1e3:.0f} ms"
          f" of its {counts['import'] * 1e3:.0f} ms of CPU (one start, counted); it built "
          f"{counts['built']:,} from its pattern cache")
    targets([[f"the extractor's import <= {TARGET_MS:.0f} ms of CPU", "{} ms ({} ms)".format(
        *med_min(rounds.ms_per_unit("import (new)"), "{:.0f}")),
        verdict_of(rounds.median_ms("import (new)") <= TARGET_MS)]])


if __name__ == "__main__":
    main()
