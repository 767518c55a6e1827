"""Load, merge and validate catalog TOML files into a :class:`~mathplan.models.Catalog`.

A catalog file may hold any of ``[[topic]]``, ``[[resource]]``, ``[[goal]]``, ``[[project]]``,
``[[choice]]`` and ``[[exercise]]`` entries (and a ``[meta]`` table). The bundled files come
first; each ``--catalog`` file is merged over them: an entry with a new id is added, an entry
with a known id overrides only the fields it names (so a learner can change one price or one
chapter without copying a whole resource). Every problem is collected, so ``catalog validate``
can list them all; each names the file, the entry and the field.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import stat
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from mathplan import models as models_module
from mathplan.errors import CatalogError
from mathplan.graph import find_cycle
from mathplan.models import Catalog, Choice, Exercise, Goal, Project, Resource, Topic

BUNDLED_FILES = (
    "topics.toml",
    "resources.toml",
    "goals.toml",
    "projects.toml",
    "choices.toml",
    "exercises.toml",
)
_KINDS: dict[str, type[BaseModel]] = {
    "topic": Topic,
    "resource": Resource,
    "goal": Goal,
    "project": Project,
    "choice": Choice,
    "exercise": Exercise,
}
_TOP_LEVEL = {"meta", *_KINDS}
# A catalog file is read whole into memory: anything bigger than this is refused before reading.
# The bundled catalog is about 0.2 MiB; a generated 10,000-topic catalog about 5 MiB.
MAX_CATALOG_BYTES = 8 * 1024 * 1024


class _IdLines:
    """Where each ``id = "..."`` stands in each file, so a problem can name its line.

    Built once per file, and only when a problem is reported: a valid catalog never pays for it,
    and an invalid one pays one scan per file, not one per entry."""

    def __init__(self) -> None:
        self._files: dict[Path, dict[str, list[int]]] = {}

    def line(self, path: Path, entry_id: str, occurrence: int = 0) -> int | None:
        index = self._files.get(path)
        if index is None:
            index = self._files[path] = _index_id_lines(path)
        lines = index.get(entry_id, [])
        return lines[occurrence] if occurrence < len(lines) else None


@dataclass
class _Entry:
    """One raw entry, remembering every file that contributed to it for error messages."""

    kind: str
    data: dict[str, Any]
    files: list[Path] = field(default_factory=list)
    index: int = 0
    occurrence: int = 0  # how many entries with this id came before it in its file
    lines: _IdLines = field(default_factory=_IdLines)

    @property
    def id(self) -> str:
        return str(self.data.get("id", f"#{self.index + 1}"))

    def where(self) -> str:
        path = self.files[-1]
        line = self.lines.line(path, self.id, self.occurrence)
        location = f"{path}:{line}" if line else str(path)
        return f"{location}: {self.kind} {self.id!r}"


def bundled_data_dir() -> Path:
    """The catalog shipped in the wheel, or ``data/`` of a source checkout."""
    packaged = Path(str(importlib_resources.files("mathplan"))) / "data"
    if (packaged / BUNDLED_FILES[0]).is_file():
        return packaged
    checkout = Path(__file__).resolve().parents[2] / "data"
    return checkout


def bundled_paths() -> list[Path]:
    base = bundled_data_dir()
    return [base / name for name in BUNDLED_FILES]


def load_catalog(extra: Sequence[Path] = (), *, bundled: bool = True) -> Catalog:
    """The validated catalog, or :class:`CatalogError` listing every problem found."""
    paths = [*(bundled_paths() if bundled else []), *extra]
    catalog, problems = check_catalog(paths)
    if problems or catalog is None:
        more = f" (and {len(problems) - 1} more problems)" if len(problems) > 1 else ""
        error = CatalogError(problems[0] + more)
        error.problems = problems  # type: ignore[attr-defined]
        raise error
    return catalog


def check_catalog(paths: Iterable[Path]) -> tuple[Catalog | None, list[str]]:
    """Every problem in the merged catalog, and the catalog itself when there are none."""
    problems: list[str] = []
    merged: dict[str, dict[str, _Entry]] = {kind: {} for kind in _KINDS}
    lines = _IdLines()
    _SUGGESTIONS["left"] = SUGGESTION_LIMIT
    for path in paths:
        document = _read_toml(path, problems)
        if document is not None:
            _merge_document(path, document, merged, problems, lines)
    models: dict[str, dict[str, Any]] = {kind: {} for kind in _KINDS}
    for kind, entries in merged.items():
        for entry in entries.values():
            model = _validate_entry(entry, problems)
            if model is not None:
                models[kind][entry.id] = model
    problems.extend(_date_problems(models, merged))
    problems.extend(_graph_problems(models, merged))
    problems.extend(_project_problems(models, merged))
    exercises = _resolved_exercises(models["exercise"], merged["exercise"], problems)
    if problems:
        return None, problems
    catalog = Catalog(
        topics=models["topic"],
        resources=models["resource"],
        goals=models["goal"],
        projects=models["project"],
        choices=models["choice"],
        exercises=exercises,
    )
    return catalog, []


def _read_toml(path: Path, problems: list[str]) -> dict[str, Any] | None:
    """The parsed file, or ``None`` with the reason in ``problems``.

    Only a regular file up to :data:`MAX_CATALOG_BYTES` is read: ``/dev/zero`` or a FIFO would
    never end, a directory cannot be parsed, and a huge file is not a catalog anyone wrote."""
    try:
        with open(path, "rb", opener=_open_nonblocking) as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                problems.append(f"{path}: not a regular file; a catalog is a TOML file")
                return None
            if info.st_size > MAX_CATALOG_BYTES:
                problems.append(
                    f"{path}: {_mib(info.st_size)} is too big for a catalog file "
                    f"(the limit is {_mib(MAX_CATALOG_BYTES)})"
                )
                return None
            data = handle.read(MAX_CATALOG_BYTES + 1)
    except FileNotFoundError:
        problems.append(f"{path}: catalog file not found")
        return None
    except IsADirectoryError:
        problems.append(f"{path}: not a regular file; a catalog is a TOML file")
        return None
    except OSError as exc:
        problems.append(f"{path}: cannot read catalog file ({exc.strerror or exc})")
        return None
    if len(data) > MAX_CATALOG_BYTES:  # it grew while we looked
        problems.append(
            f"{path}: too big for a catalog file (the limit is {_mib(MAX_CATALOG_BYTES)})"
        )
        return None
    try:
        return _parse_toml(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        problems.append(f"{path}: not UTF-8 text (byte {exc.start})")
    except ValueError as exc:  # tomllib.TOMLDecodeError and rtoml's errors are ValueErrors
        problems.append(f"{path}: not valid TOML: {exc}")
    except RecursionError:
        problems.append(
            f"{path}: nested too deeply to be a catalog (arrays or tables within "
            "each other hundreds of levels deep)"
        )
    return None


def _parse_toml(text: str) -> dict[str, Any]:
    """TOML through rtoml (Rust, about 5x faster on big catalogs), else the standard library."""
    try:
        import rtoml
    except ImportError:  # pragma: no cover - rtoml is a dependency; tomllib keeps working
        return tomllib.loads(text)
    document: dict[str, Any] = rtoml.loads(text)
    return document


def _open_nonblocking(name: str, flags: int) -> int:
    """Open without blocking, so a FIFO with no writer is refused rather than waited on."""
    return os.open(name, flags | getattr(os, "O_NONBLOCK", 0))


def _mib(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MiB"


def _merge_document(
    path: Path,
    document: dict[str, Any],
    merged: dict[str, dict[str, _Entry]],
    problems: list[str],
    lines: _IdLines,
) -> None:
    for key in document:
        if key not in _TOP_LEVEL:
            allowed = ", ".join(f"[[{k}]]" for k in _KINDS)
            problems.append(f"{path}: unknown table {key!r}; a catalog file holds {allowed}")
    for kind in _KINDS:
        raw = document.get(kind, [])
        if not isinstance(raw, list):
            problems.append(f"{path}: {kind!r} must be an array of tables, written [[{kind}]]")
            continue
        seen_here: set[str] = set()
        for index, data in enumerate(raw):
            if not isinstance(data, dict):
                problems.append(f"{path}: {kind} #{index + 1} is not a table")
                continue
            entry = _Entry(kind, data, [path], index, lines=lines)
            if not isinstance(data.get("id"), str):
                problems.append(f"{entry.where()}, field 'id': missing or not a string")
                continue
            if entry.id in seen_here:
                entry.occurrence = 1
                problems.append(f"{entry.where()}: duplicate id {entry.id!r} in the same file")
                continue
            seen_here.add(entry.id)
            twice = _covered_twice(data)
            if twice:
                problems.append(
                    f"{entry.where()}, field 'covers': topic {twice[0]!r} listed twice in one "
                    "entry; give each topic once"
                )
                continue
            existing = merged[kind].get(entry.id)
            if existing is None:
                merged[kind][entry.id] = entry
            else:
                existing.data = _overlay(existing.data, data)
                existing.files.append(path)


def _overlay(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """``over`` merged into ``base``: tables recursively, ``covers`` by topic, the rest replaced."""
    result = dict(base)
    for key, value in over.items():
        if key == "covers" and isinstance(value, list) and isinstance(base.get(key), list):
            by_topic = {c.get("topic"): c for c in base[key] if isinstance(c, dict)}
            for cov in value:
                if isinstance(cov, dict):
                    old = by_topic.get(cov.get("topic"), {})
                    by_topic[cov.get("topic")] = {**old, **cov}
            result[key] = list(by_topic.values())
        elif isinstance(value, dict) and isinstance(base.get(key), dict):
            result[key] = _overlay(base[key], value)
        else:
            result[key] = value
    return result


def _covered_twice(data: dict[str, Any]) -> list[str]:
    """Topics that one entry's ``covers`` lists more than once (before any merging hides it)."""
    covers = data.get("covers")
    if not isinstance(covers, list):
        return []
    seen: set[str] = set()
    twice = []
    for cov in covers:
        topic = cov.get("topic") if isinstance(cov, dict) else None
        if isinstance(topic, str):
            if topic in seen:
                twice.append(topic)
            seen.add(topic)
    return twice


