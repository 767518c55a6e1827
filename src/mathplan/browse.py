"""The documents the browsing commands show: ``topics``, ``resources``, ``goals`` and ``why``.

Each is plain JSON-ready data built from the validated catalog, and is both the ``--json`` output
and what the tables are drawn from, so the two never disagree. Being plain data, they can be
cached (:mod:`mathplan.catalog_cache`): a cached run needs neither TOML parsing nor pydantic.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mathplan.graph import dependents
from mathplan.models import Depth

if TYPE_CHECKING:
    from mathplan.models import Catalog, Resource

Document = Any  # JSON-ready: dicts, lists, strings, numbers, booleans, None
DEPTHS = ("practical", "rigorous")


def all_documents(catalog: Catalog) -> dict[str, Document]:
    """Every browsing document, by name (what the cache stores)."""
    return {
        **{f"topics-{d}": topics_document(catalog, d) for d in DEPTHS},
        "resources": resources_document(catalog),
        "goals": goals_document(catalog),
        "projects": projects_document(catalog),
        "why": {tid: why_document(catalog, tid) for tid in catalog.topics},
    }


def topics_document(catalog: Catalog, depth: str) -> Document:
    """``topics --json``: hours and the prerequisites that hold at ``depth``."""
    chosen = Depth(depth)
    return [
        {
            "id": t.id,
            "title": t.title,
            "area": t.area,
            "priority": t.priority.value,
            "hours": t.hours.for_depth(chosen),
            "prerequisites": list(t.prerequisites_at(chosen)),
            "applied": t.applied,
        }
        for t in catalog.topics.values()
    ]


def _price(r: Resource) -> dict[str, Any]:
    p = r.pricing
    return {
        "pricing": p.model.value,
        "cost": 0.0 if r.is_free else p.usd,
        "price_verified": p.verified,
        "price_source": p.source,
        "price_checked": p.checked.isoformat(),
        "price_as_of": p.as_of,
        "price_note": p.note,
        "price_print_usd": p.print_usd,
    }


def resources_document(catalog: Catalog) -> Document:
    return [
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
            **_price(r),
            "url": r.url,
            "rating": r.rating,
            "rating_reason": r.rating_reason,
            "source": r.source,
            "checked": r.checked.isoformat(),
            "coverage": [{"topic": c.topic, "where": c.where} for c in r.covers],
        }
        for r in catalog.resources.values()
    ]


def goals_document(catalog: Catalog) -> Document:
    return [
        {
            "id": g.id,
            "title": g.title,
            "summary": g.summary,
            "targets": list(g.targets),
            "projects": list(g.projects),
            "depth": g.depth.value if g.depth else None,
        }
        for g in catalog.goals.values()
    ]


def projects_document(catalog: Catalog) -> Document:
    """``projects --json``: each build with its prerequisites, deliverable and follow-along."""
    result = []
    for p in catalog.projects.values():
        follow = catalog.resources.get(p.follow.resource)
        result.append(
            {
                "id": p.id,
                "title": p.title,
                "hours": p.hours,
                "prerequisites": list(p.prerequisites),
                "deliverable": p.deliverable,
                "goals": [g.id for g in catalog.goals.values() if p.id in g.projects],
                "follow": {
                    "resource": p.follow.resource,
                    "title": follow.title if follow is not None else p.follow.resource,
                    "where": p.follow.where,
                },
            }
        )
    return result


def why_document(catalog: Catalog, topic_id: str) -> Document:
    """``why TOPIC --json``: why it matters, what it needs and unlocks, where to learn it."""
    chosen = catalog.topics[topic_id]
    graph = {t.id: t.prerequisites for t in catalog.topics.values()}
    unlocks = dependents(graph).get(topic_id, [])
    teaching = sorted(
        catalog.resources_for(topic_id),
        key=lambda r: (not r.is_free, -r.rating_for(topic_id), r.id),
    )
    return {
        "id": chosen.id,
        "title": chosen.title,
        "area": chosen.area,
        "priority": chosen.priority.value,
        "hours": {"practical": chosen.hours.practical, "rigorous": chosen.hours.rigorous},
        "why": chosen.why,
        "exercise": chosen.exercise,
        "check": chosen.check,
        "requires": [
            {
                "topic": r.topic,
                "title": catalog.topics[r.topic].title,
                "reason": r.reason,
                "kind": r.kind.value,
            }
            for r in chosen.requires
        ],
        "unlocks": [
            {
                "topic": u,
                "title": catalog.topics[u].title,
                "reason": next(r.reason for r in catalog.topics[u].requires if r.topic == topic_id),
            }
            for u in unlocks
        ],
        "resources": [
            {
                "id": r.id,
                "title": r.title,
                "authors": list(r.authors),
                "url": r.url,
                **_price(r),
                "where": (r.coverage_of(topic_id) or r.covers[0]).where,
                "rating": r.rating_for(topic_id),
            }
            for r in teaching
        ],
    }
