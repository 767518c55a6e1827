"""Turn a set of topics into weekly blocks that fit the learner's calendar.

Three steps, each a pure function:

1. :func:`calendar_weeks`: the 7-day blocks from the start date up to the end of ``months``
   calendar months, each with its capacity in quarter hours (a last, shorter block gets a
   pro-rated share, rounded down, so the plan never asks for more than the learner gave).
2. :func:`choose_topics`: which topics fit. Time is a single pool because a topic may continue
   into the next week, so this is a knapsack over prerequisite-closed sets: the goal's targets
   first (as many as fit, earliest-listed first), then tiers in rank order (the planner's ranks:
   the goal's projects, core, recommended, optional, other projects), never keeping a topic whose
   prerequisite was dropped.
3. :func:`pack_weeks`: fill the weeks in study order, splitting a topic across weeks when it does
   not fit what is left of one.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from dateutil.relativedelta import relativedelta

from mathplan.graph import Graph


class Slot(NamedTuple):
    """An empty week of the calendar."""

    number: int  # 1-based
    start: dt.date
    end: dt.date
    capacity: int  # quarter hours


class Placement(NamedTuple):
    """Part of a topic placed into a week, for study or for review."""

    week: int  # index into the slots, 0-based
    topic: str
    quarters: int
    kind: str = "study"


class Drop(NamedTuple):
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


MAX_TOTALLED = 20_000  # drops whose extra hours are totalled exactly (see explain_drops)
EXACT_LIMIT = 40  # a tier with at most this many candidates is searched exactly (node budget below)
NODE_BUDGET = 60_000


def choose_topics(
    order: Sequence[str],
    graph: Graph,
    quarters: Mapping[str, int],
    ranks: Mapping[str, int],
    capacity: int,
    unavailable: Mapping[str, str] | None = None,
    *,
    effective: Mapping[str, int] | None = None,
    with_drops: bool = True,
    targets: Sequence[str] = (),
    pinned: Sequence[str] = (),
) -> tuple[list[str], list[Drop]]:
    """Which topics of ``order`` (a valid study order) fit into ``capacity`` quarter hours.

    Priority tiers are decided one after the other, core first: each tier keeps as many hours of
    its own topics as fit in what the tiers before it left, never a topic without its
    prerequisites. A prerequisite of lower priority (an optional topic a recommended one needs)
    may come along as a helper, but only when a topic that needs it is kept; otherwise it waits
    for its own tier. Within a tier the choice is a knapsack over prerequisite-closed sets:
    solved by branch and bound when the tier is small, greedily in study order otherwise.

    ``unavailable`` maps topics that must be dropped anyway (e.g. nothing affordable teaches
    them) to the reason. Returns the kept topics in study order, and the dropped ones; see
    :func:`explain_drops` for the reasons of those dropped for time. A caller probing many
    capacities may pass ``effective`` (from :func:`effective_ranks`, which does not depend on
    the capacity) and ask for no drops.

    ``targets`` (the goal's, most important first) outrank every tier: see :func:`goal_targets`;
    ``pinned`` ones (the goal's first project) come before even those, each when it fits.
    """
    unavailable = unavailable or {}
    if effective is None:
        effective = effective_ranks(graph, order, ranks)
    position = {t: i for i, t in enumerate(order)}
    kept: set[str] = set()
    dropped: dict[str, str | None] = {}  # topic -> the dropped prerequisite that blocked it
    if targets or pinned:
        kept, dropped = goal_targets(
            targets, graph, quarters, position, capacity, unavailable, pinned
        )
    left = capacity - sum(quarters[t] for t in kept)
    for tier in sorted(set(ranks[t] for t in order)):
        candidates: list[str] = []
        considered: set[str] = set()
        for topic in order:
            if topic in kept or topic in dropped or effective[topic] > tier:
                continue
            if topic in unavailable:
                dropped[topic] = None
                continue
            blocker = None
            for p in graph.get(topic, ()):
                if p in position and p not in kept and p not in considered:
                    blocker = p
                    break
            if blocker is not None:
                if ranks[topic] <= tier:
                    dropped[topic] = blocker
                continue
            candidates.append(topic)
            considered.add(topic)
        chosen = _best_subset(_Tier(candidates, graph, quarters, ranks, tier, considered), left)
        kept |= chosen
        left -= sum(quarters[t] for t in chosen)
        for topic in candidates:
            if topic not in chosen and ranks[topic] <= tier:
                dropped[topic] = next((p for p in graph.get(topic, ()) if p in dropped), None)
    kept_in_order = [t for t in order if t in kept]
    if not with_drops:
        return kept_in_order, []
    drops = [Drop(t, unavailable.get(t, ""), dropped[t], None) for t in order if t in dropped]
    return kept_in_order, drops


TARGET_NODE_BUDGET = 20_000
TARGET_EXACT_LIMIT = 32


def goal_targets(
    targets: Sequence[str],
    graph: Graph,
    quarters: Mapping[str, int],
    position: Mapping[str, int],
    capacity: int,
    unavailable: Mapping[str, str],
    pinned: Sequence[str] = (),
) -> tuple[set[str], dict[str, str | None]]:
    """The goal's targets that fit, with what they need: the most targets, earliest-listed first.

    ``pinned`` entries are kept before any target, each with what it needs when that fits what
    is left (a goal's first project: every plan builds something, however short the time); the
    targets then share what remains.

    Maximising the number of targets (not their hours, not a greedy pass in list order) is what
    keeps the rule monotone: any set of targets that fits a capacity fits a larger one, so more
    time never means fewer targets. Among sets of equal size the one that keeps the
    earlier-listed targets wins: a depth-first search that tries "keep" before "skip" meets
    the sets in that order, so the first set of the best size found is the one. Targets share
    prerequisites, so a set's cost is the hours of the union of their closures. The search is
    seeded with the greedy answer and stops after ``TARGET_NODE_BUDGET`` nodes with the best
    found (goals have a dozen targets; the bound prunes almost everything). A goal of more than
    ``TARGET_EXACT_LIMIT`` targets (generated catalogs, whole-graph goals) is decided greedily in
    list order instead: see :func:`_greedy_targets`.

    Returns the kept topics and the dropped targets (mapped to a dropped prerequisite that
    blocks them, or None when it was time).
    """
    kept, dropped = _greedy_targets(pinned, graph, quarters, position, capacity, unavailable)
    room = capacity - sum(quarters[t] for t in kept)
    if len(targets) > TARGET_EXACT_LIMIT:
        more, more_dropped = _greedy_targets(
            targets, graph, quarters, position, room, unavailable, kept
        )
        return kept | more, {**dropped, **more_dropped}
    packages: list[tuple[str, list[str]]] = []
    for target in dict.fromkeys(t for t in targets if t in position):
        closure = _closure_in(target, graph, position)
        blocker = next((t for t in closure if t in unavailable), None)
        if blocker is not None:
            dropped[target] = None if blocker == target else blocker
        else:
            packages.append((target, closure))
    n = len(packages)
    best: list[int] = []
    chosen: list[int] = []
    have: dict[str, int] = dict.fromkeys(kept, 1)  # topic -> how many chosen packages hold it
    nodes = 0

    def add(k: int) -> int:
        extra = 0
        for t in packages[k][1]:
            if have.get(t, 0) == 0:
                extra += quarters[t]
            have[t] = have.get(t, 0) + 1
        return extra

    def remove(k: int) -> None:
        for t in packages[k][1]:
            have[t] -= 1

    def search(k: int, used: int) -> None:
        nonlocal best, nodes
        nodes += 1
        if len(chosen) > len(best):
            best = list(chosen)
        if k == n or nodes > TARGET_NODE_BUDGET or len(chosen) + (n - k) <= len(best):
            return
        extra = add(k)
        if used + extra <= room:
            chosen.append(k)
            search(k + 1, used + extra)
            chosen.pop()
        remove(k)
        search(k + 1, used)

    search(0, 0)
    for k in best:
        kept.update(packages[k][1])
    for k, (target, _) in enumerate(packages):
        if k not in best and target not in kept:
            dropped[target] = None
    return kept, dropped


def _greedy_targets(
    targets: Sequence[str],
    graph: Graph,
    quarters: Mapping[str, int],
    position: Mapping[str, int],
    capacity: int,
    unavailable: Mapping[str, str],
    already: set[str] | frozenset[str] = frozenset(),
) -> tuple[set[str], dict[str, str | None]]:
    """Each target in list order, kept with what it still misses when that fits what is left.

    The walk over a target's missing prerequisites stops as soon as they exceed the room left,
    so a full plan costs little per further target: linear in practice on big catalogs.
    """
    kept: set[str] = set()
    dropped: dict[str, str | None] = {}
    room = capacity
    for target in dict.fromkeys(t for t in targets if t in position):
        if target in kept or target in already:
            continue
        need: set[str] = {target}
        stack = [target]
        cost = quarters[target]
        blocker = target if target in unavailable else None
        while stack and cost <= room and blocker is None:
            for prereq in graph.get(stack.pop(), ()):
                if (
                    prereq in position
                    and prereq not in kept
                    and prereq not in need
                    and prereq not in already
                ):
                    if prereq in unavailable:
                        blocker = prereq
                        break
                    need.add(prereq)
                    stack.append(prereq)
                    cost += quarters[prereq]
        if blocker is not None:
            dropped[target] = None if blocker == target else blocker
        elif cost <= room:
            kept |= need
            room -= cost
        else:
            dropped[target] = None
    return kept, dropped


def _closure_in(topic: str, graph: Graph, position: Mapping[str, int]) -> list[str]:
    """``topic`` and its prerequisites among the candidates, transitively."""
    seen = {topic}
    stack = [topic]
    while stack:
        for prereq in graph.get(stack.pop(), ()):
            if prereq in position and prereq not in seen:
                seen.add(prereq)
                stack.append(prereq)
    return sorted(seen, key=position.__getitem__)


class _Tier(NamedTuple):
    """One priority tier's choice: its candidates (in study order) and what they depend on."""

    candidates: Sequence[str]
    graph: Graph
    quarters: Mapping[str, int]
    ranks: Mapping[str, int]
    tier: int
    considered: set[str]  # the candidates, as a set


def _best_subset(tier: _Tier, room: int) -> set[str]:
    """The candidates to keep: most hours of this tier's own topics within ``room``, then the
    fewest helper hours, then the earliest in study order."""
    greedy = _greedy_subset(tier, room)
    if len(tier.candidates) > EXACT_LIMIT:
        return greedy
    return _exact_subset(tier, room, greedy)


def _score(
    chosen: set[str], quarters: Mapping[str, int], ranks: Mapping[str, int], tier: int
) -> tuple[int, int]:
    own = sum(quarters[t] for t in chosen if ranks[t] == tier)
    helpers = sum(quarters[t] for t in chosen if ranks[t] != tier)
    return own, -helpers


def _greedy_subset(tier_choice: _Tier, room: int) -> set[str]:
    """First fit in study order; a topic brings the helpers it needs with it, or nothing."""
    candidates, graph, quarters, ranks, tier, considered = tier_choice
    chosen: set[str] = set()
    refused: set[str] = set()
    for topic in candidates:
        if ranks[topic] != tier or topic in chosen:
            continue
        if any(p in refused for p in graph.get(topic, ())):
            refused.add(topic)  # what it needs did not fit: neither will it (room only shrinks)
            continue
        package = _package(topic, graph, chosen, considered)
        if package is None or package & refused:
            refused.add(topic)
            continue
        size = sum(quarters[t] for t in package)
        if size <= room:
            chosen |= package
            room -= size
        else:
            refused.add(topic)
    return chosen


def _package(topic: str, graph: Graph, chosen: set[str], considered: set[str]) -> set[str] | None:
    """``topic`` with its not yet chosen same-tier prerequisites, transitively."""
    prereqs = graph.get(topic, ())
    if all(p in chosen or p not in considered for p in prereqs):
        return {topic}  # the common case: everything it needs is already in
    package = {topic}
    stack = [topic]
    while stack:
        for prereq in graph.get(stack.pop(), ()):
            if prereq in considered and prereq not in chosen and prereq not in package:
                package.add(prereq)
                stack.append(prereq)
    return package


def _exact_subset(tier_choice: _Tier, room: int, start: set[str]) -> set[str]:
    """Branch and bound over prerequisite-closed subsets, seeded with the greedy answer so it
    can only improve on it; stops after ``NODE_BUDGET`` nodes with the best found."""
    candidates, graph, quarters, ranks, tier, _ = tier_choice
    n = len(candidates)
    own = [quarters[t] if ranks[t] == tier else 0 for t in candidates]
    size = [quarters[t] for t in candidates]
    index = {t: i for i, t in enumerate(candidates)}
    needs = [[index[p] for p in graph.get(t, ()) if p in index] for t in candidates]
    rest = [0] * (n + 1)  # own hours still to come: the bound
    for i in range(n - 1, -1, -1):
        rest[i] = rest[i + 1] + own[i]
    best_set = set(start)
    best = _score(best_set, quarters, ranks, tier)
    taken = [False] * n
    nodes = 0

    def search(i: int, used: int, value: int, helpers: int) -> None:
        nonlocal best, best_set, nodes
        nodes += 1
        if nodes > NODE_BUDGET:
            return
        if value + min(rest[i], room - used) < best[0]:
            return
        if i == n:
            if (value, -helpers) > best:
                best = (value, -helpers)
                best_set = {candidates[k] for k in range(n) if taken[k]}
            return
        if used + size[i] <= room and all(taken[p] for p in needs[i]):
            taken[i] = True
            extra = size[i] if own[i] == 0 else 0
            search(i + 1, used + size[i], value + own[i], helpers + extra)
            taken[i] = False
        search(i + 1, used, value, helpers)

    search(0, 0, 0, 0)
    return best_set


def explain_drops(
    drops: Sequence[Drop], graph: Graph, quarters: Mapping[str, int], free: int
) -> list[Drop]:
    """Why each topic was dropped, and for those dropped for time how many more quarter hours
    would let it in (with its dropped prerequisites). Computed once, for the final choice.

    The dropped prerequisites of every dropped topic, transitively, are kept as bit sets (one
    bit per dropped topic, in study order), so shared ancestors are counted once; their hours
    are summed per distinct topic length with ``int.bit_count``. That is quadratic in the number
    of drops, so past ``MAX_TOTALLED`` drops (catalogs far beyond any real syllabus) the extra
    hours are left unknown (None) rather than slow every plan down.
    """
    if len(drops) > MAX_TOTALLED:
        return [d if d.reason else Drop(d.topic, _reason(d), d.blocked_by, None) for d in drops]
    bit = {d.topic: 1 << i for i, d in enumerate(drops)}
    ancestors: dict[str, int] = {}
    for drop in drops:  # study order: prerequisites first
        mask = bit[drop.topic]
        for prereq in graph.get(drop.topic, ()):
            mask |= ancestors.get(prereq, 0)
        ancestors[drop.topic] = mask
    by_length: dict[int, int] = {}
    for drop in drops:
        by_length[quarters[drop.topic]] = by_length.get(quarters[drop.topic], 0) | bit[drop.topic]
    result = []
    for drop in drops:
        if drop.reason:  # dropped for a reason more time would not fix
            result.append(drop)
            continue
        mask = ancestors[drop.topic]
        needed = sum(q * (mask & m).bit_count() for q, m in by_length.items())
        result.append(Drop(drop.topic, _reason(drop), drop.blocked_by, max(0, needed - free)))
    return result


def _reason(drop: Drop) -> str:
    if drop.blocked_by is not None:
        return f"its prerequisite {drop.blocked_by} was dropped"
    return "not enough time after higher-priority topics"


def _ignore(_: object) -> None:
    return None


def pack_weeks(
    slots: Sequence[Slot],
    order: Sequence[str],
    quarters: Mapping[str, int],
    *,
    review_offsets: Sequence[int] = (),
    review_quarters: Mapping[str, int] | None = None,
    review_share: float = 0.0,
    carried_reviews: Sequence[tuple[str, dt.date]] = (),
    record: bool = True,
) -> tuple[list[Placement], int]:
    """Fill weeks in study order; a topic longer than what is left of a week continues.

    With ``review_offsets`` (days after a topic is finished on which it should be reviewed),
    each week first takes the reviews that have fallen due, up to ``review_share`` of its hours
    (the rest wait for the next week), and study fills what is left. A topic counts as finished
    on the last day of the week in which its last part is studied.

    ``carried_reviews`` are the reviews, by day, of topics finished before these weeks (a replan
    keeps them). One already overdue on the first day may take the whole of the first week, not
    just the review share: it is what ``mathplan next`` asks for first.

    Returns the placements (none when ``record`` is false: a probe only wants the second
    number) and the study quarter hours that did not fit.
    """
    review_quarters = review_quarters or {}
    placements: list[Placement] = []
    add = placements.append if record else _ignore
    # Plain lists and week numbers: this loop runs several times per plan on big catalogs, so
    # due reviews go into a bucket per week (linear) rather than a heap ordered by day.
    first_day = slots[0].start.toordinal() if slots else 0
    week_of_day: list[int] = []  # day offset from the first day -> week index
    for week, slot in enumerate(slots):
        week_of_day.extend([week] * ((slot.end - slot.start).days + 1))
    horizon = len(week_of_day)
    buckets: list[list[tuple[int, int, str]]] = [[] for _ in slots]  # (day, sequence, topic)
    waiting: deque[tuple[int, int, str]] = deque()  # due, oldest first, not yet placed
    sequence = 0
    for topic, due in carried_reviews:
        day = due.toordinal() - first_day
        if day < horizon:
            buckets[week_of_day[max(0, day)]].append((day, sequence, topic))
            sequence += 1
    topics = list(order)
    remaining = [quarters[t] for t in topics]
    head, count = 0, len(topics)
    for week, slot in enumerate(slots):
        left = slot.capacity
        end = slot.end.toordinal() - first_day
        review_room = int(slot.capacity * review_share)
        if buckets[week]:
            waiting.extend(sorted(buckets[week]))  # after the older ones still waiting
        first = True
        while waiting:
            cost = review_quarters.get(waiting[0][2], 1)
            # An overdue carried review may use the whole week; so may the week's first review
            # when it is longer than the review share, or it would block every later one.
            overdue = waiting[0][0] < 0 or (first and cost > review_room)
            if cost > (left if overdue else min(review_room, left)):
                break
            first = False
            add(Placement(week, waiting.popleft()[2], cost, "review"))
            review_room -= cost
            left -= cost
        while left > 0 and head < count:
            take = remaining[head]
            if take > left:
                add(Placement(week, topics[head], left))
                remaining[head] -= left
                left = 0
                break
            add(Placement(week, topics[head], take))
            left -= take
            for offset in review_offsets if topics[head] in review_quarters else ():
                day = end + offset
                if day >= horizon:
                    break  # offsets grow: the rest fall after the plan too
                buckets[week_of_day[day]].append((day, sequence, topics[head]))
                sequence += 1
            head += 1
    return placements, sum(remaining[head:])
