"""The commands as a user runs them, through Typer's CliRunner with an isolated home."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mathplan.cli import app

runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def make_plan(*extra: str) -> dict[str, object]:
    code, out, err = run("plan", "--months", "6", "--budget", "500", "--json", *extra)
    assert code == 0, err
    return json.loads(out)  # type: ignore[no-any-return]


def test_plan_json_has_the_documented_shape(home: Path) -> None:
    doc = make_plan("--goal", "llm")
    assert (
        doc["profile"].items()
        >= {
            "months": 6,
            "budget": 500.0,
            "hours_per_week": 10.0,
            "start": "2026-11-30",
            "goal": "llm",
            "depth": "practical",
        }.items()
    )
    assert doc["profile"]["known"] == [] and doc["profile"]["own"] == []
    weeks = doc["weeks"]
    assert isinstance(weeks, list) and weeks
    for week in weeks:
        assert set(week) >= {"index", "start", "end", "hours", "items"}
        assert week["hours"] == sum(i["hours"] for i in week["items"])
        assert week["hours"] <= 10
        for item in week["items"]:
            assert set(item) >= {"topic", "title", "hours", "kind", "resource", "where"}
            assert item["kind"] in ("study", "review", "project") and item["where"]
    assert doc["total_cost"] <= 500
    assert all(set(r) >= {"id", "title", "cost", "pricing"} for r in doc["resources"])
    assert isinstance(doc["dropped"], list)


def test_plan_prints_tables_and_saves(home: Path) -> None:
    code, out, err = run("plan", "--months", "6", "--budget", "500")
    assert code == 0
    assert "Month by month" in out and "Weekly plan" not in out
    code, both, _ = run("plan", "--months", "6", "--budget", "500", "--weeks")
    assert code == 0 and "Weekly plan" in both and "Month by month" in both
    assert "Saved as your active plan" in err
    assert (home / "mathplan.db").exists()


def test_next_done_status_flow(home: Path) -> None:
    make_plan()
    code, out, _ = run("next", "--json")
    assert code == 0
    first = json.loads(out)
    assert set(first) >= {
        "topic",
        "title",
        "kind",
        "why",
        "hours",
        "resource",
        "where",
        "exercise",
        "week",
        "status",
    }
    assert first["topic"] == "vectors" and first["status"] == "on track"

    code, _, err = run("done", first["topic"])
    assert code == 0 and "Marked" in err
    code, out, _ = run("next", "--json")
    assert json.loads(out)["topic"] != "vectors"

    code, _, err = run("done", "vectors")
    assert code == 0 and "already" in err

    code, out, _ = run("status", "--json")
    status = json.loads(out)
    assert status["done_topics"] == 1 and status["done_hours"] > 0
    assert status["status"] in ("ahead", "on track", "behind")
    assert {a["area"] for a in status["areas"]} >= {"linear-algebra", "probability"}


def test_done_accepts_title_and_prefix_and_notes_missing_prerequisites(home: Path) -> None:
    make_plan()
    code, out, _ = run("done", "Singular value decomposition", "--json")
    assert code == 0
    result = json.loads(out)
    assert result["topic"] == "svd" and result["unfinished_prerequisites"]
    code, out, _ = run("done", "dot-prod", "--json")
    assert json.loads(out)["topic"] == "dot-product"


def test_mistyped_topic_suggests_and_exits_2(home: Path) -> None:
    make_plan()
    code, out, err = run("done", "eigenvalue-eigenvectors")
    assert code == 2 and out == ""
    assert "did you mean eigenvalues-eigenvectors" in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["plan", "--months", "0"], "--months"),
        (["plan", "--months", "61"], "--months"),
        (["plan", "--budget", "-1"], "--budget"),
        (["plan", "--budget", "nan"], "--budget"),
        (["plan", "--budget", "inf"], "--budget"),
        (["plan", "--hours-per-week", "0"], "--hours-per-week"),
        (["plan", "--hours-per-week", "81"], "--hours-per-week"),
        (["plan", "--start", "2026-13-01"], "--start"),
        (["plan", "--goal", "llms"], "did you mean llm"),
        (["plan", "--depth", "deep"], "--depth"),
        (["plan", "--know", "eigenvectorz"], "--know"),
        (["done"], "Missing argument"),
        (["nxt"], "next"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_changes_nothing(
    home: Path, args: list[str], needle: str
) -> None:
    make_plan()
    before = run("status", "--json")[1]
    code, out, err = run(*args)
    assert code == 2, err
    assert needle in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err and out == ""
    assert run("status", "--json")[1] == before


@pytest.mark.parametrize("command", ["next", "status", "done vectors"])
def test_commands_without_a_plan_say_how_to_make_one(home: Path, command: str) -> None:
    code, out, err = run(*command.split())
    assert code == 1 and out == ""
    assert "mathplan plan --months 6 --budget 500" in err


def test_bad_mathplan_today_is_a_usage_error(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MATHPLAN_TODAY", "next tuesday")
    code, _, err = run("plan")
    assert code == 2 and "MATHPLAN_TODAY" in err


def test_known_topics_are_left_out_of_the_plan(home: Path) -> None:
    doc = make_plan("--know", "vectors", "--know", "Dot product and cosine similarity")
    planned = {i["topic"] for w in doc["weeks"] for i in w["items"]}  # type: ignore[union-attr]
    assert "vectors" not in planned and "dot-product" not in planned
    assert doc["profile"]["known"] == ["vectors", "dot-product"]  # type: ignore[index]


def test_a_new_plan_replaces_the_active_one(home: Path) -> None:
    make_plan("--goal", "llm")
    make_plan("--goal", "vision")
    code, out, _ = run("status", "--json")
    assert code == 0
    vision_topics = {
        i["topic"]
        for w in make_plan("--goal", "vision")["weeks"]
        for i in w["items"]  # type: ignore[union-attr]
    }
    assert json.loads(out)["total_topics"] == len(vision_topics)


def test_topics_json_shape(home: Path) -> None:
    code, out, _ = run("topics", "--json")
    assert code == 0
    topics = json.loads(out)
    assert len(topics) >= 60
    for t in topics:
        assert set(t) >= {"id", "title", "area", "priority", "hours", "prerequisites"}
        assert t["priority"] in ("core", "recommended", "optional")
    rigorous = {
        t["id"]: t["hours"] for t in json.loads(run("topics", "--json", "--depth", "rigorous")[1])
    }
    assert all(rigorous[t["id"]] >= t["hours"] for t in topics)


def test_version() -> None:
    code, out, _ = run("--version")
    assert code == 0 and out.startswith("mathplan ")


def test_resources_json_shape(home: Path) -> None:
    code, out, _ = run("resources", "--json")
    assert code == 0
    resources = json.loads(out)
    assert len(resources) >= 30
    keys = {"id", "title", "authors", "kind", "pricing", "cost", "url", "rating", "source"}
    for r in resources:
        assert set(r) >= keys | {"checked", "coverage"}
        assert r["pricing"] in ("free", "one-time", "monthly")
        if r["pricing"] == "free":
            assert r["cost"] == 0
        assert all(set(c) >= {"topic", "where"} for c in r["coverage"])
    dlai = next(r for r in resources if r["pricing"] == "monthly")
    assert dlai["cost"] > 0


def test_goals_json_shape(home: Path) -> None:
    code, out, _ = run("goals", "--json")
    goals = {g["id"]: g for g in json.loads(out)}
    assert code == 0 and "llm" in goals and goals["llm"]["targets"]


def test_why_shows_both_directions_and_keeps_bracketed_ids(home: Path) -> None:
    code, out, _ = run("why", "svd", "--json")
    doc = json.loads(out)
    assert code == 0
    assert "spectral-theorem" in {r["topic"] for r in doc["requires"]}
    assert "pca" in {u["topic"] for u in doc["unlocks"]}
    assert any(r["pricing"] == "free" for r in doc["resources"])
    code, out, _ = run("why", "svd")
    assert "[spectral-theorem]" in out and "[pca]" in out  # ids are not eaten as Rich markup


def test_why_unknown_topic_suggests(home: Path) -> None:
    code, _, err = run("why", "backprob")
    assert code == 2 and "did you mean backpropagation" in err
