"""End-to-end catalog benchmark: the whole ``mathplan`` command on a generated catalog file.

``bench/scale.py`` times ``make_plan`` alone; this times what a learner waits for: a new process
that reads, parses, merges and validates the TOML file over the bundled catalog, plans, saves the
plan and prints it. The bars (issue 13):

- ``mathplan plan --catalog big.toml`` with a 10,000-topic / 1,000-resource catalog: under 2 s;
- 10x the topics (1,000 -> 10,000) costs at most 12x the time;
- ``mathplan catalog validate`` of a file with 10,000 invalid entries: under 2 s.

Catalogs come from ``bench/generate.py`` (seed 1), written as TOML with one goal override,
``general``, targeting every generated topic. The plan is the longest the CLI allows (60 months
at 40 h a week, $500) printed with ``--json``: printing 260 weeks as Rich tables is timed too,
but is a cost of the screens, not of loading (shown, not held to the bar). In the invalid file
every topic has an unknown priority and negative practical hours, so each entry yields two
problems that each name their file and line. Each command runs 3 times; the fastest run is kept.

The bars are checked on CPU time (user + sys of the process): on an idle machine that is the
wall time less a few milliseconds of I/O, and unlike wall time it does not grow when other jobs
share the cores. Wall times are printed beside it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate_raw

SEED = 1
PLAN_BAR = 2.0
VALIDATE_BAR = 2.0
RATIO_BAR = 12.0
RUNS = 3
PLAN_ARGS = ["--goal", "general", "--months", "60", "--hours-per-week", "40", "--budget", "500"]


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(f"{k} = {toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(value)


def toml_document(kinds: dict[str, list[dict[str, Any]]]) -> str:
    """Entries as ``[[kind]]`` tables, one ``key = value`` a line (nested values inline)."""
    out: list[str] = []
    for kind, entries in kinds.items():
        for entry in entries:
            out.append(f"[[{kind}]]")
            out.extend(f"{key} = {toml_value(value)}" for key, value in entry.items())
            out.append("")
    return "\n".join(out)


def write_catalog(folder: Path, n_topics: int, *, invalid: bool = False) -> Path:
    topics, resources = generate_raw(n_topics, n_topics // 10, SEED)
    if invalid:
        for topic in topics:
            topic["priority"] = "urgent"
            topic["hours"] = {**topic["hours"], "practical": -1}
        kinds = {"topic": topics}
    else:
        goal = {"id": "general", "targets": [t["id"] for t in topics]}
        kinds = {"topic": topics, "resource": resources, "goal": [goal]}
    path = folder / f"{'invalid' if invalid else 'catalog'}-{n_topics}.toml"
    path.write_text(toml_document(kinds), encoding="utf-8")
    return path


def mathplan() -> list[str]:
    script = Path(sys.executable).parent / "mathplan"
    return [str(script)] if script.exists() else [sys.executable, "-m", "mathplan"]


def best_time(args: list[str], home: Path, expect: int) -> tuple[float, float]:
    """(wall, CPU) seconds of the fastest of :data:`RUNS` runs."""
    env = {**os.environ, "MATHPLAN_HOME": str(home), "MATHPLAN_TODAY": "2026-11-25"}
    times = []
    for _ in range(RUNS):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run([*mathplan(), *args], env=env, capture_output=True, text=True)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
        times.append((wall, cpu))
        if done.returncode != expect:
            raise SystemExit(f"{' '.join(args[:3])}: exit {done.returncode}: {done.stderr[-500:]}")
    return min(times)


def run() -> bool:
    print(
        f"Catalog end to end: new `mathplan` processes on generated catalog files (seed {SEED}), "
        f"best of {RUNS}; plan: {' '.join(PLAN_ARGS)}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        rows = []
        for n in (1_000, 10_000):
            path = write_catalog(folder, n)
            size = path.stat().st_size / 1024 / 1024
            plan_args = ["plan", "--catalog", str(path), *PLAN_ARGS]
            as_json = best_time([*plan_args, "--json"], folder / "h", 0)
            tables = best_time(plan_args, folder / "h", 0)
            rows.append((n, size, as_json, tables))
        bad = write_catalog(folder, 10_000, invalid=True)
        validate, validate_cpu = best_time(["catalog", "validate", str(bad)], folder / "h", 1)
    print(
        f"{'topics':>7} {'res.':>6} {'file (MiB)':>10} {'plan --json: wall, CPU (s)':>27} "
        f"{'plan, tables: wall, CPU (s)':>28}"
    )
    for n, size, (wall, cpu), (t_wall, t_cpu) in rows:
        print(
            f"{n:>7} {n // 10:>6} {size:>10.1f} {wall:>19.3f}, {cpu:>6.3f} "
            f"{t_wall:>20.3f}, {t_cpu:>6.3f}"
        )
    print(
        f"catalog validate, 10000 invalid topics (20000 problems): {validate:.3f} s "
        f"(CPU {validate_cpu:.3f} s)"
    )
    big, small = rows[1][2][1], rows[0][2][1]
    ratio = big / small
    ok_plan = big < PLAN_BAR
    ok_ratio = ratio <= RATIO_BAR
    ok_validate = validate_cpu < VALIDATE_BAR
    verdict = {True: "PASS", False: "FAIL"}
    print(
        f"plan --catalog --json, 10k topics: CPU {big:.3f} s (bar < {PLAN_BAR:g} s): "
        f"{verdict[ok_plan]}"
    )
    print(
        f"10x topics, 1k -> 10k: {ratio:.1f}x the CPU time (bar <= {RATIO_BAR:g}x): "
        f"{verdict[ok_ratio]}"
    )
    print(
        f"catalog validate, 10k invalid: CPU {validate_cpu:.3f} s (bar < {VALIDATE_BAR:g} s): "
        f"{verdict[ok_validate]}"
    )
    return ok_plan and ok_ratio and ok_validate


if __name__ == "__main__":
    sys.exit(0 if run() else 1)
