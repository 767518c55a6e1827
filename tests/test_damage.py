"""Damaged rows, damaged files and reading that never writes: real databases, changed by hand."""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mathplan.cli import app
from mathplan.store import DB_NAME, SCHEMA_VERSION

READING = [
    ["next"], ["status"], ["log"], ["export", "-f", "json"], ["export", "-f", "markdown"],
    ["doctor"], ["next", "--json"], ["status", "--json"], ["log", "--json"],
]  # fmt: skip
runner = CliRunner()
RECORDING = [
    ["done", "svd"], ["know", "svd"], ["review", "vectors"], ["replan"], ["assess"], ["undo"],
]  # fmt: skip


def env(home: Path) -> dict[str, str]:
    return {**os.environ, "MATHPLAN_HOME": str(home), "MATHPLAN_TODAY": "2026-11-25"}


def run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command in this process (fast), with its exit code and both streams."""
    result = runner.invoke(app, list(args), env=env(home), input="")
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return subprocess.CompletedProcess(args, result.exit_code, result.stdout, result.stderr)


def run_process(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mathplan", *args],
        env=env(home), capture_output=True, text=True, input="", timeout=60,
    )  # fmt: skip


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    assert run(home, "plan", "--goal", "llm").returncode == 0
    for topic in ("vectors", "dot-product"):
        assert run(home, "done", topic).returncode == 0
    return home


def damage(home: Path, *statements: str) -> None:
    db = sqlite3.connect(home / DB_NAME)  # foreign keys off, as any other program would have
    for sql in statements:
        db.execute(sql)
    db.commit()
    db.close()


def one_clean_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_reading_commands_change_no_byte(home: Path) -> None:
    database = home / DB_NAME
    before = digest(database)
    for args in READING:
        assert run(home, *args).returncode == 0, args
    assert digest(database) == before


@pytest.mark.parametrize(
    "prepare",
    [
        "",  # an empty file
        "PRAGMA user_version = 1",  # ours by its number, but with no tables
    ],
)
def test_an_empty_or_hollow_file_is_reported_and_left_alone(tmp_path: Path, prepare: str) -> None:
    home = tmp_path / "home"
    home.mkdir()
    database = home / DB_NAME
    database.touch()
    if prepare:
        damage(home, prepare)
    before = digest(database)
    for args in READING:
        result = run(home, *args)
        assert result.returncode == 1 and "Traceback" not in result.stderr, args
        assert str(database) in result.stdout + result.stderr
    assert digest(database) == before
    assert sorted(p.name for p in home.iterdir()) == [DB_NAME]  # not even a -wal beside it
    check = sqlite3.connect(database)
    assert check.execute("PRAGMA journal_mode").fetchone()[0] != "wal"
    check.close()


DAMAGES = {
    "plan not JSON": ("UPDATE plans SET document = '{not json'", "plan #1"),
    "plan not a plan": ("UPDATE plans SET document = '{\"weeks\": 3}'", "plan #1"),
    "event data a list": ("UPDATE events SET data = '[1]' WHERE id = 2", "event #2"),
    "event data not JSON": ("UPDATE events SET data = 'x' WHERE id = 3", "event #3"),
    "event day not a date": ("UPDATE events SET at = '2026-13-45' WHERE id = 2", "event #2"),
    "event due not a date": (
        'UPDATE events SET data = \'{"card": {}, "due": 7}\' WHERE id = 2',
        "event #2",
    ),
    "event of no kind": ("UPDATE events SET kind = 'party' WHERE id = 3", "event #3"),
    "plan event without its plan": (
        "INSERT INTO events (at, recorded_at, kind, plan_id, data)"
        " VALUES ('2026-11-25', 'now', 'replan', 99, '{}')",
        "event #4",
    ),
}


@pytest.mark.parametrize("name", DAMAGES)
def test_a_damaged_row_is_named_by_doctor_and_reported_by_every_command(
    home: Path, name: str
) -> None:
    sql, row = DAMAGES[name]
    damage(home, sql)
    for args in READING + RECORDING:
        if args[0] == "doctor":
            continue
        if args[0] in ("log", "undo") and name.startswith("plan"):
            # listing the history and undoing a done need no plan: they may work, never crash
            assert "Traceback" not in run(home, *args).stderr
            continue
        line = one_clean_line(run(home, *args))
        assert "doctor" in line, (args, line)
    result = run_process(home, "doctor")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert f"[BAD] {row}:" in result.stdout


def test_doctor_repair_backs_up_then_quarantines_and_says_how_to_undo(home: Path) -> None:
    damage(
        home,
        "UPDATE events SET data = '[1]' WHERE id = 2",
        "INSERT INTO events (at, recorded_at, kind, undoes)"
        " VALUES ('2026-11-25', 'now', 'undo', 2)",
    )
    rows_before = sqlite3.connect(home / DB_NAME).execute("SELECT * FROM events").fetchall()
    result = run_process(home, "doctor", "--repair")
    assert result.returncode == 0, result.stderr
    assert "Moved event #2" in result.stderr and "Moved event #4" in result.stderr
    backups = list(home.glob("mathplan-before-repair-*.db"))
    assert len(backups) == 1 and f"cp '{backups[0]}'" in result.stderr
    saved = sqlite3.connect(backups[0])
    assert saved.execute("SELECT * FROM events").fetchall() == rows_before
    db = sqlite3.connect(home / DB_NAME)
    kept = db.execute("SELECT source, row_id, reason FROM quarantine ORDER BY row_id").fetchall()
    assert [(s, i) for s, i, _ in kept] == [("events", 2), ("events", 4)]
    assert [r[0] for r in db.execute("SELECT id FROM events ORDER BY id")] == [1, 3]
    assert run(home, "doctor").returncode == 0
    assert run(home, "status").returncode == 0


def test_random_bytes_over_pages_never_crash_doctor(home: Path) -> None:
    for topic in ("matrices", "matrix-multiplication", "linear-maps"):
        run(home, "done", topic)
    database = home / DB_NAME
    damage(home, "PRAGMA wal_checkpoint(TRUNCATE)")  # everything into the file itself
    data = bytearray(database.read_bytes())
    rng = random.Random(3)
    assert len(data) >= 3 * 4096
    for i in range(4096, len(data)):  # every page but the first (the header) is noise
        data[i] = rng.randrange(256)
    database.write_bytes(bytes(data))
    result = run_process(home, "doctor")
    assert result.returncode == 1 and "Traceback" not in result.stderr + result.stdout
    assert "[BAD] database" in result.stdout
    for args in (["next"], ["doctor", "--repair"], ["done", "svd"]):
        assert "Traceback" not in run_process(home, *args).stderr


def test_backup_of_a_newer_schema_is_a_byte_copy(home: Path, tmp_path: Path) -> None:
    damage(home, f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    assert "newer mathplan" in one_clean_line(run(home, "next"))
    target = tmp_path / "copy.db"
    result = run(home, "backup", str(target))
    assert result.returncode == 0, result.stderr
    copy = sqlite3.connect(target)
    assert copy.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    assert copy.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 3


@pytest.mark.parametrize("kind", ["folder", "fifo"])
def test_a_database_path_that_is_not_a_file_is_refused_without_waiting(
    tmp_path: Path, kind: str
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    database = home / DB_NAME
    if kind == "folder":
        database.mkdir()
    else:
        os.mkfifo(database)  # opening it to read would wait for a writer forever
    for args in (["next"], ["plan"], ["done", "svd"]):
        line = one_clean_line(run_process(home, *args))
        assert f"{database} is not a regular file" in line
    result = run_process(home, "doctor")
    assert (
        result.returncode == 1 and f"[BAD] database: {database} is not a regular" in result.stdout
    )
