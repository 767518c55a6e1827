"""Validated catalog models: what a topic, a resource and a goal are.

These are the shapes of the TOML files in ``data/`` (and of a learner's own ``--catalog`` files).
Pydantic checks them on load so that a typo in a data file becomes a message naming the field,
not a wrong plan. Unknown fields are errors: a misspelt optional key would otherwise be ignored.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from functools import cached_property
from typing import Annotated
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

TopicId = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=80)]
# No control characters (bar tab and newline) and no bidirectional controls: catalog text is
# printed to terminals and written to Markdown, where an escape sequence would repaint the screen
# and a right-to-left override would show text in another order than it is stored.
_CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_PRINTABLE = f"^[^{_CONTROLS}]*$"
# A one-line field (a title, a chapter, a name) also refuses line breaks: one line in a table, a
# heading or a checklist item must not become several.
_ONE_LINE = f"^[^{_CONTROLS}\\n\\r\\u2028\\u2029]*$"
NonEmpty = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, pattern=_PRINTABLE)
]
Line = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, pattern=_ONE_LINE)]
Plain = Annotated[str, StringConstraints(pattern=_PRINTABLE)]
PlainLine = Annotated[str, StringConstraints(pattern=_ONE_LINE)]
# Numbers must be TOML numbers: "60" in quotes is a typo worth a message, not a silent conversion.
Hours = Annotated[float, Field(gt=0, le=1000, allow_inf_nan=False, strict=True)]
Rating = Annotated[int, Field(ge=1, le=5, strict=True)]
Flag = Annotated[bool, Field(strict=True)]
URL_SCHEMES = ("http", "https", "file")


def _well_formed_url(value: str) -> str:
    """An http, https or file URL with somewhere to go: ``javascript:`` and friends are refused."""
    if any(c.isspace() for c in value):
        raise ValueError("a URL cannot contain spaces")
    try:
        parts = urlsplit(value)
    except ValueError as exc:
        raise ValueError(f"not a URL ({exc})") from None
    if parts.scheme.lower() not in URL_SCHEMES:
        raise ValueError("use an http, https or file URL")
    if parts.scheme.lower() in ("http", "https") and not parts.hostname:
        raise ValueError("an http(s) URL needs a host, e.g. https://example.org/book")
    if parts.scheme.lower() == "file" and not parts.path:
        raise ValueError("a file URL needs a path, e.g. file:///home/me/notes.pdf")
    return value


Url = Annotated[Line, AfterValidator(_well_formed_url)]


class Priority(StrEnum):
    """How much a topic matters; the scheduler drops optional first, core last."""

    CORE = "core"
    RECOMMENDED = "recommended"
    OPTIONAL = "optional"

    @property
    def rank(self) -> int:
        return _PRIORITY_RANK[self]


_PRIORITY_RANK = {Priority.CORE: 0, Priority.RECOMMENDED: 1, Priority.OPTIONAL: 2}


class Depth(StrEnum):
    PRACTICAL = "practical"
    RIGOROUS = "rigorous"


class PricingModel(StrEnum):
    FREE = "free"
    ONE_TIME = "one-time"
    MONTHLY = "monthly"


class ResourceKind(StrEnum):
    BOOK = "book"
    COURSE = "course"
    VIDEO_SERIES = "video-series"
    NOTES = "notes"
    INTERACTIVE = "interactive"


class Style(StrEnum):
    VISUAL = "visual"
    CODE_FIRST = "code-first"
    TEXTBOOK = "textbook"
    PROOF_BASED = "proof-based"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TopicHours(_Strict):
    practical: Hours
    rigorous: Hours

    @model_validator(mode="after")
    def _rigorous_not_less(self) -> TopicHours:
        if self.rigorous < self.practical:
            raise ValueError(
                f"rigorous hours ({self.rigorous}) must be at least practical ({self.practical})"
            )
        return self

    def for_depth(self, depth: Depth) -> float:
        return self.practical if depth is Depth.PRACTICAL else self.rigorous


class RequirementKind(StrEnum):
    """Whether a prerequisite holds at every depth or only for the rigorous treatment.

    Metacademy's "shortcut" idea: the practical version of a concept needs fewer prerequisites
    (attention can be understood and coded after dot products, matrix products and softmax; its
    gradient, studied rigorously, needs backpropagation). ``rigorous`` edges are ignored when
    planning at practical depth.
    """

    ALWAYS = "always"
    RIGOROUS = "rigorous"


class Requirement(_Strict):
    topic: TopicId
    reason: Line
    kind: RequirementKind = RequirementKind.ALWAYS

    def applies_at(self, depth: Depth) -> bool:
        return self.kind is RequirementKind.ALWAYS or depth is Depth.RIGOROUS


class Topic(_Strict):
    id: TopicId
    title: Line
    area: TopicId
    priority: Priority
    hours: TopicHours
    why: NonEmpty
    exercise: NonEmpty
    check: NonEmpty
    requires: tuple[Requirement, ...] = ()
    applied: Flag = False  # an ML application (a model, a layer, a loss), not a maths foundation

    @property
    def prerequisites(self) -> tuple[str, ...]:
        """Every prerequisite, rigorous-only ones included (what validation and `why` show)."""
        return tuple(r.topic for r in self.requires)

    def prerequisites_at(self, depth: Depth) -> tuple[str, ...]:
        """The prerequisites that hold at ``depth``: what the planner schedules."""
        return tuple(r.topic for r in self.requires if r.applies_at(depth))


class Pricing(_Strict):
    model: PricingModel
    usd: Annotated[float, Field(ge=0, le=100_000, allow_inf_nan=False, strict=True)] | None = None
    verified: Flag
    source: Line
    checked: dt.date
    as_of: PlainLine | None = None
    print_usd: Annotated[float, Field(ge=0, allow_inf_nan=False, strict=True)] | None = None
    note: Plain | None = None

    @model_validator(mode="after")
    def _free_costs_nothing(self) -> Pricing:
        if self.model is PricingModel.FREE and self.usd not in (None, 0):
            raise ValueError(f"a free resource cannot cost {self.usd} USD")
        return self

    @property
    def known(self) -> bool:
        """Whether the planner may spend money on it: a price nobody found cannot be budgeted."""
        return self.model is PricingModel.FREE or self.usd is not None


class CoverageDepth(StrEnum):
    """Which depth a reading assignment serves: code-first material, derivations and proofs, or
    both. At practical depth the planner uses ``practical`` and ``both`` entries, at rigorous depth
    ``rigorous`` and ``both``: depth changes the material, not only the hours."""

    PRACTICAL = "practical"
    RIGOROUS = "rigorous"
    BOTH = "both"

    def serves(self, depth: Depth) -> bool:
        return self is CoverageDepth.BOTH or self.value == depth.value


class Coverage(_Strict):
    topic: TopicId
    where: Line
    hours: Hours | None = None
    rating: Rating | None = None
    depth: CoverageDepth = CoverageDepth.BOTH


class Resource(_Strict):
    id: TopicId
    title: Line
    authors: tuple[Line, ...]
    kind: ResourceKind
    edition: PlainLine | None = None
    year: Annotated[int, Field(ge=1900, le=2100, strict=True)] | None = None
    publisher: PlainLine | None = None
    isbn: PlainLine | None = None
    url: Url
    style: Style
    rating: Rating
    rating_reason: NonEmpty
    source: Line
    checked: dt.date
    pricing: Pricing
    covers: tuple[Coverage, ...] = ()

    @property
    def is_free(self) -> bool:
        return self.pricing.model is PricingModel.FREE

    @cached_property
    def _coverage(self) -> dict[str, Coverage]:
        return {c.topic: c for c in self.covers}

    def coverage_of(self, topic_id: str) -> Coverage | None:
        return self._coverage.get(topic_id)

    def rating_for(self, topic_id: str) -> int:
        cov = self.coverage_of(topic_id)
        return cov.rating if cov is not None and cov.rating is not None else self.rating


class Goal(_Strict):
    id: TopicId
    title: Line
    summary: NonEmpty
    # In order of importance: when time is short the earliest-listed targets are kept first.
    targets: tuple[TopicId, ...] = Field(min_length=1)
    projects: tuple[TopicId, ...] = ()
    depth: Depth | None = None  # the depth planned when --depth is not given


class FollowAlong(_Strict):
    resource: TopicId
    where: Line


class Project(_Strict):
    """A small runnable build that makes a cluster of topics real (an autograd engine, a bigram
    language model, ...). Scheduled as soon as its prerequisites are done."""

    id: TopicId
    title: Line
    hours: Hours
    why: NonEmpty
    deliverable: NonEmpty  # something a learner can check: "prints a loss below X on Y"
    requires: tuple[Requirement, ...] = Field(min_length=1)
    follow: FollowAlong

    @property
    def prerequisites(self) -> tuple[str, ...]:
        return tuple(r.topic for r in self.requires)


class Choice(_Strict):
    """A question learners ask first ("do I need the proofs?") and the catalog's answer.

    ``topics`` are the topics the answer is about; the plan says which of them it holds. A
    choice with ``depth`` or ``goals`` applies only there; ``budget`` appends what the plan buys.
    """

    id: TopicId
    question: Line
    answer: NonEmpty
    topics: tuple[TopicId, ...] = ()
    depth: Depth | None = None
    goals: tuple[TopicId, ...] = ()
    budget: Flag = False

    def applies_to(self, goal: str, depth: Depth) -> bool:
        return (self.depth is None or self.depth is depth) and (
            not self.goals or goal in self.goals
        )


class Exercise(_Strict):
    """A runnable exercise for a topic: ``folder`` holds its starter, checks and hints.

    ``id`` is the topic's id. ``folder`` is relative to the catalog file that names it; the
    loader makes it absolute, so ``--catalog`` users ship exercises the same way as the bundle.
    """

    id: TopicId
    folder: Line


class Catalog(_Strict):
    """The merged, validated catalog. Topic order is the study order the authors intended."""

    topics: dict[str, Topic]
    resources: dict[str, Resource]
    goals: dict[str, Goal]
    projects: dict[str, Project] = Field(default_factory=dict)
    choices: dict[str, Choice] = Field(default_factory=dict)
    exercises: dict[str, Exercise] = Field(default_factory=dict)

    def topic(self, topic_id: str) -> Topic:
        return self.topics[topic_id]

    @cached_property
    def _teachers(self) -> dict[str, list[Resource]]:
        teachers: dict[str, list[Resource]] = {}
        for resource in self.resources.values():
            for cov in resource.covers:
                teachers.setdefault(cov.topic, []).append(resource)
        return teachers

    def resources_for(self, topic_id: str) -> list[Resource]:
        """The resources that teach a topic, in catalog order (indexed once: catalogs are big)."""
        return list(self._teachers.get(topic_id, ()))
