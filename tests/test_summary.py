"""The one-screen summary and the weekly detail, rendered to a fixed-width console.

Real plans come from the bundled catalog; the goal-directed fields (targets, projects, choices,
spare options) are also filled by hand, so the screen is checked whatever the planner fills.
"""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from rich.console import Console

from mathplan.catalog import load_catalog
from mathplan.plan import ChoiceAnswer, Dropped, Item, Plan, Profile, Week
from mathplan.planner import make_plan
from mathplan.render import week_view, weeks_table
from mathplan.summary import SHOWN_FREE, phases, plan_screen, short_source

START = dt.date(2026, 11, 30)


def real_plan(goal: str = "llm", months: int = 6, budget: float = 500, **extra: object) -> Plan:
    profile = Profile(
        months=months,
        budget=budget,
        hours_per_week=float(extra.pop("hours_per_week", 10.0)),  # type: ignore[arg-type]
        start=START,
        goal=goal,
        depth=str(extra.pop("depth", "practical")),
        own=tuple(extra.pop("own", ())),  # type: ignore[arg-type]
    )
    return make_plan(load_catalog([]), profile)


def rendered(renderable: object, width: int = 100) -> str:
    console = Console(width=width, record=True, file=io.StringIO(), color_system=None)
    console.print(renderable)
    return console.export_text()


def goal_directed(plan: Plan) -> Plan:
    """The plan with what the goal-directed planner adds: targets, a project, choices, drops."""
    ids = [t.id for t in plan.topics]
    targets = (ids[-1], ids[-2], "attention-x", "lora-x")
    project_topic = plan.topics[len(plan.topics) // 2]._replace(
        id="autograd-engine",
        title="An autograd engine in 100 lines",
        kind="project",
        applied=True,
        exercise="A script that trains a 2-layer MLP with your own backward pass.",
    )
    week_index = project_topic.first_week
    weeks = tuple(
        w
        if w.index != week_index
        else Week(
            w.index,
            w.start,
            w.end,
            w.capacity_quarters,
            (
                *w.items[:-1],
                Item(
                    "autograd-engine",
                    project_topic.title,
                    4,
                    project_topic.resource,
                    "L1",
                    "project",
                ),
            ),
        )
        for w in plan.weeks
    )
    dropped = (
        Dropped("attention-x", "Attention", "core", 24, "no time left", 14.0),
        Dropped("lora-x", "Low-rank adaptation", "core", 12, "no time left", 20.0),
        *(
            Dropped(f"extra-{n}", f"Extra {n}", "optional", 8, "no time left", 2.0)
            for n in range(9)
        ),
    )
    choices = tuple(
        ChoiceAnswer(f"c{n}", question, "Not for this goal. " * 30)
        for n, question in enumerate(
            [
                "Do I need the proofs?",
                "How much multivariable calculus?",
                "Bayesian statistics or standard distributions?",
                "Do I need to buy anything?",
            ]
        )
    )
    return plan._replace(
        weeks=weeks,
        topics=(*plan.topics, project_topic),
        goal_targets=targets,
        dropped=dropped,
        choices=choices,
        spare_options=("another goal: mathplan plan --goal vision", "--depth rigorous"),
    )


@pytest.fixture(scope="module")
def llm_plan() -> Plan:
    return real_plan()


def test_the_real_llm_plan_summary_fits_one_screen(llm_plan: Plan) -> None:
    for plan in (llm_plan, goal_directed(llm_plan)):
        lines = rendered(plan_screen(plan, 100)).splitlines()
        assert len(lines) <= 45, "\n".join(lines)
        assert max(len(line.rstrip()) for line in lines) <= 100


def test_the_summary_is_readable_at_80_columns(llm_plan: Plan) -> None:
    text = rendered(plan_screen(goal_directed(llm_plan), 80), width=80)
    assert len(text.splitlines()) <= 50
    assert "Choices made for you" in text and "Month by month" in text


def test_goal_coverage_names_what_each_dropped_target_needs(llm_plan: Plan) -> None:
    text = rendered(plan_screen(goal_directed(llm_plan)))
    assert "Goal: 2 of 4 goal targets fit; attention-x needs 14 more hours" in text
    assert "lora-x needs 20 more hours" in text


def test_no_target_fitting_is_said_loudly(llm_plan: Plan) -> None:
    plan = goal_directed(llm_plan)._replace(goal_targets=("attention-x", "lora-x"))
    text = rendered(plan_screen(plan))
    assert "GOAL NOT REACHED: none of the 2 goal targets fits" in text


def test_every_calendar_month_is_a_phase_and_projects_show_in_theirs(llm_plan: Plan) -> None:
    plan = goal_directed(llm_plan)
    months = {f"{w.start + dt.timedelta(days=3):%b %Y}" for w in plan.weeks}
    text = rendered(plan_screen(plan))
    for month in months:
        assert re.search(rf"^{month}\s+wk", text, re.M), month
    project = next(t for t in plan.topics if t.kind == "project")
    phase = next(p for p in phases(plan) if any(w.index == project.first_week for w in p.weeks))
    line = next(i for i, s in enumerate(text.splitlines()) if s.startswith(phase.label))
    block = " ".join(text.splitlines()[line : line + 3])
    assert re.search(rf"builds [\w, -]*\b{project.id}\b", " ".join(block.split())), block


