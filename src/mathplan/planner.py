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
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any

from mathplan.budget import ResourceChoice, choose_resources
from mathplan.errors import UsageError
from mathplan.graph import Graph, topological_order
from mathplan.models import Catalog, Depth, Goal, Project, Resource, Topic
from mathplan.plan import (
    ChoiceAnswer,
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
    goal = catalog.goals[profile.goal]
    # Known topics satisfy what they need; done ones (carried over by a replan) do not: a learner
    # who finished SVD early still has the eigenvalues before it to learn.
    graph = _through_done(_graph_at(catalog, depth), set(profile.completed))
    settled = set(profile.known) | set(profile.completed)
    candidates = [t for t in graph if t not in settled]
    ranks = _ranks(catalog, goal)
    topic_quarters = _quarters(catalog, depth)
    order = study_order(graph, candidates, goal.targets, goal.projects, topic_quarters, ranks)
    quarters = {t: quarters_of(_hours(catalog, t, depth)) for t in (*order, *profile.completed)}
    end = profile.until or plan_end(profile.start, profile.months)
    slots = calendar_weeks(profile.start, end, profile.hours_per_week, profile.week_anchor)
    reviews = _review_settings(profile, {t: q for t, q in quarters.items() if t in catalog.topics})

    effective = effective_ranks(graph, order, ranks)
    unavailable = {t: "you chose to drop it" for t in profile.skip if t in quarters}
    targets = [t for t in goal.targets if t not in settled]
    # A goal's first project is part of the goal: however short the time, the plan builds it.
    pinned = [p for p in goal.projects[:1] if p not in settled]
    while True:

        def overflow_of(capacity: int) -> int:
            kept, _ = choose_topics(
                order, graph, quarters, ranks, capacity, unavailable,
                effective=effective, with_drops=False, targets=targets, pinned=pinned,
            )  # fmt: skip
            return pack_weeks(slots, kept, quarters, **reviews, record=False)[1]

        capacity = _largest_fit(overflow_of, sum(s.capacity for s in slots))
        kept, drops = choose_topics(
            order, graph, quarters, ranks, capacity, unavailable,
            effective=effective, targets=targets, pinned=pinned,
        )  # fmt: skip
        kept = _sequenced(kept, graph, goal, topic_quarters, ranks, slots, quarters, reviews)
        placements, _ = pack_weeks(slots, kept, quarters, **reviews)
        study = [p for p in placements if p.kind == "study"]
        free = sum(s.capacity for s in slots) - sum(p.quarters for p in placements)
        drops = explain_drops(drops, graph, quarters, free)
        topics_kept = [t for t in kept if t in catalog.topics]
        months_of = _months_of(topics_kept, study, slots)
        choice = choose_resources(
            topics_kept,
            quarters,
            months_of,
            catalog.resources,
            profile.budget,
            frozenset(profile.own),
            depth,
        )
        if not choice.uncovered:
            break
        unavailable.update(dict.fromkeys(choice.uncovered, NO_RESOURCE))

    weeks = _weeks(slots, placements, catalog, choice)
    resources = _resource_uses(catalog, choice, frozenset(profile.own), weeks)
    dropped = tuple(
        Dropped(
            topic=d.topic,
            title=_entry(catalog, d.topic).title,
            priority=_priority(catalog, d.topic),
            quarters=quarters[d.topic],
            reason=d.reason,
            more_hours=hours_of(d.more_quarters) if d.more_quarters is not None else None,
        )
        for d in drops
    )
    planned = (
        *_carried_topics(profile.completed, catalog, quarters),
        *_planned_topics(kept, study, catalog, choice, quarters),
    )
    plan = Plan(
        profile=profile,
        end=end,
        weeks=weeks,
        topics=planned,
        resources=resources,
        dropped=dropped,
        catalog_files=tuple(catalog_files),
        goal_title=goal.title,
        goal_targets=tuple(t for t in goal.targets if t not in profile.known),
    )
    return plan._replace(
        choices=answer_choices(catalog, plan), spare_options=spare_options(catalog, plan)
    )


def _sequenced(
    kept: list[str],
    graph: Graph,
    goal: Goal,
    topic_quarters: Mapping[str, int],
    ranks: Mapping[str, int],
    slots: Sequence[Slot],
    quarters: Mapping[str, int],
    reviews: dict[str, Any],
) -> list[str]:
    """The kept topics ordered toward the targets that were *kept*.

    The candidates' order was made before anything was dropped, so a dropped target's
    prerequisites would still open the plan; ordered again, the plan heads for what it can
    reach. Kept only when it packs as well (reviews fall on other days in another order).
    """
    again = study_order(graph, kept, goal.targets, goal.projects, topic_quarters, ranks)
    if pack_weeks(slots, again, quarters, **reviews, record=False)[1]:
        return kept
    return again


PROJECT_REACH = 32  # quarter hours: a goal project this close is built before the next target


def study_order(
    graph: Graph,
    candidates: Sequence[str],
    targets: Sequence[str],
    projects: Sequence[str],
    quarters: Mapping[str, int],
    ranks: Mapping[str, int],
) -> list[str]:
    """The study order: toward the goal's targets one at a time, then everything else.

    Each *anchor* in turn brings the prerequisites it still misses, in catalog order, just before
    it ("just in time"), instead of studying area by area: the first target is reached in the
    fewest hours, and code comes early. Anchors are the goal's first project, its targets (most
    important first), then the other candidates in rank order (core, recommended, optional). A
    goal project is placed as soon as what it still misses is within ``PROJECT_REACH`` of study,
    and every other project right after its last prerequisite. Candidates are in catalog order,
    which breaks ties.
    """
    position = {t: i for i, t in enumerate(candidates)}
    project_set = set(projects)
    placed: set[str] = set()
    order: list[str] = []

    def missing(anchor: str) -> list[str]:
        """The anchor and its prerequisites not placed yet (a walk that stops at placed ones)."""
        need = {anchor}
        stack = [anchor]
        while stack:
            for prereq in graph.get(stack.pop(), ()):
                if prereq in position and prereq not in placed and prereq not in need:
                    need.add(prereq)
                    stack.append(prereq)
        return topological_order(graph, need, position)

    def place(anchor: str) -> None:
        if anchor in placed:
            return
        for topic in missing(anchor):
            placed.add(topic)
            order.append(topic)

    def build_reachable_projects() -> None:
        for project in projects:
            if project in position and project not in placed:
                need = missing(project)
                if sum(quarters.get(t, 0) for t in need[:-1]) <= PROJECT_REACH:
                    place(project)

    if projects and projects[0] in position:
        place(projects[0])  # the goal's first project opens the plan: code in the first weeks
    build_reachable_projects()
    for target in targets:
        if target in position:
            place(target)
            build_reachable_projects()
    topics = [t for t in candidates if t in quarters and t not in project_set]
    for topic in sorted(topics, key=lambda t: (ranks[t], position[t])):
        place(topic)
    rest = [t for t in candidates if t not in placed]  # projects not reached yet
    return _after_prerequisites(order, rest, graph)


def _after_prerequisites(order: list[str], projects: Sequence[str], graph: Graph) -> list[str]:
    """``order`` with each project inserted right after the last of its prerequisites."""
    index = {t: i for i, t in enumerate(order)}
    after: dict[int, list[str]] = {}
    for project in projects:
        last = max((index[p] for p in graph.get(project, ()) if p in index), default=-1)
        after.setdefault(last, []).append(project)
    result = list(after.get(-1, ()))
    for i, topic in enumerate(order):
        result.append(topic)
        result.extend(after.get(i, ()))
    return result


def _through_done(graph: Graph, done: set[str]) -> dict[str, tuple[str, ...]]:
    """``graph`` where a prerequisite that is done stands for its own prerequisites.

    Done topics are not scheduled again, but what they build on still is: the walk from a
    target (or a topic) to what it needs goes on through them."""
    if not done:
        return {t: tuple(p) for t, p in graph.items()}
    memo: dict[str, tuple[str, ...]] = {}

    def needs(topic: str) -> tuple[str, ...]:
        if topic not in memo:
            memo[topic] = ()  # acyclic; guards the recursion anyway
            found: dict[str, None] = {}
            for prereq in graph.get(topic, ()):
                for p in needs(prereq) if prereq in done else (prereq,):
                    found[p] = None
            memo[topic] = tuple(found)
        return memo[topic]

    return {t: needs(t) for t in graph}


def _graph_at(catalog: Catalog, depth: Depth) -> dict[str, tuple[str, ...]]:
    """Topics and projects with the prerequisites that hold at ``depth``."""
    graph = {t.id: t.prerequisites_at(depth) for t in catalog.topics.values()}
    for project in catalog.projects.values():
        graph[project.id] = tuple(r.topic for r in project.requires if r.applies_at(depth))
    return graph


def _ranks(catalog: Catalog, goal: Goal) -> dict[str, int]:
    """Tiers after the goal's targets: its projects, core, recommended, optional, other projects."""
    ranks = {t.id: 1 + t.priority.rank for t in catalog.topics.values()}
    for project in catalog.projects:
        ranks[project] = 0 if project in goal.projects else 4
    return ranks


def _quarters(catalog: Catalog, depth: Depth) -> dict[str, int]:
    return {t.id: quarters_of(t.hours.for_depth(depth)) for t in catalog.topics.values()}


def _hours(catalog: Catalog, entry_id: str, depth: Depth) -> float:
    topic = catalog.topics.get(entry_id)
    if topic is not None:
        return topic.hours.for_depth(depth)
    return catalog.projects[entry_id].hours


def _entry(catalog: Catalog, entry_id: str) -> Topic | Project:
    return catalog.topics.get(entry_id) or catalog.projects[entry_id]


def _priority(catalog: Catalog, entry_id: str) -> str:
    topic = catalog.topics.get(entry_id)
    return topic.priority.value if topic is not None else "project"


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
        if tid in catalog.projects:
            best = catalog.resources.get(catalog.projects[tid].follow.resource)
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
    if tid in catalog.projects:
        return _planned_project(catalog.projects[tid], quarters, first_week, last_week)
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
        applied=topic.applied,
    )


