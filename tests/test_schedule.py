import datetime as dt

from mathplan.schedule import calendar_weeks, choose_topics, explain_drops, pack_weeks, plan_end


def test_plan_end_is_calendar_months_not_weeks() -> None:
    assert plan_end(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 27)
    assert plan_end(dt.date(2026, 11, 30), 6) == dt.date(2027, 5, 29)


def test_calendar_weeks_prorate_the_last_partial_week() -> None:
    slots = calendar_weeks(dt.date(2026, 11, 30), dt.date(2026, 12, 29), 10)
    assert slots[0].start == dt.date(2026, 11, 30)
    assert slots[-1].end == dt.date(2026, 12, 29)
    assert [s.capacity for s in slots[:-1]] == [40] * 4
    assert slots[-1].capacity == 40 * 2 // 7  # 2 days left


def test_weekly_capacity_rounds_down_to_quarter_hours() -> None:
    assert (
        calendar_weeks(dt.date(2026, 11, 30), dt.date(2026, 12, 29), 7.3)[0].capacity == 29
    )  # 7.25 h


def test_pack_splits_a_long_topic_across_weeks() -> None:
    slots = calendar_weeks(dt.date(2026, 11, 30), dt.date(2026, 12, 29), 5)
    placements, overflow = pack_weeks(slots, ["a", "b"], {"a": 12, "b": 20})
    assert overflow == 0
    by_week: dict[int, int] = {}
    for p in placements:
        by_week[p.week] = by_week.get(p.week, 0) + p.quarters
    assert all(q <= slots[w].capacity for w, q in by_week.items())
    assert [(p.week, p.topic, p.quarters) for p in placements] == [
        (0, "a", 12),
        (0, "b", 8),
        (1, "b", 12),
    ]


def test_choose_drops_optional_then_recommended_then_core() -> None:
    graph: dict[str, list[str]] = {"c1": [], "r1": [], "o1": [], "c2": []}
    quarters = {"c1": 8, "r1": 8, "o1": 8, "c2": 8}
    ranks = {"c1": 0, "c2": 0, "r1": 1, "o1": 2}
    kept, drops = choose_topics(["o1", "r1", "c1", "c2"], graph, quarters, ranks, 24)
    assert kept == ["r1", "c1", "c2"]
    assert [d.topic for d in drops] == ["o1"]
    kept, drops = choose_topics(["o1", "r1", "c1", "c2"], graph, quarters, ranks, 16)
    assert kept == ["c1", "c2"]


def test_choose_never_keeps_a_topic_whose_prerequisite_was_dropped() -> None:
    graph = {"big": [], "small": ["big"], "other": []}
    quarters = {"big": 30, "small": 2, "other": 4}
    ranks = {"big": 2, "small": 2, "other": 2}
    kept, drops = choose_topics(["big", "small", "other"], graph, quarters, ranks, 10)
    assert kept == ["other"]
    reasons = {d.topic: d for d in explain_drops(drops, graph, quarters, 6)}
    assert reasons["small"].blocked_by == "big"
    assert "big was dropped" in reasons["small"].reason
    # 30 + 2 quarters needed, 6 free -> 26 more quarter hours would fit "small"
    assert reasons["small"].more_quarters == 26


def test_prerequisite_of_core_topic_is_kept_like_core() -> None:
    graph = {"rec": [], "core": ["rec"], "opt": []}
    quarters = {"rec": 4, "core": 4, "opt": 4}
    ranks = {"rec": 1, "core": 0, "opt": 2}
    kept, _ = choose_topics(["opt", "rec", "core"], graph, quarters, ranks, 8)
    assert kept == ["rec", "core"]


def test_a_tier_keeps_the_most_hours_not_the_first_that_fit() -> None:
    graph: dict[str, list[str]] = {"a": [], "b": [], "c": []}
    quarters = {"a": 24, "b": 20, "c": 20}
    ranks = dict.fromkeys(quarters, 0)
    kept, _ = choose_topics(["a", "b", "c"], graph, quarters, ranks, 42)
    assert kept == ["b", "c"]  # 40 quarter hours beat first fit's 24


def test_a_helper_comes_only_with_the_topic_that_needs_it() -> None:
    # optional o is needed by recommended big, which does not fit; recommended r does.
    graph = {"o": [], "big": ["o"], "r": []}
    quarters = {"o": 4, "big": 32, "r": 12}
    ranks = {"o": 2, "big": 1, "r": 1}
    kept, drops = choose_topics(["o", "big", "r"], graph, quarters, ranks, 12)
    assert kept == ["r"]
    assert {d.topic for d in drops} == {"o", "big"}
