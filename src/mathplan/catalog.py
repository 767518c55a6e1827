"""Load, merge and validate catalog TOML files into a :class:`~mathplan.models.Catalog`.

A catalog file may hold any of ``[[topic]]``, ``[[resource]]``, ``[[goal]]``, ``[[project]]``,
``[[choice]]`` and ``[[exercise]]`` entries (and a ``[meta]`` table). The bundled files come
first; each ``--catalog`` file is merged over them: an entry with a new id is added, an entry
with a known id overrides only the fields it names (so a learner can change one price or one
chapter without copying a whole resource). Every problem is collected, so ``catalog validate``
can list them all; each names the file, the entry and the field.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

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


@dataclass
class _Entry:
    """One raw entry, remembering every file that contributed to it for error messages."""

    kind: str
    data: dict[str, Any]
    files: list[Path] = field(default_factory=list)
    index: int = 0
    occurrence: int = 0  # how many entries with this id came before it in its file

    @property
    def id(self) -> str:
        return str(self.data.get("id", f"#{self.index + 1}"))

    def where(self) -> str:
        path = self.files[-1]
        line = _line_of_id(path, self.id, self.occurrence)
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
    for path in paths:
        document = _read_toml(path, problems)
        if document is not None:
            _merge_document(path, document, merged, problems)
    models: dict[str, dict[str, Any]] = {kind: {} for kind in _KINDS}
    for kind, entries in merged.items():
        for entry in entries.values():
            model = _validate_entry(entry, problems)
            if model is not None:
                models[kind][entry.id] = model
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
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        problems.append(f"{path}: catalog file not found")
        return None
    except (OSError, UnicodeDecodeError) as exc:
        problems.append(f"{path}: cannot read catalog file ({exc.__class__.__name__}: {exc})")
        return None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        problems.append(f"{path}: not valid TOML: {exc}")
        return None


def _merge_document(
    path: Path,
    document: dict[str, Any],
    merged: dict[str, dict[str, _Entry]],
    problems: list[str],
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
            entry = _Entry(kind, data, [path], index)
            if not isinstance(data.get("id"), str):
                problems.append(f"{entry.where()}, field 'id': missing or not a string")
                continue
            if entry.id in seen_here:
                entry.occurrence = 1
                problems.append(f"{entry.where()}: duplicate id {entry.id!r} in the same file")
                continue
            seen_here.add(entry.id)
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


def _validate_entry(entry: _Entry, problems: list[str]) -> BaseModel | None:
    try:
        return _KINDS[entry.kind].model_validate(entry.data)
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


def _graph_problems(
    models: dict[str, dict[str, Any]], merged: dict[str, dict[str, _Entry]]
) -> list[str]:
    topics: dict[str, Topic] = models["topic"]
    resources: dict[str, Resource] = models["resource"]
    goals: dict[str, Goal] = models["goal"]
    known = set(merged["topic"])  # ids that exist, even if the entry itself had errors
    problems: list[str] = []
    for topic in topics.values():
        where = merged["topic"][topic.id].where()
        for req in topic.requires:
            if req.topic not in known:
                problems.append(
                    f"{where}, field 'requires': unknown prerequisite {req.topic!r}"
                    + _suggest(req.topic, known)
                )
            elif req.topic == topic.id:
                problems.append(f"{where}, field 'requires': a topic cannot require itself")
    for res in resources.values():
        where = merged["resource"][res.id].where()
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
        where = merged["goal"][goal.id].where()
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


def _suggest(name: str, known: Iterable[str]) -> str:
    import difflib

    close = difflib.get_close_matches(name, list(known), n=3, cutoff=0.6)
    return f"; did you mean {', '.join(close)}?" if close else ""


_ID_LINE = re.compile(r'^\s*id\s*=\s*["\']([^"\']+)["\']', re.MULTILINE)


def _line_of_id(path: Path, entry_id: str, occurrence: int = 0) -> int | None:
    """The line where ``id = "<entry_id>"`` stands, so an editor can jump to it."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    matches = [m for m in _ID_LINE.finditer(text) if m.group(1) == entry_id]
    if len(matches) <= occurrence:
        return None
    return text.count("\n", 0, matches[occurrence].start()) + 1
