"""Run every mathplan benchmark and print the figures and which bars pass: ``python bench/run.py``.

1. ``startup.py``: ``mathplan next``/``status``/``done``/``show`` against a minimal Typer app
   (<= 1.2x), and the browsing commands ``topics``/``why``/``resources``/``goals`` (<= 1.5x).
2. ``quality.py``: kept topics and bought resources against exhaustive optima (mean >= 0.99,
   min >= 0.95), and no week left short while later study could move into it.
3. ``scale.py``: ``make_plan`` on 1k / 10k (/ 100k) topic catalogs (10k < 1 s; 10x <= 12x).
4. ``catalog_scale.py``: the whole ``mathplan plan --catalog`` process on 1k / 10k topic catalog
   files (10k < 2 s; 10x <= 12x) and ``catalog validate`` of 10k invalid entries (< 2 s).

Runs in about 1.5-3 minutes on a 2-core machine (most of it the 10k-topic plan while that is
slow). Needs the interpreter that has mathplan installed (its console script next to it); when
started with another one, it re-runs itself with the checkout's ``.venv/bin/python``.
Exit status 0 when every bar passes, 1 otherwise.
"""

from __future__ import annotations

import importlib.util
import os
import platform
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
VENV_PYTHON = HERE.parent / ".venv" / "bin" / "python"


def _ensure_interpreter() -> None:
    has_script = (Path(sys.executable).parent / "mathplan").exists()
    if importlib.util.find_spec("mathplan") and has_script:
        return
    if VENV_PYTHON.exists() and Path(sys.executable) != VENV_PYTHON:
        os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), __file__, *sys.argv[1:]])
    raise SystemExit("run with the python that has mathplan installed (e.g. .venv/bin/python)")


def main() -> int:
    _ensure_interpreter()
    sys.path.insert(0, str(HERE))
    import catalog_scale
    import quality
    import scale
    import startup

    import mathplan

    print(
        f"mathplan {mathplan.__version__} benchmarks, {time.strftime('%Y-%m-%d %H:%M:%S')}, "
        f"Python {platform.python_version()} ({sys.executable}), {os.cpu_count()} CPUs, "
        f"{platform.machine()} {platform.system()}"
    )
    started = time.perf_counter()
    results = {}
    print("\n== 1. Startup ==")
    results["startup (next/status/done/show <= 1.2x, browsing <= 1.5x minimal Typer app)"] = (
        startup.main(30)
    )
    print("\n== 2. Plan quality ==")
    results["quality (ratios, short weeks)"] = quality.run(300)
    print("\n== 3. Scale ==")
    results["scale (10k < 1 s, 10x topics <= 12x time)"] = scale.run()
    print("\n== 4. Catalogs end to end ==")
    results["catalogs (plan --catalog 10k < 2 s, 10x <= 12x, validate 10k invalid < 2 s)"] = (
        catalog_scale.run()
    )
    print(f"\n== Summary ({time.perf_counter() - started:.0f} s) ==")
    for name, ok in results.items():
        print(f"{'PASS' if ok else 'FAIL'}  {name}")
    return 0 if all(results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
