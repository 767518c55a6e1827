"""The environment a command runs in: encodings, Ctrl-C, time zones, permissions, odd input."""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mathplan.cli import app
from mathplan.store import DB_NAME

runner = CliRunner()
ASCII_ENV = {
    "LC_ALL": "C", "LANG": "C", "PYTHONCOERCECLOCALE": "0", "PYTHONUTF8": "0",
    "PYTHONIOENCODING": "ascii",
}  # fmt: skip


def env(home: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "MATHPLAN_HOME": str(home), "MATHPLAN_TODAY": "2026-11-25", **extra}


def run(home: Path, *args: str, **extra: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "mathplan", *args], env=env(home, **extra), capture_output=True,
        timeout=120,
    )  # fmt: skip


def events(home: Path) -> list[tuple[str, str | None]]:
    db = sqlite3.connect(home / DB_NAME)
    try:
        return db.execute("SELECT kind, topic FROM events ORDER BY id").fetchall()
    finally:
        db.close()


def test_output_falls_back_to_ascii_and_nothing_is_half_done(tmp_path: Path) -> None:
    home = tmp_path / "home"
    commands = [
        ["plan", "--goal", "llm"], ["status"], ["next"], ["why", "svd"], ["resources"],
        ["done", "vectors"], ["replan"], ["log"], ["topics"], ["next", "--json"], ["undo"],
    ]  # fmt: skip
    for args in commands:
        done = run(home, *args, **ASCII_ENV)
        assert done.returncode == 0, (args, done.stderr)
        (done.stdout + done.stderr).decode("ascii")  # every byte printable on that stream
    status = run(home, "status", **ASCII_ENV).stdout.decode("ascii")
    assert "#" in status and "->" in run(home, "next", **ASCII_ENV).stdout.decode("ascii")
    assert [kind for kind, _ in events(home)] == ["plan", "done", "replan", "undo"]


def test_ctrl_c_at_any_moment_exits_130_silently(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert run(home, "plan").returncode == 0
    # Until the interpreter reaches mathplan's first line, Python itself owns Ctrl-C (an
    # interrupt while it imports runpy is its own traceback). The window starts after that
    # point and ends when the command does; both are measured again before each trial (the
    # slower of two runs, with a margin), because other jobs change how long they take.
    rng = random.Random(7)
    interrupted = 0

    def seconds(args: list[str]) -> float:
        started = time.perf_counter()
        subprocess.run(args, env=env(home), capture_output=True, check=False)
        return time.perf_counter() - started

    probe = [sys.executable, "-c", "import runpy, mathplan.__main__"]
    for trial in range(16):
        command = ["status"] if trial % 2 else ["done", "svd"]
        earliest = max(seconds(probe), seconds(probe)) * 1.5
        whole = seconds([sys.executable, "-m", "mathplan", *command])
        proc = subprocess.Popen(
            [sys.executable, "-m", "mathplan", *command],
            env=env(home), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        )  # fmt: skip
        time.sleep(rng.uniform(earliest, max(earliest, whole * 0.9)))
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=60)
        assert proc.returncode in (0, 130), (proc.returncode, err)
        if proc.returncode == 130:
            interrupted += 1
            assert err == b"", err
    assert interrupted >= 4  # most signals land while the command runs
    db = sqlite3.connect(home / DB_NAME)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.fixture
def planned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("MATHPLAN_HOME", str(home))
    monkeypatch.setenv("MATHPLAN_TODAY", "2026-11-25")
    assert runner.invoke(app, ["plan"]).exit_code == 0
    return home


@pytest.mark.parametrize(
    ("value", "zone"),
    [
        ("JST-9", "Asia/Tokyo"),
        ("CET-1CEST,M3.5.0,M10.5.0/3", "CET"),
        (":/usr/share/zoneinfo/Europe/Berlin", "Europe/Berlin"),
        ("America/New_York", "America/New_York"),
    ],
)
def test_a_tz_the_c_library_accepts_is_accepted(
    planned: Path, monkeypatch: pytest.MonkeyPatch, value: str, zone: str
) -> None:
    monkeypatch.setenv("TZ", value)
    result = runner.invoke(app, ["export", "-f", "ics"])
    assert result.exit_code == 0, result.stderr
    assert f"DTSTART;TZID={zone}:" in result.stdout


