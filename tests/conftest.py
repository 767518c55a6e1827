"""Shared fixtures: a small synthetic catalog for core tests, and an isolated MATHPLAN_HOME."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest

from mathplan.models import Catalog, Goal, Resource, Topic

CHECKED = dt.date(2026, 11, 25)


def topic(
    tid: str,
    hours: float = 4.0,
    priority: str = "core",
    requires: Sequence[str] = (),
    area: str = "linear-algebra",
    rigorous: float | None = None,
) -> Topic:
    return Topic.model_validate(
        {
            "id": tid,
            "title": tid.replace("-", " ").title(),
            "area": area,
            "priority": priority,
            "hours": {"practical": hours, "rigorous": rigorous or hours * 2},
            "why": f"{tid} matters",
            "exercise": f"code {tid}",
            "check": f"can you {tid}?",
            "requires": [{"topic": r, "reason": "needed"} for r in requires],
        }
    )


def resource(
    rid: str,
    covers: dict[str, int] | Sequence[str],
    *,
    model: str = "free",
    usd: float | None = None,
    rating: int = 3,
) -> Resource:
    ratings = covers if isinstance(covers, dict) else dict.fromkeys(covers, rating)
    pricing: dict[str, Any] = {
        "model": model,
        "verified": False,
        "source": "test",
        "checked": CHECKED,
    }
    if usd is not None:
        pricing["usd"] = usd
    return Resource.model_validate(
        {
            "id": rid,
            "title": f"Resource {rid}",
            "authors": ["A. Author"],
            "kind": "book",
            "url": f"https://example.org/{rid}",
            "style": "textbook",
            "rating": rating,
            "rating_reason": "test",
            "source": "test",
            "checked": CHECKED,
            "pricing": pricing,
            "covers": [
                {"topic": t, "where": f"Ch. {i + 1}", "rating": r}
                for i, (t, r) in enumerate(ratings.items())
            ],
        }
    )


def catalog(
    topics: Sequence[Topic], resources: Sequence[Resource], targets: Sequence[str] | None = None
) -> Catalog:
    goal = Goal(
        id="general",
        title="General",
        summary="test goal",
        targets=tuple(targets or [t.id for t in topics]),
    )
    return Catalog(
        topics={t.id: t for t in topics},
        resources={r.id: r for r in resources},
        goals={"general": goal},
    )


@pytest.fixture
def chain_catalog() -> Catalog:
    """a -> b -> c (core), d optional needing b, e recommended standalone; one free book."""
    topics = [
        topic("a", 4),
        topic("b", 6, requires=["a"]),
        topic("c", 5, requires=["b"], area="calculus"),
        topic("d", 3, "optional", requires=["b"]),
        topic("e", 2, "recommended", area="calculus"),
    ]
    return catalog(topics, [resource("free-book", [t.id for t in topics])])


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    path = tmp_path / "home"
    monkeypatch.setenv("MATHPLAN_HOME", str(path))
    monkeypatch.setenv("MATHPLAN_TODAY", "2026-11-25")
    yield path
