"""Tab completion of option values and topic names.

Runs on every key press, so it imports only the standard library (catalog TOML is read raw, not
validated) and never raises: a broken database or catalog completes nothing rather than print a
traceback into the shell. Topic names complete by the same rule ``done`` resolves them with
(:func:`mathplan.names.candidates`), so what is offered is what ``done`` accepts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

Completions = list[tuple[str, str]]  # (value, help shown by zsh and fish)

DEPTHS = (("practical", "code-first"), ("rigorous", "adds the proofs"))
FORMATS = (("json", "the plan and progress"), ("markdown", "a checklist"), ("ics", "calendar"))
RATINGS = (
    ("again", "forgot it"),
    ("hard", "remembered with effort"),
    ("good", "remembered"),
    ("easy", "remembered at once"),
)
SHELLS = ("bash", "zsh", "fish", "powershell", "pwsh")


def _data_dir() -> Path:
    """The bundled catalog folder, found as :func:`mathplan.catalog.bundled_data_dir` does
    (without importing it: it needs pydantic)."""
    here = Path(__file__).resolve().parent
    packaged = here / "data"
    return packaged if (packaged / "topics.toml").is_file() else here.parents[1] / "data"


def _entries(file: str, table: str) -> list[dict[str, Any]]:
    import tomllib

    with open(_data_dir() / file, "rb") as handle:
        entries = tomllib.load(handle).get(table, [])
    return [e for e in entries if isinstance(e, dict) and isinstance(e.get("id"), str)]


def _guarded(source: Callable[[], Completions]) -> Completions:
    try:
        return source()
    except Exception:  # completion must never fail in the user's shell
        return []


def _starting(options: Completions, incomplete: str) -> Completions:
    return [(value, text) for value, text in options if value.startswith(incomplete)]


def catalog_topics() -> Completions:
    return [(e["id"], str(e.get("title", ""))) for e in _entries("topics.toml", "topic")]


def plan_topics() -> Completions:
    """The active plan's topics (what ``done``, ``review`` and ``--drop`` accept)."""
    from mathplan.store import DB_NAME, default_home, open_store

    if not (default_home() / DB_NAME).exists():
        return []
    store = open_store(create=False, readonly=True)  # completion never writes
    try:
        document = store.active_plan()
    finally:
        store.close()
    return [(t["id"], t["title"]) for t in document["topics"]] if document else []


def matching_topics(incomplete: str, pairs: Completions) -> Completions:
    """Every topic ``done`` would consider for ``incomplete``: the same rule, both ways."""
    from mathplan.names import candidates

    titles = dict(pairs)
    return [(tid, titles[tid]) for tid in candidates(incomplete, pairs)]


def topic_in_plan(incomplete: str) -> Completions:
    """A topic argument (``done``, ``know``, ``review``, ``why``, ``--drop``)."""
    return _guarded(lambda: matching_topics(incomplete, plan_topics() or catalog_topics()))


def topic_in_catalog(incomplete: str) -> Completions:
    """``--know``: any catalog topic."""
    return _guarded(lambda: matching_topics(incomplete, catalog_topics()))


def goal(incomplete: str) -> Completions:
    return _guarded(
        lambda: _starting(
            [(e["id"], str(e.get("title", ""))) for e in _entries("goals.toml", "goal")],
            incomplete,
        )
    )


def resource(incomplete: str) -> Completions:
    return _guarded(
        lambda: _starting(
            [(e["id"], str(e.get("title", ""))) for e in _entries("resources.toml", "resource")],
            incomplete,
        )
    )


def depth(incomplete: str) -> Completions:
    return _starting(list(DEPTHS), incomplete)


def export_format(incomplete: str) -> Completions:
    return _starting(list(FORMATS), incomplete)


def rating(incomplete: str) -> Completions:
    return _starting(list(RATINGS), incomplete)


def time_zone(incomplete: str) -> Completions:
    """IANA zone names; case-insensitive, since ``europe/`` is a common first try."""

    def zones() -> Completions:
        import zoneinfo

        wanted = incomplete.casefold()
        return [
            (z, "")
            for z in sorted(zoneinfo.available_timezones())
            if z.casefold().startswith(wanted)
        ]

    return _guarded(zones)


def schema_name(incomplete: str) -> Completions:
    folder = Path(__file__).resolve().parent / "json_schemas"
    names = sorted(p.name.removesuffix(".schema.json") for p in folder.glob("*.schema.json"))
    return [(n, "") for n in names if n.startswith(incomplete)]


def script_for(words: list[str]) -> str | None:
    """``mathplan --show-completion [SHELL]``: that shell's script (default: the running shell).

    Typer's own ``--show-completion`` is a flag that always detects the shell, so
    ``--show-completion zsh`` printed the bash script when run from bash; its vendored Click has
    no option with an optional value, so the command line is read here, before parsing.
    """
    if not words or words[0] != "--show-completion" or len(words) > 2:
        return None
    from typer._completion_shared import _get_shell_name, get_completion_script

    from mathplan.errors import UsageError

    shell = words[1] if len(words) == 2 else (_get_shell_name() or "bash")
    if shell not in SHELLS:
        raise UsageError(f"--show-completion: {shell!r} is not a shell; use {', '.join(SHELLS)}")
    return str(
        get_completion_script(prog_name="mathplan", complete_var="_MATHPLAN_COMPLETE", shell=shell)
    )


def complete_topics_unfiltered(name: str, command: Any) -> Any:
    """``command`` with its topic parameters completed by :func:`matching_topics` as is.

    Typer keeps only completions that start with what was typed, which hides ``norms`` from
    ``done vec`` although ``done vec`` weighs it (its title starts "Vector"); Click's own
    per-parameter hook shows every candidate, so completion and ``done`` agree.
    """
    from typer._click.shell_completion import CompletionItem

    for param in getattr(command, "params", []):
        source = TOPIC_PARAMETERS.get((name, param.name)) or TOPIC_PARAMETERS.get(("*", param.name))
        if source is None:
            continue

        def complete(ctx: Any, param: Any, incomplete: str, source: Any = source) -> Any:
            return [CompletionItem(value, help=text) for value, text in source(incomplete)]

        param._custom_shell_complete = complete
    return command


TOPIC_PARAMETERS: dict[tuple[str, str | None], Callable[[str], Completions]] = {
    ("why", "topic"): topic_in_catalog,
    ("*", "topic"): topic_in_plan,
    ("*", "drop"): topic_in_plan,
    ("*", "know"): topic_in_catalog,
}


SHOW_HELP = (
    "Print the completion script for your shell, or for SHELL given after it "
    f"({', '.join(SHELLS)})."
)
