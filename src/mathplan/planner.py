"""Make a plan: select topics for a goal, fit them into the calendar, pick resources.

The one place that knows the order of the steps; each step lives in its own module and is pure.
Resources are chosen *after* the calendar because a monthly subscription's cost depends on the
months in which its topics are studied. If nothing affordable teaches a topic, the topic (and
what depends on it) is dropped and the calendar packed again, so the freed time goes to others.
"""

from __future__ import annotations

import datetime as dt
import difflib
import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from mathplan.budget import ResourceChoice, choose_resources
from mathplan.errors import UsageError
from mathplan.graph import Graph, topological_order
from mathplan.models import Catalog, Depth, Priority, Resource
from mathplan.plan import (
    Dropped,
    Item,
    Plan,
    PlannedTopic,
    Profile,
    ResourceUse,
    Week,
    hours_of,
    quarters_of,
    review_quarters_of,
)
from mathplan.schedule import (
    Placement,
    Slot,
    calendar_weeks,
    choose_topics,
    effective_ranks,
    explain_drops,
    pack_weeks,
    plan_end,
)

NO_RESOURCE = "no resource within the budget teaches it"


def _closure_before(graph: Graph, targets: Iterable[str], known: set[str]) -> list[str]:
    """The targets and their prerequisites, not descending past what the learner knows."""
    seen: set[str] = set()
    stack = [t for t in targets if t not in known]
    while stack:
        topic = stack.pop()
        if topic in seen:
            continue
        seen.add(topic)
        stack.extend(p for p in graph[topic] if p not in known)
    return list(seen)


def check_profile(catalog: Catalog, profile: Profile) -> None:
    """Reject ids the catalog does not have, naming the bad value and what would be valid."""
    if profile.goal not in catalog.goals:
        raise UsageError(
            f"unknown goal {profile.goal!r}; "
            + _did_you_mean(profile.goal, catalog.goals, "valid goals")
        )
    for topic in profile.known:
        if topic not in catalog.topics:
            raise UsageError(
                f"--know: unknown topic {topic!r}; " + _did_you_mean(topic, catalog.topics, "")
            )
    for topic in profile.skip:
        if topic not in catalog.topics:
            raise UsageError(
                f"--drop: unknown topic {topic!r}; " + _did_you_mean(topic, catalog.topics, "")
            )
    for rid in profile.own:
        if rid not in catalog.resources:
            raise UsageError(
                f"--own: unknown resource {rid!r}; "
                + _did_you_mean(rid, catalog.resources, "valid resources", "mathplan resources")
            )


def _did_you_mean(
    name: str, valid: Iterable[str], label: str, listing: str = "mathplan topics"
) -> str:
    choices = sorted(valid)
    close = difflib.get_close_matches(name, choices, n=3, cutoff=0.5)
    if close:
        return f"did you mean {', '.join(close)}?"
    if label and len(choices) <= 12:
        return f"{label}: {', '.join(choices)}"
    return f"see `{listing}` for the valid ids"


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Planning allocates hundreds of thousands of small objects and makes no reference cycles;
    Python's cycle collector would still rescan the whole catalog again and again while it runs
    (a quarter of the time with 100,000 topics). It is switched back on afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def make_plan(catalog: Catalog, profile: Profile, catalog_files: Sequence[str] = ()) -> Plan:
    with _without_cycle_collection():
        return _make_plan(catalog, profile, catalog_files)


