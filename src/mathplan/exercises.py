"""Runnable exercises: read an exercise folder, write the learner's copy, run its checks.

An exercise folder (``data/exercises/<topic>/``, or one a ``--catalog`` file names) holds
``exercise.toml`` (title, summary, the checks in order with a hint each), ``exercise.py`` (the
starter) and ``checks.py``. The learner gets a copy of the starter and the checks; when the checks
run, the *catalog's* ``checks.py`` and ``exercise.toml`` are used, never the learner's copies, so
editing or deleting them cannot fake a pass.

A run happens in a subprocess of the learner's interpreter (:mod:`mathplan.exercise_runner`,
which imports nothing from mathplan), in a temporary copy of the learner's folder: the learner's
folder itself is only read, so code that deletes files deletes them in the copy (and the run is
then refused, not counted). A wall-clock timeout kills the whole process group; a run that timed
out counts as failed (the check that hung and those after it fail), since an endless loop is a
wrong answer. Runs that say nothing about the learner's code (NumPy missing, the interpreter not
starting, files tampered with) record nothing.

No Rich, no store, no pydantic here: the CLI renders and records.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import subprocess
import tempfile
import threading
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mathplan.errors import CatalogError, MathplanError

META_FILE = "exercise.toml"
STARTER_FILE = "exercise.py"
CHECKS_FILE = "checks.py"
README_FILE = "README.txt"
LEARNER_FILES = (STARTER_FILE, CHECKS_FILE)
DEFAULT_DIR = Path("exercises")
DEFAULT_TIMEOUT = 30.0
OUTPUT_CAP = 64 * 1024  # bytes of the learner's printed output kept for the summary
INSTALL_HINT = "pip install 'mathplan[exercises]'"

NEW, STARTED, FAILED, PASSED = "new", "started", "failed", "passed"
PASSED_EVENT, FAILED_EVENT = "exercise-passed", "exercise-failed"


@dataclass(frozen=True)
class CheckSpec:
    name: str
    hint: str

    @property
    def label(self) -> str:
        """The check's name as shown: ``check_sums_to_one`` reads as ``sums to one``."""
        return self.name.removeprefix("check_").replace("_", " ")


@dataclass(frozen=True)
class ExerciseSpec:
    topic: str
    title: str
    summary: str
    folder: Path
    checks: tuple[CheckSpec, ...]


