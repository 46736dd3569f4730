"""Name-swap evaluation of the open folds (see ``monitor/extract/swap.py``).

``python scripts/swap_eval.py /work/shared/devset --mode words,pseudo --seeds 1,2,3 [-v]``:
compat P / R / F1 of the open folds and of their consistently renamed copies, and every
article whose facts change beyond the renaming. The sealed fold is refused.
"""

from __future__ import annotations

from monitor.extract.swap import main

if __name__ == "__main__":
    raise SystemExit(main())