def _validate_entry(entry: _Entry, problems: list[str]) -> BaseModel | None:
    try:
        return _KINDS[entry.kind].model_validate(entry.data)
    except RecursionError:
        problems.append(f"{entry.where()}: nested too deeply to be a catalog entry")
        return None
    except ValidationError as exc:
        for err in exc.errors():
            loc = _field_path(entry.data, err["loc"])
            problems.append(f"{entry.where()}, field {loc!r}: {_describe(err)}")
        return None


def _field_path(data: dict[str, Any], loc: tuple[int | str, ...]) -> str:
    """A dotted field name; list positions become the entry's topic where there is one."""
    parts: list[str] = []
    node: Any = data
    for step in loc:
        if isinstance(step, int) and isinstance(node, list) and step < len(node):
            item = node[step]
            label = item.get("topic") if isinstance(item, dict) else None
            parts[-1] += f"[{label!r}]" if label else f"[{step}]"
            node = item
        else:
            parts.append(str(step))
            node = node.get(step) if isinstance(node, dict) else None
    return ".".join(parts) or "(entry)"


def _describe(err: Any) -> str:
    message = str(err["msg"])
    if err["type"] == "string_pattern_mismatch":  # the pattern itself is unreadable
        message = _PATTERN_MEANINGS.get(str(err.get("ctx", {}).get("pattern")), message)
    if err["type"] == "value_error":
        message = message.removeprefix("Value error, ")
    if err["type"] in _STRICT_TYPES and isinstance(err.get("input"), str):
        message = f"{_STRICT_TYPES[err['type']]}: write it without quotes"
    if err["type"] == "extra_forbidden":
        return "unknown field (`mathplan catalog init` shows every field)"
    if err["type"] == "missing":
        return "required field is missing"
    if "input" in err and err["type"] not in ("model_type",):
        value = err["input"]
        shown = repr(value)
        if len(shown) <= 60 and not isinstance(value, dict):
            return f"{message} (got {shown})"
    return message


