"""Step 3 through the CLI: a learner who knows things, falls behind, forgets, reviews, replans."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mathplan.cli import app

runner = CliRunner()


def run(*args: str, today: str | None = None, stdin: str | None = None) -> tuple[int, str, str]:
    env = {"MATHPLAN_TODAY": today} if today else {}
    result = runner.invoke(app, list(args), env=env, input=stdin)
    return result.exit_code, result.stdout, result.stderr


def js(*args: str, today: str | None = None) -> object:
    code, out, err = run(*args, "--json", today=today)
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def planned(home: Path) -> dict[str, object]:
    doc = js("plan", "--months", "6", "--budget", "500", "--goal", "llm")
    assert isinstance(doc, dict)
    return doc


def test_log_lists_every_change_and_undo_reverts_the_last(planned: dict[str, object]) -> None:
    run("done", "vectors")
    run("know", "dot-product")
    code, _, err = run("undo")
    assert code == 0 and err.strip() == "Undid 'dot-product known' of 2026-11-25."
    log = js("log")
    assert isinstance(log, list)
    assert [e["kind"] for e in log] == ["plan", "done", "know", "undo"]
    assert log[2]["undone"] is True and log[3]["undoes"] == log[2]["id"]
    assert all({"at", "kind", "topic"} <= set(e) for e in log)
    status = js("status")
    assert isinstance(status, dict) and status["known_topics"] == 0 and status["done_topics"] == 1


def test_undo_of_a_plan_restores_the_previous_plan(planned: dict[str, object]) -> None:
    js("plan", "--goal", "vision")
    code, _, err = run("undo")
    assert code == 0 and "goal vision" in err
    nxt = js("status")
    assert isinstance(nxt, dict)
    assert nxt["total_topics"] == len(planned["topics"])  # type: ignore[arg-type]


def test_undo_with_nothing_to_undo_fails_cleanly(home: Path) -> None:
    code, out, err = run("undo")
    assert code == 1 and "nothing to undo" in err and out == ""


def test_done_with_a_past_date_and_not_in_the_future(planned: dict[str, object]) -> None:
    result = js("done", "vectors", "--date", "2026-11-20")
    assert isinstance(result, dict) and result["date"] == "2026-11-20"
    code, _, err = run("done", "dot-product", "--date", "2027-01-01")
    assert code == 2 and "--date" in err and "future" in err


def test_know_counts_as_known_and_shrinks_the_work(planned: dict[str, object]) -> None:
    before = js("status")
    result = js("know", "vectors")
    after = js("status")
    assert isinstance(before, dict) and isinstance(after, dict) and isinstance(result, dict)
    assert after["known_topics"] == 1
    assert after["remaining_hours"] < before["remaining_hours"]
    assert js("next")["topic"] == "dot-product"  # type: ignore[index]


def test_assess_reads_answers_from_a_pipe(planned: dict[str, object]) -> None:
    code, out, err = run("assess", "--json", stdin="y\ny\ny\nn\n")
    assert code == 0, err
    result = json.loads(out)
    assert result["known"][:2] == ["vectors", "dot-product"] and len(result["known"]) == 3
    assert result["asked"] == 4 and result["hours_saved"] > 0
    # what builds on the topic answered "no" is skipped after it, not asked
    topics = {t["id"]: t for t in planned["topics"]}  # type: ignore[attr-defined]
    asked_no = next(
        t for t in topics if t not in result["known"] and topics[t]["priority"] == "core"
    )
    assert result["skipped"]
    for skipped in result["skipped"]:
        seen, stack = set(), [skipped]
        while stack:
            for p in topics[stack.pop()]["prerequisites"]:
                if p not in seen and p in topics:
                    seen.add(p)
                    stack.append(p)
        assert asked_no in seen, (skipped, asked_no)
    status = js("status")
    assert isinstance(status, dict) and status["known_topics"] == 3


def test_assess_rejects_a_malformed_answer_and_stores_nothing(planned: dict[str, object]) -> None:
    code, _, err = run("assess", stdin="y\nmaybe\n")
    assert code == 2 and "'maybe'" in err and "y or n" in err
    status = js("status")
    assert isinstance(status, dict) and status["known_topics"] == 0


def test_review_flow_next_shows_due_review_first(planned: dict[str, object]) -> None:
    done = js("done", "vectors")
    assert isinstance(done, dict)
    due = done["next_review"]
    assert due > "2026-11-25"  # never due the day it was finished
    assert js("next", today="2026-11-25")["kind"] == "study"  # type: ignore[index]
    nxt = js("next", today=due)
    assert isinstance(nxt, dict) and nxt["kind"] == "review" and nxt["topic"] == "vectors"
    reviewed = js("review", "vectors", "--rating", "good", today=due)
    assert isinstance(reviewed, dict) and reviewed["next_review"] > due
    assert js("next", today=due)["kind"] == "study"  # type: ignore[index]


def test_review_needs_a_done_topic_and_a_valid_rating(planned: dict[str, object]) -> None:
    code, _, err = run("review", "vectors")
    assert code == 1 and "not done yet" in err
    code, _, err = run("review", "vectors", "--rating", "meh")
    assert code == 2 and "again, hard, good, easy" in err


def test_falling_behind_shows_in_status_and_replan_recovers(planned: dict[str, object]) -> None:
    run("done", "vectors", "--date", "2026-12-01", today="2026-12-01")
    late = "2027-01-10"
    status = js("status", today=late)
    assert isinstance(status, dict)
    assert status["status"] == "behind" and status["hours_ahead"] < 0
    forecast = status["forecast"]
    assert forecast["pace_hours_per_week"] == 0 and forecast["projected_finish"] is None
    assert forecast["needed_hours_per_week"] > 0
    assert status["burnup"][0]["done"] == 2.5

    new = js("replan", today=late)
    assert isinstance(new, dict)
    assert new["profile"]["start"] == late and new["end"] == planned["end"]
    scheduled = {i["topic"] for w in new["weeks"] for i in w["items"] if i["kind"] == "study"}
    assert "vectors" not in scheduled
    after = js("status", today=late)
    assert isinstance(after, dict)
    assert after["done_hours"] == 2.5 and after["status"] == "on track"
    log = js("log")
    assert isinstance(log, list) and log[-1]["kind"] == "replan"


def test_replan_with_fewer_months_says_what_no_longer_fits(planned: dict[str, object]) -> None:
    code, out, err = run("replan", "--months", "1", today="2026-11-30")
    assert code == 0, err
    assert "What changed" in out and "no longer fits" in out


def test_replan_drop_removes_a_topic_and_what_needs_it(planned: dict[str, object]) -> None:
    new = js("replan", "--drop", "attention")
    assert isinstance(new, dict)
    assert "attention" in {d["topic"] for d in new["dropped"]}


def test_status_renders_forecast_and_burnup(planned: dict[str, object]) -> None:
    code, out, _ = run("status", today="2027-01-10")
    assert code == 0
    assert "Burn-up" in out and "Pace over" in out and "To finish in time" in out


def test_replan_after_studying_out_of_order_keeps_the_prerequisites(
    planned: dict[str, object],
) -> None:
    js("done", "svd")
    new = js("replan")
    assert isinstance(new, dict)
    scheduled = {i["topic"] for w in new["weeks"] for i in w["items"] if i["kind"] == "study"}
    assert "orthogonality-projections" in scheduled  # what SVD builds on, at practical depth
    assert "svd" not in scheduled


def test_pace_after_a_replan_still_counts_the_weeks_before_it(
    planned: dict[str, object],
) -> None:
    for day, topic in [("2026-12-20", "vectors"), ("2026-12-27", "dot-product")]:
        js("done", topic, "--date", day, today=day)
    before = js("status", today="2027-01-06")
    js("replan", today="2027-01-06")
    after = js("status", today="2027-01-06")
    assert isinstance(before, dict) and isinstance(after, dict)
    assert after["forecast"]["pace_hours_per_week"] == before["forecast"]["pace_hours_per_week"] > 0
    assert after["forecast"]["window_days"] == 28


def test_status_after_the_end_says_how_to_plan_what_is_left(planned: dict[str, object]) -> None:
    code, out, _ = run("status", today="2027-07-01")
    assert code == 0 and "mathplan replan --months" in out


def test_a_damaged_plan_is_reported_not_crashed_on(planned: dict[str, object], home: Path) -> None:
    import sqlite3

    db = sqlite3.connect(home / "mathplan.db")
    db.execute("UPDATE plans SET document = '{}'")
    db.commit()
    db.close()
    code, out, err = run("next")
    assert code == 1 and "damaged" in err and "Traceback" not in err
    code, out, err = run("doctor")
    assert code == 1 and "[BAD]" in out
