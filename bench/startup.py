"""Startup benchmark: mathplan's commands against a minimal Typer app.

The bars (from the issues): on a stored plan, ``next``, ``status``, ``done`` and ``show`` each
take at most 1.2x the time of a minimal Typer app (one command that prints one line through
Rich), and the browsing commands ``topics``, ``why``, ``resources`` and ``goals`` at most 1.5x,
all run by the same interpreter with the same installed packages, measured side by side in one
run. Every figure is also shown as a multiple of ``python -c pass``. The browsing commands read
the catalog cache (``mathplan.catalog_cache``), which the untimed warm-up run writes, as a
learner's first browsing command would.

How it is measured:

- Interpreter: ``sys.executable`` (run this with the project's venv python). mathplan is run
  through its console script, the ``mathplan`` file next to ``sys.executable`` (what a user
  types; its shebang is that same interpreter); the minimal app as ``sys.executable app.py``;
  the baseline as ``sys.executable -c pass``.
- The stored plan: ``mathplan plan --months 6 --budget 500 --goal llm`` in a temporary
  ``MATHPLAN_HOME`` with ``MATHPLAN_TODAY=2026-11-25`` (the README's example), then
  ``done vectors`` and ``done dot-product`` so there is some progress to fold.
- ``mathplan done matrix-multiplication`` writes to the database, so every run of it gets a fresh
  copy of the home folder (copied before the clock starts); ``next`` and ``status`` only read.
- Bytecode: mathplan's own modules are compiled first (``compileall``), as ``pip install`` does
  for a wheel. A source checkout installed in editable mode under ``PYTHONDONTWRITEBYTECODE=1``
  (as on the CI machine) would otherwise recompile every module on every run, which no user's
  install does; the packages both sides share are compiled already.
- Wall time of the whole child process (``subprocess.run``, output to /dev/null, so Rich sees no
  terminal, as in a pipe), after one untimed warm-up run of each command (bytecode compiled,
  files in the page cache). Each round runs every command once, in a freshly shuffled order
  (seeded), so drift of the machine's speed hits all commands alike. Median and minimum are
  reported; the bar is checked on the median (the minimum is shown as a noise-free cross-check).
"""

from __future__ import annotations

import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BAR = 1.2
BROWSE_BAR = 1.5
BROWSING = ("mathplan topics", "mathplan why svd", "mathplan resources", "mathplan goals")
TODAY = "2026-11-25"
DONE_TOPIC = "matrix-multiplication"

MINIMAL_APP = """\
import typer
from rich.console import Console

app = typer.Typer()


@app.command()
def hello() -> None:
    Console().print("Hello from a minimal Typer app")


if __name__ == "__main__":
    app()
"""


# Where the time goes, in one process: the same imports as the minimal app (Typer and Rich's
# Console), then importing mathplan.cli, building the Click command tree, and running the command
# (mathplan's lazy imports, SQLite, folding the log, rendering). Output goes to /dev/null.
BREAKDOWN = """\
import os, sys, time
t0 = time.perf_counter()
import typer
from rich.console import Console
t1 = time.perf_counter()
target = sys.argv[1]
if target == "app":
    sys.path.insert(0, os.path.dirname(sys.argv[2]))
    import app as module
    argv = []
    application = module.app
else:
    import mathplan.cli as module
    argv = sys.argv[2:]
    application = module.app
t2 = time.perf_counter()
typer.main.get_command(application)
t3 = time.perf_counter()
real = sys.stdout
sys.stdout = open(os.devnull, "w")
try:
    if target == "app":
        application(args=argv, standalone_mode=True)
    else:
        module.main(argv)
except SystemExit:
    pass
t4 = time.perf_counter()
sys.stdout = real
print(t1 - t0, t2 - t1, t3 - t2, (t4 - t3) - (t3 - t2))
"""


def _console_script() -> Path:
    script = Path(sys.executable).parent / "mathplan"
    if not script.exists():
        raise SystemExit(
            f"no console script {script}: run this with the venv python that has mathplan "
            "installed, e.g. .venv/bin/python bench/run.py"
        )
    return script


CPU: dict[str, list[float]] = {}  # CPU seconds (user + system) of each run, by command
_last_cpu = [0.0]


def _run(argv: list[str], env: dict[str, str]) -> float:
    import resource

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    _last_cpu[0] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({done.returncode}): {done.stderr.decode()}")
    return elapsed


