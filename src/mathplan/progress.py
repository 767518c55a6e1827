"""Where the learner stands: derived from the plan and the event log, never stored.

Progress is a fold over append-only events, so nothing is ever updated in place and any change
can be undone by appending an ``undo`` event. Pure functions; the store feeds them. Nothing here
imports FSRS: the due date of every review is stored in the event that scheduled it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import Any, NamedTuple

from mathplan.plan import Plan, PlannedTopic, hours_of, review_quarters_of

AHEAD, ON_TRACK, BEHIND = "ahead", "on track", "behind"
EXERCISE_RESULTS = ("exercise-passed", "exercise-failed")  # `mathplan exercise check` runs
CHANGES = ("plan", "replan", "done", "know", "review", *EXERCISE_RESULTS)  # what undo can revert
PACE_WINDOW_DAYS = 28


class Event(NamedTuple):
    id: int
    at: dt.date
    kind: str  # plan | replan | done | undo | know | review | exercise-passed | exercise-failed
    topic: str | None = None
    undoes: int | None = None
    data: Mapping[str, Any] = MappingProxyType({})
    plan_id: int | None = None
    recorded_at: str = ""


class Card(NamedTuple):
    """A finished topic's review state: when it is due, and FSRS's card to continue from."""

    due: dt.date
    state: dict[str, Any]
    reviews: int  # reviews after finishing


class Progress:
    """What the learner has done and knows, and the review state of each finished topic."""

    __slots__ = ("cards", "done", "exercises", "known")

    def __init__(self) -> None:
        self.done: dict[str, dt.date] = {}
        self.known: set[str] = set()
        self.cards: dict[str, Card] = {}
        # The latest exercise result per topic: {"passed", "failed", "total"} (see exercises.py).
        self.exercises: dict[str, Mapping[str, Any]] = {}


def effective(events: Iterable[Event]) -> list[Event]:
    """The events that still count: undo events and what they cancelled are left out."""
    events = list(events)
    cancelled = {e.undoes for e in events if e.kind == "undo" and e.undoes is not None}
    return [e for e in events if e.kind != "undo" and e.id not in cancelled]


def last_change(events: Sequence[Event]) -> Event | None:
    """What ``undo`` would revert: the newest change that has not been undone."""
    live = effective(events)
    return next((e for e in reversed(live) if e.kind in CHANGES), None)


def undo_targets(events: Sequence[Event]) -> list[Event]:
    """The last change, with the rest of its batch (an assessment is undone as one change)."""
    target = last_change(events)
    if target is None:
        return []
    batch = target.data.get("batch")
    if batch is None:
        return [target]
    return [e for e in effective(events) if e.data.get("batch") == batch]


def fold(events: Iterable[Event]) -> Progress:
    """The learner's state after the events."""
    progress = Progress()
    for event in effective(events):
        topic = event.topic
        if topic is None:
            continue
        if event.kind == "done" and topic not in progress.done:
            progress.done[topic] = event.at
            _update_card(progress, topic, event, reviews=0)
        elif event.kind == "review" and topic in progress.cards:
            _update_card(progress, topic, event, reviews=progress.cards[topic].reviews + 1)
        elif event.kind == "know":
            progress.known.add(topic)
        elif event.kind in EXERCISE_RESULTS:
            progress.exercises[topic] = event.data
    return progress


def exercise_passed(progress: Progress, topic: str) -> bool:
    """Whether the latest recorded run of ``topic``'s exercise passed every check: the evidence
    that lets ``done`` and ``status`` tell a tested topic from a self-reported one."""
    result = progress.exercises.get(topic)
    if result is None:
        return False
    total = int(result.get("total", 0))
    return total > 0 and int(result.get("passed", 0)) == total


def done_with_exercise(progress: Progress) -> list[str]:
    """Done topics whose exercise passed, in the order they were done."""
    return [t for t in progress.done if exercise_passed(progress, t)]


def _update_card(progress: Progress, topic: str, event: Event, reviews: int) -> None:
    card = event.data.get("card")
    due = event.data.get("due")
    if isinstance(card, dict) and isinstance(due, str):
        progress.cards[topic] = Card(dt.date.fromisoformat(due), card, reviews)


class Area(NamedTuple):
    area: str
    done_hours: float
    planned_hours: float


class Status(NamedTuple):
    done_hours: float
    known_hours: float  # planned topics the learner said they already know
    planned_hours: float
    expected_hours: float  # study the plan expected to be finished by the end of today
    done_topics: int
    known_topics: int
    total_topics: int
    state: str  # ahead | on track | behind
    week: int  # the plan week today falls in (0 before the start, len+1 after the end)
    weeks: int
    areas: tuple[Area, ...]
    reviews_due: int

    @property
    def covered_hours(self) -> float:
        return self.done_hours + self.known_hours

    @property
    def difference(self) -> float:
        """Hours ahead (positive) or behind (negative) of the plan."""
        return round(self.covered_hours - self.expected_hours, 2)

    @property
    def remaining_hours(self) -> float:
        return round(max(0.0, self.planned_hours - self.covered_hours), 2)


