"""The ``mathplan`` command line: parse, call the core, render.

Only the standard library, Typer and our error types are imported at module level; everything
else is imported inside the command that needs it, so ``mathplan next`` never pays for TOML
parsing, pydantic or python-dateutil. Every :class:`~mathplan.errors.MathplanError` and every
Click usage error becomes one line on stderr and an exit code in :func:`main`, the only place
that decides exit codes.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup

from mathplan import __version__
from mathplan import completion as complete
from mathplan.cli_exercise import exercise_app, exercise_command
from mathplan.errors import MathplanError, NoPlan, StoreError, UnknownTopic, UsageError
from mathplan.options import CatalogOpt, JsonOpt

if TYPE_CHECKING:
    from rich.console import Console, RenderableType

    from mathplan.models import Catalog
    from mathplan.plan import Plan
    from mathplan.progress import Progress
    from mathplan.store import Store


class _Group(TyperGroup):
    """The command group, with our error reporting wrapped around Click's own ``main``.

    Living in the group (not only in the console script) means Typer's ``CliRunner`` exercises
    exactly what a user sees.
    """

    def main(  # type: ignore[override]
        self,
        args: list[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        def invoke() -> Any:
            script = complete.script_for(sys.argv[1:] if args is None else list(args))
            if script is not None:
                sys.stdout.write(script + "\n")
                return 0
            return super(_Group, self).main(
                args, prog_name or "mathplan", complete_var, standalone_mode=False, **extra
            )

        if not standalone_mode:
            return invoke()
        words = sys.argv[1:] if args is None else list(args)
        json_errors = "--json" in words[: words.index("--")] if "--" in words else "--json" in words
        sys.exit(_run_reporting_errors(invoke, json_errors))

    @staticmethod
    def run(command: Any, argv: list[str] | None) -> NoReturn:
        command.main(args=argv, prog_name="mathplan")
        sys.exit(0)  # pragma: no cover - main always exits


app = typer.Typer(
    cls=_Group,
    name="mathplan",
    help=(
        "A study planner for the mathematics behind machine learning.\n\n"
        "Start with: mathplan plan --months 6 --budget 500"
    ),
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
)

DEPTHS = ("practical", "rigorous")
MAX_BUDGET = 1_000_000  # US dollars: more than any catalog can spend, and printable


TopicArg = Annotated[
    str,
    typer.Argument(
        help="Topic id, unambiguous prefix, or title.",
        autocompletion=complete.topic_in_plan,
        metavar="TOPIC",
    ),
]


def _version(value: bool) -> None:
    if value:
        typer.echo(f"mathplan {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = False,
) -> None:
    """A study planner for the mathematics behind machine learning."""


# --- output helpers ------------------------------------------------------------------------------


def _out() -> Console:
    from mathplan.render import Screen

    return Screen(highlight=False)


def _err() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def _print_json(document: Any) -> None:
    sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")


def _note(message: str) -> None:
    """A message for the learner, never mixed into data on stdout."""
    _err().print(message, markup=False, highlight=False)


# --- shared steps --------------------------------------------------------------------------------


def _today() -> dt.date:
    from mathplan.clock import today

    return today()


def _store(create: bool = False, write: bool = False) -> Store:
    """The learner's database; only ``plan`` creates it, and only commands that record
    something (``write``) open it for writing: reading commands change no byte of it."""
    from mathplan.store import DB_NAME, default_home, open_store

    _today()  # a malformed MATHPLAN_TODAY is reported before anything else
    home = default_home()
    try:
        exists = (home / DB_NAME).exists()
    except OSError as exc:
        raise StoreError(f"cannot read the data folder {home}: {exc.strerror or exc}") from None
    if not create and not exists:
        raise NoPlan()
    store = open_store(home, readonly=not (create or write))
    _OPENED.append(store)
    return store


_OPENED: list[Store] = []  # closed when the command ends, whichever way it ends


def _close_stores() -> None:
    """Close what the command opened: a connection left to the garbage collector would close
    (and checkpoint its WAL) whenever it is collected, in a process that runs many commands."""
    import contextlib

    while _OPENED:
        with contextlib.suppress(Exception):  # closed twice, or already gone: nothing to do
            _OPENED.pop().close()


def _active_plan(store: Store) -> Plan:
    from mathplan.plan import from_document

    document = store.active_plan()
    if document is None:
        raise NoPlan()
    try:
        return from_document(document)
    except (KeyError, TypeError, ValueError, AttributeError):
        raise StoreError(
            f"the active plan in {store.path} is damaged; `mathplan doctor` says more, "
            "`mathplan undo` returns to the plan before it"
        ) from None


def _learner() -> tuple[Store, Plan, Progress, dt.date]:
    """What most commands start from: the store, the active plan, progress so far, today."""
    store = _store()
    return store, _active_plan(store), _progress(store), _today()


def _progress(store: Store) -> Progress:
    from mathplan.progress import fold

    return fold(store.events())


def _catalog(paths: list[Path] | None, stored: bool = False) -> Catalog:
    """The bundled catalog with the learner's files merged over it.

    A missing ``--catalog`` file is a usage error; one a stored plan names (``stored``) is a
    failure that says where the name came from.
    """
    from mathplan.catalog import load_catalog

    _check_catalog_files(paths or [], stored)
    return load_catalog(paths or [])


def _check_catalog_files(paths: list[Path], stored: bool = False) -> None:
    for path in paths:
        if not path.is_file():
            what = "does not exist" if not path.exists() else "is not a file"
            if stored:
                raise MathplanError(
                    f"this plan was made with --catalog {path}, which {what}; "
                    "restore it, or make a new plan"
                )
            raise UsageError(f"--catalog: {str(path)!r} {what}; give a TOML catalog file")


def _parse_date(option: str, value: str) -> dt.date:
    from mathplan.clock import parse_date

    return parse_date(option, value)


def _check_finite(option: str, value: float, valid: str) -> None:
    if not math.isfinite(value):
        raise UsageError(f"{option}: {value!r} is not a number; use {valid}")


def _check_hours_per_week(value: float) -> None:
    valid = "from 0.25 (a quarter hour) to 80"
    _check_finite("--hours-per-week", value, valid)
    if not 0.25 <= value <= 80:
        raise UsageError(f"--hours-per-week: {value:g} is out of range; use {valid}")


# --- plan ----------------------------------------------------------------------------------------


@app.command()
def plan(
    months: Annotated[
        int, typer.Option(min=1, max=60, help="How many calendar months you have (1–60).")
    ] = 6,
    budget: Annotated[
        float, typer.Option(min=0, help="How many US dollars you can spend (0 to 1,000,000).")
    ] = 0.0,
    hours_per_week: Annotated[
        float,
        typer.Option(help="Study hours per week, 0.25 to 80."),
    ] = 10.0,
    start: Annotated[
        str | None,
        typer.Option(help="First day, YYYY-MM-DD. Default: the coming Monday (today if Monday)."),
    ] = None,
    goal: Annotated[
        str,
        typer.Option(
            help="Goal id: general, deep-learning, llm, vision, research.",
            autocompletion=complete.goal,
        ),
    ] = "general",
    depth: Annotated[
        str | None,
        typer.Option(
            help="practical (code-first material) or rigorous (proof-bearing material, more "
            "prerequisites). Default: the goal's depth (research: rigorous), else practical.",
            autocompletion=complete.depth,
        ),
    ] = None,
    know: Annotated[
        list[str] | None,
        typer.Option(
            "--know",
            help="A topic you already know (repeatable).",
            metavar="TOPIC",
            autocompletion=complete.topic_in_catalog,
        ),
    ] = None,
    own: Annotated[
        list[str] | None,
        typer.Option(
            "--own",
            help="A resource you already own: costs 0 (repeatable).",
            metavar="RESOURCE",
            autocompletion=complete.resource,
        ),
    ] = None,
    review_share: Annotated[
        float,
        typer.Option(help="Largest share of a week for spaced review, 0 to 0.5 (0: none)."),
    ] = 0.15,
    catalog: CatalogOpt = None,
    weeks: Annotated[
        bool, typer.Option("--weeks", help="After the summary, show the plan week by week.")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Make a study plan and make it the active one.

    Example: mathplan plan --months 6 --budget 500 --goal llm
    """
    from mathplan.plan import Profile, to_document
    from mathplan.planner import default_start, make_plan

    _check_finite("--budget", budget, "a number of US dollars, 0 to 1,000,000")
    if budget > MAX_BUDGET:
        raise UsageError(f"--budget: {budget:g} is over the limit; use 0 to 1,000,000 US dollars")
    _check_hours_per_week(hours_per_week)
    _check_finite("--review-share", review_share, "a share from 0 to 0.5")
    if not 0 <= review_share <= 0.5:
        raise UsageError(f"--review-share: {review_share:g} is out of range; use 0 to 0.5")
    if depth is not None and depth not in DEPTHS:
        raise UsageError(f"--depth: {depth!r} is not valid; use practical or rigorous")
    today = _today()
    first_day = _parse_date("--start", start) if start is not None else default_start(today)
    cat = _catalog(catalog)
    if depth is None:
        goal_depth = cat.goals[goal].depth if goal in cat.goals else None
        depth = goal_depth.value if goal_depth is not None else "practical"
    pairs = [(t.id, t.title) for t in cat.topics.values()]
    known = tuple(dict.fromkeys(_resolve_option("--know", name, pairs) for name in know or []))
    profile = Profile(
        months=months,
        budget=round(budget, 2),
        hours_per_week=hours_per_week,
        start=first_day,
        goal=goal,
        depth=depth,
        known=known,
        own=tuple(dict.fromkeys(own or [])),
        review_share=review_share,
    )
    store = _store(create=True)
    result = make_plan(cat, profile, [str(p.resolve()) for p in catalog or []])
    document = to_document(result)
    store.save_plan(document, today)
    if as_json:
        _print_json(document)
        return
    _show_plan(result, weeks=weeks)
    unused = [r for r in profile.own if result.resource(r) is None]
    if unused:
        _note(
            f"You own {', '.join(unused)}, but better-rated resources teach its topics in this "
            "plan; see `mathplan why TOPIC` for every option."
        )
    _note("Saved as your active plan. Next: mathplan next")


