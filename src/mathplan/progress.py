"""Where the learner stands: derived from the plan and the event log, never stored.

Progress is a fold over append-only events, so that nothing is ever updated in place and any
change can be undone by appending an ``undo`` event. Pure functions; the store feeds them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from mathplan.plan import Plan, PlannedTopic, hours_of

AHEAD, ON_TRACK, BEHIND = "ahead", "on track", "behind"


@dataclass(frozen=True, slots=True)
class Event:
    id: int
    at: dt.date
    kind: str  # plan | done | undo | know | review | replan
    topic: str | None = None
    undoes: int | None = None


@dataclass(slots=True)
class Progress:
    done: dict[str, dt.date] = field(default_factory=dict)
    known: set[str] = field(default_factory=set)


def fold(events: Iterable[Event]) -> Progress:
    """The learner's state after the events, ignoring the ones an ``undo`` cancelled."""
    events = list(events)
    cancelled = {e.undoes for e in events if e.kind == "undo" and e.undoes is not None}
    progress = Progress()
    for event in events:
        if event.id in cancelled or event.topic is None:
            continue
        if event.kind == "done":
            progress.done.setdefault(event.topic, event.at)
        elif event.kind == "know":
            progress.known.add(event.topic)
    return progress


@dataclass(frozen=True, slots=True)
class Area:
    area: str
    done_hours: float
    planned_hours: float


@dataclass(frozen=True, slots=True)
class Status:
    done_hours: float
    planned_hours: float
    expected_hours: float  # what the plan expected to be done by the end of today
    done_topics: int
    known_topics: int
    total_topics: int
    state: str  # ahead | on track | behind
    week: int  # the plan week today falls in (0 before the start, len+1 after the end)
    weeks: int
    areas: tuple[Area, ...]

    @property
    def difference(self) -> float:
        """Hours ahead (positive) or behind (negative) of the plan."""
        return round(self.done_hours - self.expected_hours, 2)


def expected_hours(plan: Plan, today: dt.date) -> float:
    """Hours the plan expected by the end of ``today``: whole past weeks, a share of this one."""
    total = 0.0
    for week in plan.weeks:
        if week.end <= today:
            total += week.hours
        elif week.start <= today:
            total += week.hours * ((today - week.start).days + 1) / week.days
    return round(total, 2)


def current_week(plan: Plan, today: dt.date) -> int:
    if not plan.weeks or today < plan.weeks[0].start:
        return 0
    for week in plan.weeks:
        if week.start <= today <= week.end:
            return week.index
    return len(plan.weeks) + 1


def pace_state(done: float, expected: float, hours_per_week: float) -> str:
    """Within half a week's hours of the plan counts as on track: topics finish in lumps."""
    tolerance = max(1.0, hours_per_week / 2)
    if done - expected > tolerance:
        return AHEAD
    if expected - done > tolerance:
        return BEHIND
    return ON_TRACK


def status(plan: Plan, progress: Progress, today: dt.date) -> Status:
    done_q = sum(t.quarters for t in plan.topics if t.id in progress.done)
    expected = expected_hours(plan, today)
    done_hours = hours_of(done_q)
    areas: dict[str, list[int]] = {}
    for topic in plan.topics:
        tally = areas.setdefault(topic.area, [0, 0])
        tally[1] += topic.quarters
        if topic.id in progress.done:
            tally[0] += topic.quarters
    known = set(plan.profile.known) | progress.known
    return Status(
        done_hours=done_hours,
        planned_hours=hours_of(plan.planned_quarters),
        expected_hours=expected,
        done_topics=sum(1 for t in plan.topics if t.id in progress.done),
        known_topics=len(known),
        total_topics=len(plan.topics),
        state=pace_state(done_hours, expected, plan.profile.hours_per_week),
        week=current_week(plan, today),
        weeks=len(plan.weeks),
        areas=tuple(Area(a, hours_of(d), hours_of(p)) for a, (d, p) in areas.items()),
    )


def next_topic(plan: Plan, progress: Progress) -> PlannedTopic | None:
    """The earliest unfinished topic of the plan whose planned prerequisites are all done.

    Known topics count as done. A learner who skipped ahead still gets the earliest gap first.
    """
    finished = set(progress.done) | progress.known | set(plan.profile.known)
    planned = {t.id for t in plan.topics}
    for topic in plan.topics:
        if topic.id in finished:
            continue
        if all(p in finished or p not in planned for p in topic.prerequisites):
            return topic
    return None


def unfinished_prerequisites(plan: Plan, progress: Progress, topic_id: str) -> list[str]:
    """Planned prerequisites of ``topic_id`` that are neither done nor known."""
    topic = plan.topic(topic_id)
    if topic is None:
        return []
    finished = set(progress.done) | progress.known | set(plan.profile.known)
    planned = {t.id for t in plan.topics}
    return [p for p in topic.prerequisites if p in planned and p not in finished]
