"""The shape of every ``--json`` document, as typed dictionaries: the source of the JSON Schemas.

``python scripts/schemas.py`` turns these into the JSON Schema files shipped in the wheel
(``mathplan/json_schemas/NAME.schema.json``; ``mathplan schema NAME`` prints one), and
``tests/test_schemas.py`` checks both ways: the files match these definitions, and real command
outputs validate against the files. Every object forbids keys it does not declare, so a field
added to a command without its schema fails the tests instead of drifting.

Only the script and the tests import this module (it needs pydantic); commands read the files.
"""

from __future__ import annotations

from typing import Any, Literal, NotRequired

from pydantic import ConfigDict, TypeAdapter, with_config
from typing_extensions import TypedDict  # pydantic needs this one before Python 3.12

Strict = with_config(ConfigDict(extra="forbid"))

Date = str  # YYYY-MM-DD
Pace = Literal["ahead", "on track", "behind"]
Priority = Literal["core", "recommended", "optional"]
PlanPriority = Literal["core", "recommended", "optional", "project"]  # a project is a plan item
Pricing = Literal["free", "one-time", "monthly"]


# --- the plan: plan --json, show --json, replan --json -------------------------------------------


@Strict
class ProfileDoc(TypedDict):
    months: int
    budget: float
    hours_per_week: float
    start: Date
    goal: str
    depth: Literal["practical", "rigorous"]
    known: list[str]
    own: list[str]
    review_share: float
    until: Date | None
    completed: list[str]
    skip: list[str]
    week_anchor: Date | None
    carried_reviews: list[tuple[str, Date]]  # (topic, due day) of reviews a replan carried over


@Strict
class ItemDoc(TypedDict):
    topic: str
    title: str
    hours: float
    kind: Literal["study", "review", "project"]
    resource: str
    where: str


@Strict
class WeekDoc(TypedDict):
    index: int
    start: Date
    end: Date
    hours: float
    capacity: float
    items: list[ItemDoc]


@Strict
class AlternativeDoc(TypedDict):
    resource: str
    where: str


@Strict
class PlannedTopicDoc(TypedDict):
    id: str
    title: str
    area: str
    priority: PlanPriority
    hours: float
    why: str
    exercise: str
    check: str
    resource: str
    where: str
    prerequisites: list[str]
    first_week: int
    last_week: int
    alternatives: list[AlternativeDoc]
    kind: Literal["topic", "project"]
    applied: bool


@Strict
class ResourceUseDoc(TypedDict):
    id: str
    title: str
    authors: list[str]
    url: str
    pricing: Pricing
    unit_price: float | None
    cost: float
    months: list[str]
    price_verified: bool
    price_source: str
    price_checked: Date
    price_as_of: str | None
    owned: bool
    topics: list[str]
    note: str | None


@Strict
class DroppedDoc(TypedDict):
    topic: str
    title: str
    priority: PlanPriority
    hours: float
    reason: str
    more_hours: float | None


@Strict
class GoalTargetsDoc(TypedDict):
    all: list[str]
    planned: list[str]
    dropped: list[str]


@Strict
class ChoiceDoc(TypedDict):
    id: str
    question: str
    answer: str
    held: list[str]
    missing: list[str]


@Strict
class PlanDoc(TypedDict):
    schema: int
    goal_title: str
    profile: ProfileDoc
    end: Date
    capacity_hours: float
    planned_hours: float
    review_hours: float
    weeks: list[WeekDoc]
    topics: list[PlannedTopicDoc]
    resources: list[ResourceUseDoc]
    total_cost: float
    budget_left: float
    dropped: list[DroppedDoc]
    catalog_files: list[str]
    goal_targets: GoalTargetsDoc
    spare_hours: float
    spare_options: list[str]
    choices: list[ChoiceDoc]


@Strict
class ExportProgressDoc(TypedDict):
    done: dict[str, Date]
    known: list[str]
    done_hours: float
    planned_hours: float
    expected_hours: float
    status: Pace
    next_reviews: dict[str, Date]


@Strict
class ExportDoc(PlanDoc):
    progress: ExportProgressDoc