def known_topics(plan: Plan, progress: Progress) -> set[str]:
    return set(plan.profile.known) | progress.known


def expected_hours(plan: Plan, today: dt.date) -> float:
    """Study the plan expected by the end of ``today``: whole past weeks, a share of this one.

    Topics carried over as done from before a replan were expected from the start.
    """
    total = hours_of(plan.carried_quarters)
    for week in plan.weeks:
        study = hours_of(week.study_quarters)
        if week.end <= today:
            total += study
        elif week.start <= today:
            total += study * ((today - week.start).days + 1) / week.days
    return round(total, 2)


def current_week(plan: Plan, today: dt.date) -> int:
    if not plan.weeks or today < plan.weeks[0].start:
        return 0
    for week in plan.weeks:
        if week.start <= today <= week.end:
            return week.index
    return len(plan.weeks) + 1


def pace_state(covered: float, expected: float, hours_per_week: float) -> str:
    """Within half a week's hours of the plan counts as on track: topics finish in lumps."""
    tolerance = max(1.0, hours_per_week / 2)
    if covered - expected > tolerance:
        return AHEAD
    if expected - covered > tolerance:
        return BEHIND
    return ON_TRACK


def status(plan: Plan, progress: Progress, today: dt.date) -> Status:
    known = known_topics(plan, progress)
    done_q = sum(t.quarters for t in plan.topics if t.id in progress.done)
    known_q = sum(t.quarters for t in plan.topics if t.id in known and t.id not in progress.done)
    expected = expected_hours(plan, today)
    areas: dict[str, list[int]] = {}
    for topic in plan.topics:
        tally = areas.setdefault(topic.area, [0, 0])
        tally[1] += topic.quarters
        if topic.id in progress.done or topic.id in known:
            tally[0] += topic.quarters
    covered = hours_of(done_q + known_q)
    return Status(
        done_hours=hours_of(done_q),
        known_hours=hours_of(known_q),
        planned_hours=hours_of(plan.planned_quarters),
        expected_hours=expected,
        done_topics=sum(1 for t in plan.topics if t.id in progress.done),
        known_topics=len(known),
        total_topics=len(plan.topics),
        state=pace_state(covered, expected, plan.profile.hours_per_week),
        week=current_week(plan, today),
        weeks=len(plan.weeks),
        areas=tuple(Area(a, hours_of(d), hours_of(p)) for a, (d, p) in areas.items()),
        reviews_due=len(due_reviews(plan, progress, today)),
    )


def due_reviews(plan: Plan, progress: Progress, today: dt.date) -> list[str]:
    """Finished topics whose review is due by today, most overdue first."""
    known = known_topics(plan, progress)
    due = [
        (card.due, topic)
        for topic, card in progress.cards.items()
        if card.due <= today and topic not in known
    ]
    return [topic for _, topic in sorted(due)]


class NextStep(NamedTuple):
    kind: str  # "review" or "study"
    topic: PlannedTopic
    hours: float
    due: dt.date | None = None  # for a review


def next_topic(plan: Plan, progress: Progress) -> PlannedTopic | None:
    """The earliest unfinished topic of the plan whose planned prerequisites are all done.

    Known topics count as done. A learner who skipped ahead still gets the earliest gap first.
    """
    finished = set(progress.done) | known_topics(plan, progress)
    planned = {t.id for t in plan.topics}
    for topic in plan.topics:
        if topic.id in finished:
            continue
        if all(p in finished or p not in planned for p in topic.prerequisites):
            return topic
    return None


def next_step(plan: Plan, progress: Progress, today: dt.date) -> NextStep | None:
    """A due review comes before new study: forgetting is cheaper to stop than to repair."""
    for topic_id in due_reviews(plan, progress, today):
        topic = plan.topic(topic_id)
        if topic is not None:
            return NextStep("review", topic, review_hours(topic), progress.cards[topic_id].due)
    topic = next_topic(plan, progress)
    return NextStep("study", topic, topic.hours) if topic is not None else None


def review_hours(topic: PlannedTopic) -> float:
    return hours_of(review_quarters_of(topic.quarters))


def unfinished_prerequisites(plan: Plan, progress: Progress, topic_id: str) -> list[str]:
    """Planned prerequisites of ``topic_id`` that are neither done nor known."""
    topic = plan.topic(topic_id)
    if topic is None:
        return []
    finished = set(progress.done) | known_topics(plan, progress)
    planned = {t.id for t in plan.topics}
    return [p for p in topic.prerequisites if p in planned and p not in finished]