def measure(
    repetitions: int = 30, seed: int = 2026
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Wall times per command, and the in-process breakdown (medians of 7 runs) per command."""
    script = str(_console_script())
    py = sys.executable
    with tempfile.TemporaryDirectory(prefix="mathplan-bench-") as tmp:
        root = Path(tmp)
        app = root / "app.py"
        app.write_text(MINIMAL_APP)
        pristine = root / "home"
        env = {k: v for k, v in os.environ.items() if not k.startswith("MATHPLAN_")}
        env.update({"MATHPLAN_HOME": str(pristine), "MATHPLAN_TODAY": TODAY, "COLUMNS": "100"})
        env.pop("NO_COLOR", None)
        setup = [
            ["plan", "--months", "6", "--budget", "500", "--goal", "llm"],
            ["done", "vectors"],
            ["done", "dot-product"],
        ]
        for args in setup:
            _run([script, *args], env)

        copies = iter(range(10**9))

        def done_run() -> float:
            home = root / f"copy-{next(copies)}"
            shutil.copytree(pristine, home)
            try:
                return _run([script, "done", DONE_TOPIC], {**env, "MATHPLAN_HOME": str(home)})
            finally:
                shutil.rmtree(home)

        commands = {
            "python -c pass": lambda: _run([py, "-c", "pass"], env),
            "minimal Typer app": lambda: _run([py, str(app)], env),
            "mathplan next": lambda: _run([script, "next"], env),
            "mathplan status": lambda: _run([script, "status"], env),
            f"mathplan done {DONE_TOPIC}": done_run,
            "mathplan show": lambda: _run([script, "show"], env),
            **{
                name: (lambda name=name: _run([script, *name.split()[1:]], env))
                for name in BROWSING
            },
        }
        for fn in commands.values():  # warm-up, untimed
            fn()
        times: dict[str, list[float]] = {name: [] for name in commands}
        rng = random.Random(seed)
        names = list(commands)
        for _ in range(repetitions):
            rng.shuffle(names)
            for name in names:
                times[name].append(commands[name]())
                CPU.setdefault(name, []).append(_last_cpu[0])

        probe = root / "breakdown.py"
        probe.write_text(BREAKDOWN)
        parts: dict[str, list[float]] = {}
        targets = {
            "minimal Typer app": ["app", str(app)],
            "mathplan next": ["mathplan", "next"],
            "mathplan status": ["mathplan", "status"],
            f"mathplan done {DONE_TOPIC}": ["mathplan", "done", DONE_TOPIC],
            "mathplan show": ["mathplan", "show"],
            "mathplan topics": ["mathplan", "topics"],
        }
        for name, args in targets.items():
            samples = []
            for _ in range(7):
                home = root / f"copy-{next(copies)}"
                shutil.copytree(pristine, home)
                out = subprocess.run(
                    [py, str(probe), *args],
                    env={**env, "MATHPLAN_HOME": str(home)},
                    capture_output=True,
                    text=True,
                    check=True,
                )
                shutil.rmtree(home)
                samples.append([float(x) for x in out.stdout.split()])
            parts[name] = [statistics.median(col) for col in zip(*samples, strict=True)]
    return times, parts


def report(times: dict[str, list[float]]) -> tuple[list[str], bool]:
    """The printed table and whether every mathplan command meets the bar (on the median)."""
    med = {k: statistics.median(v) for k, v in times.items()}
    low = {k: min(v) for k, v in times.items()}
    base, app = "python -c pass", "minimal Typer app"
    n = len(next(iter(times.values())))
    lines = [
        f"Startup: {n} interleaved runs each, wall time of the whole process, interpreter "
        f"{sys.executable} (Python {sys.version.split()[0]})",
        f"{'command':<36}{'median':>10}{'min':>10}{'x pass':>9}{'x app':>8}"
        f"{'x app (min)':>13}  bar (x app)",
    ]
    ok = True
    for name in times:
        ratio_app = med[name] / med[app]
        verdict = ""
        if name.startswith("mathplan"):
            bar = BROWSE_BAR if name in BROWSING else BAR
            passed = ratio_app <= bar
            ok &= passed
            verdict = f"{'PASS' if passed else 'FAIL'} (<= {bar})"
        lines.append(
            f"{name:<36}{med[name] * 1000:>8.1f}ms{low[name] * 1000:>8.1f}ms"
            f"{med[name] / med[base]:>8.1f}x{ratio_app:>7.2f}x"
            f"{low[name] / low[app]:>12.2f}x  {verdict}"
        )
    if CPU:
        cpu_app = statistics.median(CPU[app])
        lines.append(
            "CPU time (user + system) of the same runs, medians: steadier than wall time on a "
            "busy machine"
        )
        for name in times:
            values = CPU[name]
            lines.append(
                f"  {name:<34}{statistics.median(values) * 1000:>8.1f}ms"
                f"{statistics.median(values) / cpu_app:>7.2f}x app"
            )
    lines.append(
        "(x pass: multiple of `python -c pass`; x app: multiple of the minimal Typer app; "
        "medians unless marked min)"
    )
    return lines, ok


def breakdown(times: dict[str, list[float]], parts: dict[str, list[float]]) -> list[str]:
    base = statistics.median(times["python -c pass"])
    lines = [
        "Where the time goes (in-process, medians of 7 runs, ms): interpreter start is "
        "`python -c pass`; imports as in the minimal app = typer + rich.console",
        f"{'command':<36}{'interp.':>8}{'typer+rich':>11}{'own import':>11}{'build cmds':>11}"
        f"{'run':>8}{'sum':>8}{'wall':>8}",
    ]
    for name, (common, own, build, run) in parts.items():
        total = base + common + own + build + run
        lines.append(
            f"{name:<36}{base * 1000:>8.1f}{common * 1000:>11.1f}{own * 1000:>11.1f}"
            f"{build * 1000:>11.1f}{run * 1000:>8.1f}{total * 1000:>8.1f}"
            f"{statistics.median(times[name]) * 1000:>8.1f}"
        )
    lines.append(
        "(own import: app.py or mathplan.cli; build cmds: typer.main.get_command; run: the "
        "command incl. its lazy imports, minus one more build of the command tree)"
    )
    return lines


def compile_mathplan() -> None:
    """Write mathplan's bytecode, as a wheel install would have (see the module docstring)."""
    import compileall

    import mathplan

    compileall.compile_dir(str(Path(mathplan.__file__).parent), quiet=1)


def main(repetitions: int = 30) -> bool:
    compile_mathplan()
    times, parts = measure(repetitions)
    lines, ok = report(times)
    print("\n".join(lines))
    print("\n".join(breakdown(times, parts)))
    print(
        f"Startup bars (next, status, done, show <= {BAR}x the minimal Typer app; "
        f"browsing <= {BROWSE_BAR}x): {'PASS' if ok else 'FAIL'}"
    )
    return ok


if __name__ == "__main__":
    reps = int(sys.argv[1]) if len(sys.argv) > 1 else 30
    sys.exit(0 if main(reps) else 1)
