"""The plan document: what ``plan`` decides and every later command reads.

Plain named tuples, not pydantic models and not even dataclasses, on purpose: the plan is made by
our own code, so it needs no validation, and ``next``/``status``/``done`` load it from the
database on every call, where class creation is a measurable part of the start-up time. The plan
is self-contained (titles, reasons, exercises, resource locations are copied in) so those
commands never need to parse the catalog either.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, NamedTuple

QUARTER = 0.25  # hours are scheduled in quarter hours: exact in binary, so sums are exact


def hours_of(quarters: int) -> float:
    return quarters * QUARTER


def quarters_of(hours: float) -> int:
    """Quarter hours, rounded to nearest but never 0 for positive hours."""
    return max(1, round(hours / QUARTER)) if hours > 0 else 0


def review_quarters_of(study_quarters: int) -> int:
    """A review takes a tenth of the topic's study time, at least a quarter hour."""
    return max(1, round(study_quarters / 10))


class Profile(NamedTuple):
    """What the learner asked for; stored with the plan so it can be replayed."""

    months: int
    budget: float
    hours_per_week: float
    start: dt.date
    goal: str
    depth: str
    known: tuple[str, ...] = ()
    own: tuple[str, ...] = ()
    review_share: float = 0.15  # at most this share of a week goes to spaced review
    until: dt.date | None = None  # a fixed last day (a replan keeps the old plan's end)
    completed: tuple[str, ...] = ()  # done or known before a replan: carried, not scheduled
    skip: tuple[str, ...] = ()  # topics the learner chose to drop
    week_anchor: dt.date | None = None  # weeks begin on this day's weekday (default: start's)
    # Reviews of topics finished before a replan, (topic, day): the first may be overdue.
    carried_reviews: tuple[tuple[str, dt.date], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "months": self.months,
            "budget": self.budget,
            "hours_per_week": self.hours_per_week,
            "start": self.start.isoformat(),
            "goal": self.goal,
            "depth": self.depth,
            "known": list(self.known),
            "own": list(self.own),
            "review_share": self.review_share,
            "until": self.until.isoformat() if self.until else None,
            "completed": list(self.completed),
            "skip": list(self.skip),
            "week_anchor": self.week_anchor.isoformat() if self.week_anchor else None,
            "carried_reviews": [[t, d.isoformat()] for t, d in self.carried_reviews],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Profile:
        return cls(
            months=int(d["months"]),
            budget=float(d["budget"]),
            hours_per_week=float(d["hours_per_week"]),
            start=dt.date.fromisoformat(d["start"]),
            goal=str(d["goal"]),
            depth=str(d["depth"]),
            known=tuple(d.get("known", ())),
            own=tuple(d.get("own", ())),
            review_share=float(d.get("review_share", 0.15)),
            until=dt.date.fromisoformat(d["until"]) if d.get("until") else None,
            completed=tuple(d.get("completed", ())),
            skip=tuple(d.get("skip", ())),
            week_anchor=dt.date.fromisoformat(d["week_anchor"]) if d.get("week_anchor") else None,
            carried_reviews=tuple(
                (str(t), dt.date.fromisoformat(day)) for t, day in d.get("carried_reviews", ())
            ),
        )


class Item(NamedTuple):
    """Part of one topic studied in one week (a long topic spans several weeks)."""

    topic: str
    title: str
    quarters: int
    resource: str
    where: str
    kind: str = "study"

    @property
    def hours(self) -> float:
        return hours_of(self.quarters)


@dataclass(frozen=True)
class Week:
    index: int
    start: dt.date
    end: dt.date
    capacity_quarters: int
    items: tuple[Item, ...] = ()

    @property
    def quarters(self) -> int:
        return sum(i.quarters for i in self.items)

    @property
    def study_quarters(self) -> int:
        return sum(i.quarters for i in self.items if i.kind == "study")

    @property
    def hours(self) -> float:
        return hours_of(self.quarters)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


class PlannedTopic(NamedTuple):
    """Everything later commands need to know about one scheduled topic."""

    id: str
    title: str
    area: str
    priority: str
    quarters: int
    why: str
    exercise: str
    check: str
    resource: str
    where: str
    prerequisites: tuple[str, ...]
    first_week: int  # 0 for a topic carried over as done from an earlier plan
    last_week: int
    alternatives: tuple[tuple[str, str], ...] = ()  # (resource id, where) besides the primary
    kind: str = "topic"  # "topic", or "project": a runnable build (``exercise`` = its deliverable)
    applied: bool = False  # an ML application or a project, not a maths foundation

    @property
    def hours(self) -> float:
        return hours_of(self.quarters)


class ResourceUse(NamedTuple):
    """A resource the plan uses, and what the plan spends on it."""

    id: str
    title: str
    authors: tuple[str, ...]
    url: str
    pricing: str  # free | one-time | monthly
    unit_price: float | None  # the one-time price or the monthly price; None when unknown
    cost: float  # what this plan spends on it
    months: tuple[str, ...]  # YYYY-MM months billed, for monthly subscriptions
    verified: bool
    price_source: str
    price_checked: dt.date
    price_as_of: str | None
    owned: bool
    topics: tuple[str, ...]
    note: str | None = None

    @property
    def price_label(self) -> str:
        """How much to trust the price, for every place that shows it."""
        if self.pricing == "free" or self.owned:
            return ""
        when = self.price_as_of or self.price_checked.isoformat()
        return f"verified {when}" if self.verified else f"unverified, as of {when}"


class Dropped(NamedTuple):
    topic: str
    title: str
    priority: str
    quarters: int
    reason: str
    more_hours: float | None = None  # how many more hours of capacity would fit it

    @property
    def hours(self) -> float:
        return hours_of(self.quarters)


class ChoiceAnswer(NamedTuple):
    """A question learners ask first, answered for this plan (catalog text + what it holds)."""

    id: str
    question: str
    answer: str
    held: tuple[str, ...] = ()  # of the topics the answer is about: those the plan holds
    missing: tuple[str, ...] = ()  # and those it does not


class Plan(NamedTuple):
    profile: Profile
    end: dt.date
    weeks: tuple[Week, ...]
    topics: tuple[PlannedTopic, ...]
    resources: tuple[ResourceUse, ...]
    dropped: tuple[Dropped, ...] = ()
    catalog_files: tuple[str, ...] = ()
    goal_title: str = ""
    goal_targets: tuple[str, ...] = ()  # the goal's targets, most important first
    choices: tuple[ChoiceAnswer, ...] = ()
    spare_options: tuple[str, ...] = ()  # what unused capacity could buy, when some is left

    @property
    def targets_planned(self) -> tuple[str, ...]:
        """Goal targets the plan holds (scheduled, or carried over as done)."""
        held = {t.id for t in self.topics}
        return tuple(t for t in self.goal_targets if t in held)

    @property
    def targets_dropped(self) -> tuple[str, ...]:
        dropped = {d.topic for d in self.dropped}
        return tuple(t for t in self.goal_targets if t in dropped)

    @property
    def spare_quarters(self) -> int:
        """Capacity no item uses: idle time the plan must own up to."""
        return self.capacity_quarters - sum(w.quarters for w in self.weeks)

    @property
    def total_cost(self) -> float:
        return round(sum(r.cost for r in self.resources), 2)

    @property
    def planned_quarters(self) -> int:
        """Study time of every topic in the plan, including topics carried over as done."""
        return sum(t.quarters for t in self.topics)

    @property
    def carried_quarters(self) -> int:
        return sum(t.quarters for t in self.topics if t.first_week == 0)

    @property
    def review_quarters(self) -> int:
        return sum(w.quarters - w.study_quarters for w in self.weeks)

    @property
    def capacity_quarters(self) -> int:
        return sum(w.capacity_quarters for w in self.weeks)

    def topic(self, topic_id: str) -> PlannedTopic | None:
        return next((t for t in self.topics if t.id == topic_id), None)

    def resource(self, resource_id: str) -> ResourceUse | None:
        return next((r for r in self.resources if r.id == resource_id), None)


SCHEMA = 1  # version of the document below; bump when its shape changes incompatibly


def to_document(plan: Plan) -> dict[str, Any]:
    """The plan as JSON-ready data: the ``plan --json`` output and what the database stores."""
    return {
        "schema": SCHEMA,
        "goal_title": plan.goal_title,
        "profile": plan.profile.to_dict(),
        "end": plan.end.isoformat(),
        "capacity_hours": hours_of(plan.capacity_quarters),
        "planned_hours": hours_of(plan.planned_quarters),
        "review_hours": hours_of(plan.review_quarters),
        "weeks": [
            {
                "index": w.index,
                "start": w.start.isoformat(),
                "end": w.end.isoformat(),
                "hours": w.hours,
                "capacity": hours_of(w.capacity_quarters),
                "items": [
                    {
                        "topic": i.topic,
                        "title": i.title,
                        "hours": i.hours,
                        "kind": i.kind,
                        "resource": i.resource,
                        "where": i.where,
                    }
                    for i in w.items
                ],
            }
            for w in plan.weeks
        ],
        "topics": [
            {
                "id": t.id,
                "title": t.title,
                "area": t.area,
                "priority": t.priority,
                "hours": t.hours,
                "why": t.why,
                "exercise": t.exercise,
                "check": t.check,
                "resource": t.resource,
                "where": t.where,
                "prerequisites": list(t.prerequisites),
                "first_week": t.first_week,
                "last_week": t.last_week,
                "alternatives": [{"resource": r, "where": w} for r, w in t.alternatives],
                "kind": t.kind,
                "applied": t.applied,
            }
            for t in plan.topics
        ],
        "resources": [
            {
                "id": r.id,
                "title": r.title,
                "authors": list(r.authors),
                "url": r.url,
                "pricing": r.pricing,
                "unit_price": r.unit_price,
                "cost": r.cost,
                "months": list(r.months),
                "price_verified": r.verified,
                "price_source": r.price_source,
                "price_checked": r.price_checked.isoformat(),
                "price_as_of": r.price_as_of,
                "owned": r.owned,
                "topics": list(r.topics),
                "note": r.note,
            }
            for r in plan.resources
        ],
        "total_cost": plan.total_cost,
        "budget_left": round(plan.profile.budget - plan.total_cost, 2),
        "dropped": [
            {
                "topic": d.topic,
                "title": d.title,
                "priority": d.priority,
                "hours": d.hours,
                "reason": d.reason,
                "more_hours": d.more_hours,
            }
            for d in plan.dropped
        ],
        "catalog_files": list(plan.catalog_files),
        "goal_targets": {
            "all": list(plan.goal_targets),
            "planned": list(plan.targets_planned),
            "dropped": list(plan.targets_dropped),
        },
        "spare_hours": hours_of(plan.spare_quarters),
        "spare_options": list(plan.spare_options),
        "choices": [
            {
                "id": c.id,
                "question": c.question,
                "answer": c.answer,
                "held": list(c.held),
                "missing": list(c.missing),
            }
            for c in plan.choices
        ],
    }


def from_document(doc: dict[str, Any]) -> Plan:
    """Rebuild a :class:`Plan` from :func:`to_document` output (trusted: we wrote it)."""
    date = dt.date.fromisoformat
    return Plan(
        profile=Profile.from_dict(doc["profile"]),
        end=date(doc["end"]),
        weeks=tuple(
            Week(
                index=w["index"],
                start=date(w["start"]),
                end=date(w["end"]),
                capacity_quarters=quarters_of(w["capacity"]) if w["capacity"] else 0,
                items=tuple(
                    Item(
                        topic=i["topic"],
                        title=i["title"],
                        quarters=quarters_of(i["hours"]),
                        resource=i["resource"],
                        where=i["where"],
                        kind=i["kind"],
                    )
                    for i in w["items"]
                ),
            )
            for w in doc["weeks"]
        ),
        topics=tuple(
            PlannedTopic(
                id=t["id"],
                title=t["title"],
                area=t["area"],
                priority=t["priority"],
                quarters=quarters_of(t["hours"]),
                why=t["why"],
                exercise=t["exercise"],
                check=t["check"],
                resource=t["resource"],
                where=t["where"],
                prerequisites=tuple(t["prerequisites"]),
                first_week=t["first_week"],
                last_week=t["last_week"],
                alternatives=tuple((a["resource"], a["where"]) for a in t["alternatives"]),
                kind=str(t.get("kind", "topic")),
                applied=bool(t.get("applied", False)),
            )
            for t in doc["topics"]
        ),
        resources=tuple(
            ResourceUse(
                id=r["id"],
                title=r["title"],
                authors=tuple(r["authors"]),
                url=r["url"],
                pricing=r["pricing"],
                unit_price=r["unit_price"],
                cost=r["cost"],
                months=tuple(r["months"]),
                verified=r["price_verified"],
                price_source=r["price_source"],
                price_checked=date(r["price_checked"]),
                price_as_of=r["price_as_of"],
                owned=r["owned"],
                topics=tuple(r["topics"]),
                note=r["note"],
            )
            for r in doc["resources"]
        ),
        dropped=tuple(
            Dropped(
                topic=d["topic"],
                title=d["title"],
                priority=d["priority"],
                quarters=quarters_of(d["hours"]),
                reason=d["reason"],
                more_hours=d["more_hours"],
            )
            for d in doc["dropped"]
        ),
        catalog_files=tuple(doc.get("catalog_files", ())),
        goal_title=str(doc.get("goal_title", "")),
        goal_targets=tuple(doc.get("goal_targets", {}).get("all", ())),
        choices=tuple(
            ChoiceAnswer(
                c["id"],
                c["question"],
                c["answer"],
                tuple(c.get("held", ())),
                tuple(c.get("missing", ())),
            )
            for c in doc.get("choices", ())
        ),
        spare_options=tuple(doc.get("spare_options", ())),
    )
