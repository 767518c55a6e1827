"""``mathplan exercise``: write a runnable exercise, check it, list them.

Registered on the main app from ``cli.py``. Only Typer and the standard library are imported at
module level (``cli.py`` imports this module on every run); the exercise machinery, the catalog
and Rich are imported by the commands that use them, and nothing here imports NumPy: the checks
run in the learner's interpreter, in a subprocess.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from mathplan.errors import MathplanError, NoPlan
from mathplan.options import CatalogOpt, JsonOpt

if TYPE_CHECKING:
    from mathplan.exercises import ExerciseSpec, RunResult
    from mathplan.models import Catalog


class _ExerciseGroup(TyperGroup):
    """``mathplan exercise TOPIC`` is short for ``mathplan exercise write TOPIC``: the first
    argument that is not a subcommand (or an option) is a topic."""

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        if args and args[0] not in self.commands and not args[0].startswith("-"):
            args = ["write", *args]
        return super().resolve_command(ctx, args)


exercise_app = typer.Typer(
    cls=_ExerciseGroup,
    help=(
        "Runnable exercises: write one for a topic, run its checks, list them.\n\n"
        "Example: mathplan exercise svd, then: mathplan exercise check svd"
    ),
    no_args_is_help=True,
)

TopicArg = Annotated[str, typer.Argument(help="Topic id, unambiguous prefix, or title.")]
DirOpt = Annotated[
    Path | None,
    typer.Option(
        "--dir", help="The folder that holds your exercises (default: ./exercises).", metavar="DIR"
    ),
]


@exercise_app.command("write")
def write(
    topic: TopicArg,
    folder: DirOpt = None,
    force: Annotated[bool, typer.Option(help="Overwrite your existing exercise files.")] = False,
    catalog: CatalogOpt = None,
) -> None:
    """Write a topic's exercise (starter, checks) into DIR/TOPIC/; also: mathplan exercise TOPIC.

    Example: mathplan exercise svd --dir ~/study
    """
    from mathplan import exercises

    spec = _spec(_exercise_catalog(catalog), topic)
    target = exercises.learner_folder(_root(folder), spec.topic)
    existing = exercises.existing_learner_files(spec, target)
    if existing and not force:
        raise MathplanError(
            f"{existing[0]} already exists; your work is kept. Check it with: "
            f"mathplan exercise check {spec.topic}{_dir_flag(folder)} "
            "(or add --force to start over)"
        )
    written = exercises.write_exercise(spec, target)
    _note(f"Wrote {spec.title} ({len(spec.checks)} checks) to {target}/:")
    for path in written:
        _note(f"  {path.name}")
    _note(f"Edit {target / exercises.STARTER_FILE}, then run:")
    typer.echo(f"mathplan exercise check {spec.topic}{_dir_flag(folder)}")


@exercise_app.command("check")
def check(
    topic: TopicArg,
    folder: DirOpt = None,
    python: Annotated[
        str | None,
        typer.Option(
            "--python",
            help="The Python that runs your code (default: the one running mathplan).",
            metavar="PATH",
        ),
    ] = None,
    timeout: Annotated[
        float, typer.Option(help="Stop the run after this many seconds.", metavar="SECONDS")
    ] = 30.0,
    catalog: CatalogOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Run a topic's checks against your exercise.py and record the result.

    Exit code 0 when every check passes, 1 otherwise. Example: mathplan exercise check svd
    """
    import math

    from mathplan import exercises
    from mathplan.errors import UsageError

    if not math.isfinite(timeout) or not 0 < timeout <= 3600:
        raise UsageError(f"--timeout: {timeout:g} is out of range; use 1 to 3600 seconds")
    spec = _spec(_exercise_catalog(catalog), topic)
    interpreter = exercises.python_for(python)
    target = exercises.learner_folder(_root(folder), spec.topic)
    result = exercises.run_checks(spec, target, interpreter, timeout)
    recorded = _record(result)
    if as_json:
        _print_json(
            {
                **result.event()[1],
                "checks": [
                    {"name": o.check.name, "outcome": o.outcome, "message": o.message}
                    for o in result.outcomes
                ],
                "timed_out": result.timed_out,
                "recorded": recorded,
            }
        )
    else:
        from mathplan.cli import _out
        from mathplan.render import exercise_summary

        _out().print(exercise_summary(result, recorded))
    if not result.all_passed:
        raise typer.Exit(1)


