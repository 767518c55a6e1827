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
from mathplan.errors import MathplanError, NoPlan, UsageError

if TYPE_CHECKING:
    from rich.console import Console

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
            return super(_Group, self).main(
                args, prog_name or "mathplan", complete_var, standalone_mode=False, **extra
            )

        if not standalone_mode:
            return invoke()
        sys.exit(_run_reporting_errors(invoke))

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

JsonOpt = Annotated[
    bool, typer.Option("--json", help="Print one JSON document on stdout instead of tables.")
]
CatalogOpt = Annotated[
    list[Path] | None,
    typer.Option(
        "--catalog",
        help="Your own catalog TOML file, merged over the bundled one (repeatable).",
        metavar="PATH",
    ),
]
DEPTHS = ("practical", "rigorous")


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
    from rich.console import Console

    return Console(highlight=False)


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


def _store() -> Store:
    from mathplan.store import open_store

    return open_store()


def _active_plan(store: Store) -> Plan:
    from mathplan.plan import from_document

    document = store.active_plan()
    if document is None:
        raise NoPlan()
    return from_document(document)


def _progress(store: Store) -> Progress:
    from mathplan.progress import fold

    return fold(store.events())


def _catalog(paths: list[Path] | None) -> Catalog:
    from mathplan.catalog import load_catalog

    return load_catalog(paths or [])