def _resolve_option(option: str, name: str, pairs: list[tuple[str, str]]) -> str:
    from mathplan.names import resolve

    try:
        return str(resolve(name, pairs))
    except UsageError as exc:
        raise UsageError(f"{option}: {exc}") from None


def _show_plan(result: Plan, done: tuple[str, ...] = (), weeks: bool = False) -> None:
    """The one-screen summary; with ``weeks``, the week-by-week detail before it."""
    from mathplan.summary import plan_screen

    out = _out()
    parts = [*_weeks_detail(result, done), plan_screen(result, out.width)] if weeks else []
    _page(out, parts or [plan_screen(result, out.width)])


def _weeks_detail(result: Plan, done: tuple[str, ...] = ()) -> list[RenderableType]:
    """Everything the summary shortens: every week, the shopping list, every dropped topic."""
    from rich.text import Text

    from mathplan import render

    parts: list[RenderableType] = [
        render.weeks_table(result, done),
        render.shopping_list(result),
    ]
    if result.dropped:
        parts.append(render.dropped_table(result))
    for choice in result.choices:
        parts.append(Text.assemble((choice.question, "bold"), " ", choice.answer))
    return parts


def _page(out: Console, parts: list[RenderableType]) -> None:
    """Print ``parts``; through a pager only when stdout is a terminal and they overflow it.

    The pager is Rich's (Python's ``pydoc`` pager: ``$PAGER``, else ``less``); ``less`` gets
    ``-FRX`` unless ``$LESS`` says otherwise, so colours survive and a short page just prints.
    """
    if out.is_terminal:
        import os

        with out.capture() as capture:
            for part in parts:
                out.print(part)
        text = capture.get()
        if text.count("\n") > out.height:
            os.environ.setdefault("LESS", "FRX")
            with out.pager(styles=True):
                out.print(text, end="", markup=False, highlight=False, emoji=False)
            return
        out.file.write(text)
        out.file.flush()
        return
    for part in parts:
        out.print(part)


