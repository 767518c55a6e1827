"""Replanning: what is left, from now, in the time that is left.

The new plan keeps done topics (carried over in week 0, so progress stays cumulative), leaves
known topics out, treats books the old plan bought as owned, and spends only the budget that is
not already spent: one-time purchases, and subscription months before the new start. The reviews
of topics finished before the replan keep their place in the new weeks.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from mathplan.errors import UsageError
from mathplan.models import Catalog
from mathplan.plan import Plan, Profile
from mathplan.progress import Progress, known_topics
from mathplan.schedule import plan_end


def replan_start(plan: Plan, today: dt.date) -> dt.date:
    """Today, or the plan's first day if it has not begun: the rest of this week counts."""
    if plan.weeks and today < plan.weeks[0].start:
        return plan.weeks[0].start
    return today


def replan_profile(
    plan: Plan,
    progress: Progress,
    today: dt.date,
    catalog: Catalog,
    start: dt.date | None = None,
    months: int | None = None,
    hours_per_week: float | None = None,
    skip: list[str] | None = None,
) -> Profile:
    old = plan.profile
    first = start or replan_start(plan, today)
    if plan.weeks and first < plan.weeks[0].start:
        raise UsageError(
            f"--from: {first} is before the plan's first day ({plan.weeks[0].start}); "
            f"use {plan.weeks[0].start} or later"
        )
    until = plan_end(first, months) if months else plan.end
    if until < first:
        raise UsageError(
            f"the plan ended on {plan.end}, before {first}; give --months to plan further"
        )
    bought = [r for r in plan.resources if r.pricing == "one-time" and r.cost > 0]
    sunk = sum(r.cost for r in bought) + sum(
        (r.unit_price or 0)
        for r in plan.resources
        if r.pricing == "monthly" and not r.owned
        for month in r.months
        if month < f"{first:%Y-%m}"
    )
    known = known_topics(plan, progress)
    # Done topics, and known ones the old plan had, are carried over so progress is cumulative.
    settled = [t.id for t in plan.topics if t.id in progress.done or t.id in known]
    settled += sorted(t for t in progress.done if t not in settled)
    completed = tuple(t for t in settled if t in catalog.topics)
    return old._replace(
        start=first,
        months=months or old.months,
        until=until,
        hours_per_week=hours_per_week or old.hours_per_week,
        budget=round(max(0.0, old.budget - sunk), 2),
        known=tuple(t for t in sorted(known) if t in catalog.topics),
        own=tuple(dict.fromkeys([*old.own, *(r.id for r in bought)])),
        completed=completed,
        carried_reviews=carried_reviews(progress, completed, known, first, until),
        skip=tuple(dict.fromkeys([*old.skip, *(skip or [])])),
        week_anchor=old.week_anchor or (plan.weeks[0].start if plan.weeks else first),
    )


def carried_reviews(
    progress: Progress, completed: Sequence[str], known: set[str], first: dt.date, last: dt.date
) -> tuple[tuple[str, dt.date], ...]:
    """The reviews, from ``first`` to ``last``, of the topics finished before the replan: the
    one ``mathplan next`` says is due (overdue ones land in the first week) and those expected
    after it. Without them the new weeks would budget no time for what ``next`` asks for."""
    from mathplan.review import CardState, finished, reviews_between

    reviews: list[tuple[str, dt.date]] = []
    for topic in completed:
        if topic not in progress.done or topic in known:
            continue
        card = progress.cards.get(topic)
        state = CardState(card.state, card.due) if card else finished(progress.done[topic])
        reviews += [(topic, day) for day in reviews_between(state, first, last)]
    return tuple(sorted(reviews, key=lambda r: (r[1], r[0])))


def changes(
    old: Plan, new: Plan, progress: Progress
) -> tuple[list[tuple[str, str, dt.date, dt.date]], list[tuple[str, str, str]]]:
    """Topics whose first study day moved (id, title, was, now), and those that no longer fit."""
    settled = set(progress.done) | known_topics(old, progress)
    old_start = {t.id: old.weeks[t.first_week - 1].start for t in old.topics if t.first_week}
    new_start = {t.id: new.weeks[t.first_week - 1].start for t in new.topics if t.first_week}
    moved = [
        (t.id, t.title, old_start[t.id], new_start[t.id])
        for t in old.topics
        if t.id in old_start and t.id in new_start and old_start[t.id] != new_start[t.id]
    ]
    reasons = {d.topic: d.reason for d in new.dropped}
    lost = [
        (t.id, t.title, reasons.get(t.id, "left out"))
        for t in old.topics
        if t.id not in settled and t.id not in new_start
    ]
    return moved, lost
