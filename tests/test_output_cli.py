"""How output reaches the user: `show`, JSON errors, closed pipes and the pager (real processes)."""

from __future__ import annotations

import json
import os
import pty
import select
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mathplan.cli import app

runner = CliRunner()
PLAN = ["plan", "--months", "6", "--budget", "500", "--goal", "llm"]


def script() -> str:
    return str(Path(sys.executable).parent / "mathplan")


def env_for(home: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, "MATHPLAN_HOME": str(home), "MATHPLAN_TODAY": "2026-11-25"}
    env.pop("NO_COLOR", None)
    env.pop("PAGER", None)
    env.update(extra)
    return env


def test_show_prints_the_summary_the_weeks_and_one_week(home: Path) -> None:
    assert runner.invoke(app, PLAN).exit_code == 0
    summary = runner.invoke(app, ["show"])
    assert summary.exit_code == 0 and "Month by month" in summary.stdout
    weeks = runner.invoke(app, ["show", "--weeks"])
    assert "Weekly plan" in weeks.stdout and "Month by month" not in weeks.stdout
    one = runner.invoke(app, ["show", "--week", "2"])
    assert one.stdout.startswith("Week 2 of 26")
    assert "Week 3 of" not in one.stdout
    past = runner.invoke(app, ["show", "--week", "27"])
    assert past.exit_code == 2 and "use 1 to 26" in past.stderr
    document = json.loads(runner.invoke(app, ["show", "--json"]).stdout)
    assert document["profile"]["goal"] == "llm"


def test_next_has_no_nested_parentheses(home: Path) -> None:
    runner.invoke(app, PLAN)
    out = runner.invoke(app, ["next"]).stdout
    assert "(now: before the plan's first week; 26 weeks planned)" in " ".join(out.split())


@pytest.mark.parametrize(
    ("args", "code", "name"),
    [
        (["done", "nonsense", "--json"], 2, "unknown_topic"),
        (["next", "--json"], 1, "no_plan"),
        (["plan", "--depth", "deep", "--json"], 2, "usage_error"),
        (["plan", "--months", "99", "--json"], 2, "usage_error"),
    ],
)
def test_with_json_an_error_is_a_json_object_on_stderr(
    tmp_path: Path, args: list[str], code: int, name: str
) -> None:
    if args[0] == "done":
        subprocess.run([script(), *PLAN], env=env_for(tmp_path), capture_output=True, check=True)
    result = subprocess.run(
        [script(), *args], env=env_for(tmp_path), capture_output=True, text=True, check=False
    )
    assert result.returncode == code
    assert result.stdout == ""
    error = json.loads(result.stderr)["error"]
    assert error["code"] == name and error["exit_code"] == code and error["message"]
    plain = subprocess.run(
        [script(), *[a for a in args if a != "--json"]],
        env=env_for(tmp_path),
        capture_output=True,
        text=True,
        check=False,
    )
    assert plain.returncode == code and plain.stderr.startswith("mathplan")


def _stored(home: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(home / "mathplan.db") as db:
        return [
            row[1:]  # without the time of recording
            for table in ("events", "plans")
            for row in db.execute(f"SELECT * FROM {table} ORDER BY id")
        ]


def test_a_closed_pipe_stops_quietly_with_the_plan_stored(tmp_path: Path) -> None:
    full, piped = tmp_path / "full", tmp_path / "piped"
    done = subprocess.run(
        [script(), *PLAN, "--weeks"], env=env_for(full), capture_output=True, check=True
    )
    assert len(done.stdout.splitlines()) > 100
    result = subprocess.run(
        f"'{script()}' {' '.join(PLAN)} --weeks | head -1; echo \"status=${{PIPESTATUS[0]}}\"",
        shell=True,
        executable="/bin/bash",
        env=env_for(piped, COLUMNS="100"),
        capture_output=True,
        text=True,
        check=True,
    )
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and lines[1] in ("status=0", "status=141")
    assert "Traceback" not in result.stderr and "Error" not in result.stderr
    assert [len(r) for r in _stored(piped)] == [len(r) for r in _stored(full)]
    assert (
        json.loads(
            subprocess.run(
                [script(), "show", "--json"], env=env_for(piped), capture_output=True, check=True
            ).stdout
        )["weeks"]
        == json.loads(
            subprocess.run(
                [script(), "show", "--json"], env=env_for(full), capture_output=True, check=True
            ).stdout
        )["weeks"]
    )


def _in_a_terminal(argv: list[str], env: dict[str, str]) -> str:
    """Run ``argv`` with a pseudo-terminal as stdout; return everything it printed."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(
        argv, env=env, stdin=follower, stdout=follower, stderr=subprocess.DEVNULL
    )
    os.close(follower)
    chunks = []
    while True:
        ready, _, _ = select.select([leader], [], [], 30)
        if not ready:
            break
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    proc.wait(timeout=30)
    os.close(leader)
    return b"".join(chunks).decode(errors="replace")


@pytest.mark.skipif(sys.platform == "win32", reason="pseudo-terminals are POSIX")
def test_long_output_goes_through_the_pager_only_in_a_terminal(tmp_path: Path) -> None:
    marker = tmp_path / "paged.txt"
    pager = f"{sys.executable} -c \"import sys; open('{marker}', 'w').write(sys.stdin.read())\""
    env = env_for(tmp_path / "home", PAGER=pager, LINES="40", COLUMNS="100")
    subprocess.run([script(), *PLAN], env=env, capture_output=True, check=True)
    piped = subprocess.run(
        [script(), "show", "--weeks"], env=env, capture_output=True, text=True, check=True
    )
    assert "Weekly plan" in piped.stdout and not marker.exists()
    _in_a_terminal([script(), "show"], env)  # the summary fits: no pager
    assert not marker.exists()
    _in_a_terminal([script(), "show", "--weeks"], env)
    assert marker.exists() and "Weekly plan" in marker.read_text()


@pytest.mark.parametrize("width", ["80", "120"])
def test_resources_are_readable_at_80_columns(tmp_path: Path, width: str) -> None:
    env = env_for(tmp_path / "home", COLUMNS=width)
    out = subprocess.run(
        [script(), "resources"], env=env, capture_output=True, text=True, check=True
    ).stdout
    ids = [
        r["id"]
        for r in json.loads(
            subprocess.run(
                [script(), "resources", "--json"],
                env=env,
                capture_output=True,
                text=True,
                check=True,
            ).stdout
        )
    ]
    assert max(len(line) for line in out.splitlines()) <= int(width)
    cells = "".join(line.split("│")[1].strip() for line in out.splitlines() if "│" in line)
    for resource_id in ids:  # every id whole (folded at worst), never clipped with "…"
        assert resource_id in cells, resource_id
    assert "Essen…" not in out and "calcu…" not in out
