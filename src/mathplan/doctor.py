"""``mathplan doctor``: look at the database and the catalogs and say plainly what is there.

Examining reads only (the database is opened read-only): a damaged database is reported, never
changed. Every stored row is checked against its shape and against the rows it refers to, so a
damaged row is named here rather than met later as a crash. ``--repair`` is the one exception:
after writing a backup it moves the damaged rows into a ``quarantine`` table, deleting nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mathplan.errors import MathplanError, StoreError

if TYPE_CHECKING:
    from mathplan.store import Store


@dataclass(frozen=True, slots=True)
class Finding:
    check: str
    ok: bool
    detail: str


@dataclass(frozen=True, slots=True)
class Repair:
    backup: Path
    database: Path
    moved: list[tuple[str, int, str]]  # (table, row id, why)


def examine(home: Path | None = None) -> list[Finding]:
    from mathplan.store import DB_NAME, SCHEMA_VERSION, default_home, open_store

    home = home or default_home()
    path = home / DB_NAME
    findings: list[Finding] = []
    try:
        if home.exists() and not home.is_dir():
            problem = f"{home} is a file, not a folder: set MATHPLAN_HOME to a folder"
            return [Finding("data folder", False, problem), *_catalog_findings([])]
        missing = not path.exists()
    except OSError as exc:
        problem = f"cannot read the data folder {home}: {exc.strerror or exc}"
        return [Finding("data folder", False, problem), *_catalog_findings([])]
    if missing:
        findings.append(
            Finding("database", True, f"none yet at {path}; `mathplan plan` creates it")
        )
        return [*findings, *_catalog_findings([])]
    try:
        store = open_store(home, readonly=True)
    except MathplanError as exc:
        return [Finding("database", False, str(exc)), *_catalog_findings([])]
    files: list[str] = []
    try:
        try:
            integrity = store.integrity()
        except MathplanError as exc:
            integrity = [str(exc)]
        sound = integrity == ["ok"]
        findings.append(
            Finding(
                "database",
                sound,
                f"{path}, schema {SCHEMA_VERSION}: "
                + ("integrity check ok" if sound else "; ".join(integrity[:5])),
            )
        )
        plans, events = store.counts()
        bad = bad_rows(store)
        for table, row_id, why in _listed(bad):
            findings.append(Finding(f"{table[:-1]} #{row_id}", False, why))
        count = sum(len(rows) for rows in bad.values())
        findings.append(
            Finding(
                "contents",
                not count,
                f"{plans} plans, {events} events"
                + (f"; {count} damaged (`mathplan doctor --repair` sets them aside)" * bool(count)),
            )
        )
        if not count:
            findings.append(_active_plan_finding(store, files))
    except MathplanError as exc:
        findings.append(Finding("contents", False, str(exc)))
    finally:
        store.close()
    return [*findings, *_catalog_findings(files)]


def _active_plan_finding(store: Store, files: list[str]) -> Finding:
    from mathplan.plan import from_document

    document = store.active_plan()
    if document is None:
        return Finding("active plan", True, "none yet")
    plan = from_document(document)  # bad_rows has loaded every plan already
    files.extend(plan.catalog_files)
    return Finding(
        "active plan",
        True,
        f"goal {plan.profile.goal}, {len(plan.topics)} topics, {plan.profile.start} to {plan.end}",
    )


def bad_rows(store: Store) -> dict[str, dict[int, str]]:
    """Every damaged row (table -> row id -> why), including rows that refer to damaged or
    missing ones: setting aside a plan also sets aside the events that point at it."""
    from mathplan.store import BadRow, document_from_row, event_from_row

    bad: dict[str, dict[int, str]] = {"plans": {}, "events": {}}
    plan_ids = set()
    for row_id, _created, text in store.rows("plans"):
        plan_ids.add(row_id)
        try:
            _check_plan(document_from_row(text))
        except BadRow as exc:
            bad["plans"][row_id] = str(exc)
    events = {}
    for row in store.rows("events"):
        try:
            events[row[0]] = event_from_row(row)
        except BadRow as exc:
            bad["events"][row[0]] = str(exc)
    changed = True
    while changed:  # until nothing new refers to something bad or missing
        changed = False
        for event in events.values():
            if event.id in bad["events"]:
                continue
            why = None
            if event.plan_id is not None and event.plan_id not in plan_ids:
                why = f"it names plan #{event.plan_id}, which is not stored"
            elif event.plan_id is not None and event.plan_id in bad["plans"]:
                why = f"it names plan #{event.plan_id}, which is damaged"
            elif event.undoes is not None and event.undoes not in events:
                why = f"it undoes event #{event.undoes}, which is " + (
                    "damaged" if event.undoes in bad["events"] else "not stored"
                )
            elif event.undoes is not None and event.undoes in bad["events"]:
                why = f"it undoes event #{event.undoes}, which is damaged"
            if why is not None:
                bad["events"][event.id] = why
                changed = True
    return bad


def _check_plan(document: dict[str, Any]) -> None:
    from mathplan.plan import from_document
    from mathplan.store import BadRow

    try:
        from_document(document)
    except Exception as exc:  # a damaged document can fail in any way; name it, never crash
        raise BadRow(f"its document is not a plan ({exc.__class__.__name__}: {exc})") from None


def _listed(bad: dict[str, dict[int, str]]) -> list[tuple[str, int, str]]:
    return [(table, row_id, why) for table, rows in bad.items() for row_id, why in rows.items()]


def repair(home: Path | None = None) -> Repair | None:
    """Back the database up, then move every damaged row into the ``quarantine`` table
    (``None`` when no row is damaged: nothing is written then, not even a backup)."""
    from mathplan.store import DB_NAME, default_home, open_store

    home = home or default_home()
    store = open_store(home, create=False)
    try:
        if store.integrity() != ["ok"]:
            raise StoreError(
                f"{home / DB_NAME} is damaged below the level of rows (SQLite's integrity check "
                "fails), so it cannot be repaired row by row; restore a backup"
            )
        if not any(bad_rows(store).values()):
            return None
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = home / f"mathplan-before-repair-{stamp}.db"
        store.backup(backup)
        with store.transaction():  # what is moved is exactly what was found bad
            bad = bad_rows(store)
            store.quarantine(bad)
        return Repair(backup, store.path, _listed(bad))
    finally:
        store.close()


def _catalog_findings(extra: list[str]) -> list[Finding]:
    from mathplan.catalog import bundled_paths, check_catalog

    findings = []
    catalog, problems = check_catalog(bundled_paths())
    findings.append(
        Finding(
            "bundled catalog",
            catalog is not None,
            f"{len(catalog.topics)} topics, {len(catalog.resources)} resources, "
            f"{len(catalog.goals)} goals"
            if catalog
            else "; ".join(problems[:3]),
        )
    )
    if extra:
        catalog, problems = check_catalog([*bundled_paths(), *(Path(f) for f in extra)])
        findings.append(
            Finding(
                "your catalogs",
                catalog is not None,
                ", ".join(extra) + (": valid" if catalog else ": " + "; ".join(problems[:3])),
            )
        )
    return findings
