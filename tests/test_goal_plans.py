"""Step 7: goal-directed plans on small hand-built catalogs (the pure core)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from conftest import CHECKED, resource, topic
from mathplan.catalog import check_catalog
from mathplan.models import Catalog, Choice, Goal, Project, Resource, Topic
from mathplan.plan import Plan, Profile
from mathplan.planner import make_plan

START = dt.date(2026, 11, 30)


def goal(targets: Sequence[str], projects: Sequence[str] = (), **kw: Any) -> Goal:
    return Goal(
        id="g", title="G", summary="test", targets=tuple(targets), projects=tuple(projects), **kw
    )


def project(pid: str, requires: Sequence[str], hours: float = 3.0) -> Project:
    return Project.model_validate(
        {
            "id": pid,
            "title": pid.title(),
            "hours": hours,
            "why": "make it real",
            "deliverable": f"a script that prints {pid} works",
            "requires": [{"topic": t, "reason": "needed"} for t in requires],
            "follow": {"resource": "free", "where": "Lecture 1"},
        }
    )


def build(
    topics: Sequence[Topic],
    targets: Sequence[str],
    *,
    resources: Sequence[Resource] = (),
    projects: Sequence[Project] = (),
    goal_projects: Sequence[str] = (),
    choices: Sequence[Choice] = (),
) -> Catalog:
    resources = list(resources) or [resource("free", [t.id for t in topics])]
    return Catalog(
        topics={t.id: t for t in topics},
        resources={r.id: r for r in resources},
        goals={"g": goal(targets, goal_projects)},
        projects={p.id: p for p in projects},
        choices={c.id: c for c in choices},
    )


def plan_for(cat: Catalog, **kw: Any) -> Plan:
    base: dict[str, Any] = {
        "months": 1,
        "budget": 0.0,
        "hours_per_week": 10.0,
        "start": START,
        "goal": "g",
        "depth": "practical",
        "review_share": 0.0,
    }
    base.update(kw)
    return make_plan(cat, Profile(**base))


def study_sequence(plan: Plan) -> list[str]:
    seen: dict[str, None] = {}
    for week in plan.weeks:
        for item in week.items:
            if item.kind != "review":
                seen.setdefault(item.topic)
    return list(seen)


def rigorous_edge(tid: str, hours: float, requires: str) -> Topic:
    data = topic(tid, hours).model_dump()
    data["requires"] = [{"topic": requires, "reason": "for the proof", "kind": "rigorous"}]
    return Topic.model_validate(data)


def test_a_rigorous_only_prerequisite_is_planned_only_at_rigorous_depth() -> None:
    cat = build([topic("proofs", 3), rigorous_edge("attention", 2, "proofs")], ["attention"])
    practical = plan_for(cat, hours_per_week=2.0, months=1)
    assert "proofs" not in study_sequence(practical)[:1]
    assert study_sequence(practical)[0] == "attention"
    rigorous = plan_for(cat, depth="rigorous", months=2)
    order = study_sequence(rigorous)
    assert order.index("proofs") < order.index("attention")


def test_study_goes_toward_each_target_just_in_time() -> None:
    topics = [
        topic("a1", 2),
        topic("a2", 2, requires=["a1"]),
        topic("b1", 2),
        topic("b2", 2, requires=["b1"]),
        topic("target-b", 1, requires=["b2"]),
        topic("target-a", 1, requires=["a2"]),
    ]
    plan = plan_for(build(topics, ["target-b", "target-a"]))
    # the first-listed target's path first, then the next; not file order
    assert study_sequence(plan) == ["b1", "b2", "target-b", "a1", "a2", "target-a"]


def test_goal_targets_outrank_core_topics_off_the_goal() -> None:
    topics = [
        topic("core-extra", 6),
        topic("basic", 3, "optional"),
        topic("target", 3, requires=["basic"]),
    ]
    plan = plan_for(build(topics, ["target"]), hours_per_week=1.5, months=1)
    kept = {t.id for t in plan.topics}
    assert {"basic", "target"} <= kept and "core-extra" not in kept
    assert plan.targets_planned == ("target",) and plan.targets_dropped == ()


def test_a_target_that_does_not_fit_is_reported_with_the_hours_it_needs() -> None:
    topics = [topic("big", 30), topic("small", 2)]
    plan = plan_for(build(topics, ["big", "small"]), hours_per_week=5.0)
    assert plan.targets_planned == ("small",) and plan.targets_dropped == ("big",)
    big = next(d for d in plan.dropped if d.topic == "big")
    assert big.more_hours is not None and big.more_hours > 0


def test_a_project_comes_right_after_its_prerequisites_and_gets_no_review() -> None:
    topics = [
        topic("v", 2),
        topic("w", 2),
        topic("x", 6, requires=["w"]),
        topic("t", 2, requires=["x"]),
    ]
    cat = build(topics, ["t"], projects=[project("build-v", ["v"])], goal_projects=["build-v"])
    plan = plan_for(cat, months=2, review_share=0.15)
    order = study_sequence(plan)
    assert order.index("build-v") == order.index("v") + 1
    assert order.index("build-v") < order.index("x")  # within reach: before the next target
    built = plan.topic("build-v")
    assert built is not None and built.kind == "project" and built.applied
    kinds = {i.kind for w in plan.weeks for i in w.items if i.topic == "build-v"}
    assert kinds == {"project"}


def test_spare_capacity_is_filled_and_what_is_left_is_explained() -> None:
    topics = [topic("t", 2), topic("other", 2, "optional")]
    plan = plan_for(build(topics, ["t"]), months=2)
    assert {t.id for t in plan.topics} == {"t", "other"}  # filled with what is off the goal
    assert plan.spare_quarters > 0
    assert plan.spare_options and plan.spare_options[0].startswith("Study ends in week 1")
    assert any("--hours-per-week" in o for o in plan.spare_options)


def test_depth_changes_the_material_not_only_the_hours() -> None:
    data: dict[str, Any] = resource("book", ["t"]).model_dump()
    data["covers"] = [
        {"topic": "t", "where": "Ch. 1 with proofs", "rating": 2, "depth": "rigorous"}
    ]
    proofs = Resource.model_validate(data)
    data = resource("video", ["t"]).model_dump()
    data["covers"] = [{"topic": "t", "where": "Video 1", "rating": 5, "depth": "practical"}]
    video = Resource.model_validate(data)
    cat = build([topic("t", 2)], ["t"], resources=[proofs, video])
    assert plan_for(cat).topics[0].resource == "video"
    assert plan_for(cat, depth="rigorous").topics[0].resource == "book"


@pytest.mark.parametrize(("better", "used"), [(4, "mine"), (5, "other")])
def test_an_owned_resource_is_used_unless_another_is_much_better(better: int, used: str) -> None:
    cheap = resource("mine", {"t": 3}, model="one-time", usd=40.0)
    other = resource("other", {"t": better})
    cat = build([topic("t", 2)], ["t"], resources=[cheap, other])
    assert plan_for(cat, own=("mine",)).topics[0].resource == used


def test_choices_name_the_topics_the_plan_holds_and_what_it_buys() -> None:
    topics = [topic("grad", 2), topic("integrals", 20, "optional")]
    choices = [
        Choice(
            id="calc",
            question="How much calculus?",
            answer="Gradients.",
            topics=("grad", "integrals"),
        ),
        Choice(id="buy", question="Buy anything?", answer="No.", budget=True),
        Choice(id="proofs", question="Proofs?", answer="Later.", depth=None, goals=("other",)),
    ]
    plan = plan_for(build(topics, ["grad"], choices=choices), hours_per_week=3.0, months=1)
    answers = {c.id: c.answer for c in plan.choices}
    assert set(answers) == {"calc", "buy"}  # the third is for another goal
    assert "In this plan: Grad (week 1)." in answers["calc"]
    assert "Not in this plan: Integrals." in answers["calc"]
    assert "buys nothing" in answers["buy"]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_catalog_checks_project_references(tmp_path: Path) -> None:
    bad = _write(
        tmp_path / "p.toml",
        """