@pytest.mark.parametrize(
    ("args", "tz", "needle"),
    [
        (["--tz", "Europe"], None, "--tz: 'Europe' is not a time zone"),
        (["--tz", "x" * 256], None, "--tz: 'xxxx"),
        (["--tz", "Mars/Olympus"], None, "--tz: 'Mars/Olympus' is not a time zone"),
        ([], "garbage,,", "TZ (from the environment): 'garbage,,'"),
        ([], ":/nonexistent/zone", "TZ (from the environment): cannot use the zone file"),
    ],
)
def test_a_bad_zone_is_one_line_naming_its_source(
    planned: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], tz: str | None, needle: str
) -> None:
    if tz is not None:
        monkeypatch.setenv("TZ", tz)
    result = runner.invoke(app, ["export", "-f", "ics", *args])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0] and len(lines[0]) < 250
    if tz is not None:
        assert "--tz:" not in lines[0]


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["plan", "--start", "20261201"], "--start: '20261201' is not a date; use YYYY-MM-DD"),
        (["plan", "--start", "2026-W49-1"], "--start: '2026-W49-1' is not a date"),
        (["plan", "--budget", "1e308"], "--budget: 1e+308 is over the limit; use 0 to 1,000,000"),
        (["plan", "--budget", "1000000.01"], "over the limit"),
        (["done", "y" * 100_000], "unknown topic 'yyyy"),
        (["plan", "--goal", "g" * 5000], "unknown goal 'gggg"),
        (["plan", "--months", "9" * 5000], "--months"),
    ],
)
def test_bad_input_is_echoed_at_most_80_characters(
    planned: Path, args: list[str], needle: str
) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == 2, result.stderr
    assert needle in result.stderr and len(result.stderr) < 400
    assert "…" in result.stderr or len(" ".join(args)) < 80


def test_budget_help_states_the_limit() -> None:
    result = runner.invoke(app, ["plan", "--help"])
    assert "1,000,000" in " ".join(result.stdout.split())


@contextlib.contextmanager
def read_only(*paths: Path) -> Iterator[None]:
    """Paths nobody may write, root included: mode bits, and the immutable flag where the
    process may set it (as root, mode bits alone would not stop a write)."""
    modes = {p: p.stat().st_mode for p in paths}
    for p in paths:
        p.chmod(0o555 if p.is_dir() else 0o444)
    immutable = os.geteuid() == 0 and shutil.which("chattr") is not None
    if immutable:
        subprocess.run(["chattr", "+i", *map(str, paths)], check=True)
    try:
        yield
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", *map(str, paths)], check=True)
        for p, mode in modes.items():
            p.chmod(mode)


def test_a_read_only_database_reads_and_refuses_to_record_saying_where(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert run(home, "plan").returncode == 0
    assert run(home, "done", "vectors").returncode == 0
    for leftover in home.glob(f"{DB_NAME}-*"):
        leftover.unlink()  # the hardest case: no shared-memory file, and none can be made
    database = home / DB_NAME
    before = hashlib.sha256(database.read_bytes()).hexdigest()
    with read_only(database, home):
        for args in (["next"], ["status"], ["log"], ["export", "-f", "json"], ["doctor"]):
            done = run(home, *args)
            assert done.returncode == 0, (args, done.stderr)
        for args in (["done", "svd"], ["know", "svd"], ["undo"], ["plan"]):
            done = run(home, *args)
            assert done.returncode == 1 and b"Traceback" not in done.stderr, args
            assert f"{database} is read-only".encode() in done.stderr, done.stderr
    assert hashlib.sha256(database.read_bytes()).hexdigest() == before


def test_an_unreadable_home_is_one_clean_line(
    planned: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Root reads any folder, so `chmod 000` cannot be tested by running as root here: the
    failure it causes (a PermissionError from the first look at the folder) is made directly."""
    real_exists = Path.exists

    def denied(self: Path) -> bool:
        if self == planned or planned in self.parents:
            raise PermissionError(13, "Permission denied", str(self))
        return real_exists(self)

    monkeypatch.setattr(Path, "exists", denied)
    for args in (["next"], ["status"], ["done", "svd"], ["plan"], ["log"], ["undo"]):
        result = runner.invoke(app, args)
        assert result.exit_code == 1 and not isinstance(result.exception, PermissionError), args
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and f"cannot read the data folder {planned}" in lines[0], lines
    result = runner.invoke(app, ["doctor"])
    assert result.exit_code == 1 and "cannot read the data folder" in result.stdout
