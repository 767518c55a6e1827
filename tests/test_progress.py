import datetime as dt

from conftest import catalog, resource, topic
from mathplan.plan import Plan, Profile
from mathplan.planner import make_plan
from mathplan.progress import (
    AHEAD,
    BEHIND,
    ON_TRACK,
    Event,
    expected_hours,
    fold,
    next_topic,
    status,
    unfinished_prerequisites,
)

START = dt.date(2026, 11, 30)


def small_plan(review_share: float = 0.0) -> Plan:
    topics = [
        topic("a", 5),
        topic("b", 5, requires=["a"]),
        topic("c", 10, requires=["b"], area="calculus"),
        topic("x", 5, area="probability"),
    ]
    cat = catalog(topics, [resource("free", ["a", "b", "c", "x"])])
    profile = Profile(6, 0.0, 10.0, START, "general", "practical", review_share=review_share)
    return make_plan(cat, profile)


def events(*done: str, at: dt.date = START) -> list[Event]:
    return [Event(i + 1, at, "done", t) for i, t in enumerate(done)]


def test_expected_hours_counts_whole_weeks_and_a_share_of_this_one() -> None:
    plan = small_plan()
    assert expected_hours(plan, START - dt.timedelta(days=1)) == 0
    assert expected_hours(plan, START + dt.timedelta(days=6)) == 10  # end of week 1
    assert expected_hours(plan, START + dt.timedelta(days=7)) == round(10 + 10 / 7, 2)
    assert expected_hours(plan, START + dt.timedelta(days=400)) == 25


def test_next_is_the_earliest_unfinished_topic_with_prerequisites_done() -> None:
    plan = small_plan()
    assert [t.id for t in plan.topics] == ["a", "b", "c", "x"]
    assert next_topic(plan, fold([])) is not None
    assert next_topic(plan, fold([])).id == "a"  # type: ignore[union-attr]
    assert next_topic(plan, fold(events("a"))).id == "b"  # type: ignore[union-attr]
    # done out of order: c is done before b; next is still b
    assert next_topic(plan, fold(events("a", "c"))).id == "b"  # type: ignore[union-attr]
    assert next_topic(plan, fold(events("a", "b", "c", "x"))) is None


def test_out_of_order_done_reports_unfinished_prerequisites() -> None:
    plan = small_plan()
    assert unfinished_prerequisites(plan, fold(events("c")), "c") == ["b"]
    assert unfinished_prerequisites(plan, fold(events("a", "b", "c")), "c") == []


def test_expected_hours_count_study_not_reviews() -> None:
    plan = small_plan(review_share=0.15)
    assert plan.review_quarters > 0
    assert expected_hours(plan, START + dt.timedelta(days=400)) == 25


def test_ahead_on_track_behind() -> None:
    plan = small_plan()
    week3 = START + dt.timedelta(days=20)  # end of week 3: 25 h expected
    assert status(plan, fold(events("a", "b", "c", "x")), week3).state == ON_TRACK
    assert status(plan, fold(events("a")), week3).state == BEHIND
    assert status(plan, fold(events("a", "b", "c")), START).state == AHEAD


def test_status_counts_hours_topics_and_areas() -> None:
    plan = small_plan()
    result = status(plan, fold(events("a", "c")), START + dt.timedelta(days=13))
    assert (result.done_hours, result.planned_hours) == (15, 25)
    assert (result.done_topics, result.total_topics) == (2, 4)
    assert result.week == 2 and result.weeks == len(plan.weeks)
    areas = {a.area: (a.done_hours, a.planned_hours) for a in result.areas}
    assert areas == {"linear-algebra": (5, 10), "calculus": (10, 10), "probability": (0, 5)}


def test_undo_event_cancels_the_event_it_names() -> None:
    log = [Event(1, START, "done", "a"), Event(2, START, "undo", None, undoes=1)]
    assert fold(log).done == {}