def test_a_long_plan_is_grouped_into_at_most_twelve_phases() -> None:
    plan = real_plan(months=36, hours_per_week=2)
    assert len(phases(plan)) <= 12
    assert sum(len(p.weeks) for p in phases(plan)) == len(plan.weeks)


def test_hours_add_up_to_the_capacity(llm_plan: Plan) -> None:
    text = rendered(plan_screen(llm_plan))
    found = re.search(
        r"Hours: ([\d.]+) h study · ([\d.]+) h review · ([\d.]+) h projects · ([\d.]+) h spare",
        text,
    )
    assert found, text
    total = sum(float(x) for x in found.groups())
    assert total == llm_plan.capacity_quarters / 4


def test_spare_time_and_what_it_could_buy_are_shown(llm_plan: Plan) -> None:
    plan = goal_directed(llm_plan)
    text = rendered(plan_screen(plan))
    assert plan.spare_quarters > 0
    assert f"Spare time: {plan.spare_quarters / 4:g} h" in text
    assert "another goal: mathplan plan --goal vision" in text


def test_each_choice_takes_at_most_two_lines(llm_plan: Plan) -> None:
    lines = rendered(plan_screen(goal_directed(llm_plan))).splitlines()
    start = lines.index("Choices made for you")
    bullets = [i for i in range(start, len(lines)) if lines[i].lstrip().startswith("•")]
    assert len(bullets) == 4
    for a, b in zip(bullets, [*bullets[1:], bullets[-1] + 3], strict=True):
        assert b - a <= 2 or not lines[a + 2].strip() or lines[a + 2].startswith("Week by")


def test_buying_shows_authors_price_source_date_and_the_money_left() -> None:
    plan = real_plan(goal="general", own=())
    paid = [r for r in plan.resources if r.pricing != "free" and not r.owned]
    text = " ".join(rendered(plan_screen(plan)).split())
    if paid:
        for res in paid:
            assert res.title in text and res.price_label in text
    assert f"{plan.profile.budget - plan.total_cost:,.2f}" in text
    free = sorted((r for r in plan.resources if r.pricing == "free"), key=lambda r: -len(r.topics))
    for res in [*paid, *(r for r in plan.resources if r.owned), *free[:SHOWN_FREE]]:
        for author in res.authors[:1]:
            assert author in text


def test_unverified_prices_say_so() -> None:
    plan = real_plan()
    strang = next(r for r in plan.resources if r.pricing == "free")._replace(
        id="strang",
        title="Introduction to Linear Algebra",
        authors=("Gilbert Strang",),
        pricing="one-time",
        unit_price=87.5,
        cost=87.5,
        verified=False,
        price_source="MAA Reviews, https://maa.org/press/maa-reviews/x (list price $87.50)",
        price_as_of=None,
    )
    text = " ".join(rendered(plan_screen(plan._replace(resources=(strang,)))).split())
    assert "Introduction to Linear Algebra — Gilbert Strang: $87.50 one-time" in text
    assert "unverified, as of" in text and "maa.org" in text


def test_short_source_is_the_host_of_the_first_url() -> None:
    assert short_source("MAA Reviews, https://www.maa.org/press/x (2023)") == "maa.org"
    assert short_source("cursarium.net/courses/x ('$49/mo')") == "cursarium.net"
    assert short_source("no price found") == "no price found"


def test_weekly_detail_cites_a_split_topic_once_then_says_continued(llm_plan: Plan) -> None:
    split = next(t for t in llm_plan.topics if t.last_week > t.first_week and t.kind == "topic")
    resource = llm_plan.resource(split.resource)
    assert resource is not None
    text = rendered(weeks_table(llm_plan), width=200)
    assert text.count(split.where) == 1
    assert f"{split.title} (continued from week {split.first_week})" in text


def test_weekly_detail_has_the_exercise_and_one_line_per_review(llm_plan: Plan) -> None:
    text = rendered(weeks_table(llm_plan), width=100)
    assert "Exercise: " in text
    review_lines = [line for line in text.splitlines() if "↻ Review" in line]
    weeks_with_reviews = [w for w in llm_plan.weeks if any(i.kind == "review" for i in w.items)]
    assert len(review_lines) == len(weeks_with_reviews)


def test_one_week_shows_every_item_in_full(llm_plan: Plan) -> None:
    week = llm_plan.weeks[1]
    text = " ".join(rendered(week_view(llm_plan, 2)).split())
    for item in week.items:
        topic = llm_plan.topic(item.topic)
        assert topic is not None
        assert item.title in text
        if item.kind == "study":
            assert " ".join(topic.exercise.split()) in text
