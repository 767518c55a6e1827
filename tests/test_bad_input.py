"""Every option of every command against bad values: one clear line, the right exit code, no
traceback, and nothing stored changes."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mathplan.cli import app

runner = CliRunner()
BAD_TOML = "[[topic]\nid = "
CYCLE = """
[[topic]]
id = "vectors"
requires = [{ topic = "svd", reason = "a cycle on purpose" }]
"""


def fingerprint(home: Path) -> str:
    db = sqlite3.connect(home / "mathplan.db")
    try:
        return hashlib.sha256("\n".join(db.iterdump()).encode()).hexdigest()
    finally:
        db.close()


@pytest.fixture
def planned(home: Path, tmp_path: Path) -> Path:
    assert runner.invoke(app, ["plan", "--goal", "llm", "--budget", "500"]).exit_code == 0
    assert runner.invoke(app, ["done", "dot-product"]).exit_code == 0
    (tmp_path / "bad.toml").write_text(BAD_TOML)
    (tmp_path / "cycle.toml").write_text(CYCLE)
    (tmp_path / "exists.txt").write_text("keep me")
    return home


# (arguments, expected exit code, text the one-line message must contain)
CASES: list[tuple[list[str], int, str]] = [
    (["plan", "--months", "0"], 2, "--months"),
    (["plan", "--months", "61"], 2, "--months"),
    (["plan", "--months", "-3"], 2, "--months"),
    (["plan", "--months", "six"], 2, "--months"),
    (["plan", "--months", "99999999999999999999"], 2, "--months"),
    (["plan", "--months", ""], 2, "--months"),
    (["plan", "--budget", "-1"], 2, "--budget"),
    (["plan", "--budget", "nan"], 2, "--budget"),
    (["plan", "--budget", "inf"], 2, "--budget"),
    (["plan", "--budget", "lots"], 2, "--budget"),
    (["plan", "--hours-per-week", "0"], 2, "--hours-per-week"),
    (["plan", "--hours-per-week", "0.1"], 2, "--hours-per-week"),
    (["plan", "--hours-per-week", "81"], 2, "--hours-per-week"),
    (["plan", "--hours-per-week", "-inf"], 2, "--hours-per-week"),
    (["plan", "--start", "2026-13-01"], 2, "--start"),
    (["plan", "--start", "2026-02-30"], 2, "--start"),
    (["plan", "--start", "9999-12-31"], 2, "--start"),
    (["plan", "--start", ""], 2, "--start"),
    (["plan", "--goal", "llms"], 2, "did you mean llm"),
    (["plan", "--goal", ""], 2, "goal"),
    (["plan", "--goal", "\x1b[31mred"], 2, "goal"),
    (["plan", "--depth", "deep"], 2, "--depth"),
    (["plan", "--know", "eigenvectorz"], 2, "--know"),
    (["plan", "--know", ""], 2, "--know"),
    (["plan", "--own", "strang-book"], 2, "--own"),
    (["plan", "--review-share", "0.6"], 2, "--review-share"),
    (["plan", "--review-share", "nan"], 2, "--review-share"),
    (["plan", "--catalog", "/nonexistent/mine.toml"], 2, "--catalog"),
    (["plan", "--catalog", "/"], 2, "--catalog"),
    (["plan", "--catalog", "{tmp}/bad.toml"], 1, "not valid TOML"),
    (["plan", "--catalog", "{tmp}/cycle.toml"], 1, "cycle"),
    (["plan", "--unknown-option"], 2, "No such option"),
    (["done", "eigenvalue-eigenvectors"], 2, "did you mean eigenvalues-eigenvectors"),
    (["done", ""], 2, "topic"),
    (["done", "\x07"], 2, "topic"),
    (["done", "matri"], 2, "ambiguous"),
    (["done", "vectors", "--date", "yesterday"], 2, "--date"),
    (["done", "vectors", "--date", "2027-01-01"], 2, "future"),
    (["done", "vectors", "--date", "0001-01-01"], 2, "--date"),
    (["know", "nope"], 2, "unknown topic"),
    (["know", "dot-product"], 1, "already done"),
    (["review", "vectors"], 1, "not done yet"),
    (["review", "dot-product", "--rating", "meh"], 2, "--rating"),
    (["review", "nope"], 2, "unknown topic"),
    (["why", "nope"], 2, "unknown topic"),
    (["why", "backprob"], 2, "did you mean backpropagation"),
    (["topics", "--depth", "deep"], 2, "--depth"),
    (["replan", "--from", "someday"], 2, "--from"),
    (["replan", "--from", "2020-01-01"], 2, "before the plan's first day"),
    (["replan", "--months", "0"], 2, "--months"),
    (["replan", "--hours-per-week", "nan"], 2, "--hours-per-week"),
    (["replan", "--drop", "nope"], 2, "--drop"),
    (["replan", "--catalog", "/nonexistent.toml"], 2, "--catalog"),
    (["export", "--format", "pdf"], 2, "--format"),
    (["export", "-f", "ics", "--days", "mon,funday"], 2, "--days"),
    (["export", "-f", "ics", "--days", ""], 2, "--days"),
    (["export", "-f", "ics", "--at", "7pm"], 2, "--at"),
    (["export", "-f", "ics", "--at", "19:00+05:00"], 2, "--at"),
    (["export", "-f", "ics", "--session-hours", "0"], 2, "--session-hours"),
    (["export", "-f", "ics", "--session-hours", "inf"], 2, "--session-hours"),
    (["export", "-f", "ics", "--tz", "Mars/Olympus"], 2, "--tz"),
    (["export", "-o", "/nonexistent/plan.md"], 2, "does not exist"),
    (["export", "-o", "/"], 2, "directory"),
    (["backup", "{tmp}/exists.txt"], 2, "--force"),
    (["backup", "/nonexistent/backup.db"], 2, "does not exist"),
    (["backup", "{home}/mathplan.db", "--force"], 2, "live database"),
    (["catalog", "init", "-o", "{tmp}/exists.txt"], 2, "--force"),
    (["catalog", "validate"], 2, "Missing argument"),
    (["nxt"], 2, "next"),
]


@pytest.mark.parametrize(("args", "code", "needle"), CASES, ids=[" ".join(c[0]) for c in CASES])
def test_bad_input(planned: Path, tmp_path: Path, args: list[str], code: int, needle: str) -> None:
    args = [a.replace("{tmp}", str(tmp_path)).replace("{home}", str(planned)) for a in args]
    before = fingerprint(planned)
    result = runner.invoke(app, args)
    assert result.exit_code == code, result.stderr
    assert needle in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert fingerprint(planned) == before
    assert (tmp_path / "exists.txt").read_text() == "keep me"


@pytest.mark.parametrize("today", ["2026-02-30", "tomorrow", "9999-12-31", ""])
def test_bad_or_extreme_today(planned: Path, today: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MATHPLAN_TODAY", today)
    before = fingerprint(planned)
    result = runner.invoke(app, ["next"])
    if today == "":
        assert result.exit_code == 0  # unset: the real date
        return
    assert result.exit_code == 2 and "MATHPLAN_TODAY" in result.stderr
    assert fingerprint(planned) == before


def test_home_that_is_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    monkeypatch.setenv("MATHPLAN_HOME", str(not_a_folder))
    result = runner.invoke(app, ["plan"])
    assert result.exit_code == 1 and str(not_a_folder) in result.stderr
    assert not_a_folder.read_text() == "x"


def test_reading_commands_create_nothing(home: Path) -> None:
    for command in (["next"], ["status"], ["undo"], ["log"], ["done", "svd"]):
        runner.invoke(app, command)
    assert not home.exists()


def test_a_catalog_with_terminal_escapes_is_refused(home: Path, tmp_path: Path) -> None:
    mine = tmp_path / "mine.toml"
    mine.write_text('[[resource]]\nid = "mml-book"\ntitle = "\\u001b[31mred"\n')
    result = runner.invoke(app, ["resources", "--catalog", str(mine)])
    assert result.exit_code == 1 and "title" in result.stderr


def test_topic_outside_the_plan_is_explained(home: Path) -> None:
    runner.invoke(app, ["plan", "--know", "vectors"])
    result = runner.invoke(app, ["done", "vectors"])
    assert (
        result.exit_code == 2 and "not in your active plan (you already know it)" in result.stderr
    )


def test_mathplan_alone_shows_help_and_succeeds(home: Path) -> None:
    result = runner.invoke(app, [])
    assert result.exit_code == 0 and "Usage" in result.stdout + result.stderr
    assert "error" not in result.stderr


def test_doctor_names_a_home_that_is_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    monkeypatch.setenv("MATHPLAN_HOME", str(not_a_folder))
    result = runner.invoke(app, ["doctor"])
    assert result.exit_code == 1 and "is a file, not a folder" in result.stdout