def _parse_date(option: str, value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(f"{option}: {value!r} is not a date; use YYYY-MM-DD") from None


def _check_finite(option: str, value: float, valid: str) -> None:
    if not math.isfinite(value):
        raise UsageError(f"{option}: {value!r} is not a number; use {valid}")


# --- plan ----------------------------------------------------------------------------------------


@app.command()
def plan(
    months: Annotated[
        int, typer.Option(min=1, max=60, help="How many calendar months you have (1–60).")
    ] = 6,
    budget: Annotated[
        float, typer.Option(min=0, help="How many US dollars you can spend (0 or more).")
    ] = 0.0,
    hours_per_week: Annotated[
        float,
        typer.Option(help="Study hours per week (more than 0, at most 80)."),
    ] = 10.0,
    start: Annotated[
        str | None,
        typer.Option(help="First day, YYYY-MM-DD. Default: the coming Monday (today if Monday)."),
    ] = None,
    goal: Annotated[
        str, typer.Option(help="Goal id: general, deep-learning, llm, vision, research.")
    ] = "general",
    depth: Annotated[
        str,
        typer.Option(help="practical (code-first) or rigorous (adds the proofs)."),
    ] = "practical",
    know: Annotated[
        list[str] | None,
        typer.Option("--know", help="A topic you already know (repeatable).", metavar="TOPIC"),
    ] = None,
    own: Annotated[
        list[str] | None,
        typer.Option(
            "--own", help="A resource you already own: costs 0 (repeatable).", metavar="RESOURCE"
        ),
    ] = None,
    catalog: CatalogOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Make a study plan and make it the active one.

    Example: mathplan plan --months 6 --budget 500 --goal llm
    """
    from mathplan.names import resolve
    from mathplan.plan import Profile, to_document
    from mathplan.planner import default_start, make_plan

    _check_finite("--budget", budget, "a number of US dollars, 0 or more")
    _check_finite("--hours-per-week", hours_per_week, "a number over 0 and at most 80")
    if not 0 < hours_per_week <= 80:
        raise UsageError(
            f"--hours-per-week: {hours_per_week:g} is out of range; use more than 0 and at most 80"
        )
    if depth not in DEPTHS:
        raise UsageError(f"--depth: {depth!r} is not valid; use practical or rigorous")
    today = _today()
    first_day = _parse_date("--start", start) if start is not None else default_start(today)
    cat = _catalog(catalog)
    pairs = [(t.id, t.title) for t in cat.topics.values()]
    known = tuple(
        dict.fromkeys(_resolve_option("--know", name, pairs, resolve) for name in know or [])
    )
    profile = Profile(
        months=months,
        budget=round(budget, 2),
        hours_per_week=hours_per_week,
        start=first_day,
        goal=goal,
        depth=depth,
        known=known,
        own=tuple(dict.fromkeys(own or [])),
    )
    store = _store()
    result = make_plan(cat, profile, [str(p) for p in catalog or []])
    document = to_document(result)
    store.save_plan(document, today)
    if as_json:
        _print_json(document)
        return
    _show_plan(result, cat.goals[goal].title)
    _note("Saved as your active plan. Next: mathplan next")


def _resolve_option(option: str, name: str, pairs: list[tuple[str, str]], resolve: Any) -> str:
    try:
        return str(resolve(name, pairs))
    except UsageError as exc:
        raise UsageError(f"{option}: {exc}") from None


def _show_plan(result: Plan, goal_title: str, done: tuple[str, ...] = ()) -> None:
    from mathplan import render

    out = _out()
    out.print(render.plan_summary(result, goal_title))
    out.print(render.weeks_table(result, done))
    out.print(render.shopping_list(result))
    if result.dropped:
        out.print(render.dropped_table(result))
    else:
        out.print("Everything fits: nothing was dropped.")


# --- next, done, status --------------------------------------------------------------------------


@app.command("next")
def next_(as_json: JsonOpt = False) -> None:
    """Show the one thing to study now.

    Example: mathplan next
    """
    from mathplan.progress import next_topic, status

    store = _store()
    active = _active_plan(store)
    progress = _progress(store)
    topic = next_topic(active, progress)
    state = status(active, progress, _today())
    if topic is None:
        message = f"All {state.total_topics} planned topics are done. Well done!"
        if as_json:
            _print_json({"topic": None, "message": message, "status": state.state})
        else:
            _out().print(message)
        return
    resource = active.resource(topic.resource)
    resource_title = resource.title if resource else topic.resource
    if as_json:
        _print_json(
            {
                "topic": topic.id,
                "title": topic.title,
                "kind": "study",
                "why": topic.why,
                "hours": topic.hours,
                "resource": topic.resource,
                "resource_title": resource_title,
                "where": topic.where,
                "exercise": topic.exercise,
                "week": topic.first_week,
                "last_week": topic.last_week,
                "current_week": state.week,
                "status": state.state,
                "hours_ahead": state.difference,
            }
        )
        return
    from mathplan.render import next_panel

    _out().print(next_panel(topic, resource_title, state))


@app.command()
def done(
    topic: Annotated[str, typer.Argument(help="Topic id, unambiguous prefix, or title.")],
    date: Annotated[
        str | None, typer.Option(help="The day you finished it, YYYY-MM-DD (default today).")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Record a topic as done (any planned topic, in any order).

    Example: mathplan done svd
    """
    from mathplan.names import resolve
    from mathplan.progress import fold, status, unfinished_prerequisites

    today = _today()
    when = _parse_date("--date", date) if date is not None else today
    if when > today:
        raise UsageError(f"--date: {when} is in the future; use today ({today}) or earlier")
    store = _store()
    active = _active_plan(store)
    topic_id = resolve(topic, [(t.id, t.title) for t in active.topics])
    progress = _progress(store)
    already = progress.done.get(topic_id)
    if already is None:
        store.add_event("done", when, topic_id)
        progress = fold(store.events())
    missing = unfinished_prerequisites(active, progress, topic_id)
    state = status(active, progress, today)
    planned = active.topic(topic_id)
    title = planned.title if planned else topic_id
    if as_json:
        _print_json(
            {
                "topic": topic_id,
                "title": title,
                "date": (already or when).isoformat(),
                "already_done": already is not None,
                "unfinished_prerequisites": missing,
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
        _note(f"Marked {title} done ({when}).")
    if missing:
        _note(f"Note: its prerequisites are not done yet: {', '.join(missing)}")
    out = _out()
    out.print(render.progress_line(state.done_hours, state.planned_hours))
    out.print(render.pace_text(state.state, state.difference))


@app.command("status")
def status_(as_json: JsonOpt = False) -> None:
    """Show progress overall and per area, and whether you are ahead or behind.

    Example: mathplan status
    """
    from mathplan.progress import status

    store = _store()
    active = _active_plan(store)
    state = status(active, _progress(store), _today())
    if as_json:
        _print_json(
            {
                "done_hours": state.done_hours,
                "planned_hours": state.planned_hours,
                "expected_hours": state.expected_hours,
                "hours_ahead": state.difference,
                "done_topics": state.done_topics,
                "known_topics": state.known_topics,
                "total_topics": state.total_topics,
                "status": state.state,
                "week": state.week,
                "weeks": state.weeks,
                "areas": [
                    {"area": a.area, "done_hours": a.done_hours, "planned_hours": a.planned_hours}
                    for a in state.areas
                ],
            }
        )
        return
    from mathplan.render import status_view

    _out().print(status_view(state))


# --- catalog views -------------------------------------------------------------------------------


@app.command()
def topics(
    depth: Annotated[
        str, typer.Option(help="Hours for practical or rigorous depth.")
    ] = "practical",
    catalog: CatalogOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Show the topic graph by area, with priority and hours.

    Example: mathplan topics --depth rigorous
    """
    from mathplan.models import Depth

    if depth not in DEPTHS:
        raise UsageError(f"--depth: {depth!r} is not valid; use practical or rigorous")
    cat = _catalog(catalog)
    chosen = Depth(depth)
    if as_json:
        _print_json(
            [
                {
                    "id": t.id,
                    "title": t.title,
                    "area": t.area,
                    "priority": t.priority.value,
                    "hours": t.hours.for_depth(chosen),
                    "prerequisites": list(t.prerequisites),
                }
                for t in cat.topics.values()
            ]
        )
        return
    from mathplan.render import topics_tree

    _out().print(topics_tree(cat, chosen))


@app.command()
def resources(catalog: CatalogOpt = None, as_json: JsonOpt = False) -> None:
    """List the learning resources: pricing, cost, rating and how many topics each covers.

    Example: mathplan resources --json
    """
    cat = _catalog(catalog)
    if as_json:
        _print_json(
            [
                {
                    "id": r.id,
                    "title": r.title,
                    "authors": list(r.authors),
                    "kind": r.kind.value,
                    "edition": r.edition,
                    "year": r.year,
                    "publisher": r.publisher,
                    "isbn": r.isbn,
                    "style": r.style.value,
                    "pricing": r.pricing.model.value,
                    "cost": 0.0 if r.is_free else r.pricing.usd,
                    "price_verified": r.pricing.verified,
                    "price_source": r.pricing.source,
                    "price_checked": r.pricing.checked.isoformat(),
                    "price_as_of": r.pricing.as_of,
                    "price_note": r.pricing.note,
                    "url": r.url,
                    "rating": r.rating,
                    "rating_reason": r.rating_reason,
                    "source": r.source,
                    "checked": r.checked.isoformat(),
                    "coverage": [{"topic": c.topic, "where": c.where} for c in r.covers],
                }
                for r in cat.resources.values()
            ]
        )
        return
    from mathplan.render import resources_table

    _out().print(resources_table(cat))


@app.command()
def goals(catalog: CatalogOpt = None, as_json: JsonOpt = False) -> None:
    """List the goals a plan can aim at, with their target topics.

    Example: mathplan goals
    """
    cat = _catalog(catalog)
    if as_json:
        _print_json(
            [
                {"id": g.id, "title": g.title, "summary": g.summary, "targets": list(g.targets)}
                for g in cat.goals.values()
            ]
        )
        return
    from mathplan.render import goals_table

    _out().print(goals_table(cat))


@app.command()
def why(
    topic: Annotated[str, typer.Argument(help="Topic id, unambiguous prefix, or title.")],
    catalog: CatalogOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Explain a topic: why it matters, what it needs, what it unlocks, where to learn it.

    Example: mathplan why svd
    """
    from mathplan.graph import dependents
    from mathplan.names import resolve

    cat = _catalog(catalog)
    topic_id = resolve(topic, [(t.id, t.title) for t in cat.topics.values()])
    chosen = cat.topics[topic_id]
    graph = {t.id: t.prerequisites for t in cat.topics.values()}
    unlocks = dependents(graph).get(topic_id, [])
    teaching = sorted(
        cat.resources_for(topic_id),
        key=lambda r: (not r.is_free, -r.rating_for(topic_id), r.id),
    )
    if as_json:
        _print_json(
            {
                "id": chosen.id,
                "title": chosen.title,
                "area": chosen.area,
                "priority": chosen.priority.value,
                "hours": {"practical": chosen.hours.practical, "rigorous": chosen.hours.rigorous},
                "why": chosen.why,
                "exercise": chosen.exercise,
                "check": chosen.check,
                "requires": [{"topic": r.topic, "reason": r.reason} for r in chosen.requires],
                "unlocks": [
                    {
                        "topic": u,
                        "reason": next(
                            r.reason for r in cat.topics[u].requires if r.topic == topic_id
                        ),
                    }
                    for u in unlocks
                ],
                "resources": [
                    {
                        "id": r.id,
                        "title": r.title,
                        "pricing": r.pricing.model.value,
                        "cost": 0.0 if r.is_free else r.pricing.usd,
                        "where": (r.coverage_of(topic_id) or r.covers[0]).where,
                        "rating": r.rating_for(topic_id),
                    }
                    for r in teaching
                ],
            }
        )
        return
    from mathplan.render import why_view

    _out().print(why_view(cat, topic_id, unlocks, teaching))


def main(argv: list[str] | None = None) -> NoReturn:
    """Entry point of the console script and ``python -m mathplan``."""
    _Group.run(typer.main.get_command(app), argv)


def _run_reporting_errors(invoke: Any) -> int:
    """Run ``invoke`` and turn every failure a user can cause into one stderr line and a code.

    Click's exceptions are recognised by shape (``format_message`` and ``exit_code``) because
    recent Typer releases vendor their own copy of Click under a private module name.
    """
    try:
        result = invoke()
        return result if isinstance(result, int) else 0
    except MathplanError as exc:
        _err().print(f"mathplan: error: {exc}", markup=False, highlight=False, soft_wrap=True)
        return exc.exit_code
    except typer.Exit as exc:
        return int(getattr(exc, "exit_code", 0) or 0)
    except typer.Abort:
        _err().print("mathplan: aborted", markup=False)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:
        if not (hasattr(exc, "format_message") and hasattr(exc, "exit_code")):
            raise
        _click_error(exc)
        return int(exc.exit_code)


def _click_error(exc: Any) -> None:
    message = " ".join(str(exc.format_message()).split())
    ctx = getattr(exc, "ctx", None)
    where = ctx.command_path if ctx is not None else "mathplan"
    _err().print(
        f"{where}: error: {message} (see '{where} --help')",
        markup=False,
        highlight=False,
        soft_wrap=True,
    )
