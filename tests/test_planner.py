"""The planning rules of step 1, checked on the pure core without the CLI."""

import datetime as dt

import pytest

from conftest import catalog, resource, topic
from mathplan.errors import UsageError
from mathplan.models import Catalog
from mathplan.plan import Profile, from_document, to_document
from mathplan.planner import default_start, make_plan

START = dt.date(2026, 11, 30)


def profile(**kw: object) -> Profile:
    base: dict[str, object] = {
        "months": 6,
        "budget": 0.0,
        "hours_per_week": 10.0,
        "start": START,
        "goal": "general",
        "depth": "practical",
    }
    base.update(kw)
    return Profile(**base)  # type: ignore[arg-type]


def test_prerequisites_come_first_and_weeks_respect_hours(chain_catalog: Catalog) -> None:
    plan = make_plan(chain_catalog, profile(hours_per_week=3))
    first_week: dict[str, int] = {}
    last_week: dict[str, int] = {}
    for week in plan.weeks:
        assert week.hours <= 3
        assert week.hours == sum(i.hours for i in week.items)
        for item in (i for i in week.items if i.kind == "study"):
            first_week.setdefault(item.topic, week.index)
            last_week[item.topic] = week.index
    for t in plan.topics:
        for p in t.prerequisites:
            assert last_week[p] <= first_week[t.id]


def test_every_topic_is_planned_for_its_full_hours(chain_catalog: Catalog) -> None:
    plan = make_plan(chain_catalog, profile())
    per_topic: dict[str, float] = {}
    for week in plan.weeks:
        for item in week.items:
            if item.kind == "study":
                per_topic[item.topic] = per_topic.get(item.topic, 0) + item.hours
    assert per_topic == {t.id: t.hours for t in plan.topics}
    assert per_topic["b"] == 6


def test_plan_ends_within_the_months(chain_catalog: Catalog) -> None:
    plan = make_plan(chain_catalog, profile(months=1, hours_per_week=1))
    assert plan.weeks[-1].end <= dt.date(2026, 12, 29)
    assert plan.end == dt.date(2026, 12, 29)


def test_short_time_drops_optional_first_and_says_how_much_more(chain_catalog: Catalog) -> None:
    # 1 month x 4.5 h/week ~ 18.25 h: a(4)+b(6)+c(5)=15 core, e(2) recommended, d(3) optional
    plan = make_plan(chain_catalog, profile(months=1, hours_per_week=4.5))
    kept = {t.id for t in plan.topics}
    assert {"a", "b", "c", "e"} <= kept
    assert [d.topic for d in plan.dropped] == ["d"]
    assert plan.dropped[0].more_hours is not None and plan.dropped[0].more_hours > 0


def test_known_topics_are_not_scheduled_but_satisfy_prerequisites(chain_catalog: Catalog) -> None:
    plan = make_plan(chain_catalog, profile(known=("a", "b")))
    ids = [t.id for t in plan.topics]
    assert "a" not in ids and "b" not in ids
    assert "c" in ids and "d" in ids


def test_same_inputs_same_plan(chain_catalog: Catalog) -> None:
    assert to_document(make_plan(chain_catalog, profile())) == to_document(
        make_plan(chain_catalog, profile())
    )


def test_document_round_trips(chain_catalog: Catalog) -> None:
    plan = make_plan(chain_catalog, profile(months=2, hours_per_week=2.5))
    assert to_document(from_document(to_document(plan))) == to_document(plan)


def test_unknown_goal_and_known_topic_are_usage_errors(chain_catalog: Catalog) -> None:
    with pytest.raises(UsageError, match="did you mean general"):
        make_plan(chain_catalog, profile(goal="generl"))
    with pytest.raises(UsageError, match="unknown topic 'zz'"):
        make_plan(chain_catalog, profile(known=("zz",)))


def test_default_start_is_the_coming_monday() -> None:
    assert default_start(dt.date(2026, 11, 25)) == dt.date(2026, 11, 30)  # Wednesday
    assert default_start(dt.date(2026, 11, 30)) == dt.date(2026, 11, 30)  # Monday


# --- budget -------------------------------------------------------------------------------------


def paid_catalog() -> Catalog:
    topics = [topic("a", 4), topic("b", 4, requires=["a"]), topic("c", 4, requires=["b"])]
    return catalog(
        topics,
        [
            resource("free", ["a", "b", "c"], rating=3),
            resource("book", {"a": 5, "b": 5, "c": 5}, model="one-time", usd=60.0),
            resource("sub", {"a": 5, "b": 5}, model="monthly", usd=12.0),
            resource("pricey", {"c": 5}, model="one-time", usd=999.0),
            resource("unknown-price", {"a": 5, "b": 5, "c": 5}, model="one-time"),
        ],
    )


def test_budget_zero_gives_an_all_free_plan() -> None:
    plan = make_plan(paid_catalog(), profile(budget=0))
    assert plan.total_cost == 0
    assert {r.id for r in plan.resources} == {"free"}


def test_budget_buys_the_better_resource_once_and_never_overspends() -> None:
    plan = make_plan(paid_catalog(), profile(budget=100))
    assert plan.total_cost <= 100
    assert {r.id: r.cost for r in plan.resources} == {"book": 60.0}
    assert all(t.resource == "book" for t in plan.topics)


def test_monthly_subscription_costs_each_calendar_month_it_is_used() -> None:
    cat = paid_catalog()
    cat.resources.pop("book")
    # a and b: 8 h at 1 h/week in the weeks from Nov 30 to Jan 24; a week counts in the month
    # of its middle day (Nov 30 - Dec 6 is a December week): December and January.
    plan = make_plan(cat, profile(budget=500, hours_per_week=1))
    sub = plan.resource("sub")
    assert sub is not None
    assert sub.months == ("2026-12", "2027-01")
    assert sub.cost == 2 * 12.0
    assert plan.total_cost <= 500


def test_unknown_prices_are_never_bought_but_owned_resources_are_free() -> None:
    cat = paid_catalog()
    cat.resources.pop("book")
    cat.resources.pop("sub")
    plan = make_plan(cat, profile(budget=10_000))
    assert "unknown-price" not in {r.id for r in plan.resources}
    owned = make_plan(cat, profile(budget=0, own=("unknown-price",)))
    use = owned.resource("unknown-price")
    assert use is not None and use.cost == 0 and use.owned


def test_topic_without_affordable_resource_is_dropped_with_its_dependents() -> None:
    topics = [
        topic("a", 2),
        topic("b", 2, requires=["a"]),
        topic("c", 2),
        topic("d", 2, requires=["b"]),
    ]
    cat = catalog(
        topics,
        [resource("free", ["a", "c", "d"]), resource("paid", ["b"], model="one-time", usd=50.0)],
    )
    plan = make_plan(cat, profile(budget=10))
    assert [t.id for t in plan.topics] == ["a", "c"]
    reasons = {d.topic: d.reason for d in plan.dropped}
    assert "no resource within the budget" in reasons["b"]
    assert "prerequisite b was dropped" in reasons["d"]
    assert make_plan(cat, profile(budget=50)).total_cost == 50