_STRICT_TYPES = {
    "float_type": "must be a number, not text",
    "int_type": "must be a whole number, not text",
    "bool_type": "must be true or false, not text",
}
_PATTERN_MEANINGS = {
    models_module._ONE_LINE: "must be one line of text: no line breaks, no control characters "
    "(escape codes) and no bidirectional controls",
    models_module._PRINTABLE: "no control characters (escape codes) and no bidirectional controls",
    r"^[a-z0-9][a-z0-9-]*$": "use lowercase letters, digits and hyphens, e.g. linear-maps",
}


def _graph_problems(
    models: dict[str, dict[str, Any]], merged: dict[str, dict[str, _Entry]]
) -> list[str]:
    topics: dict[str, Topic] = models["topic"]
    resources: dict[str, Resource] = models["resource"]
    goals: dict[str, Goal] = models["goal"]
    known = set(merged["topic"])  # ids that exist, even if the entry itself had errors
    problems: list[str] = []
    for topic in topics.values():
        where = _Where(merged["topic"][topic.id])
        for req in topic.requires:
            if req.topic not in known:
                problems.append(
                    f"{where}, field 'requires': unknown prerequisite {req.topic!r}"
                    + _suggest(req.topic, known)
                )
            elif req.topic == topic.id:
                problems.append(f"{where}, field 'requires': a topic cannot require itself")
    for res in resources.values():
        where = _Where(merged["resource"][res.id])
        seen: set[str] = set()
        for cov in res.covers:
            if cov.topic not in known:
                problems.append(
                    f"{where}, field 'covers': unknown topic {cov.topic!r}"
                    + _suggest(cov.topic, known)
                )
            if cov.topic in seen:
                problems.append(f"{where}, field 'covers': topic {cov.topic!r} listed twice")
            seen.add(cov.topic)
    for goal in goals.values():
        where = _Where(merged["goal"][goal.id])
        for target in goal.targets:
            if target not in known:
                problems.append(
                    f"{where}, field 'targets': unknown topic {target!r}" + _suggest(target, known)
                )
    graph = {t.id: [p for p in t.prerequisites if p in topics] for t in topics.values()}
    cycle = find_cycle(graph)
    if cycle is not None:
        files = sorted({str(p) for tid in cycle for p in merged["topic"][tid].files})
        problems.append(
            f"{', '.join(files)}: prerequisite cycle: {' -> '.join(cycle)} "
            "(each topic requires the next; remove one of these requirements)"
        )
    return problems