@app.command()
def show(
    weeks: Annotated[bool, typer.Option("--weeks", help="Show every week in detail.")] = False,
    week: Annotated[
        int | None, typer.Option("--week", min=1, help="Show one week in full (its number).")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Show the active plan: its one-screen summary, every week (--weeks) or one (--week N).

    Example: mathplan show --week 3
    """
    store, active, progress, _ = _learner()
    if as_json:
        document = store.active_plan()
        _print_json(document)
        return
    done = tuple(progress.done)
    out = _out()
    if week is not None:
        if week > len(active.weeks):
            raise UsageError(f"--week: {week} is past the plan's end; use 1 to {len(active.weeks)}")
        from mathplan.render import week_view

        _page(out, [week_view(active, week, done)])
        return
    from mathplan.summary import plan_screen

    parts: list[RenderableType] = (
        _weeks_detail(active, done) if weeks else [plan_screen(active, out.width)]
    )
    _page(out, parts)


# --- next, done, status --------------------------------------------------------------------------


@app.command("next")
def next_(as_json: JsonOpt = False) -> None:
    """Show the one thing to do now: a due review first, else the next topic to study.

    Example: mathplan next
    """
    from mathplan.progress import next_step, status

    _, active, progress, today = _learner()
    step = next_step(active, progress, today)
    state = status(active, progress, today)
    if step is None:
        message = (
            f"All {state.total_topics} planned topics are done. Well done!"
            if state.total_topics
            else "Nothing fits in this plan; make one with more months or hours a week: "
            "mathplan plan --months 6 --hours-per-week 10"
        )
        if as_json:
            _print_json({"topic": None, "message": message, "status": state.state})
        else:
            _out().print(message)
        return
    topic = step.topic
    resource = active.resource(topic.resource)
    resource_title = resource.title if resource else topic.resource
    exercise_cmd = exercise_command(topic.id, active.catalog_files)
    authors = resource.authors if resource else ()
    if as_json:
        _print_json(
            {
                "topic": topic.id,
                "title": topic.title,
                "kind": step.kind,
                "why": topic.why,
                "hours": step.hours,
                "resource": topic.resource,
                "resource_title": resource_title,
                "where": topic.where,
                "exercise": topic.exercise,
                "check": topic.check,
                "exercise_command": exercise_cmd,
                "week": topic.first_week if step.kind == "study" else state.week,
                "last_week": topic.last_week,
                "current_week": state.week,
                "due": step.due.isoformat() if step.due else None,
                "status": state.state,
                "hours_ahead": state.difference,
                "reviews_due": state.reviews_due,
            }
        )
        return
    from mathplan.render import authors_short, next_panel

    cited = f"{resource_title} — {authors_short(authors)}" if authors else resource_title
    out = _out()
    out.print(next_panel(step, cited, state))
    if exercise_cmd is not None:
        from rich.text import Text  # a str would be scanned for emoji codes, an import more

        out.print(Text(f"Runnable exercise: {exercise_cmd}"))


@app.command()
def done(
    topic: TopicArg,
    date: Annotated[
        str | None, typer.Option(help="The day you finished it, YYYY-MM-DD (default today).")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Record a topic as done (any planned topic, in any order); schedules its reviews.

    Example: mathplan done svd
    """
    from mathplan.progress import exercise_passed, fold, status, unfinished_prerequisites

    today = _today()
    when = _parse_date("--date", date) if date is not None else today
    if when > today:
        raise UsageError(f"--date: {when} is in the future; use today ({today}) or earlier")
    store = _store(write=True)
    with store.transaction():  # decide from what is stored now, and write in the same breath
        active = _active_plan(store)
        topic_id = _plan_topic(active, topic)
        events = store.events()
        progress = fold(events)
        already = progress.done.get(topic_id)
        if already is None and topic_id in progress.known:
            raise MathplanError(f"{topic_id} is already marked as known; nothing changed")
        if already is None:
            from mathplan.progress import Event
            from mathplan.review import finished

            card = finished(when)
            data = {"card": card.card, "due": card.due.isoformat()}
            event_id = store.add_event("done", when, topic_id, data)
            progress = fold([*events, Event(event_id, when, "done", topic_id, data=data)])
    missing = unfinished_prerequisites(active, progress, topic_id)
    state = status(active, progress, today)
    title = _title(active, topic_id)
    evidence = progress.exercises.get(topic_id) if exercise_passed(progress, topic_id) else None
    card_due = progress.cards[topic_id].due if topic_id in progress.cards else None
    if as_json:
        _print_json(
            {
                "topic": topic_id,
                "title": title,
                "date": (already or when).isoformat(),
                "already_done": already is not None,
                "exercise": {"passed": evidence["passed"], "total": evidence["total"]}
                if evidence
                else None,
                "unfinished_prerequisites": missing,
                "next_review": card_due.isoformat() if card_due else None,
                "done_hours": state.done_hours,
                "planned_hours": state.planned_hours,
                "status": state.state,
            }
        )
        return
    from mathplan import render

    if already is not None:
        _note(f"{title} was already marked done on {already}; nothing changed.")
    else:
        review = f"; first review on {card_due}" if card_due else ""
        _note(f"Marked {title} done ({when}){review}.")
    if evidence:
        _note(f"Evidence: passed exercise: {evidence['passed']}/{evidence['total']} checks.")
    if missing:
        _note(f"Note: its prerequisites are not done yet: {', '.join(missing)}")
    out = _out()
    out.print(render.progress_line(state.covered_hours, state.planned_hours))
    out.print(render.pace_text(state.state, state.difference))


def _plan_topic(active: Plan, name: str) -> str:
    """A topic of the active plan; a catalog topic outside the plan gets a message that says so."""
    from mathplan.names import resolve

    try:
        return resolve(name, [(t.id, t.title) for t in active.topics])
    except UnknownTopic as unknown:
        outside = _catalog_topic(name, active, unknown)
        reason = (
            "you already know it"
            if outside in active.profile.known
            else "it did not fit"
            if outside in {d.topic for d in active.dropped}
            else "your goal does not need it"
        )
        raise UsageError(
            f"{outside} is not in your active plan ({reason}); see: mathplan why {outside}"
        ) from None


def _catalog_topic(name: str, active: Plan, unknown: UnknownTopic) -> str:
    """The catalog topic a name outside the plan means; else the plan's error, or, when the
    plan had nothing close, the catalog's (its suggestions come from every topic)."""
    from mathplan.names import resolve

    try:
        cat = _catalog([Path(f) for f in active.catalog_files if Path(f).is_file()])
        return str(resolve(name, [(t.id, t.title) for t in cat.topics.values()]))
    except UnknownTopic as in_catalog:
        raise (unknown if unknown.suggestions else in_catalog) from None
    except MathplanError:
        raise unknown from None


def _title(active: Plan, topic_id: str) -> str:
    planned = active.topic(topic_id)
    return planned.title if planned else topic_id


@app.command()
def know(
    topic: TopicArg,
    as_json: JsonOpt = False,
) -> None:
    """Mark a planned topic as already known: it counts as covered and satisfies prerequisites.

    Example: mathplan know vectors
    """
    from mathplan.progress import fold, known_topics, status

    store = _store(write=True)
    with store.transaction():  # decide from what is stored now, and write in the same breath
        active = _active_plan(store)
        topic_id = _plan_topic(active, topic)
        progress = _progress(store)
        if topic_id in progress.done:
            raise MathplanError(
                f"{topic_id} is already done (on {progress.done[topic_id]}); nothing changed"
            )
        already = topic_id in known_topics(active, progress)
        if not already:
            store.add_event("know", _today(), topic_id)
            progress = fold(store.events())
    state = status(active, progress, _today())
    if as_json:
        _print_json(
            {
                "topic": topic_id,
                "title": _title(active, topic_id),
                "already_known": already,
                "known_topics": state.known_topics,
                "remaining_hours": state.remaining_hours,
                "status": state.state,
            }
        )
        return
    title = _title(active, topic_id)
    if already:
        _note(f"{title} is already marked as known; nothing changed.")
    else:
        _note(f"Marked {title} as known: {state.remaining_hours:g} h of study left.")


@app.command("review")
def review_(
    topic: TopicArg,
    rating: Annotated[
        str,
        typer.Option(
            help="How well you remembered it: again, hard, good or easy.",
            autocompletion=complete.rating,
        ),
    ] = "good",
    as_json: JsonOpt = False,
) -> None:
    """Record a review of a finished topic; FSRS schedules the next one.

    Example: mathplan review svd --rating hard
    """
    from mathplan.review import RATINGS, CardState, rate

    if rating not in RATINGS:
        raise UsageError(f"--rating: {rating!r} is not valid; use {', '.join(RATINGS)}")
    store = _store(write=True)
    with store.transaction():  # the card reviewed is the one stored when the review is written
        active = _active_plan(store)
        topic_id = _plan_topic(active, topic)
        progress = _progress(store)
        card = progress.cards.get(topic_id)
        if card is None:
            raise MathplanError(
                f"{topic_id} is not done yet; reviews start once it is (mathplan done {topic_id})"
            )
        today = _today()
        new = rate(CardState(card.state, card.due), rating, today)
        data = {"rating": rating, "card": new.card, "due": new.due.isoformat()}
        store.add_event("review", today, topic_id, data)
    days = (new.due - today).days
    if as_json:
        _print_json(
            {"topic": topic_id, "rating": rating, "next_review": new.due.isoformat(), "days": days}
        )
        return
    _note(
        f"Reviewed {_title(active, topic_id)} ({rating}); next review on {new.due}, "
        f"in {days} day{'s' if days != 1 else ''}."
    )


@app.command("status")
def status_(as_json: JsonOpt = False) -> None:
    """Show progress, pace, a forecast of the finish and a burn-up chart.

    Example: mathplan status
    """
    from mathplan.forecast import forecast
    from mathplan.progress import done_with_exercise, status

    _, active, progress, today = _learner()
    state = status(active, progress, today)
    tested = done_with_exercise(progress)
    fc = forecast(active, progress, today)
    if as_json:
        _print_json(
            {
                "done_hours": state.done_hours,
                "known_hours": state.known_hours,
                "planned_hours": state.planned_hours,
                "expected_hours": state.expected_hours,
                "remaining_hours": state.remaining_hours,
                "hours_ahead": state.difference,
                "done_topics": state.done_topics,
                "known_topics": state.known_topics,
                "total_topics": state.total_topics,
                "status": state.state,
                "week": state.week,
                "weeks": state.weeks,
                "reviews_due": state.reviews_due,
                "done_with_exercise": tested,
                "done_self_reported": [t for t in progress.done if t not in tested],
                "areas": [
                    {"area": a.area, "done_hours": a.done_hours, "planned_hours": a.planned_hours}
                    for a in state.areas
                ],
                "forecast": {
                    "pace_hours_per_week": fc.pace,
                    "window_days": fc.window_days,
                    "projected_finish": fc.projected_finish.isoformat()
                    if fc.projected_finish
                    else None,
                    "plan_end": fc.end.isoformat(),
                    "on_time": fc.on_time,
                    "needed_hours_per_week": fc.needed_per_week,
                    "drop": [
                        {"topic": t, "title": n, "priority": p, "hours": h}
                        for t, n, p, h in fc.drop
                    ],
                },
                "burnup": [
                    {"week": p.week, "end": p.end.isoformat(), "planned": p.planned, "done": p.done}
                    for p in fc.burnup
                ],
            }
        )
        return
    from mathplan import render

    out = _out()
    out.print(render.status_view(state))
    if progress.done:
        out.print(render.evidence_line(tested, len(progress.done)))
    out.print(render.forecast_view(fc, active.profile.hours_per_week))
    out.print(render.burnup_chart(fc))


# --- placement and replanning --------------------------------------------------------------------


@app.command()
def assess(as_json: JsonOpt = False) -> None:
    """Placement: answer one self-check per core topic; what you know leaves the plan.

    Reads y/n answers from the terminal, or one a line from stdin when it is not a terminal
    (scripted: printf 'y\\nn\\n' | mathplan assess).

    Example: mathplan assess
    """
    from mathplan.placement import Placement

    store = _store(write=True)
    asked_about = store.active_plan()
    active = _active_plan(store)
    progress = _progress(store)
    placement = Placement(active, progress)
    ask = _terminal_question if sys.stdin.isatty() else _line_question()
    while (question := placement.next_question()) is not None:
        answer = ask(question.check, placement.asked + 1)
        if answer is None:
            break
        placement.answer(question.id, answer)
    if placement.known:
        import uuid

        from mathplan.progress import known_topics

        # The answers took a while: record them against what is stored now, in one transaction.
        with store.transaction():
            if store.active_plan() != asked_about:
                raise MathplanError(
                    "the active plan changed while you answered; nothing was recorded. "
                    "Run mathplan assess again"
                )
            now = _progress(store)
            fresh = [t for t in placement.known if t not in now.done]
            fresh = [t for t in fresh if t not in known_topics(active, now)]
            if fresh:
                store.add_events("know", _today(), fresh, batch=f"assess-{uuid.uuid4().hex}")
    result = placement.summary()
    if as_json:
        _print_json(result)
        return
    if not placement.asked:
        if placement.next_question() is None:
            _note("Nothing to ask: every core topic of the plan is already done or known.")
        else:
            _note("No answers given; nothing changed.")
        return
    _note(
        f"You already know {len(placement.known)} of {placement.asked} topics asked"
        f" ({len(result['skipped'])} skipped after a 'no'). The plan got"
        f" {result['hours_saved']:g} h smaller: {result['remaining_hours']:g} h left."
        " To reschedule: mathplan replan"
    )


def _terminal_question(check: str, number: int) -> bool | None:
    from rich.prompt import Confirm

    try:
        return bool(Confirm.ask(f"{number}. {check}", console=_err()))
    except EOFError:  # Ctrl-D: stop asking, keep the answers given so far
        return None


def _line_question() -> Any:
    """Answers from a pipe: one y/n a line; a malformed line stops with a usage error."""
    lines = iter(sys.stdin.readline, "")
    answers = {"y": True, "yes": True, "n": False, "no": False}

    def ask(check: str, number: int) -> bool | None:
        line = next(lines, None)
        if line is None:
            return None
        word = line.strip().lower()
        if word not in answers:
            raise UsageError(f"answer {number}: {line.strip()!r} is not valid; answer y or n")
        _note(f"{number}. {check} {word}")
        return answers[word]

    return ask


@app.command()
def replan(
    from_: Annotated[
        str | None,
        typer.Option("--from", help="Reschedule from this day, YYYY-MM-DD (default: today)."),
    ] = None,
    months: Annotated[
        int | None,
        typer.Option(
            min=1, max=60, help="New length in months from --from (default: keep the end)."
        ),
    ] = None,
    hours_per_week: Annotated[
        float | None, typer.Option(help="New study hours per week (default: keep).")
    ] = None,
    drop: Annotated[
        list[str] | None,
        typer.Option(
            "--drop",
            help="A topic to leave out from now on (repeatable).",
            metavar="TOPIC",
            autocompletion=complete.topic_in_plan,
        ),
    ] = None,
    catalog: CatalogOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Reschedule what is left from now to the plan's end (or a new --months).

    Done and known topics stay out; the earlier plan stays in history.
    Example: mathplan replan --months 4
    """
    from mathplan.plan import to_document
    from mathplan.planner import make_plan
    from mathplan.replan import changes, replan_profile

    today = _today()
    start = _parse_date("--from", from_) if from_ is not None else None
    if hours_per_week is not None:
        _check_hours_per_week(hours_per_week)
    store = _store(write=True)
    with store.transaction():  # reschedule exactly the plan and progress stored when it saves
        active = _active_plan(store)
        progress = _progress(store)
        stored_files = [Path(f) for f in active.catalog_files]
        _check_catalog_files(stored_files, stored=True)  # say clearly when a stored file is gone
        files = [*stored_files, *(p.resolve() for p in catalog or [])]
        cat = _catalog(files)
        pairs = [(t.id, t.title) for t in cat.topics.values()]
        skip = [_resolve_option("--drop", name, pairs) for name in drop or []]
        profile = replan_profile(active, progress, today, cat, start, months, hours_per_week, skip)
        result = make_plan(cat, profile, [str(f) for f in files])
        store.save_plan(to_document(result), today, kind="replan")
    if as_json:
        _print_json(to_document(result))
        return
    from mathplan import render

    _show_plan(result, tuple(progress.done))
    moved, lost = changes(active, result, progress)
    _out().print(render.changes_table(moved, lost))
    _note(
        "Saved as your active plan (the earlier one stays in history; mathplan undo restores it)."
    )


# --- exports and catalogs ------------------------------------------------------------------------


@app.command()
def export(
    format_: Annotated[
        str,
        typer.Option(
            "--format", "-f", help="json, markdown or ics.", autocompletion=complete.export_format
        ),
    ] = "markdown",
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file instead of stdout ('-': stdout)."),
    ] = None,
    days: Annotated[
        str, typer.Option(help="ics: study days, e.g. mon,wed,sat.")
    ] = "mon,tue,wed,thu,fri",
    at: Annotated[str, typer.Option(help="ics: start time of each session, HH:MM.")] = "19:00",
    session_hours: Annotated[
        float | None,
        typer.Option(help="ics: hours per session (default: the week's hours over your days)."),
    ] = None,
    tz: Annotated[
        str | None,
        typer.Option(
            help="ics: time zone, e.g. America/Los_Angeles (default: system).",
            autocompletion=complete.time_zone,
        ),
    ] = None,
) -> None:
    """Export the active plan as JSON, a Markdown checklist, or calendar events.

    Example: mathplan export --format ics --days mon,wed,sat --at 19:00 -o plan.ics
    """
    from mathplan import export as exporter
    from mathplan import outfile
    from mathplan.plan import to_document
    from mathplan.progress import status

    formats = ("json", "markdown", "ics")
    if format_ not in formats:
        raise UsageError(f"--format: {format_!r} is not valid; use {', '.join(formats)}")
    if output is not None:
        outfile.check_writable(output)
    store = _store()
    active = _active_plan(store)
    progress = _progress(store)
    if format_ == "json":
        state = status(active, progress, _today())
        doc = exporter.json_document(to_document(active), progress, state)
        data = (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode()
    elif format_ == "markdown":
        reviews = exporter.reviews_recorded(store.events(), active)
        title = active.goal_title or active.profile.goal
        data = exporter.markdown(active, progress, title, reviews).encode()
    else:
        data = _ics(active, store, days, at, session_hours, tz)
    outfile.write(output or Path(outfile.STDOUT), data)
    if output is not None and not outfile.is_stdout(output):
        _note(f"Wrote {output}")


def _ics(
    active: Plan, store: Store, days: str, at: str, session_hours: float | None, tz: str | None
) -> bytes:
    from mathplan import export as exporter

    try:
        weekdays = exporter.parse_days(days)
    except ValueError as exc:
        raise UsageError(
            f"--days: {exc}; use day names separated by commas: mon, tue, wed, thu, fri, sat, "
            "sun, their full names, or tues, thur, thurs"
        ) from None
    try:
        start_time = dt.time.fromisoformat(at.strip())
    except ValueError:
        start_time = None
    if start_time is None or start_time.tzinfo is not None:
        raise UsageError(f"--at: {at!r} is not a time; use HH:MM, e.g. 19:00 (zone: --tz)")
    if session_hours is not None:
        _check_finite("--session-hours", session_hours, "hours from 0.25 to 12")
        if not 0.25 <= session_hours <= 12:
            raise UsageError(f"--session-hours: {session_hours:g} is out of range; use 0.25 to 12")
    zone = _zone(tz)

    def sessions_of(plan: Plan) -> tuple[list[Any], int]:
        if session_hours is None:  # the week's hours over the days; short weeks get longer ones
            quarters = max(1, math.ceil(plan.profile.hours_per_week / len(weekdays) * 4))
            return exporter.sessions(plan, weekdays, start_time, quarters, zone)
        quarters = int(session_hours * 4)
        return exporter.sessions(plan, weekdays, start_time, quarters, zone, fit_weeks=False)

    events, unplaced = sessions_of(active)
    if unplaced:
        _note(
            f"Note: {unplaced / 4:g} h of the plan found no session; "
            "add --days or raise --session-hours"
        )
    earlier = [sessions_of(plan)[0] for plan in _earlier_plans(store)]
    cancelled = exporter.withdrawn(events, earlier, _today())
    return exporter.ics(active, events, zone, sequence=store.plan_count(), cancelled=cancelled)


def _earlier_plans(store: Store) -> list[Plan]:
    """Every stored plan but the active one, oldest first: their future events that the active
    plan no longer has are exported as cancelled. One that cannot be read is passed over (it
    can only add cancellations; `mathplan doctor` reports it)."""
    from mathplan.plan import from_document
    from mathplan.progress import effective

    events = store.events()
    made = [e for e in events if e.kind in ("plan", "replan") and e.plan_id is not None]
    made_ids = {e.id for e in made}
    live = [e for e in effective(events) if e.id in made_ids]
    active = live[-1].plan_id if live else None
    plans = []
    for plan_id in sorted({e.plan_id for e in made if e.plan_id is not None} - {active}):
        document = store.plan_document(plan_id)
        try:
            plans.append(from_document(document or {}))
        except (KeyError, TypeError, ValueError, AttributeError):
            continue
    return plans


def _zone(name: str | None) -> Any:
    from mathplan.clock import zone

    return zone(name)


catalog_app = typer.Typer(
    help="Check or start your own catalog file.\n\nExample: mathplan catalog init -o mine.toml",
    no_args_is_help=True,
)
app.add_typer(catalog_app, name="catalog")
app.add_typer(exercise_app, name="exercise")


@catalog_app.command("validate")
def catalog_validate(
    paths: Annotated[list[Path], typer.Argument(help="Catalog TOML files to check.")],
    as_json: JsonOpt = False,
) -> None:
    """Check catalog files merged over the bundled catalog; list every problem.

    Example: mathplan catalog validate my-books.toml
    """
    from mathplan.catalog import bundled_paths, check_catalog

    catalog, problems = check_catalog([*bundled_paths(), *paths])
    if as_json:
        _print_json({"valid": not problems, "problems": problems})
    else:
        for problem in problems:
            typer.echo(problem)
        if catalog is not None:
            _note(
                f"OK: {', '.join(str(p) for p in paths)} merged over the bundled catalog gives "
                f"{len(catalog.topics)} topics, {len(catalog.resources)} resources, "
                f"{len(catalog.goals)} goals."
            )
        else:
            _note(f"{len(problems)} problem(s) found.")
    if problems:
        raise typer.Exit(1)


@catalog_app.command("init")
def catalog_init(
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write here instead of stdout ('-': stdout)."),
    ] = None,
    force: Annotated[bool, typer.Option(help="Overwrite an existing file.")] = False,
) -> None:
    """Write a commented catalog template that validates as written.

    Example: mathplan catalog init -o my-books.toml
    """
    from mathplan import outfile
    from mathplan.template import CATALOG_TEMPLATE

    target = output or Path(outfile.STDOUT)
    if outfile.replaces_a_file(target) and not force:
        raise UsageError(f"--output: {str(target)!r} exists; pass --force to overwrite it")
    outfile.check_writable(target)
    outfile.write(target, CATALOG_TEMPLATE.encode())
    if not outfile.is_stdout(target):
        _note(f"Wrote {target}; check it with: mathplan catalog validate {target}")


# --- keeping the data safe -----------------------------------------------------------------------


@app.command()
def doctor(
    repair: Annotated[
        bool,
        typer.Option(
            help="Back up the database, then move damaged rows into its 'quarantine' table."
        ),
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Check the database and the catalogs, and say what is found (changes nothing).

    Example: mathplan doctor
    """
    from mathplan.doctor import examine

    if repair:
        _repair()
    findings = examine()
    if as_json:
        _print_json(
            {
                "ok": all(f.ok for f in findings),
                "checks": [{"check": f.check, "ok": f.ok, "detail": f.detail} for f in findings],
            }
        )
    else:
        for f in findings:
            mark = "ok " if f.ok else "BAD"
            typer.echo(f"[{mark}] {f.check}: {f.detail}")
    if not all(f.ok for f in findings):
        raise typer.Exit(1)


def _repair() -> None:
    from mathplan.doctor import repair

    _today()
    done = repair()
    if done is None:
        _note("Nothing to repair: no damaged rows.")
        return
    say = _err()
    for table, row_id, why in done.moved:
        say.print(f"Moved {table[:-1]} #{row_id} into quarantine: {why}", soft_wrap=True)
    db = done.database
    say.print(
        f"Moved {len(done.moved)} damaged rows into the table 'quarantine' of {db} (nothing was "
        f"deleted). A backup from before the repair is {done.backup}; to undo the repair, with "
        f"no mathplan running: cp '{done.backup}' '{db}' && rm -f '{db}-wal' '{db}-shm'",
        soft_wrap=True,
        markup=False,
    )


@app.command()
def backup(
    path: Annotated[Path, typer.Argument(help="Where to write the copy ('-': stdout).")],
    force: Annotated[bool, typer.Option(help="Overwrite an existing file.")] = False,
) -> None:
    """Write a consistent copy of your database (safe while other commands run).

    Example: mathplan backup ~/mathplan-backup.db
    """
    import tempfile

    from mathplan import outfile

    if outfile.replaces_a_file(path) and not force:
        raise UsageError(f"{str(path)!r} exists; pass --force to overwrite it")
    outfile.check_writable(path)
    from mathplan.store import open_any_version

    store = open_any_version()  # a byte copy: a newer schema can be saved before switching
    if not outfile.is_stdout(path) and path.resolve() in {
        store.path.resolve(),
        *(store.path.with_name(store.path.name + x).resolve() for x in ("-wal", "-shm")),
    }:
        raise UsageError(f"{str(path)!r} is the live database itself; back up somewhere else")
    # SQLite's backup API writes a database file; the copy is made in a private folder and then
    # written out by the rules every output follows (atomic for a file, straight to a pipe).
    with tempfile.TemporaryDirectory(prefix="mathplan-backup-") as folder:
        copy = Path(folder) / "backup.db"
        store.backup(copy)
        outfile.write(path, copy.read_bytes())
    where = "stdout" if outfile.is_stdout(path) else path
    try:
        plans, events = store.counts()
    except StoreError:  # a schema this mathplan does not know: the copy is still whole
        _note(f"Backed up {store.path} to {where}")
        return
    _note(f"Backed up {plans} plans and {events} events to {where}")


# --- history -------------------------------------------------------------------------------------


@app.command()
def undo(as_json: JsonOpt = False) -> None:
    """Revert the last change (done, know, review, exercise result, plan or replan); repeat to go
    further back.

    Example: mathplan undo
    """
    from mathplan.progress import undo_targets

    try:
        store = _store(write=True)
    except NoPlan:
        raise MathplanError("nothing to undo") from None
    with store.transaction():  # two undos at once revert two changes, never one twice
        targets = undo_targets(store.events())
        if not targets:
            raise MathplanError("nothing to undo")
        store.add_undos(_today(), [(t.id, t.topic) for t in targets])
        if len(targets) > 1:
            what = (
                f"the assessment of {targets[0].at} ({len(targets)} topics marked known: "
                f"{', '.join(str(t.topic) for t in targets)})"
            )
        else:
            what = _describe_event(targets[0], store)
    if as_json:
        _print_json(
            {
                "undone": [
                    {"id": t.id, "kind": t.kind, "topic": t.topic, "at": t.at.isoformat()}
                    for t in targets
                ],
                "message": f"Undid {what}",
            }
        )
        return
    _note(f"Undid {what}.")


def _describe_event(event: Any, store: Store) -> str:
    if event.kind in ("plan", "replan"):
        doc = store.plan_document(event.plan_id) if event.plan_id else None
        profile = doc.get("profile") if doc else None
        goal = profile.get("goal", "?") if isinstance(profile, dict) else "?"
        return f"the {event.kind} of {event.at} (goal {goal})"
    if event.kind == "review":
        return f"review of {event.topic} ({event.data.get('rating', '?')}) on {event.at}"
    if event.kind.startswith("exercise-"):
        result = f"{event.data.get('passed', '?')}/{event.data.get('total', '?')} checks"
        return f"the exercise result for {event.topic} ({result}) of {event.at}"
    verb = {"done": "done", "know": "known"}.get(event.kind, event.kind)
    return f"'{event.topic} {verb}' of {event.at}"


@app.command()
def log(as_json: JsonOpt = False) -> None:
    """List every change with its date, including what was undone.

    Example: mathplan log --json
    """
    try:
        events = _store().events()
    except NoPlan:
        events = []
    cancelled = {e.undoes for e in events if e.kind == "undo"}
    if as_json:
        _print_json(
            [
                {
                    "id": e.id,
                    "at": e.at.isoformat(),
                    "recorded_at": e.recorded_at,
                    "kind": e.kind,
                    "topic": e.topic,
                    "undone": e.id in cancelled,
                    "undoes": e.undoes,
                    "plan": e.plan_id,
                    **({"rating": e.data["rating"]} if "rating" in e.data else {}),
                    **({"next_review": e.data["due"]} if "due" in e.data else {}),
                    **(
                        {k: e.data.get(k) for k in ("passed", "failed", "total")}
                        if e.kind.startswith("exercise-")
                        else {}
                    ),
                }
                for e in events
            ]
        )
        return
    if not events:
        _note("Nothing recorded yet; start with: mathplan plan --months 6 --budget 500")
        return
    from mathplan.render import log_table

    rows = []
    for e in events:
        if e.kind == "undo":
            detail = f"reverts #{e.undoes}"
        elif e.kind in ("plan", "replan"):
            detail = f"plan #{e.plan_id}"
        elif "due" in e.data:
            detail = f"next review {e.data['due']}"
        elif e.kind.startswith("exercise-"):
            detail = f"{e.data.get('passed', '?')}/{e.data.get('total', '?')} checks passed"
        else:
            detail = ""
        rows.append((e.id, e.at.isoformat(), e.kind, e.topic or "", detail, e.id in cancelled))
    _out().print(log_table(rows))


# --- catalog views -------------------------------------------------------------------------------


@app.command()
def topics(
    depth: Annotated[
        str,
        typer.Option(
            help="Hours and prerequisites at practical or rigorous depth.",
            autocompletion=complete.depth,
        ),
    ] = "practical",
    catalog: CatalogOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show the topic graph by area, with priority and hours.

    Example: mathplan topics --depth rigorous
    """
    if depth not in DEPTHS:
        raise UsageError(f"--depth: {depth!r} is not valid; use practical or rigorous")
    document = _browsing(f"topics-{depth}", catalog)
    if as_json:
        _print_json(document)
        return
    from mathplan.render import topics_tree

    _out().print(topics_tree(document, depth))


def _browsing(name: str, paths: list[Path] | None) -> Any:
    """A browsing document (:mod:`mathplan.browse`), from the catalog cache when it is fresh."""
    from mathplan.catalog_cache import document

    _check_catalog_files(paths or [])

    def build() -> dict[str, Any]:
        from mathplan.browse import all_documents

        return all_documents(_catalog(paths))

    return document(name, paths or [], build)


def _show_browsing(name: str, catalog: list[Path] | None, as_json: bool, table: str) -> None:
    """A browsing document as JSON, or drawn by the render function named ``table``."""
    document = _browsing(name, catalog)
    if as_json:
        _print_json(document)
        return
    from mathplan import render

    _out().print(getattr(render, table)(document))


@app.command()
def resources(catalog: CatalogOpt = None, as_json: JsonOpt = False) -> None:
    """List the learning resources: authors, pricing, rating and how many topics each covers.

    Example: mathplan resources --json
    """
    _show_browsing("resources", catalog, as_json, "resources_table")


@app.command()
def goals(catalog: CatalogOpt = None, as_json: JsonOpt = False) -> None:
    """List the goals a plan can aim at, with their target topics.

    Example: mathplan goals
    """
    _show_browsing("goals", catalog, as_json, "goals_table")


@app.command()
def projects(catalog: CatalogOpt = None, as_json: JsonOpt = False) -> None:
    """List the projects: small runnable builds that make a cluster of topics real.

    Example: mathplan projects --json
    """
    _show_browsing("projects", catalog, as_json, "projects_table")


@app.command()
def why(
    topic: TopicArg,
    catalog: CatalogOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Explain a topic: why it matters, what it needs, what it unlocks, where to learn it.

    Example: mathplan why svd
    """
    from mathplan.names import resolve

    topic_id = resolve(
        topic, [(t["id"], t["title"]) for t in _browsing("topics-practical", catalog)]
    )
    document = _browsing("why", catalog)[topic_id]
    if as_json:
        _print_json(document)
        return
    from mathplan.render import why_view

    _out().print(why_view(document))


@app.command()
def schema(
    name: Annotated[
        str | None,
        typer.Argument(
            help="A document name (see the list); omit it to list them.",
            autocompletion=complete.schema_name,
        ),
    ] = None,
) -> None:
    """Print the JSON Schema of a --json document (plan, next, status, …); alone, list them.

    Example: mathplan schema plan
    """
    folder = Path(__file__).parent / "json_schemas"
    names = sorted(p.name.removesuffix(".schema.json") for p in folder.glob("*.schema.json"))
    if name is None:
        for known in names:
            typer.echo(known)
        return
    if name not in names:
        raise UsageError(f"{name!r} is not a document with a schema; use one of {', '.join(names)}")
    sys.stdout.write((folder / f"{name}.schema.json").read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> NoReturn:
    """Entry point of the console script and ``python -m mathplan``.

    Builds only the command that runs: turning all twenty Typer commands into Click commands
    costs more than everything ``mathplan next`` itself does (see README, Performance).
    """
    _Group.run(lazy_group(), argv)


class _LazyCommands(dict[str, Any]):
    """A group's commands, each built from its Typer definition the first time it is used."""

    def __init__(self, builders: dict[str, Any]) -> None:
        super().__init__(dict.fromkeys(builders))
        self._builders = builders

    def __getitem__(self, name: str) -> Any:
        value = super().__getitem__(name)
        if value is None:
            value = self._builders[name]()
            super().__setitem__(name, value)
        return value

    def get(self, name: str, default: Any = None) -> Any:
        if name not in self:
            return default
        return self[name]

    def values(self) -> Any:
        return [self[name] for name in self]

    def items(self) -> Any:
        return [(name, self[name]) for name in self]


def lazy_group() -> Any:
    """The app as a Click group whose commands are built on first use."""
    skeleton = typer.Typer(
        cls=_Group,
        name=app.info.name,
        help=app.info.help,
        no_args_is_help=True,
        add_completion=True,
        pretty_exceptions_enable=False,
    )
    skeleton.callback()(_root)
    group = typer.main.get_command(skeleton)
    for param in group.params:
        if param.name == "show_completion" and isinstance(param, typer.core.TyperOption):
            param.help = complete.SHOW_HELP
    markup = getattr(group, "rich_markup_mode", None)
    builders: dict[str, Any] = {}
    for info in app.registered_commands:
        name = info.name or typer.main.get_command_name(info.callback.__name__)  # type: ignore[union-attr]
        builders[name] = lambda info=info, name=name: complete.complete_topics_unfiltered(
            name,
            typer.main.get_command_from_info(
                info, pretty_exceptions_short=False, rich_markup_mode=markup
            ),
        )
    for group_info in app.registered_groups:
        builders[str(group_info.name)] = lambda group_info=group_info: (
            typer.main.get_group_from_info(
                group_info,
                pretty_exceptions_short=False,
                suggest_commands=True,
                rich_markup_mode=markup,
            )
        )
    group.commands = _LazyCommands(builders)  # type: ignore[attr-defined]
    return group


def _run_reporting_errors(invoke: Any, json_errors: bool = False) -> int:
    """Run ``invoke`` and turn every failure a user can cause into one stderr line and a code.

    With ``json_errors`` (the command line has ``--json``) the line is a JSON object instead,
    ``{"error": {"message", "code", "exit_code"}}``, so a script reading stdout as JSON can read
    stderr the same way; the exit code is the same either way.

    Click's exceptions are recognised by shape (``format_message`` and ``exit_code``) because
    recent Typer releases vendor their own copy of Click under a private module name.
    """
    _fall_back_to_ascii(sys.stdout)
    _fall_back_to_ascii(sys.stderr)
    try:
        return _invoked(invoke, json_errors)
    finally:
        _close_stores()


def _invoked(invoke: Any, json_errors: bool) -> int:
    try:
        result = invoke()
        return result if isinstance(result, int) else 0
    except BrokenPipeError:
        return _closed_pipe()
    except MathplanError as exc:
        from mathplan.errors import clip_inputs

        line = clip_inputs(f"mathplan: error: {exc}")
        _report(line, clip_inputs(str(exc)), _error_code(exc), exc.exit_code, json_errors)
        return exc.exit_code
    except typer.Exit as exc:
        return int(getattr(exc, "exit_code", 0) or 0)
    except typer.Abort:
        _report("mathplan: aborted", "aborted", "aborted", 1, json_errors)
        return 1
    except KeyboardInterrupt:
        return 130
    except OSError as exc:  # a folder or file we were not allowed to touch, a full disk, ...
        where = f": {exc.filename}" if exc.filename else ""
        _err().print(f"mathplan: error: {exc.strerror or exc}{where}", markup=False, soft_wrap=True)
        return 1
    except Exception as exc:
        if not (hasattr(exc, "format_message") and hasattr(exc, "exit_code")):
            raise
        from mathplan.errors import clip_inputs

        message = clip_inputs(" ".join(str(exc.format_message()).split()))
        if not message:  # `mathplan` alone: the help it printed was the answer
            return 0
        _click_error(exc, message, json_errors)
        return int(exc.exit_code)


# What a stream that cannot encode a character prints instead (the rest becomes "?").
_ASCII = {
    "→": "->", "←": "<-", "↻": "(again)", "—": "-", "–": "-", "…": "...", "•": "*", "·": "-",
    "×": "x", "§": "S", "©": "(c)", "£": "GBP ", "€": "EUR ", "━": "#", "█": "#", "─": "-",
    "│": "|", "└": "+", "“": '"', "”": '"', "‘": "'", "’": "'", "≈": "~", "≤": "<=", "≥": ">=",
    "✓": "x", "\u00a0": " ",
}  # fmt: skip


def _ascii_replacement(exc: UnicodeError) -> tuple[str, int]:
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    text = exc.object[exc.start : exc.end]
    return "".join(_ASCII.get(c, "?") for c in text), exc.end


def _fall_back_to_ascii(stream: Any) -> None:
    """Where the terminal or pipe cannot encode our output (``LC_ALL=C``, ``PYTHONIOENCODING=
    ascii``), print ``->`` for an arrow and ``#`` for a bar instead of failing mid-command.

    The one place output is made printable: every console and ``print`` writes through these
    streams, and Rich draws its tables in ASCII by itself once it sees the stream's encoding."""
    import codecs

    encoding = getattr(stream, "encoding", None) or "ascii"
    try:
        "→━—§".encode(encoding)
        return
    except (UnicodeEncodeError, LookupError):
        pass
    try:
        codecs.lookup_error("mathplan-ascii")
    except LookupError:
        codecs.register_error("mathplan-ascii", _ascii_replacement)
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="mathplan-ascii")


SIGPIPE_EXIT = 141  # 128 + SIGPIPE: what a shell reports for a writer whose reader went away


def _closed_pipe() -> int:
    """The reader of stdout went away (``mathplan plan | head -1``): stop quietly.

    Every command stores before it renders, so what is stored is already complete. Pointing
    stdout at /dev/null keeps Python's final flush from raising a second time at exit.
    """
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real file descriptor (tests, embedding)
        pass
    return SIGPIPE_EXIT


def _error_code(exc: MathplanError) -> str:
    """A stable, machine-readable name for an error: its class name in snake case."""
    import re

    return re.sub(r"(?<!^)(?=[A-Z])", "_", type(exc).__name__).lower().replace("mathplan_", "")


def _report(line: str, message: str, code: str, exit_code: int, as_json: bool) -> None:
    if as_json:
        error = {"error": {"message": message, "code": code, "exit_code": exit_code}}
        sys.stderr.write(json.dumps(error, ensure_ascii=False) + "\n")
        sys.stderr.flush()
        return
    _err().print(line, markup=False, highlight=False, soft_wrap=True)


def _click_error(exc: Any, message: str, as_json: bool = False) -> None:
    ctx = getattr(exc, "ctx", None)
    where = ctx.command_path if ctx is not None else "mathplan"
    _report(
        f"{where}: error: {message} (see '{where} --help')",
        f"{where}: {message}",
        "usage_error",
        int(exc.exit_code),
        as_json,
    )
