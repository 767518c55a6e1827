"""Deterministic generator of synthetic mathplan catalogs, for the benchmarks.

``generate(n_topics, n_resources, seed)`` returns a validated :class:`mathplan.models.Catalog`
with one goal, ``general``, whose targets are 20 topics spread evenly over the catalog, listed
last first (a real goal names a dozen or two; every other topic is still a candidate, for the
tiers below the goal). Same arguments, same catalog, on every machine (``random.Random(seed)``
only).

What a generated catalog looks like (calibrated on the bundled catalog in ``data/``):

- **Topics** ``t000000``, ``t000001``, ... in a valid study order (every prerequisite comes
  earlier), grouped 100 to an area. Practical hours are 1 to 8 h in 0.5 h steps (uniform);
  rigorous hours are 1x to 2x that, rounded up to 0.5 h.
- **Priorities**: about 40% core, 30% recommended, 30% optional.
- **Prerequisites**: 0 to 3 per topic (mean about 1.6), 75% of them from the 30 nearest earlier
  candidates (an area builds on itself), the rest from anywhere earlier. A core topic only
  requires core topics (so "core" is closed under prerequisites, as in the bundled catalog);
  other topics may require anything earlier.
- **Resources** ``r00000``, ...: each covers 80% of a window of consecutive topics (a book's
  chapters; window 25% to 100% of ``4 * n_topics / n_resources``, so each topic is taught by
  about 2 resources), and every topic is taught by at least one free resource (as in the bundled
  catalog) unless ``free_cover`` < 1.
- **Pricing**: 50% free, 30% one-time ($10-$90), 20% monthly ($10-$50 a month), and a share
  ``unknown_price`` of the paid ones have no known price (never bought, as in the real catalog).
- **Ratings** 1-5 (weights 1:2:4:4:2 for 1..5), each coverage rated the resource's rating, or one
  point off it 30% of the time.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from typing import Any

from mathplan.models import Catalog, Goal, Resource, Topic

CHECKED = dt.date(2026, 11, 25)
PRIORITIES = ("core", "recommended", "optional")
PRIORITY_WEIGHTS = (40, 30, 30)
RATING_WEIGHTS = (1, 2, 4, 4, 2)  # for ratings 1..5


def topic_dict(
    tid: str,
    hours: float,
    priority: str,
    requires: list[str],
    area: str = "area-0",
    rigorous: float | None = None,
) -> dict[str, Any]:
    return {
        "id": tid,
        "title": f"Topic {tid}",
        "area": area,
        "priority": priority,
        "hours": {"practical": hours, "rigorous": rigorous if rigorous is not None else hours},
        "why": f"{tid} matters",
        "exercise": f"code {tid}",
        "check": f"can you {tid}?",
        "requires": [{"topic": r, "reason": "needed"} for r in requires],
    }


def resource_dict(
    rid: str,
    covers: dict[str, int],
    *,
    model: str = "free",
    usd: float | None = None,
    rating: int = 3,
) -> dict[str, Any]:
    pricing: dict[str, Any] = {
        "model": model,
        "verified": False,
        "source": "generated",
        "checked": CHECKED,
    }
    if usd is not None:
        pricing["usd"] = usd
    return {
        "id": rid,
        "title": f"Resource {rid}",
        "authors": ["A. Author"],
        "kind": "book",
        "url": f"https://example.org/{rid}",
        "style": "textbook",
        "rating": rating,
        "rating_reason": "generated",
        "source": "generated",
        "checked": CHECKED,
        "pricing": pricing,
        "covers": [
            {"topic": t, "where": f"Ch. {i + 1}", "rating": r}
            for i, (t, r) in enumerate(covers.items())
        ],
    }


def build_catalog(
    topics: list[dict[str, Any]], resources: list[dict[str, Any]], targets: list[str] | None = None
) -> Catalog:
    """Validate raw dicts into a Catalog with one goal, ``general`` (default: every topic)."""
    ts = [Topic.model_validate(t) for t in topics]
    rs = [Resource.model_validate(r) for r in resources]
    goal = Goal(
        id="general",
        title="General",
        summary="generated goal",
        targets=tuple(targets or [t.id for t in ts]),
    )
    return Catalog(
        topics={t.id: t for t in ts},
        resources={r.id: r for r in rs},
        goals={"general": goal},
    )


def generate_raw(
    n_topics: int,
    n_resources: int,
    seed: int,
    *,
    free_cover: float = 1.0,
    unknown_price: float = 0.03,
    prices: tuple[float, float, float] = (0.5, 0.3, 0.2),  # free, one-time, monthly shares
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The topics and resources as plain dicts (the TOML shape), before validation."""
    rng = random.Random(seed)
    ids = [f"t{i:06d}" for i in range(n_topics)]
    priorities = rng.choices(PRIORITIES, PRIORITY_WEIGHTS, k=n_topics)
    topics: list[dict[str, Any]] = []
    cores: list[int] = []  # indices of earlier core topics
    for i in range(n_topics):
        pool_all = cores if priorities[i] == "core" else None  # None: every earlier topic
        pool_len = len(pool_all) if pool_all is not None else i
        k = min(pool_len, rng.choices((0, 1, 2, 3), (15, 30, 35, 20))[0])
        chosen: set[int] = set()
        while len(chosen) < k:
            if rng.random() < 0.75:
                j = pool_len - 1 - rng.randrange(min(30, pool_len))
            else:
                j = rng.randrange(pool_len)
            chosen.add(pool_all[j] if pool_all is not None else j)
        hours = rng.randint(2, 16) / 2
        rigorous = math.ceil(hours * rng.uniform(1.0, 2.0) * 2) / 2
        topics.append(
            topic_dict(
                ids[i],
                hours,
                priorities[i],
                [ids[j] for j in sorted(chosen)],
                area=f"area-{i // 100}",
                rigorous=rigorous,
            )
        )
        if priorities[i] == "core":
            cores.append(i)

    span = max(2, min(n_topics, (4 * n_topics) // max(1, n_resources)))
    resources: list[dict[str, Any]] = []
    free_ids: list[int] = []
    covered_free = [False] * n_topics
    for r in range(n_resources):
        model = rng.choices(("free", "one-time", "monthly"), prices)[0]
        rating = rng.choices((1, 2, 3, 4, 5), RATING_WEIGHTS)[0]
        size = rng.randint(max(1, span // 4), span)
        first = rng.randrange(max(1, n_topics - size + 1))
        covers: dict[str, int] = {}
        for i in range(first, min(n_topics, first + size)):
            if rng.random() < 0.8 or size == 1:
                bump = rng.choices((-1, 0, 1), (15, 70, 15))[0]
                covers[ids[i]] = min(5, max(1, rating + bump))
        if not covers:
            covers[ids[first]] = rating
        usd: float | None = None
        if model == "one-time":
            usd = rng.randint(10, 90) - 0.01
        elif model == "monthly":
            usd = rng.randint(10, 50) - 0.01
        if model != "free" and rng.random() < unknown_price:
            usd = None
        if model == "free":
            free_ids.append(r)
            for t in covers:
                covered_free[int(t[1:])] = True
        resources.append(resource_dict(f"r{r:05d}", covers, model=model, usd=usd, rating=rating))
    # Every topic (or a free_cover share of them) is taught by some free resource, and every
    # topic by at least one resource: add it to the free resource whose window is nearest.
    if not free_ids:
        resources.append(resource_dict(f"r{n_resources:05d}", {}, rating=3))
        free_ids.append(n_resources)
    anchors = sorted(
        (int(resources[r]["covers"][0]["topic"][1:]) if resources[r]["covers"] else 0, r)
        for r in free_ids
    )
    taught = [False] * n_topics
    for res in resources:
        for cov in res["covers"]:
            taught[int(cov["topic"][1:])] = True
    for i in range(n_topics):
        if covered_free[i] or (taught[i] and rng.random() >= free_cover):
            continue
        # nearest free resource by its first topic
        lo, hi = 0, len(anchors)
        while lo < hi:
            mid = (lo + hi) // 2
            if anchors[mid][0] <= i:
                lo = mid + 1
            else:
                hi = mid
        _, r = anchors[max(0, lo - 1)]
        res = resources[r]
        rating = res["rating"]
        res["covers"].append(
            {"topic": ids[i], "where": f"Ch. {len(res['covers']) + 1}", "rating": rating}
        )
        covered_free[i] = True
    return topics, resources


def generate(
    n_topics: int,
    n_resources: int,
    seed: int = 0,
    *,
    free_cover: float = 1.0,
    unknown_price: float = 0.03,
    prices: tuple[float, float, float] = (0.5, 0.3, 0.2),
) -> Catalog:
    """A validated catalog; see the module docstring for what it contains."""
    topics, resources = generate_raw(
        n_topics,
        n_resources,
        seed,
        free_cover=free_cover,
        unknown_price=unknown_price,
        prices=prices,
    )
    ids = [t["id"] for t in topics]
    spread = sorted({ids[len(ids) * (k + 1) // 21] for k in range(20)} if ids else set())
    return build_catalog(topics, resources, spread[::-1])


def describe(catalog: Catalog) -> str:
    """One line of statistics, to show that a generated catalog looks as documented."""
    topics = list(catalog.topics.values())
    pri = {p: sum(1 for t in topics if t.priority == p) for p in PRIORITIES}
    n = len(topics) or 1
    prereqs = sum(len(t.requires) for t in topics) / n
    hours = sum(t.hours.practical for t in topics)
    models = {m: 0 for m in ("free", "one-time", "monthly")}
    for r in catalog.resources.values():
        models[r.pricing.model.value] += 1
    covers = sum(len(r.covers) for r in catalog.resources.values()) / n
    return (
        f"{len(topics)} topics ({pri['core'] / n:.0%} core, {pri['recommended'] / n:.0%} "
        f"recommended, {pri['optional'] / n:.0%} optional; {prereqs:.2f} prerequisites and "
        f"{hours / n:.2f} h each), {len(catalog.resources)} resources ({models['free']} free, "
        f"{models['one-time']} one-time, {models['monthly']} monthly; "
        f"{covers:.2f} coverages per topic)"
    )


if __name__ == "__main__":
    import sys
    import time

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    m = int(sys.argv[2]) if len(sys.argv) > 2 else max(1, n // 10)
    t0 = time.perf_counter()
    cat = generate(n, m, seed=1)
    print(describe(cat), f"[generated in {time.perf_counter() - t0:.2f} s]")
