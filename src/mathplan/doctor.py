"""``mathplan doctor``: look at the database and the catalogs and say plainly what is there.

Reads only: a damaged database is reported, never repaired or replaced.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mathplan.errors import MathplanError


@dataclass(frozen=True, slots=True)
class Finding:
    check: str
    ok: bool
    detail: str


def examine(home: Path | None = None) -> list[Finding]:
    from mathplan.store import DB_NAME, SCHEMA_VERSION, default_home, open_store

    home = home or default_home()
    path = home / DB_NAME
    findings: list[Finding] = []
    if home.exists() and not home.is_dir():
        problem = f"{home} is a file, not a folder: set MATHPLAN_HOME to a folder"
        return [Finding("data folder", False, problem), *_catalog_findings([])]
    if not path.exists():
        findings.append(
            Finding("database", True, f"none yet at {path}; `mathplan plan` creates it")
        )
        return [*findings, *_catalog_findings([])]
    try:
        store = open_store(home, create=False)
    except MathplanError as exc:
        return [Finding("database", False, str(exc)), *_catalog_findings([])]
    try:
        integrity = store.integrity()
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
        try:
            store.events()
            findings.append(Finding("contents", True, f"{plans} plans, {events} events"))
        except MathplanError as exc:
            findings.append(Finding("contents", False, str(exc)))
        files: list[str] = []
        document = store.active_plan()
        if document is None:
            findings.append(Finding("active plan", True, "none yet"))
        else:
            from mathplan.plan import from_document

            try:
                plan = from_document(document)
            except (KeyError, TypeError, ValueError) as exc:
                findings.append(Finding("active plan", False, f"unreadable: {exc!r}"))
            else:
                files = list(plan.catalog_files)
                findings.append(
                    Finding(
                        "active plan",
                        True,
                        f"goal {plan.profile.goal}, {len(plan.topics)} topics, "
                        f"{plan.profile.start} to {plan.end}",
                    )
                )
    finally:
        store.close()
    return [*findings, *_catalog_findings(files)]


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
