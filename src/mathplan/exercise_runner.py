"""Run one exercise's checks against a learner's ``exercise.py``; standalone on purpose.

``mathplan exercise check`` starts this file with the learner's own interpreter (``python -I
exercise_runner.py SPEC``), which may not have mathplan installed: so it imports nothing from
mathplan and runs on any Python from 3.8. The parent gives it a JSON spec (where the learner's
copy is, where the authoritative ``checks.py`` is, which checks to run, where to write the
result) and reads back a JSON result file that learner code never sees the name of, so nothing
the learner prints can forge a result. The result is rewritten after every check, so a run that
hangs or dies still says which checks finished.

Before any learner code runs: network connections are refused, ``print`` output is capped, and
NumPy is imported once (missing NumPy is reported as such, not as a failed check).
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import os
import sys
import time
import traceback
from typing import Any

MESSAGE_CAP = 1500  # characters of one check's message


class _CappedWriter(io.TextIOBase):
    """A stream that keeps the first ``cap`` characters written to it and counts the rest."""

    def __init__(self, target: Any, cap: int) -> None:
        self._target = target
        self._left = cap
        self.dropped = 0

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        if not isinstance(text, str):
            text = str(text)
        kept = text[: max(0, self._left)]
        if kept:
            with contextlib.suppress(OSError, ValueError):
                self._target.write(kept)
            self._left -= len(kept)
        self.dropped += len(text) - len(kept)
        return len(text)

    def flush(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self._target.flush()


def _block_network() -> None:
    """Refuse every outgoing connection: checks are offline, and so must learner code be."""
    import socket

    def refused(*args: Any, **kwargs: Any) -> Any:
        raise OSError("network access is disabled while exercise checks run")

    socket.socket.connect = refused  # type: ignore[method-assign]
    socket.socket.connect_ex = refused  # type: ignore[method-assign]
    socket.socket.sendto = refused  # type: ignore[method-assign]
    socket.create_connection = refused
    socket.getaddrinfo = refused


class _Result:
    """The result document, written atomically to a file the learner's code is not told about."""

    def __init__(self, path: str, names: list[str], streams: list[_CappedWriter]) -> None:
        self.path = path
        self.doc: dict[str, Any] = {"status": "running", "checks": [], "running": None}
        self.names = names
        self.streams = streams

    def write(self) -> None:
        self.doc["dropped_output"] = sum(s.dropped for s in self.streams)
        partial = self.path + ".partial"
        with open(partial, "w", encoding="utf-8") as handle:
            json.dump(self.doc, handle)
        os.replace(partial, self.path)


def _load(name: str, path: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise ImportError("cannot load " + path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def _short(text: str) -> str:
    text = text.strip() or "(no message)"
    return text if len(text) <= MESSAGE_CAP else text[: MESSAGE_CAP - 1] + "…"


def _where_in(exc: BaseException, filename: str) -> str:
    """`` (exercise.py, line N)`` for the deepest frame of the learner's file, if any."""
    line = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if os.path.basename(frame.filename) == filename:
            line = frame.lineno
    return f" ({filename}, line {line})" if line else ""


def _outcome(exc: BaseException, learner_file: str) -> dict[str, str]:
    """How a check ended: ``todo`` (NotImplementedError), ``fail`` (a check's assertion) or
    ``error`` (the learner's code raised something else)."""
    if isinstance(exc, NotImplementedError):
        return {"outcome": "todo", "message": _short(str(exc) or "not implemented yet")}
    if isinstance(exc, AssertionError):
        return {"outcome": "fail", "message": _short(str(exc))}
    if isinstance(exc, SystemExit):
        return {"outcome": "error", "message": f"the code called exit() ({exc.code})"}
    name = type(exc).__name__
    return {
        "outcome": "error",
        "message": _short(f"{name}: {exc}{_where_in(exc, learner_file)}"),
    }


def run(spec: dict[str, Any]) -> None:
    cap = int(spec.get("output_cap", 65536))
    stdout, stderr = _CappedWriter(sys.stdout, cap), _CappedWriter(sys.stderr, cap)
    sys.stdout, sys.stderr = stdout, stderr
    result = _Result(spec["result"], spec["checks"], [stdout, stderr])
    _block_network()
    try:
        import numpy  # noqa: F401
    except ImportError:
        result.doc["status"] = "no-numpy"
        result.write()
        return
    work = spec["work"]
    os.chdir(work)
    sys.path.insert(0, work)
    try:
        checks = _load("mathplan_exercise_checks", spec["checks_file"])
    except BaseException as exc:  # our own file is broken: say so, never blame the learner
        result.doc["status"] = "checks-broken"
        result.doc["message"] = _short(f"{type(exc).__name__}: {exc}")
        result.write()
        return
    learner_file = "exercise.py"
    result.doc["importing"] = True
    result.write()
    try:
        learner = _load("exercise", os.path.join(work, learner_file))
    except BaseException as exc:
        import_error = _outcome(exc, learner_file)
        if import_error["outcome"] != "todo":
            import_error["message"] = (
                "exercise.py could not be imported: " + import_error["message"]
            )
        for name in result.names:
            result.doc["checks"].append(dict(name=name, seconds=0.0, **import_error))
        result.doc["status"] = "done"
        result.doc["importing"] = False
        result.write()
        return
    result.doc["importing"] = False
    for name in result.names:
        result.doc["running"] = name
        result.write()
        started = time.perf_counter()
        try:
            getattr(checks, name)(learner)
            outcome = {"outcome": "pass", "message": ""}
        except BaseException as exc:
            outcome = _outcome(exc, learner_file)
        entry = dict(name=name, seconds=round(time.perf_counter() - started, 3), **outcome)
        result.doc["checks"].append(entry)
        result.doc["running"] = None
        result.write()
    result.doc["status"] = "done"
    result.write()


def main() -> None:
    if len(sys.argv) != 2:
        sys.stderr.write("usage: exercise_runner.py SPEC.json\n")
        raise SystemExit(2)
    with open(sys.argv[1], encoding="utf-8") as handle:
        spec = json.load(handle)
    sys.argv[:] = ["exercise.py"]  # learner code sees no trace of the spec or the result file
    run(spec)
    sys.stdout.flush()
    sys.stderr.flush()


if __name__ == "__main__":
    main()
