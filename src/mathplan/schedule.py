"""Turn a set of topics into weekly blocks that fit the learner's calendar.

Three steps, each a pure function:

1. :func:`calendar_weeks`: the 7-day blocks from the start date up to the end of ``months``
   calendar months, each with its capacity in quarter hours (a last, shorter block gets a
   pro-rated share, rounded down, so the plan never asks for more than the learner gave).
2. :func:`choose_topics`: which topics fit. Time is a single pool because a topic may continue
   into the next week, so this is a knapsack over prerequisite-closed sets: core first, then
   recommended, then optional, each tier in study order, never keeping a topic whose
   prerequisite was dropped.
3. :func:`pack_weeks`: fill the weeks in study order, splitting a topic across weeks when it does
   not fit what is left of one.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta

from mathplan.graph import Graph, closure


@dataclass(frozen=True, slots=True)
class Slot:
    """An empty week of the calendar."""

    index: int
    start: dt.date
    end: dt.date
    capacity: int  # quarter hours


@dataclass(frozen=True, slots=True)
class Placement:
    """Part of a topic placed into a week, for study or for review."""

    week: int  # index into the slots, 0-based
    topic: str
    quarters: int
    kind: str = "study"


@dataclass(frozen=True, slots=True)
class Drop:
    topic: str
    reason: str
    blocked_by: str | None  # the dropped prerequisite that forced this drop, if any
    more_quarters: int | None  # extra capacity that would let it in (with dropped ancestors)


def plan_end(start: dt.date, months: int) -> dt.date:
    """The last day of the plan: ``months`` calendar months after ``start``, exclusive."""
    end: dt.date = start + relativedelta(months=months) - dt.timedelta(days=1)
    return end


def calendar_weeks(
    start: dt.date, end: dt.date, hours_per_week: float, anchor: dt.date | None = None
) -> list[Slot]:
    """Week blocks from ``start`` to ``end`` (inclusive), with capacities in quarter hours.

    Weeks begin on ``anchor``'s weekday (default: ``start``'s), so a replan in mid-week keeps the
    learner's weeks; a first or last block shorter than 7 days gets a pro-rated share, rounded
    down, so no block asks for more than the learner gave.
    """
    full = int(hours_per_week * 4 + 1e-9)  # quarter hours in a full week, rounded down
    anchor = anchor or start
    slots: list[Slot] = []
    day = start
    while day <= end:
        to_boundary = 6 - (day - anchor).days % 7
        last = min(day + dt.timedelta(days=to_boundary), end)
        days = (last - day).days + 1
        capacity = full if days == 7 else full * days // 7
        slots.append(Slot(len(slots) + 1, day, last, capacity))
        day = last + dt.timedelta(days=1)
    return slots


def effective_ranks(graph: Graph, order: Sequence[str], ranks: Mapping[str, int]) -> dict[str, int]:
    """A topic matters as much as the most important selected topic that needs it.

    Without this a recommended prerequisite of a core topic could be dropped before the core
    topic, and the core topic would then be dropped with it. ``order`` must be a study order
    (prerequisites first), so one backward pass settles every topic.
    """
    effective = {t: ranks[t] for t in order}
    for topic in reversed(order):
        for prereq in graph.get(topic, ()):
            if prereq in effective and effective[prereq] > effective[topic]:
                effective[prereq] = effective[topic]
    return effective


def choose_topics(
    order: Sequence[str],
    graph: Graph,
    quarters: Mapping[str, int],
    ranks: Mapping[str, int],
    capacity: int,
    unavailable: Mapping[str, str] | None = None,
) -> tuple[list[str], list[Drop]]:
    """Which topics of ``order`` (a valid study order) fit into ``capacity`` quarter hours.

    ``unavailable`` maps topics that must be dropped anyway (e.g. nothing affordable teaches
    them) to the reason. Returns the kept topics in study order, and the dropped ones.
    """
    unavailable = unavailable or {}
    tiers = effective_ranks(graph, order, ranks)
    selected = set(order)
    kept: set[str] = set()
    decided: dict[str, Drop] = {}
    used = 0
    for tier in sorted(set(tiers.values())):
        for topic in order:
            if tiers[topic] != tier:
                continue
            missing = next(
                (p for p in graph.get(topic, ()) if p in selected and p not in kept), None
            )
            if topic in unavailable:
                decided[topic] = Drop(topic, unavailable[topic], None, None)
            elif missing is not None:
                decided[topic] = Drop(topic, "", missing, None)
            elif used + quarters[topic] <= capacity:
                kept.add(topic)
                used += quarters[topic]
            else:
                decided[topic] = Drop(topic, "", None, None)
    free = capacity - used
    drops = [_explain(decided[t], graph, quarters, decided, free) for t in order if t in decided]
    return [t for t in order if t in kept], drops


def _explain(
    drop: Drop, graph: Graph, quarters: Mapping[str, int], decided: Mapping[str, Drop], free: int
) -> Drop:
    if drop.reason:  # dropped for a reason more time would not fix
        return drop
    needed = {a for a in closure(graph, [drop.topic]) if a in decided}
    more = max(0, sum(quarters[a] for a in needed) - free)
    if drop.blocked_by is not None:
        reason = f"its prerequisite {drop.blocked_by} was dropped"
    else:
        reason = "not enough time after higher-priority topics"
    return Drop(drop.topic, reason, drop.blocked_by, more)


def pack_weeks(
    slots: Sequence[Slot],
    order: Sequence[str],
    quarters: Mapping[str, int],
    *,
    review_offsets: Sequence[int] = (),
    review_quarters: Mapping[str, int] | None = None,
    review_share: float = 0.0,
) -> tuple[list[Placement], int]:
    """Fill weeks in study order; a topic longer than what is left of a week continues.

    With ``review_offsets`` (days after a topic is finished on which it should be reviewed),
    each week first takes the reviews that have fallen due, up to ``review_share`` of its hours
    (the rest wait for the next week), and study fills what is left. A topic counts as finished
    on the last day of the week in which its last part is studied.

    Returns the placements and the study quarter hours that did not fit.
    """
    review_quarters = review_quarters or {}
    placements: list[Placement] = []
    due: list[tuple[dt.date, int, str]] = []  # (due day, sequence, topic): a heap
    sequence = 0
    queue = [(t, quarters[t]) for t in order]
    head = 0
    for week, slot in enumerate(slots):
        left = slot.capacity
        review_room = int(slot.capacity * review_share)
        while due and due[0][0] <= slot.end:
            cost = review_quarters.get(due[0][2], 1)
            if cost > review_room:
                break
            _, _, topic = heapq.heappop(due)
            placements.append(Placement(week, topic, cost, "review"))
            review_room -= cost
            left -= cost
        while left > 0 and head < len(queue):
            topic, remaining = queue[head]
            take = min(remaining, left)
            placements.append(Placement(week, topic, take))
            left -= take
            if take < remaining:
                queue[head] = (topic, remaining - take)
                continue
            head += 1
            for offset in review_offsets:
                heapq.heappush(due, (slot.end + dt.timedelta(days=offset), sequence, topic))
                sequence += 1
    overflow = sum(remaining for _, remaining in queue[head:])
    return placements, overflow