class _Where:
    """An entry's location, worked out only if a message uses it (``f"{where}"``)."""

    __slots__ = ("_entry",)

    def __init__(self, entry: _Entry) -> None:
        self._entry = entry

    def __str__(self) -> str:
        return self._entry.where()


def _date_problems(
    models: dict[str, dict[str, Any]], merged: dict[str, dict[str, _Entry]]
) -> list[str]:
    """``checked`` dates after today: a fact cannot have been checked in the future.

    "Today" is the later of the real date and ``MATHPLAN_TODAY``, so a demo that moves the
    learner back in time does not make the bundled catalog's real dates invalid."""
    from mathplan.clock import today

    latest = max(today(), dt.date.today())
    problems = []
    for res in models["resource"].values():
        for name, day in (("checked", res.checked), ("pricing.checked", res.pricing.checked)):
            if day > latest:
                problems.append(
                    f"{merged['resource'][res.id].where()}, field {name!r}: {day} is in the "
                    f"future (today is {latest}); give the day the fact was checked"
                )
    return problems


def _project_problems(
    models: dict[str, dict[str, Any]], merged: dict[str, dict[str, _Entry]]
) -> list[str]:
    """References from projects, goals' project lists, choices and exercises that do not resolve.

    Project ids share the namespace of topic ids: `done ID` and plan items name either."""
    topics = set(merged["topic"])
    projects = set(merged["project"])
    resources = set(merged["resource"])
    problems: list[str] = []

    def check(
        kind: str, entry_id: str, field: str, refs: Iterable[str], known: set[str], what: str
    ) -> None:
        for ref in refs:
            if ref not in known:
                problems.append(
                    f"{merged[kind][entry_id].where()}, field {field!r}: unknown {what} {ref!r}"
                    + _suggest(ref, known)
                )

    for project in models["project"].values():
        if project.id in topics:
            problems.append(
                f"{merged['project'][project.id].where()}, field 'id': "
                f"{project.id!r} is already a topic id; projects and topics share ids"
            )
        check("project", project.id, "requires", project.prerequisites, topics, "topic")
        follow = [project.follow.resource]
        check("project", project.id, "follow.resource", follow, resources, "resource")
    for goal in models["goal"].values():
        check("goal", goal.id, "projects", goal.projects, projects, "project")
    for choice in models["choice"].values():
        check("choice", choice.id, "topics", choice.topics, topics, "topic")
        check("choice", choice.id, "goals", choice.goals, set(merged["goal"]), "goal")
    for exercise in models["exercise"].values():
        check("exercise", exercise.id, "id", [exercise.id], topics, "topic")
    return problems


def _resolved_exercises(
    exercises: dict[str, Exercise], merged: dict[str, _Entry], problems: list[str]
) -> dict[str, Exercise]:
    """Exercises with ``folder`` made absolute against the file that last named it."""
    resolved: dict[str, Exercise] = {}
    for exercise_id, exercise in exercises.items():
        entry = merged[exercise_id]
        folder = (entry.files[-1].parent / exercise.folder).resolve()
        if not folder.is_dir():
            problems.append(f"{entry.where()}, field 'folder': no such folder {str(folder)!r}")
            continue
        resolved[exercise_id] = exercise.model_copy(update={"folder": str(folder)})
    return resolved


_SUGGESTIONS = {"left": 0}
SUGGESTION_LIMIT = 50  # each costs a fuzzy match against every id: keep a huge list linear


def _suggest(name: str, known: Iterable[str]) -> str:
    """ "; did you mean ..." for the first :data:`SUGGESTION_LIMIT` unknown names of a check."""
    import difflib

    if _SUGGESTIONS["left"] <= 0:
        return ""
    _SUGGESTIONS["left"] -= 1
    close = difflib.get_close_matches(name, list(known), n=3, cutoff=0.6)
    return f"; did you mean {', '.join(close)}?" if close else ""


_ID_LINE = re.compile(r'^\s*id\s*=\s*["\']([^"\']+)["\']')


def _index_id_lines(path: Path) -> dict[str, list[int]]:
    """Every id line of a file (id -> line numbers, in order), read in one pass."""
    index: dict[str, list[int]] = {}
    try:
        with open(path, encoding="utf-8", opener=_open_nonblocking) as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return index
            for number, text in enumerate(handle, start=1):
                match = _ID_LINE.match(text)
                if match:
                    index.setdefault(match.group(1), []).append(number)
    except (OSError, UnicodeDecodeError):
        return {}
    return index
