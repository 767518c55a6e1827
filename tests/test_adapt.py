"""Step 3 rules on the pure core: reviews, undo, placement, forecast and replanning."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from conftest import catalog, resource, topic
from mathplan.forecast import forecast
from mathplan.models import Catalog
from mathplan.placement import Placement
from mathplan.plan import Plan, Profile
from mathplan.planner import make_plan
from mathplan.progress import Event, fold, last_change, next_step, status
from mathplan.replan import changes, replan_profile
from mathplan.review import finished, predicted_offsets, rate
from mathplan.schedule import calendar_weeks, pack_weeks

START = dt.date(2026, 11, 30)


def cat() -> Catalog:
    topics = [
        topic("a", 5),
        topic("b", 5, requires=["a"]),
        topic("c", 10, requires=["b"], area="calculus"),
        topic("r", 5, "recommended", area="probability"),
        topic("o", 5, "optional", requires=["r"], area="probability"),
    ]
    return catalog(topics, [resource("free", [t.id for t in topics])])


def make(review_share: float = 0.0, **kw: object) -> Plan:
    base: dict[str, object] = {
        "months": 2,
        "budget": 0.0,
        "hours_per_week": 5.0,
        "start": START,
        "goal": "general",
        "depth": "practical",
        "review_share": review_share,
    }
    base.update(kw)
    return make_plan(cat(), Profile(**base))  # type: ignore[arg-type]


def done(eid: int, topic_id: str, day: dt.date) -> Event:
    card = rate(None, "good", day)
    return Event(eid, day, "done", topic_id, data={"card": card.card, "due": card.due.isoformat()})


# --- spaced review -------------------------------------------------------------------------------


@pytest.mark.parametrize("rating", ["again", "hard", "good", "easy"])
def test_a_review_is_never_due_the_same_day(rating: str) -> None:
    first = rate(None, "good", START)
    assert first.due > START
    again = rate(first, rating, START)
    assert again.due > START


@pytest.mark.parametrize("day", [START, dt.date(2027, 2, 28), dt.date(2028, 2, 29)])
def test_the_stored_first_review_matches_fsrs(day: dt.date) -> None:
    assert finished(day) == rate(None, "good", day)


def test_intervals_grow_in_days_and_weeks() -> None:
    offsets = predicted_offsets(400)
    assert offsets[0] >= 1
    assert all(b > a for a, b in itertools.pairwise(offsets))
    assert offsets[-1] > 60


def test_reviews_fit_within_their_share_and_the_week() -> None:
    slots = calendar_weeks(START, START + dt.timedelta(days=69), 10)
    placements, overflow = pack_weeks(
        slots,
        ["a", "b", "c", "d"],
        {"a": 20, "b": 20, "c": 20, "d": 40},
        review_offsets=(2, 13),
        review_quarters={"a": 2, "b": 2, "c": 2, "d": 4},
        review_share=0.15,
    )
    assert overflow == 0
    for week, slot in enumerate(slots):
        items = [p for p in placements if p.week == week]
        reviews = sum(p.quarters for p in items if p.kind == "review")
        assert reviews <= int(slot.capacity * 0.15)
        assert sum(p.quarters for p in items) <= slot.capacity
    reviewed = [p.topic for p in placements if p.kind == "review"]
    assert reviewed.count("a") == 2  # both predicted reviews of "a" fall inside the plan
    first_review_week = next(p.week for p in placements if p.kind == "review")
    last_study_of_a = max(p.week for p in placements if p.topic == "a" and p.kind == "study")
    assert first_review_week > last_study_of_a


def test_plan_weeks_with_reviews_never_exceed_the_hours() -> None:
    plan = make(review_share=0.15, months=3)
    assert plan.review_quarters > 0
    for week in plan.weeks:
        assert week.hours <= 5
        assert week.hours == sum(i.hours for i in week.items)


def test_next_puts_a_due_review_before_new_study() -> None:
    plan = make()
    log = [done(1, "a", START)]
    progress = fold(log)
    due = progress.cards["a"].due
    assert next_step(plan, progress, START).kind == "study"  # type: ignore[union-attr]
    step = next_step(plan, progress, due)
    assert step is not None and step.kind == "review" and step.topic.id == "a"
    assert status(plan, progress, due).reviews_due == 1


def test_a_review_event_moves_the_due_date_on() -> None:
    first = done(1, "a", START)
    card = rate(None, "good", START)
    later = rate(card, "good", card.due)
    review = Event(
        2, card.due, "review", "a", data={"card": later.card, "due": later.due.isoformat()}
    )
    progress = fold([first, review])
    assert progress.cards["a"].due == later.due and progress.cards["a"].reviews == 1


# --- undo ----------------------------------------------------------------------------------------


def test_undo_reverts_the_newest_change_and_repeated_undo_goes_further_back() -> None:
    log = [
        Event(1, START, "plan", plan_id=1),
        Event(2, START, "done", "a"),
        Event(3, START, "know", "b"),
    ]
    target = last_change(log)
    assert target is not None and target.id == 3
    log.append(Event(4, START, "undo", "b", undoes=3))
    assert fold(log).known == set()
    target = last_change(log)
    assert target is not None and target.id == 2
    log.append(Event(5, START, "undo", "a", undoes=2))
    assert fold(log).done == {}
    target = last_change(log)
    assert target is not None and target.kind == "plan"


# --- placement -----------------------------------------------------------------------------------


def test_placement_walks_core_bottom_up_and_skips_after_a_no() -> None:
    plan = make(months=3)
    placement = Placement(plan, fold([]))
    asked = []
    answers = {"a": True, "b": False}
    while (question := placement.next_question()) is not None:
        asked.append(question.id)
        placement.answer(question.id, answers[question.id])
    assert asked == ["a", "b"]  # c builds on b, which was a "no"; r and o are not core
    assert placement.known == ["a"] and placement.skipped == ["c"]
    summary = placement.summary()
    assert summary["hours_saved"] == 5
    assert summary["remaining_hours"] == plan.planned_quarters / 4 - 5


# --- forecast ------------------------------------------------------------------------------------


def test_forecast_projects_the_finish_from_the_recent_pace() -> None:
    plan = make()  # 2 months: ends 2027-01-29
    today = START + dt.timedelta(days=27)
    progress = fold([done(1, "a", START + dt.timedelta(days=3)), done(2, "b", today)])
    fc = forecast(plan, progress, today)
    assert fc.window_days == 28 and fc.pace == 2.5  # 10 h in 4 weeks
    remaining = plan.planned_quarters / 4 - 10
    assert fc.remaining == remaining
    assert fc.projected_finish == today + dt.timedelta(days=int(remaining / 2.5 * 7))
    assert not fc.on_time  # 2.5 h/week cannot finish 20 h in the 4.7 weeks left
    assert fc.needed_per_week is not None and fc.needed_per_week > fc.pace
    assert all(priority != "core" for _, _, priority, _ in fc.drop)


def test_forecast_offers_only_non_core_drops_that_would_be_enough() -> None:
    plan = make()  # ends 2027-01-29
    today = START + dt.timedelta(days=50)  # 2027-01-19: 11 days left
    progress = fold(
        [
            done(1, "a", today - dt.timedelta(days=20)),
            done(2, "b", today - dt.timedelta(days=10)),
            done(3, "c", today),
        ]
    )
    fc = forecast(plan, progress, today)
    assert fc.pace == 5 and fc.remaining == 10  # r and o left; 11 days at 5 h/week ~ 7.9 h
    assert not fc.on_time
    assert [t for t, _, _, _ in fc.drop] == ["o"]  # the optional one alone is enough


def test_no_progress_means_no_projected_finish() -> None:
    plan = make(months=3)
    fc = forecast(plan, fold([]), START + dt.timedelta(days=30))
    assert fc.pace == 0 and fc.projected_finish is None and not fc.on_time


# --- replan --------------------------------------------------------------------------------------


def test_replan_keeps_done_topics_out_of_the_calendar_but_in_the_progress() -> None:
    plan = make(months=3)
    today = START + dt.timedelta(days=20)
    progress = fold([done(1, "a", START + dt.timedelta(days=5))])
    profile = replan_profile(plan, progress, today, cat())
    assert profile.start == today and profile.completed == ("a",)
    new = make_plan(cat(), profile)
    scheduled = {i.topic for w in new.weeks for i in w.items if i.kind == "study"}
    assert "a" not in scheduled and {"b", "c"} <= scheduled
    before = status(plan, progress, today)
    after = status(new, progress, today)
    assert after.done_hours == before.done_hours == 5  # progress stays cumulative
    assert new.weeks[0].start == today and new.end == plan.end
    moved, lost = changes(plan, new, progress)
    assert {m[0] for m in moved} >= {"b"}
    assert lost == []


def test_replan_with_less_time_reports_what_no_longer_fits() -> None:
    plan = make(months=3)
    progress = fold([])
    profile = replan_profile(plan, progress, START, cat(), months=1)
    new = make_plan(cat(), profile)
    _, lost = changes(plan, new, progress)
    # every topic is a goal target here, and the goal keeps as many targets as fit: a, b, r
    # and o (20 h) are four targets, a, b and c (20 h) only three, so c is what no longer fits
    assert {t for t, _, _ in lost} == {"c"}


def test_replan_does_not_pay_twice_for_a_book_already_bought() -> None:
    topics = [topic("a", 5), topic("b", 5, requires=["a"])]
    paid = catalog(
        topics,
        [
            resource("free", ["a", "b"], rating=2),
            resource("book", {"a": 5, "b": 5}, model="one-time", usd=60.0),
        ],
    )
    first = make_plan(paid, Profile(2, 100.0, 5.0, START, "general", "practical"))
    assert first.total_cost == 60
    profile = replan_profile(first, fold([]), START + dt.timedelta(days=7), paid)
    assert profile.own == ("book",) and profile.budget == 40
    second = make_plan(paid, profile)
    assert second.total_cost == 0 and {r.id for r in second.resources} == {"book"}
