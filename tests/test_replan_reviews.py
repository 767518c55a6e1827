"""A replan keeps the reviews of topics finished before it (issue 12, part 2)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from typer.testing import CliRunner

from conftest import catalog, resource, topic
from mathplan.cli import app
from mathplan.models import Catalog
from mathplan.plan import Plan, Profile
from mathplan.planner import make_plan
from mathplan.progress import Event, fold
from mathplan.replan import replan_profile
from mathplan.review import CardState, finished, rate, reviews_between

START = dt.date(2026, 11, 30)
runner = CliRunner()


def js(*args: str, today: str) -> dict[str, object]:
    result = runner.invoke(app, [*args, "--json"], env={"MATHPLAN_TODAY": today})
    assert result.exit_code == 0, result.stderr
    doc: dict[str, object] = json.loads(result.stdout)
    return doc


def review_weeks(doc: dict[str, object], topic_id: str) -> list[tuple[str, str]]:
    weeks = doc["weeks"]
    assert isinstance(weeks, list)
    return [
        (w["start"], w["end"])
        for w in weeks
        for i in w["items"]
        if i["topic"] == topic_id and i["kind"] == "review"
    ]


def test_a_replan_five_weeks_later_schedules_the_review_next_asks_for(home: Path) -> None:
    js("plan", "--months", "6", "--budget", "500", "--goal", "llm", today="2026-11-25")
    result = runner.invoke(app, ["done", "vectors"], env={"MATHPLAN_TODAY": "2026-11-25"})
    assert result.exit_code == 0
    later = "2026-12-30"
    step = js("next", today=later)
    assert step["kind"] == "review" and step["topic"] == "vectors"
    new = js("replan", today=later)
    reviews = review_weeks(new, "vectors")
    weeks = new["weeks"]
    assert isinstance(weeks, list)
    first = weeks[0]
    assert reviews and reviews[0] == (first["start"], first["end"])  # overdue: first week
    assert len(reviews) >= 2  # and the one expected after it
    for week in weeks:  # budgeted: no week asks for more than its hours
        assert sum(i["hours"] for i in week["items"]) <= week["capacity"]
    assert js("next", today=later)["topic"] == "vectors"


def cat() -> Catalog:
    topics = [topic("a", 5), topic("b", 5, requires=["a"]), topic("c", 10, requires=["b"])]
    return catalog(topics, [resource("free", [t.id for t in topics])])


def done(eid: int, topic_id: str, day: dt.date) -> Event:
    card = finished(day)
    return Event(eid, day, "done", topic_id, data={"card": card.card, "due": card.due.isoformat()})


def review_days(plan: Plan, topic_id: str) -> list[tuple[dt.date, dt.date]]:
    return [
        (w.start, w.end)
        for w in plan.weeks
        for i in w.items
        if i.topic == topic_id and i.kind == "review"
    ]


def test_reviews_between_starts_at_the_due_day_and_follows_good_answers() -> None:
    state = finished(START)
    days = reviews_between(state, START + dt.timedelta(days=30), START + dt.timedelta(days=200))
    assert days[0] == state.due  # overdue: the stored due day, before the window
    following = rate(state, "good", START + dt.timedelta(days=30))
    assert days[1] == following.due
    assert list(days) == sorted(set(days))
    assert days[-1] <= START + dt.timedelta(days=200)
    assert reviews_between(CardState(state.card, START + dt.timedelta(days=9)), START, START) == ()


def test_replan_places_overdue_and_future_reviews_of_finished_topics() -> None:
    plan = make_plan(cat(), Profile(3, 0.0, 5.0, START, "general", "practical"))
    today = START + dt.timedelta(days=40)
    progress = fold([done(1, "a", START + dt.timedelta(days=3)), done(2, "b", today)])
    profile = replan_profile(plan, progress, today, cat())
    carried = dict.fromkeys(t for t, _ in profile.carried_reviews)
    assert list(carried) == ["a", "b"]
    new = make_plan(cat(), profile)
    a_reviews = review_days(new, "a")
    assert a_reviews[0] == (new.weeks[0].start, new.weeks[0].end)  # overdue: first week
    b_due = progress.cards["b"].due
    b_first = review_days(new, "b")[0]
    assert b_first[1] >= b_due  # not before it is due
    expected = [d for t, d in profile.carried_reviews if t == "a" and d <= new.end]
    assert len(a_reviews) == len(expected)
    assert all(w.quarters <= w.capacity_quarters for w in new.weeks)


def test_known_topics_get_no_carried_reviews() -> None:
    plan = make_plan(cat(), Profile(3, 0.0, 5.0, START, "general", "practical"))
    today = START + dt.timedelta(days=40)
    events = [done(1, "a", START), Event(2, START, "know", "a")]
    profile = replan_profile(plan, fold(events), today, cat())
    assert profile.carried_reviews == ()


def test_many_overdue_reviews_take_the_first_week_but_never_more_than_it_holds() -> None:
    topics = [topic(f"t{i}", 5) for i in range(12)]
    big = catalog(topics, [resource("free", [t.id for t in topics])])
    plan = make_plan(big, Profile(6, 0.0, 5.0, START, "general", "practical"))
    today = START + dt.timedelta(days=60)
    progress = fold([done(i + 1, f"t{i}", START) for i in range(12)])
    new = make_plan(big, replan_profile(plan, progress, today, big))
    first = new.weeks[0]
    reviewed = [i.topic for i in first.items if i.kind == "review"]
    share = int(first.capacity_quarters * new.profile.review_share)
    assert sum(i.quarters for i in first.items if i.kind == "review") > share
    assert first.quarters <= first.capacity_quarters
    later = {i.topic for w in new.weeks[1:] for i in w.items if i.kind == "review"}
    assert {f"t{i}" for i in range(12)} <= set(reviewed) | later


def test_a_review_longer_than_the_review_share_does_not_block_later_ones() -> None:
    topics = [topic("long", 30), topic("short", 2)]
    cat2 = catalog(topics, [resource("free", ["long", "short"])])
    plan = make_plan(cat2, Profile(4, 0.0, 5.0, START, "general", "practical"))
    reviewed = {i.topic for w in plan.weeks for i in w.items if i.kind == "review"}
    assert reviewed == {"long", "short"}
    assert all(w.quarters <= w.capacity_quarters for w in plan.weeks)


def test_a_profile_with_carried_reviews_survives_the_round_trip() -> None:
    profile = Profile(3, 0.0, 5.0, START, "general", "practical", carried_reviews=(("a", START),))
    assert Profile.from_dict(profile.to_dict()) == profile
