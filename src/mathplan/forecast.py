"""An honest forecast: at the pace the learner actually keeps, when will the plan be finished?

Pure functions over the plan and progress. The pace is measured over the last four weeks (or
since the plan started, if that is shorter, but never less than a week), because a learner's
pace changes: what they did in week 1 says little about month 4.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import NamedTuple

from mathplan.plan import Plan, hours_of
from mathplan.progress import PACE_WINDOW_DAYS, Progress, known_topics

PRIORITY_DROP_ORDER = {"optional": 0, "recommended": 1, "core": 2}


class WeekPoint(NamedTuple):
    week: int
    end: dt.date
    planned: float  # cumulative study hours planned by the end of the week
    done: float | None  # cumulative hours done by then; None for weeks still to come


class Forecast(NamedTuple):
    pace: float  # hours per week over the window
    window_days: int
    remaining: float  # hours of study left (not done, not known)
    projected_finish: dt.date | None  # None: no progress in the window, no finish in sight
    end: dt.date
    needed_per_week: float | None  # to finish by the end; None once the end has passed
    drop: tuple[tuple[str, str, str, float], ...]  # (id, title, priority, hours) to drop
    burnup: tuple[WeekPoint, ...]
    today: dt.date
    start: dt.date  # the plan's first day

    @property
    def on_time(self) -> bool:
        if self.remaining == 0:
            return True
        return self.projected_finish is not None and self.projected_finish <= self.end


def forecast(plan: Plan, progress: Progress, today: dt.date) -> Forecast:
    known = known_topics(plan, progress)
    hours = {t.id: t.hours for t in plan.topics}
    remaining = round(
        sum(h for tid, h in hours.items() if tid not in progress.done and tid not in known), 2
    )
    # The pace window reaches back to the learner's first week, not to the latest replan.
    started = plan.profile.week_anchor or (plan.weeks[0].start if plan.weeks else today)
    window = max(7, min(PACE_WINDOW_DAYS, (today - started).days + 1))
    since = today - dt.timedelta(days=window - 1)
    recent = sum(hours.get(tid, 0.0) for tid, day in progress.done.items() if since <= day <= today)
    pace = round(recent * 7 / window, 2)

    finish: dt.date | None
    if remaining == 0:
        finish = max(progress.done.values(), default=today)
    elif pace > 0:
        finish = today + dt.timedelta(days=math.ceil(remaining / pace * 7))
    else:
        finish = None
    days_left = (plan.end - today).days + 1
    needed = round(remaining * 7 / days_left, 2) if days_left > 0 else None
    drop: tuple[tuple[str, str, str, float], ...] = ()
    if remaining and (finish is None or finish > plan.end):
        drop = _topics_to_drop(plan, progress, known, pace * max(days_left, 0) / 7)
    return Forecast(
        pace=pace,
        window_days=window,
        remaining=remaining,
        projected_finish=finish,
        end=plan.end,
        needed_per_week=needed,
        drop=drop,
        burnup=_burnup(plan, progress, today),
        today=today,
        start=started,
    )


def _topics_to_drop(
    plan: Plan, progress: Progress, known: set[str], capacity: float
) -> tuple[tuple[str, str, str, float], ...]:
    """Optional, then recommended topics, latest first, never one a kept topic still needs.

    Core topics are never offered: they are the point of the plan. When dropping every other
    topic would still not be enough, nothing is offered (more time is the only honest answer).
    """
    open_topics = [t for t in plan.topics if t.id not in progress.done and t.id not in known]
    left = sum(t.hours for t in open_topics)
    kept = {t.id for t in open_topics}
    needed_by: dict[str, set[str]] = {t.id: set() for t in open_topics}
    for t in open_topics:
        for p in t.prerequisites:
            if p in needed_by:
                needed_by[p].add(t.id)
    order = sorted(
        enumerate(open_topics),
        key=lambda it: (PRIORITY_DROP_ORDER.get(it[1].priority, 2), -it[0]),
    )
    dropped = []
    for _, topic in order:
        if left <= capacity:
            break
        if topic.priority == "core" or needed_by[topic.id] & kept:
            continue
        kept.discard(topic.id)
        left -= topic.hours
        dropped.append((topic.id, topic.title, topic.priority, topic.hours))
    return tuple(dropped) if left <= capacity else ()


def _burnup(plan: Plan, progress: Progress, today: dt.date) -> tuple[WeekPoint, ...]:
    hours = {t.id: t.hours for t in plan.topics}
    known = known_topics(plan, progress)
    known_hours = sum(h for tid, h in hours.items() if tid in known)
    planned = hours_of(plan.carried_quarters)
    points = []
    for week in plan.weeks:
        planned += hours_of(week.study_quarters)
        done: float | None = None
        if week.start <= today:
            cutoff = min(week.end, today)
            done = known_hours + sum(
                hours.get(tid, 0.0)
                for tid, day in progress.done.items()
                if day <= cutoff and tid not in known
            )
        points.append(WeekPoint(week.index, week.end, round(planned, 2), done))
    return tuple(points)