def _make_plan(catalog: Catalog, profile: Profile, catalog_files: Sequence[str]) -> Plan:
    check_profile(catalog, profile)
    depth = Depth(profile.depth)
    graph = {t.id: t.prerequisites for t in catalog.topics.values()}
    position = {tid: i for i, tid in enumerate(catalog.topics)}
    # Known topics satisfy what they need; done ones (carried over by a replan) do not: a learner
    # who finished SVD early still has the eigenvalues before it to learn.
    settled = set(profile.known)
    done = set(profile.completed)
    selected = [
        t
        for t in _closure_before(graph, catalog.goals[profile.goal].targets, settled)
        if t not in done
    ]
    order = topological_order(graph, selected, position)
    quarters = {
        t: quarters_of(catalog.topics[t].hours.for_depth(depth))
        for t in (*order, *profile.completed)
    }
    ranks = {t: Priority(catalog.topics[t].priority).rank for t in order}
    end = profile.until or plan_end(profile.start, profile.months)
    slots = calendar_weeks(profile.start, end, profile.hours_per_week, profile.week_anchor)
    reviews = _review_settings(profile, quarters)

    effective = effective_ranks(graph, order, ranks)
    unavailable = {t: "you chose to drop it" for t in profile.skip if t in quarters}
    while True:

        def overflow_of(capacity: int) -> int:
            kept, _ = choose_topics(
                order, graph, quarters, ranks, capacity, unavailable,
                effective=effective, with_drops=False,
            )  # fmt: skip
            return pack_weeks(slots, kept, quarters, **reviews, record=False)[1]

        capacity = _largest_fit(overflow_of, sum(s.capacity for s in slots))
        kept, drops = choose_topics(
            order, graph, quarters, ranks, capacity, unavailable, effective=effective
        )
        placements, _ = pack_weeks(slots, kept, quarters, **reviews)
        study = [p for p in placements if p.kind == "study"]
        free = sum(s.capacity for s in slots) - sum(p.quarters for p in placements)
        drops = explain_drops(drops, graph, quarters, free)
        months_of = _months_of(kept, study, slots)
        choice = choose_resources(
            kept, quarters, months_of, catalog.resources, profile.budget, frozenset(profile.own)
        )
        if not choice.uncovered:
            break
        unavailable.update(dict.fromkeys(choice.uncovered, NO_RESOURCE))

    weeks = _weeks(slots, placements, catalog, choice)
    return Plan(
        profile=profile,
        end=end,
        weeks=weeks,
        topics=(
            *_carried_topics(profile.completed, catalog, quarters),
            *_planned_topics(kept, study, catalog, choice, quarters),
        ),
        resources=_resource_uses(catalog, choice, frozenset(profile.own), weeks),
        dropped=tuple(
            Dropped(
                topic=d.topic,
                title=catalog.topics[d.topic].title,
                priority=catalog.topics[d.topic].priority,
                quarters=quarters[d.topic],
                reason=d.reason,
                more_hours=hours_of(d.more_quarters) if d.more_quarters is not None else None,
            )
            for d in drops
        ),
        catalog_files=tuple(catalog_files),
        goal_title=catalog.goals[profile.goal].title,
    )


