"""Step 4 through the CLI: exports, own catalogs, completion and conventions."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import icalendar
import pytest
from typer.testing import CliRunner

from mathplan.cli import app
from mathplan.completion import topic_in_plan
from mathplan.template import CATALOG_TEMPLATE

runner = CliRunner()


def run(*args: str, today: str | None = None) -> tuple[int, str, str]:
    env = {"MATHPLAN_TODAY": today} if today else {}
    result = runner.invoke(app, list(args), env=env)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def planned(home: Path) -> Path:
    code, _, err = run("plan", "--months", "6", "--budget", "500", "--goal", "llm")
    assert code == 0, err
    return home


def test_markdown_export_is_a_checklist_with_done_ticked(planned: Path) -> None:
    run("done", "vectors")
    code, out, _ = run("export", "--format", "markdown")
    assert code == 0
    assert out.startswith("# Study plan: Large language models")
    assert "- [x] **Vectors and vector arithmetic**" in out
    assert "- [ ] **Dot product and cosine similarity**" in out
    assert "## Week 1: 2026-11-30 to 2026-12-06" in out


def test_json_export_adds_progress(planned: Path) -> None:
    run("done", "vectors")
    code, out, _ = run("export", "--format", "json")
    doc = json.loads(out)
    assert code == 0 and doc["weeks"] and doc["progress"]["done"] == {"vectors": "2026-11-25"}


def events_of(data: bytes) -> list[icalendar.cal.Component]:
    cal = icalendar.Calendar.from_ical(data)
    return [c for c in cal.walk() if c.name == "VEVENT"]


def test_ics_export_puts_sessions_on_the_chosen_days_and_time(
    planned: Path, tmp_path: Path
) -> None:
    target = tmp_path / "plan.ics"
    code, out, err = run(
        "export", "-f", "ics", "--days", "mon,wed,sat", "--at", "19:00",
        "--session-hours", "1.5", "--tz", "America/Los_Angeles", "-o", str(target),
    )  # fmt: skip
    assert code == 0 and out == "" and "Wrote" in err
    events = events_of(target.read_bytes())
    assert events
    uids = [str(e["uid"]) for e in events]
    assert len(uids) == len(set(uids))
    for event in events:
        start = event.decoded("dtstart")
        assert start.strftime("%a") in ("Mon", "Wed", "Sat")
        assert str(start.tzinfo) == "America/Los_Angeles"
        assert start.time() >= dt.time(19, 0)
        assert event.decoded("duration") <= dt.timedelta(hours=1.5)
        assert "Exercise:" in str(event["description"])
    first = events[0]
    assert str(first["summary"]) == "Study: Vectors and vector arithmetic"


def test_ics_uids_are_stable_when_the_plan_changes(planned: Path) -> None:
    _, before, _ = run("export", "-f", "ics", "--tz", "UTC")
    run("replan", "--from", "2026-12-14", today="2026-12-14")
    _, after, _ = run("export", "-f", "ics", "--tz", "UTC", today="2026-12-14")
    old = {str(e["uid"]): e for e in events_of(before.encode())}
    new = {str(e["uid"]): e for e in events_of(after.encode())}
    assert (
        "matrix-multiplication.study.1@mathplan" in old
        and "matrix-multiplication.study.1@mathplan" in new
    )
    moved = new["matrix-multiplication.study.1@mathplan"]
    assert moved.decoded("dtstart") > old["matrix-multiplication.study.1@mathplan"].decoded(
        "dtstart"
    )
    assert int(moved["sequence"]) > int(old["matrix-multiplication.study.1@mathplan"]["sequence"])


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["export", "-f", "pdf"], "--format"),
        (["export", "-f", "ics", "--days", "mon,funday"], "--days"),
        (["export", "-f", "ics", "--at", "7pm"], "--at"),
        (["export", "-f", "ics", "--session-hours", "0"], "--session-hours"),
        (["export", "-f", "ics", "--tz", "Mars/Olympus"], "--tz"),
        (["export", "-o", "/nonexistent-dir/plan.md"], "does not exist"),
    ],
)
def test_export_bad_options(planned: Path, args: list[str], needle: str) -> None:
    code, out, err = run(*args)
    assert code == 2 and needle in err and out == ""
    assert len(err.strip().splitlines()) == 1


def test_catalog_init_template_validates_as_written(tmp_path: Path) -> None:
    target = tmp_path / "mine.toml"
    code, _, err = run("catalog", "init", "-o", str(target))
    assert code == 0 and target.read_text() == CATALOG_TEMPLATE
    code, out, err = run("catalog", "validate", str(target))
    assert code == 0 and "OK" in err and out == ""
    code, _, err = run("catalog", "init", "-o", str(target))
    assert code == 2 and "--force" in err


def test_catalog_validate_lists_every_problem(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text(
        CATALOG_TEMPLATE.replace('priority = "optional"', 'priority = "crucial"').replace(
            'topic = "svd"', 'topic = "svdd"'
        )
    )
    code, out, _ = run("catalog", "validate", str(bad), "--json")
    result = json.loads(out)
    assert code == 1 and result["valid"] is False
    assert len(result["problems"]) == 2
    assert any("'priority'" in p and "einsum" in p for p in result["problems"])
    assert any("did you mean svd" in p for p in result["problems"])
    assert all(str(bad) in p for p in result["problems"])


def test_own_catalog_and_own_resources_in_plans(home: Path, tmp_path: Path) -> None:
    mine = tmp_path / "mine.toml"
    mine.write_text(CATALOG_TEMPLATE)
    code, out, err = run("plan", "--catalog", str(mine), "--goal", "my-goal", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert "einsum" in {t["id"] for t in doc["topics"]}
    code, out, err = run(
        "plan", "--budget", "0", "--own", "strang-ila-6e", "--goal", "llm", "--json"
    )
    assert code == 0, err
    assert json.loads(out)["total_cost"] == 0
    code, _, err = run("plan", "--own", "strang-book")
    assert code == 2 and "did you mean" in err


def test_completion_offers_topic_ids(planned: Path) -> None:
    assert "svd" in [tid for tid, _ in topic_in_plan("sv")]
    offered = topic_in_plan("matrix")
    assert offered
    assert all(t.startswith("matrix") or title.lower().startswith("matrix") for t, title in offered)


def test_completion_without_a_plan_uses_the_catalog(home: Path) -> None:
    assert "backpropagation" in [tid for tid, _ in topic_in_plan("backp")]


COMMANDS = [
    ["plan"], ["next"], ["done"], ["know"], ["review"], ["status"], ["assess"], ["replan"],
    ["export"], ["undo"], ["log"], ["topics"], ["resources"], ["goals"], ["why"],
    ["catalog", "validate"], ["catalog", "init"],
]  # fmt: skip


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_help_has_an_example(command: list[str]) -> None:
    code, out, _ = run(*command, "--help")
    assert code == 0 and "Example: mathplan" in out


def test_output_to_a_pipe_is_plain_text(planned: Path) -> None:
    for command in (["next"], ["status"], ["topics"], ["why", "svd"]):
        _, out, _ = run(*command)
        assert "\x1b[" not in out, command


def test_version_flag() -> None:
    code, out, _ = run("--version")
    assert code == 0 and out.strip().startswith("mathplan ")