def load_spec(topic: str, folder: Path) -> ExerciseSpec:
    """The exercise in ``folder``, or a :class:`CatalogError` naming the file and the problem."""
    meta = folder / META_FILE
    for required in (META_FILE, STARTER_FILE, CHECKS_FILE):
        if not (folder / required).is_file():
            raise CatalogError(
                f"{folder / required}: missing; an exercise folder holds {META_FILE}, "
                f"{STARTER_FILE} and {CHECKS_FILE}"
            )
    try:
        data = tomllib.loads(meta.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CatalogError(f"{meta}: cannot read it ({exc})") from None
    title: Any = data.get("title")
    summary: Any = data.get("summary")
    raw_checks = data.get("check")
    if not isinstance(title, str) or not title.strip():
        raise CatalogError(f"{meta}, field 'title': missing or not a string")
    if not isinstance(summary, str):
        raise CatalogError(f"{meta}, field 'summary': missing or not a string")
    if not isinstance(raw_checks, list) or not raw_checks:
        raise CatalogError(f"{meta}: no [[check]] entries")
    checks = []
    for number, entry in enumerate(raw_checks, 1):
        name = entry.get("name") if isinstance(entry, dict) else None
        hint: Any = entry.get("hint") if isinstance(entry, dict) else None
        if not isinstance(name, str) or not name.isidentifier() or not isinstance(hint, str):
            raise CatalogError(
                f"{meta}, check #{number}: needs a 'name' (a function in "
                f"{CHECKS_FILE}) and a 'hint'"
            )
        checks.append(CheckSpec(name, hint.strip()))
    return ExerciseSpec(topic, title.strip(), summary.strip(), folder, tuple(checks))


# --- the learner's copy --------------------------------------------------------------------------


def learner_folder(root: Path, topic: str) -> Path:
    return root / topic


def readme_text(spec: ExerciseSpec) -> str:
    return (
        f"{spec.title}\n{'=' * len(spec.title)}\n\n{spec.summary}\n\n"
        f"1. Edit {STARTER_FILE}: replace each `raise NotImplementedError(...)` with your code.\n"
        f"2. Run the checks:  mathplan exercise check {spec.topic}\n"
        f"   (add --dir if you wrote the exercise elsewhere than ./{DEFAULT_DIR}/, and\n"
        f"   --python PATH to use another interpreter; it needs NumPy: {INSTALL_HINT})\n\n"
        f"{CHECKS_FILE} is here to read; the checks that count are mathplan's own copy, so\n"
        "changing it changes nothing.\n"
    )


def existing_learner_files(spec: ExerciseSpec, target: Path) -> list[Path]:
    return [target / name for name in (*LEARNER_FILES, README_FILE) if (target / name).exists()]


def write_exercise(spec: ExerciseSpec, target: Path) -> list[Path]:
    """Copy the starter, the checks and a README into ``target``; the paths written.

    The caller decides about overwriting (see :func:`existing_learner_files`); each file is
    written beside its final name and renamed, so an interrupted write leaves no half file.
    """
    try:
        target.mkdir(parents=True, exist_ok=True)
        written = []
        for name in LEARNER_FILES:
            written.append(_write_file(target / name, (spec.folder / name).read_bytes()))
        written.append(_write_file(target / README_FILE, readme_text(spec).encode("utf-8")))
    except OSError as exc:
        raise MathplanError(
            f"cannot write the exercise into {target}: {exc.strerror or exc}"
        ) from None
    return written


def _write_file(path: Path, data: bytes) -> Path:
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(data)
    os.replace(partial, path)
    return path


# --- state ---------------------------------------------------------------------------------------


def exercise_state(latest: Mapping[str, Any] | None, folder: Path) -> str:
    """``passed``/``failed`` from the latest recorded result, else ``started`` when the learner's
    copy exists, else ``new``."""
    if latest is not None:
        passed, total = int(latest.get("passed", 0)), int(latest.get("total", 0))
        return PASSED if total > 0 and passed == total else FAILED
    return STARTED if (folder / STARTER_FILE).is_file() else NEW


# --- running the checks --------------------------------------------------------------------------

PASS, FAIL, TODO, ERROR, TIMEOUT, NOT_RUN = "pass", "fail", "todo", "error", "timeout", "not-run"


@dataclass(frozen=True)
class CheckOutcome:
    check: CheckSpec
    outcome: str  # pass | fail | todo | error | timeout | not-run
    message: str = ""

    @property
    def passed(self) -> bool:
        return self.outcome == PASS


@dataclass
class RunResult:
    """What one run of the checks found. ``recordable`` runs say something about the code."""

    spec: ExerciseSpec
    outcomes: list[CheckOutcome] = field(default_factory=list)
    timed_out: bool = False
    output: str = ""  # what the learner's code printed (capped)
    output_bytes: int = 0  # how much it printed in all

    @property
    def passed(self) -> int:
        return sum(1 for o in self.outcomes if o.passed)

    @property
    def total(self) -> int:
        return len(self.spec.checks)

    @property
    def failed(self) -> int:
        return self.total - self.passed

    @property
    def all_passed(self) -> bool:
        return self.passed == self.total

    def first_failure(self) -> CheckOutcome | None:
        return next((o for o in self.outcomes if not o.passed and o.outcome != NOT_RUN), None)

    def event(self) -> tuple[str, dict[str, Any]]:
        """The event kind and data that record this run."""
        kind = PASSED_EVENT if self.all_passed else FAILED_EVENT
        data = {
            "topic": self.spec.topic,
            "passed": self.passed,
            "failed": self.failed,
            "total": self.total,
        }
        return kind, data


class ExerciseRunError(MathplanError):
    """A run that says nothing about the learner's code; nothing is recorded for it."""


def runner_path() -> Path:
    return Path(__file__).with_name("exercise_runner.py")


def run_checks(
    spec: ExerciseSpec, learner_dir: Path, python: str, timeout: float = DEFAULT_TIMEOUT
) -> RunResult:
    """Run the catalog's checks for ``spec`` against the learner's ``exercise.py`` in
    ``learner_dir``, in a temporary copy, with ``python``; raises :class:`ExerciseRunError` for
    runs that cannot count."""
    if not (learner_dir / STARTER_FILE).is_file():
        raise MathplanError(
            f"{learner_dir / STARTER_FILE} does not exist; write it first with: "
            f"mathplan exercise {spec.topic}"
        )
    # ignore_cleanup_errors: learner code may leave files it made read-only behind.
    with tempfile.TemporaryDirectory(
        prefix="mathplan-exercise-", ignore_cleanup_errors=True
    ) as scratch:
        root = Path(scratch)
        work, private = root / "work", root / "private"
        work.mkdir()
        private.mkdir()
        _copy_learner_files(learner_dir, work)
        shutil.copyfile(spec.folder / CHECKS_FILE, work / CHECKS_FILE)  # what the learner sees
        checks_file = private / CHECKS_FILE
        shutil.copyfile(spec.folder / CHECKS_FILE, checks_file)
        before = _fingerprints(work)
        result_file = private / "result.json"
        spec_file = private / "spec.json"
        spec_file.write_text(
            json.dumps(
                {
                    "work": str(work),
                    "checks_file": str(checks_file),
                    "checks": [c.name for c in spec.checks],
                    "result": str(result_file),
                    "output_cap": OUTPUT_CAP,
                }
            ),
            encoding="utf-8",
        )
        command = [python, "-I", "-B", str(runner_path()), str(spec_file)]
        returncode, timed_out, output, output_bytes = _run_process(command, work, timeout)
        document = _read_result(result_file)
        changed = sorted(name for name, digest in before.items() if _digest(work / name) != digest)
    return _result(
        spec, document, returncode, timed_out, timeout, output, output_bytes, changed, python
    )


def _copy_learner_files(source: Path, work: Path) -> None:
    """The learner's Python files (top level only): ``exercise.py`` and any helper module."""
    try:
        for path in sorted(source.glob("*.py")):
            if path.name != CHECKS_FILE and path.is_file():
                shutil.copyfile(path, work / path.name)
    except OSError as exc:
        raise MathplanError(f"cannot read {source}: {exc.strerror or exc}") from None


def _fingerprints(folder: Path) -> dict[str, str]:
    return {p.name: _digest(p) for p in folder.iterdir() if p.is_file()}


def _digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "missing"


def _run_process(command: list[str], cwd: Path, timeout: float) -> tuple[int, bool, str, int]:
    """Exit code, whether it timed out, the first :data:`OUTPUT_CAP` bytes of its output (stdout
    and stderr together), and how many bytes it printed in all."""
    try:
        process = subprocess.Popen(
            command,
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group, so a timeout kills its children too
        )
    except OSError as exc:
        raise ExerciseRunError(
            f"cannot start {command[0]}: {exc.strerror or exc}; give a Python interpreter with "
            "--python PATH"
        ) from None
    kept = bytearray()
    total = [0]

    def drain() -> None:
        assert process.stdout is not None
        stream: Any = process.stdout
        for chunk in iter(lambda: stream.read1(65536), b""):
            total[0] += len(chunk)
            room = OUTPUT_CAP - len(kept)
            if room > 0:
                kept.extend(chunk[:room])

    reader = threading.Thread(target=drain, daemon=True)
    reader.start()
    timed_out = False
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        _kill_group(process)
    finally:
        if process.poll() is None:  # interrupted (Ctrl-C): never leave learner code running
            _kill_group(process)
    reader.join(timeout=5)
    return process.returncode, timed_out, kept.decode("utf-8", errors="replace"), total[0]


def _kill_group(process: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except (OSError, AttributeError):
        process.kill()
    process.wait()


def _read_result(path: Path) -> dict[str, Any] | None:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return document if isinstance(document, dict) else None


def _result(
    spec: ExerciseSpec,
    document: dict[str, Any] | None,
    returncode: int,
    timed_out: bool,
    timeout: float,
    output: str,
    output_bytes: int,
    changed: list[str],
    python: str,
) -> RunResult:
    status = document.get("status") if document else None
    if status == "no-numpy":
        raise ExerciseRunError(
            f"NumPy is not installed for {python}; the exercises need it: {INSTALL_HINT}"
        )
    if status == "checks-broken":
        raise ExerciseRunError(
            f"the checks of {spec.topic!r} cannot be loaded ({document.get('message')}); "  # type: ignore[union-attr]
            "this is a problem of the exercise, not of your code"
        )
    if changed:
        raise ExerciseRunError(
            f"your code deleted or changed files in its folder while the checks ran "
            f"({', '.join(changed)}); the run does not count. Your own folder is untouched "
            "(the checks run in a copy); remove the code that writes or deletes files"
        )
    if document is None:
        tail = output.strip().splitlines()[-1:] if output.strip() else []
        reason = (
            f"did not start within {timeout:g} s"
            if timed_out
            else f"ended before any check ran (exit code {returncode})"
            + (f": {tail[0]}" if tail else "")
        )
        raise ExerciseRunError(f"the check run with {python} {reason}")
    by_name = {c.get("name"): c for c in document.get("checks", []) if isinstance(c, dict)}
    running = document.get("running")
    outcomes = []
    for check in spec.checks:
        found = by_name.get(check.name)
        if found is not None:
            outcomes.append(
                CheckOutcome(check, str(found.get("outcome")), str(found.get("message", "")))
            )
        elif check.name == running:
            outcomes.append(CheckOutcome(check, *_stopped(timed_out, timeout, returncode)))
        else:
            outcomes.append(CheckOutcome(check, NOT_RUN))
    if status != "done" and running is None:
        # Stopped outside a check: importing exercise.py hung or ended the process.
        first = next((i for i, o in enumerate(outcomes) if o.outcome == NOT_RUN), None)
        if first is not None:
            outcome, message = _stopped(timed_out, timeout, returncode)
            if document.get("importing"):
                message = f"importing {STARTER_FILE}: {message}"
            outcomes[first] = CheckOutcome(spec.checks[first], outcome, message)
    dropped = document.get("dropped_output", 0)
    output_bytes += dropped if isinstance(dropped, int) else 0
    return RunResult(spec, outcomes, timed_out, output, output_bytes)


def _stopped(timed_out: bool, timeout: float, returncode: int) -> tuple[str, str]:
    if timed_out:
        return (
            TIMEOUT,
            f"did not finish within {timeout:g} s (an endless loop?); the run was stopped",
        )
    return ERROR, f"the Python process ended during this check (exit code {returncode})"


def python_for(option: str | None) -> str:
    """The interpreter to run the checks with: ``--python`` (a path or a name on PATH), else
    the one running mathplan."""
    import sys

    if option is None:
        return sys.executable
    from mathplan.errors import UsageError

    found = shutil.which(option)
    if found is None:
        raise UsageError(
            f"--python: {option!r} is not an executable file; give the path of a Python "
            "interpreter (for example .venv/bin/python)"
        )
    return str(Path(found).absolute())