# --- progress ------------------------------------------------------------------------------------


@Strict
class NextStepDoc(TypedDict):
    topic: str
    title: str
    kind: Literal["study", "review"]
    why: str
    hours: float
    resource: str
    resource_title: str
    where: str
    exercise: str
    check: str
    exercise_command: str | None  # the runnable exercise of this topic, when it has one
    week: int
    last_week: int
    current_week: int
    due: Date | None
    status: Pace
    hours_ahead: float
    reviews_due: int


@Strict
class NothingNextDoc(TypedDict):
    topic: None
    message: str
    status: Pace


@Strict
class ExerciseEvidenceDoc(TypedDict):
    passed: int
    total: int


@Strict
class DoneDoc(TypedDict):
    topic: str
    title: str
    date: Date
    already_done: bool
    exercise: ExerciseEvidenceDoc | None  # the passed exercise behind it, if any
    unfinished_prerequisites: list[str]
    next_review: Date | None
    done_hours: float
    planned_hours: float
    status: Pace


@Strict
class KnowDoc(TypedDict):
    topic: str
    title: str
    already_known: bool
    known_topics: int
    remaining_hours: float
    status: Pace


@Strict
class ReviewDoc(TypedDict):
    topic: str
    rating: Literal["again", "hard", "good", "easy"]
    next_review: Date
    days: int


@Strict
class AreaDoc(TypedDict):
    area: str
    done_hours: float
    planned_hours: float


@Strict
class DropSuggestionDoc(TypedDict):
    topic: str
    title: str
    priority: Priority
    hours: float


@Strict
class ForecastDoc(TypedDict):
    pace_hours_per_week: float
    window_days: int
    projected_finish: Date | None
    plan_end: Date
    on_time: bool
    needed_hours_per_week: float | None
    drop: list[DropSuggestionDoc]


@Strict
class BurnupDoc(TypedDict):
    week: int
    end: Date
    planned: float
    done: float | None


@Strict
class StatusDoc(TypedDict):
    done_hours: float
    known_hours: float
    planned_hours: float
    expected_hours: float
    remaining_hours: float
    hours_ahead: float
    done_topics: int
    known_topics: int
    total_topics: int
    status: Pace
    week: int
    weeks: int
    reviews_due: int
    areas: list[AreaDoc]
    forecast: ForecastDoc
    burnup: list[BurnupDoc]
    done_with_exercise: list[str]  # done topics backed by a passed runnable exercise
    done_self_reported: list[str]


@Strict
class AssessDoc(TypedDict):
    asked: int
    known: list[str]
    skipped: list[str]
    hours_saved: float
    remaining_hours: float


# --- history -------------------------------------------------------------------------------------


@Strict
class LogEntryDoc(TypedDict):
    id: int
    at: Date
    recorded_at: str
    kind: Literal[
        "plan", "replan", "done", "know", "review", "undo", "exercise-passed", "exercise-failed"
    ]
    topic: str | None
    undone: bool
    undoes: int | None
    plan: int | None
    rating: NotRequired[str]
    next_review: NotRequired[Date]
    passed: NotRequired[int]  # exercise results: checks passed, failed, in all
    failed: NotRequired[int]
    total: NotRequired[int]


@Strict
class UndoneDoc(TypedDict):
    id: int
    kind: str
    topic: str | None
    at: Date


@Strict
class UndoDoc(TypedDict):
    undone: list[UndoneDoc]
    message: str


# --- catalog views -------------------------------------------------------------------------------


@Strict
class TopicDoc(TypedDict):
    id: str
    title: str
    area: str
    priority: Priority
    hours: float
    prerequisites: list[str]
    applied: bool


@Strict
class CoverageDoc(TypedDict):
    topic: str
    where: str


@Strict
class ResourceDoc(TypedDict):
    id: str
    title: str
    authors: list[str]
    kind: str
    edition: str | None
    year: int | None
    publisher: str | None
    isbn: str | None
    style: str
    pricing: Pricing
    cost: float | None
    price_verified: bool
    price_source: str
    price_checked: Date
    price_as_of: str | None
    price_note: str | None
    price_print_usd: float | None
    url: str
    rating: int
    rating_reason: str
    source: str
    checked: Date
    coverage: list[CoverageDoc]