def _largest_fit(overflow_of: Callable[[int], int], capacity: int) -> int:
    """The largest study capacity whose plan, reviews included, fits the weeks.

    Reviews take time only once topics are chosen, so: ask for less study by what overflowed
    until nothing does, then search upwards to within 1% of the time, so next to no time is
    left idle that study could have used.
    """
    overflow = overflow_of(capacity)
    if not overflow:
        return capacity
    infeasible, feasible = capacity, capacity - overflow
    while overflow := overflow_of(feasible):
        infeasible, feasible = feasible, max(0, feasible - overflow)
    close_enough = max(1, capacity // 100)
    # Overflow falls about one for one with study, so the first correction usually lands within
    # a hair of the best: check just above it before searching.
    if infeasible - feasible > close_enough and overflow_of(feasible + close_enough):
        return feasible
    while infeasible - feasible > close_enough:
        middle = (feasible + infeasible) // 2
        if overflow_of(middle):
            infeasible = middle
        else:
            feasible = middle
    return feasible


def _review_settings(profile: Profile, quarters: dict[str, int]) -> dict[str, Any]:
    """Where reviews go in the weekly plan: on the days FSRS predicts for a learner who always
    answers *good*."""
    if profile.review_share <= 0:
        return {}
    from mathplan.review import predicted_offsets

    return {
        "review_offsets": predicted_offsets(),
        "review_quarters": {t: review_quarters_of(q) for t, q in quarters.items()},
        "review_share": profile.review_share,
        "carried_reviews": profile.carried_reviews,
    }


def _carried_topics(
    completed: Sequence[str], catalog: Catalog, quarters: dict[str, int]
) -> list[PlannedTopic]:
    """Topics done before a replan: kept in the plan (week 0) so progress stays cumulative."""
    carried = []
    for tid in completed:
        teachers = sorted(catalog.resources_for(tid), key=lambda r: (-r.rating_for(tid), r.id))
        best = teachers[0] if teachers else None
        carried.append(_planned_topic(catalog, tid, quarters[tid], best, first_week=0, last_week=0))
    return carried


def _planned_topic(
    catalog: Catalog,
    tid: str,
    quarters: int,
    resource: Resource | None,
    first_week: int,
    last_week: int,
    alternatives: tuple[tuple[str, str], ...] = (),
) -> PlannedTopic:
    """One topic of the plan, with everything later commands show about it copied in."""
    topic = catalog.topics[tid]
    return PlannedTopic(
        id=tid,
        title=topic.title,
        area=topic.area,
        priority=topic.priority.value,
        quarters=quarters,
        why=topic.why,
        exercise=topic.exercise,
        check=topic.check,
        resource=resource.id if resource else "",
        where=_where(resource, tid) if resource else "",
        prerequisites=topic.prerequisites,
        first_week=first_week,
        last_week=last_week,
        alternatives=alternatives,
    )


def _months_of(
    topics: Sequence[str], placements: Sequence[Placement], slots: Sequence[Slot]
) -> dict[str, frozenset[str]]:
    """The calendar month of each week in which a topic is studied.

    A week belongs to the month of its middle day: a learner can always do a straddling week's
    sessions on the days that fall in that month, so a subscription is not charged twice for it.
    """
    months: dict[str, set[str]] = {t: set() for t in topics}
    for p in placements:
        slot = slots[p.week]
        middle = slot.start + (slot.end - slot.start) / 2
        months[p.topic].add(f"{middle:%Y-%m}")
    return {t: frozenset(m) for t, m in months.items()}


def _where(resource: Resource, topic: str) -> str:
    cov = resource.coverage_of(topic)
    return cov.where if cov is not None else ""


def _weeks(
    slots: Sequence[Slot], placements: Sequence[Placement], catalog: Catalog, choice: ResourceChoice
) -> tuple[Week, ...]:
    items: dict[int, list[Item]] = {i: [] for i in range(len(slots))}
    for p in placements:
        rid = choice.assignment.get(p.topic)
        if rid is None:  # a review of a topic finished before a replan
            rid = _carried_review_resource(catalog, p.topic, choice)
        elif p.kind == "review":
            rid = _review_resource(catalog, p.topic, rid, choice)
        items[p.week].append(
            Item(
                topic=p.topic,
                title=catalog.topics[p.topic].title,
                quarters=p.quarters,
                resource=rid,
                where=_where(catalog.resources[rid], p.topic) if rid else "",
                kind=p.kind,
            )
        )
    return tuple(
        Week(s.number, s.start, s.end, s.capacity, tuple(items[i])) for i, s in enumerate(slots)
    )


def _review_resource(catalog: Catalog, topic: str, rid: str, choice: ResourceChoice) -> str:
    """What to review from: not a subscription, which is paid only for the months of study."""
    if catalog.resources[rid].pricing.model.value != "monthly":
        return rid
    usable = [
        r
        for r in catalog.resources_for(topic)
        if r.is_free or (r.id in choice.costs and r.pricing.model.value != "monthly")
    ]
    if not usable:
        return rid
    return min(usable, key=lambda r: (-r.rating_for(topic), r.id)).id


def _carried_review_resource(catalog: Catalog, topic: str, choice: ResourceChoice) -> str:
    """What to review a topic finished before a replan from: the best free resource or one this
    plan pays for anyway (not a subscription), else the best that teaches it ("" if none)."""
    teachers = sorted(catalog.resources_for(topic), key=lambda r: (-r.rating_for(topic), r.id))
    usable = [
        r
        for r in teachers
        if r.is_free or (r.id in choice.costs and r.pricing.model.value != "monthly")
    ]
    best = usable or teachers
    return best[0].id if best else ""


def _planned_topics(
    kept: Sequence[str],
    placements: Sequence[Placement],
    catalog: Catalog,
    choice: ResourceChoice,
    quarters: dict[str, int],
) -> tuple[PlannedTopic, ...]:
    weeks: dict[str, list[int]] = {}
    for p in placements:
        weeks.setdefault(p.topic, []).append(p.week + 1)
    result = []
    for tid in kept:
        rid = choice.assignment[tid]
        others = sorted(
            (r for r in catalog.resources_for(tid) if r.id != rid),
            key=lambda r: (not r.is_free, -r.rating_for(tid), r.id),
        )[:3]
        result.append(
            _planned_topic(
                catalog,
                tid,
                quarters[tid],
                catalog.resources[rid],
                first_week=min(weeks[tid]),
                last_week=max(weeks[tid]),
                alternatives=tuple((r.id, _where(r, tid)) for r in others),
            )
        )
    return tuple(result)


def _resource_uses(
    catalog: Catalog, choice: ResourceChoice, owned: frozenset[str], weeks: Sequence[Week]
) -> tuple[ResourceUse, ...]:
    """What the plan uses: the resources topics are studied from (with what they cost), then
    any free ones used only for reviews."""
    topics_of: dict[str, list[str]] = {}
    for topic, rid in choice.assignment.items():
        topics_of.setdefault(rid, []).append(topic)
    review_only = sorted(
        {i.resource for w in weeks for i in w.items if i.resource} - set(choice.costs)
    )
    costs = {**choice.costs, **dict.fromkeys(review_only, 0.0)}
    uses = []
    for rid in sorted(costs, key=lambda r: (-costs[r], r in review_only, r)):
        res = catalog.resources[rid]
        uses.append(
            ResourceUse(
                id=rid,
                title=res.title,
                authors=res.authors,
                url=res.url,
                pricing=res.pricing.model.value,
                unit_price=res.pricing.usd,
                cost=costs[rid],
                months=choice.months.get(rid, ()),
                verified=res.pricing.verified,
                price_source=res.pricing.source,
                price_checked=res.pricing.checked,
                price_as_of=res.pricing.as_of,
                owned=rid in owned,
                topics=tuple(topics_of.get(rid, ())),
                note=res.pricing.note,
            )
        )
    return tuple(uses)


def default_start(today: dt.date) -> dt.date:
    """The coming Monday, or today when today is a Monday."""
    return today + dt.timedelta(days=(7 - today.weekday()) % 7)