@exercise_app.command("list")
def list_(folder: DirOpt = None, catalog: CatalogOpt = None, as_json: JsonOpt = False) -> None:
    """List the topics with a runnable exercise and your state: new, started, failed or passed.

    Example: mathplan exercise list
    """
    from mathplan import exercises
    from mathplan.progress import fold

    cat = _exercise_catalog(catalog)
    progress = fold(_events())
    root = _root(folder)
    rows = []
    for topic_id, entry in cat.exercises.items():
        spec = exercises.load_spec(topic_id, Path(entry.folder))
        state = exercises.exercise_state(
            progress.exercises.get(topic_id), exercises.learner_folder(root, topic_id)
        )
        rows.append((spec, state))
    if as_json:
        _print_json(
            [
                {"topic": s.topic, "title": s.title, "checks": len(s.checks), "state": state}
                for s, state in rows
            ]
        )
        return
    from mathplan.cli import _out
    from mathplan.render import exercise_list_table

    _out().print(exercise_list_table([(s.topic, s.title, len(s.checks), st) for s, st in rows]))


# --- helpers -------------------------------------------------------------------------------------


def _note(message: str) -> None:
    from mathplan.cli import _note as note

    note(message)


def _print_json(document: Any) -> None:
    sys.stdout.write(json.dumps(document, indent=2, ensure_ascii=False) + "\n")


def _root(folder: Path | None) -> Path:
    from mathplan.exercises import DEFAULT_DIR

    return (folder if folder is not None else DEFAULT_DIR).expanduser().absolute()


def _dir_flag(folder: Path | None) -> str:
    import shlex

    return "" if folder is None else f" --dir {shlex.quote(str(folder))}"


def _events() -> list[Any]:
    """The learner's events, or none when there is no database yet."""
    from mathplan.cli import _store

    try:
        store = _store()
    except NoPlan:
        return []
    try:
        return store.events()
    finally:
        store.close()


def _exercise_catalog(paths: list[Path] | None) -> Catalog:
    """The bundled catalog with ``--catalog`` files merged over it, else with the active plan's
    own catalog files (so exercises a learner's catalog ships are found without repeating it)."""
    from mathplan.cli import _active_plan, _catalog, _store

    if not paths:
        try:
            store = _store()
            try:
                files = _active_plan(store).catalog_files
            finally:
                store.close()
            paths = [Path(f) for f in files if Path(f).is_file()]
        except MathplanError:
            paths = []
    return _catalog(paths)


def _spec(cat: Catalog, name: str) -> ExerciseSpec:
    """The exercise meant by ``name``; a topic without one, or no topic, is a usage error that
    names the way to see the valid ones."""
    from mathplan.errors import AmbiguousTopic, UnknownTopic, UsageError
    from mathplan.exercises import load_spec
    from mathplan.names import resolve, suggestions

    with_exercise = [(t, cat.topics[t].title) for t in cat.exercises if t in cat.topics]
    try:
        topic_id = resolve(name, with_exercise)
    except AmbiguousTopic:
        raise
    except UnknownTopic:
        try:
            other = resolve(name, [(t.id, t.title) for t in cat.topics.values()])
        except UsageError:
            other = None
        count = len(with_exercise)
        if other is not None:
            raise UsageError(
                f"{other} has no runnable exercise yet; {count} topics have one "
                "(see: mathplan exercise list)"
            ) from None
        close = suggestions(name, with_exercise)
        raise UnknownTopic(
            name, close, "see `mathplan exercise list` for the topics with one"
        ) from None
    return load_spec(topic_id, Path(cat.exercises[topic_id].folder))


def _record(result: RunResult) -> bool:
    """Append the run's result to the event log when there is one; whether it was recorded."""
    from mathplan.cli import _store, _today

    try:
        store = _store(write=True)
    except NoPlan:
        _note("Not recorded: no plan yet (make one with: mathplan plan --months 6 --budget 500).")
        return False
    try:
        kind, data = result.event()
        store.add_event(kind, _today(), result.spec.topic, data)
    finally:
        store.close()
    return True


def exercise_command(topic: str, catalog_files: Sequence[str] = ()) -> str | None:
    """``mathplan exercise TOPIC`` when the topic has a runnable exercise, else None.

    Cheap on purpose (``next`` calls it): a bundled exercise is found by its folder, without
    loading the catalog; only a plan made with ``--catalog`` files reads those files' entries.
    """
    if (_bundled_exercises_dir() / topic / "exercise.toml").is_file():
        return f"mathplan exercise {topic}"
    for name in catalog_files:
        try:
            import tomllib

            with open(name, "rb") as handle:
                entries = tomllib.load(handle).get("exercise", [])
        except (OSError, ValueError):
            continue
        if any(isinstance(e, dict) and e.get("id") == topic for e in entries):
            return f"mathplan exercise {topic}"
    return None


def _bundled_exercises_dir() -> Path:
    """``data/exercises`` of the wheel or of a source checkout (as ``catalog.bundled_data_dir``
    finds it, without importing the catalog and pydantic)."""
    here = Path(__file__).resolve().parent
    packaged = here / "data"
    base = packaged if (packaged / "topics.toml").is_file() else here.parents[1] / "data"
    return base / "exercises"