[[project]]
id = "vectors"
title = "Clash"
hours = 2
why = "w"
deliverable = "prints 1"
requires = [{ topic = "no-such-topic", reason = "r" }]
follow = { resource = "no-such-book", where = "Ch. 1" }

[[goal]]
id = "mine"
title = "Mine"
summary = "s"
targets = ["vectors"]
projects = ["nope"]

[[choice]]
id = "c"
question = "q"
answer = "a"
topics = ["vectr"]
""",
    )
    from mathplan.catalog import bundled_paths

    catalog, problems = check_catalog([*bundled_paths(), bad])
    text = "\n".join(problems)
    assert catalog is None
    assert "'vectors' is already a topic id" in text
    assert "unknown topic 'no-such-topic'" in text
    assert "unknown resource 'no-such-book'" in text
    assert "unknown project 'nope'" in text
    assert "unknown topic 'vectr'; did you mean vectors?" in text
    assert str(CHECKED)  # the fixtures' date is what catalogs in these tests use


def test_research_style_goal_depth_is_the_default_depth(tmp_path: Path, home: Path) -> None:
    import json
    import subprocess
    import sys

    extra = _write(
        tmp_path / "g.toml",
        """
[[goal]]
id = "deep"
title = "Deep"
summary = "proofs"
targets = ["svd"]
depth = "rigorous"
""",
    )
    run = [
        sys.executable,
        "-m",
        "mathplan",
        "plan",
        "--goal",
        "deep",
        "--catalog",
        str(extra),
        "--json",
    ]
    doc = json.loads(subprocess.run(run, capture_output=True, text=True, check=True).stdout)
    assert doc["profile"]["depth"] == "rigorous"
    run.insert(-1, "--depth")
    run.insert(-1, "practical")
    doc = json.loads(subprocess.run(run, capture_output=True, text=True, check=True).stdout)
    assert doc["profile"]["depth"] == "practical"
    assert doc["goal_targets"]["planned"] == ["svd"] and doc["goal_targets"]["dropped"] == []


def test_what_a_topic_done_early_builds_on_is_still_planned() -> None:
    # "base" is optional and off the goal but for the done topic's sake; with room only for
    # the goal's path it is kept only if the walk from the target goes on through "middle"
    topics = [
        topic("base", 2, "optional"),
        topic("middle", 2, requires=["base"]),
        topic("target", 2, requires=["middle"]),
        topic("filler", 2),
    ]
    plan = plan_for(build(topics, ["target"]), hours_per_week=1.0, completed=("middle",))
    kept = {t.id for t in plan.topics if t.first_week > 0}
    assert kept == {"base", "target"}


def test_the_goals_first_project_is_built_first_even_when_time_is_short() -> None:
    topics = [topic("v", 1), topic("big", 6), topic("t1", 1, requires=["big"]), topic("t2", 1)]
    cat = build(
        topics, ["t1", "t2"], projects=[project("build-v", ["v"], 2)], goal_projects=["build-v"]
    )
    # about 8.5 h in all: t1 with its prerequisite and t2 would fill it; the project comes first
    plan = plan_for(cat, hours_per_week=2.0, months=1)
    assert study_sequence(plan)[:2] == ["v", "build-v"]
    assert plan.targets_planned == ("t2",) and plan.targets_dropped == ("t1",)


def test_the_plan_heads_for_the_targets_it_kept() -> None:
    # "huge" does not fit: what it alone needs must not open the plan
    topics = [
        topic("huge-base", 3, "optional"),
        topic("huge", 40, requires=["huge-base"]),
        topic("small", 2),
    ]
    plan = plan_for(build(topics, ["huge", "small"]), hours_per_week=2.0, months=1)
    assert study_sequence(plan)[0] == "small"


def test_projects_lists_every_bundled_project_with_its_schema(tmp_path: Path) -> None:
    import json
    import os
    import subprocess
    import sys

    import jsonschema

    env = {**os.environ, "MATHPLAN_HOME": str(tmp_path / "home")}
    run = [sys.executable, "-m", "mathplan", "projects", "--json"]
    listed = json.loads(subprocess.run(run, capture_output=True, text=True, env=env).stdout)
    schema = json.loads(
        subprocess.run(
            [sys.executable, "-m", "mathplan", "schema", "projects"],
            capture_output=True,
            text=True,
            env=env,
        ).stdout
    )
    jsonschema.validate(listed, schema)
    from mathplan.catalog import load_catalog

    catalog = load_catalog()
    assert [p["id"] for p in listed] == list(catalog.projects)
    llm = catalog.goals["llm"].projects
    assert all("llm" in p["goals"] for p in listed if p["id"] in llm)
    table = subprocess.run(
        [sys.executable, "-m", "mathplan", "projects"],
        capture_output=True,
        text=True,
        env={**env, "COLUMNS": "80"},
    ).stdout
    assert max(len(line) for line in table.splitlines()) <= 80
    assert all(p["id"] in table for p in listed)