@Strict
class GoalDoc(TypedDict):
    id: str
    title: str
    summary: str
    targets: list[str]
    projects: list[str]
    depth: Literal["practical", "rigorous"] | None


@Strict
class HoursDoc(TypedDict):
    practical: float
    rigorous: float


@Strict
class RequirementDoc(TypedDict):
    topic: str
    title: str
    reason: str
    kind: str


@Strict
class UnlockDoc(TypedDict):
    topic: str
    title: str
    reason: str


@Strict
class TeacherDoc(TypedDict):
    id: str
    title: str
    authors: list[str]
    url: str
    pricing: Pricing
    cost: float | None
    price_verified: bool
    price_source: str
    price_checked: Date
    price_as_of: str | None
    price_note: str | None
    price_print_usd: float | None
    where: str
    rating: int


@Strict
class WhyDoc(TypedDict):
    id: str
    title: str
    area: str
    priority: Priority
    hours: HoursDoc
    why: str
    exercise: str
    check: str
    requires: list[RequirementDoc]
    unlocks: list[UnlockDoc]
    resources: list[TeacherDoc]


# --- tools ---------------------------------------------------------------------------------------


@Strict
class CheckDoc(TypedDict):
    check: str
    ok: bool
    detail: str


@Strict
class DoctorDoc(TypedDict):
    ok: bool
    checks: list[CheckDoc]


@Strict
class ValidateDoc(TypedDict):
    valid: bool
    problems: list[str]


@Strict
class ErrorBody(TypedDict):
    message: str
    code: str
    exit_code: int


@Strict
class ErrorDoc(TypedDict):
    error: ErrorBody


# name -> (what it describes, its type)
@Strict
class FollowDoc(TypedDict):
    resource: str
    title: str
    where: str


@Strict
class ProjectDoc(TypedDict):
    id: str
    title: str
    hours: float
    prerequisites: list[str]
    deliverable: str
    goals: list[str]
    follow: FollowDoc


@Strict
class ExerciseStateDoc(TypedDict):
    topic: str
    title: str
    checks: int
    state: Literal["new", "started", "failed", "passed"]


DOCUMENTS: dict[str, tuple[str, Any]] = {
    "plan": ("plan --json, show --json and replan --json: the plan", PlanDoc),
    "next": ("next --json: the one thing to do now", NextStepDoc | NothingNextDoc),
    "done": ("done --json", DoneDoc),
    "know": ("know --json", KnowDoc),
    "review": ("review --json", ReviewDoc),
    "status": ("status --json: progress, forecast and burn-up", StatusDoc),
    "assess": ("assess --json: the placement's result", AssessDoc),
    "log": ("log --json: every recorded change", list[LogEntryDoc]),
    "undo": ("undo --json", UndoDoc),
    "topics": ("topics --json: the topic graph", list[TopicDoc]),
    "resources": ("resources --json: every learning resource", list[ResourceDoc]),
    "goals": ("goals --json", list[GoalDoc]),
    "projects": ("projects --json: the runnable builds", list[ProjectDoc]),
    "exercise-list": (
        "exercise list --json: runnable exercises and your state",
        list[ExerciseStateDoc],
    ),
    "why": ("why TOPIC --json", WhyDoc),
    "export": ("export --format json: the plan and the progress on it", ExportDoc),
    "doctor": ("doctor --json", DoctorDoc),
    "catalog-validate": ("catalog validate --json", ValidateDoc),
    "error": ("any command with --json, on stderr, when it fails", ErrorDoc),
}


def json_schema(name: str) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of document ``name``."""
    description, kind = DOCUMENTS[name]
    result: dict[str, Any] = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"https://mathplan.invalid/schemas/{name}.schema.json",
    }
    result.update(TypeAdapter(kind).json_schema())
    result.update(title=f"mathplan {name}", description=description)
    return result