def _planned_project(
    project: Project, quarters: int, first_week: int, last_week: int
) -> PlannedTopic:
    """A project in the plan: its deliverable stands where a topic's exercise does."""
    return PlannedTopic(
        id=project.id,
        title=project.title,
        area="project",
        priority="project",
        quarters=quarters,
        why=project.why,
        exercise=project.deliverable,
        check=f"Does your build do what was asked? {project.deliverable}",
        resource=project.follow.resource,
        where=project.follow.where,
        prerequisites=project.prerequisites,
        first_week=first_week,
        last_week=last_week,
        kind="project",
        applied=True,
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
        if p.topic in months:  # projects are billed nothing
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
        project = catalog.projects.get(p.topic)
        if project is not None:
            item = Item(
                p.topic, project.title, p.quarters, project.follow.resource,
                project.follow.where, "project",
            )  # fmt: skip
            items[p.week].append(item)
            continue
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
        if tid in catalog.projects:
            first, last = min(weeks[tid]), max(weeks[tid])
            result.append(_planned_project(catalog.projects[tid], quarters[tid], first, last))
            continue
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
    for week in weeks:
        for item in week.items:
            if item.kind == "project" and item.topic not in topics_of.get(item.resource, ()):
                topics_of.setdefault(item.resource, []).append(item.topic)
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


def answer_choices(catalog: Catalog, plan: Plan) -> tuple[ChoiceAnswer, ...]:
    """The catalog's answers to the questions learners ask first, each saying which of the
    topics it is about this plan holds (and in which weeks), and what the plan buys."""
    depth = Depth(plan.profile.depth)
    answers = []
    for choice in catalog.choices.values():
        if not choice.applies_to(plan.profile.goal, depth):
            continue
        parts = [choice.answer]
        if choice.topics:
            parts.append(_topics_held(catalog, plan, choice.topics))
        if choice.budget:
            parts.append(_purchases(plan))
        held = tuple(t for t in choice.topics if plan.topic(t) is not None)
        missing = tuple(t for t in choice.topics if t not in held)
        answers.append(ChoiceAnswer(choice.id, choice.question, " ".join(parts), held, missing))
    return tuple(answers)


def _topics_held(catalog: Catalog, plan: Plan, topics: Sequence[str]) -> str:
    held, missing = [], []
    for tid in topics:
        planned = plan.topic(tid)
        title = catalog.topics[tid].title
        if planned is None:
            missing.append(title)
        elif planned.first_week == 0 or tid in plan.profile.known:
            held.append(f"{title} (done)")
        elif planned.first_week == planned.last_week:
            held.append(f"{title} (week {planned.first_week})")
        else:
            held.append(f"{title} (weeks {planned.first_week}-{planned.last_week})")
    known = [catalog.topics[t].title for t in topics if t in plan.profile.known]
    text = []
    if held:
        text.append("In this plan: " + "; ".join(held) + ".")
    if known:
        text.append("Already known: " + "; ".join(known) + ".")
    missing = [m for m in missing if m not in known]
    if missing:
        text.append("Not in this plan: " + "; ".join(missing) + ".")
    return " ".join(text)


def _purchases(plan: Plan) -> str:
    bought = [r for r in plan.resources if r.cost > 0]
    left = plan.profile.budget - plan.total_cost
    if not bought:
        return (
            f"This plan buys nothing: the free material it uses is rated as well or better "
            f"for these topics, and ${left:,.2f} of the budget stays unspent."
        )
    items = ", ".join(f"{r.title} (${r.cost:,.2f})" for r in bought)
    return f"This plan buys {items}; ${left:,.2f} of the budget is left."


SPARE_SHARE = 0.05  # capacity left idle beyond this share is explained with options


def spare_options(catalog: Catalog, plan: Plan) -> tuple[str, ...]:
    """What the capacity no item uses could buy, when more than a sliver is left idle."""
    spare = plan.spare_quarters
    if spare <= plan.capacity_quarters * SPARE_SHARE:
        return ()
    last = max((w.index for w in plan.weeks if w.quarters), default=0)
    options = [f"Study ends in week {last} of {len(plan.weeks)}: {hours_of(spare):g} h are free."]
    if plan.profile.depth == Depth.PRACTICAL.value:
        extra = sum(
            quarters_of(catalog.topics[t.id].hours.rigorous) - t.quarters
            for t in plan.topics
            if t.id in catalog.topics and t.first_week > 0
        )
        options.append(
            f"--depth rigorous adds the derivations and proofs ({hours_of(extra):g} h more)."
        )
    used = plan.capacity_quarters - spare
    weeks = max(1, len(plan.weeks))
    fewer = max(0.25, hours_of(-(-used // weeks)))
    if fewer < plan.profile.hours_per_week:
        options.append(f"--hours-per-week {fewer:g} would hold the same plan.")
    others = [g.id for g in catalog.goals.values() if g.id != plan.profile.goal]
    if others:
        options.append(f"Another goal: --goal {' or --goal '.join(others[:3])}.")
    return tuple(options)


def default_start(today: dt.date) -> dt.date:
    """The coming Monday, or today when today is a Monday."""
    return today + dt.timedelta(days=(7 - today.weekday()) % 7)
