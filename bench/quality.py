"""Plan quality: what mathplan keeps and buys, against the exact optimum on small instances.

Values (defined here, used by every comparison below):

- **Topic value** of a kept set S = its target part + sum over t in S of weight(priority of t) x
  quarter hours(t). The goal outranks everything (step 7): the most targets, and among sets of
  as many targets the earliest-listed ones, then the tiers below. The target part gives the j-th
  of k targets ``2**k + 2**(k-1-j)`` units of TARGET_UNIT, so the count decides first and the
  list order breaks ties. The ratio reported is 0 when mathplan's target part differs from the
  optimum's (it must not), else the ratio of the tiered parts: the optimum's tiered part is the
  best among the sets with the best target part. Below the target part,
  with weights core = 1,000,000, recommended = 1,000, optional = 1. The product's rule is
  lexicographic: optional topics are dropped first, then recommended, core last, so one quarter
  hour of a more important tier must outweigh *everything* of the tiers below. The weights do
  exactly that while a tier holds fewer than 1,000 quarter hours (250 h) in all, and every
  instance here has at most 16 topics of at most 8 h (512 quarter hours; checked); quarter hours
  because that is the unit mathplan schedules in, so values are exact integers. S is feasible
  when it is closed under prerequisites (every prerequisite of a kept topic is kept) and its
  hours fit the plan's study capacity (the sum of the weeks' capacities; reviews are off, so all
  of it is study time). Topics can continue into the next week, so a feasible S always packs;
  the optimum is an exhaustive search over every prerequisite-closed subset (a depth-first walk
  in study order with a value bound). The weight is the topic's own catalog priority: a
  recommended prerequisite of a kept core topic counts as recommended, but the optimum must keep
  it too (closure), so protecting it as mathplan does costs nothing.

- **Resource value** is mathplan's own objective (``mathplan.budget``): the sum over the plan's
  scheduled topics of (the rating of the assigned resource for that topic, 1-5) x quarter hours,
  minus ``MONEY_WEIGHT`` per dollar spent and ``SWITCH_COST`` for every distinct resource used
  (budget.py's constants, in rating-quarter-hours), because the product deliberately prefers
  fewer books and treats the budget as a ceiling, not a target. Feasible when every
  scheduled topic has a resource and the cost is within the budget: a one-time price once, a
  monthly price for every calendar month in which a topic assigned to it is studied, a week
  counting in the month of its middle day (mathplan's billing rule; every run checks that the
  plan's own bill agrees). The optimum fixes mathplan's schedule (same topics, same weeks) and
  searches exhaustively over which resources to use: each free one used or not, each one-time
  one bought or not, each monthly one not bought or bought for a set of months (every union of
  its topics' month sets), and gives each topic its best-rated resource among those (a monthly
  one only if every month of the topic is paid), charging ``SWITCH_COST`` for each resource in
  the set. The best over all sets is the exact optimum of mathplan's objective for that
  schedule (a set with a resource no topic ends up using is beaten by the same set without it).

The instances (seeded, see :func:`instance`): 8-16 topics and 3-6 resources from
``bench/generate.py`` (every topic taught by some free resource, all prices known, pricing
30% free / 40% one-time / 30% monthly so the budget matters), a start day in 2026-2027, 1-3
months, hours a week set so that 30%-95% of the catalog's hours fit, and a budget of 10%-80% of
what buying every paid resource for the whole plan would cost. mathplan plans it with
``make_plan`` and ``review_share=0``.

The bar: mean ratio (mathplan / optimum) >= 0.99 and never below 0.95, for both values.

Also checked on every instance (and on some larger ones): no week is left short while study
planned for a later week could have moved into it (reviews off).

Reproduce one instance, with everything printed: ``python bench/quality.py --seed N``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import build_catalog, generate, resource_dict, topic_dict

import mathplan.budget
from mathplan.budget import MONEY_WEIGHT, SWITCH_COST
from mathplan.models import Catalog, PricingModel
from mathplan.plan import Plan, Profile, quarters_of
from mathplan.planner import make_plan
from mathplan.schedule import plan_end

# Per quarter hour; lexicographic while each tier holds < TIER_LIMIT quarter hours (see above).
WEIGHT = {"core": 1_000_000, "recommended": 1_000, "optional": 1}
TARGET_UNIT = 10**12  # more than any instance's tiered value (< 3 x 10**9, checked below)


def target_weights(catalog: Catalog) -> dict[str, int]:
    """The target part of each goal target (see the module docstring)."""
    targets = catalog.goals["general"].targets
    k = len(targets)
    return {t: (2**k + 2 ** (k - 1 - j)) * TARGET_UNIT for j, t in enumerate(targets)}


TIER_LIMIT = 1_000
MEAN_BAR, MIN_BAR, REPORT_BELOW = 0.99, 0.95, 0.99


# --------------------------------------------------------------------------------------------
# Instances


@dataclass(frozen=True)
class Instance:
    seed: int
    catalog: Catalog
    profile: Profile


def _profile(start: dt.date, months: int, hpw: float, budget: float) -> Profile:
    return Profile(
        months=months,
        budget=budget,
        hours_per_week=hpw,
        start=start,
        goal="general",
        depth="practical",
        review_share=0.0,
    )


def instance(seed: int) -> Instance:
    rng = random.Random(seed)
    n = rng.randint(8, 16)
    m = rng.randint(3, 6)
    catalog = generate(n, m, seed=seed, free_cover=1.0, unknown_price=0.0, prices=(0.3, 0.4, 0.3))
    targets = rng.sample(list(catalog.topics), rng.randint(1, max(1, n // 3)))
    goal = catalog.goals["general"].model_copy(update={"targets": tuple(targets)})
    catalog = catalog.model_copy(update={"goals": {"general": goal}})
    total = sum(t.hours.practical for t in catalog.topics.values())
    start = dt.date(2026, 11, 1) + dt.timedelta(days=rng.randrange(365))
    months = rng.randint(1, 3)
    end = plan_end(start, months)
    share = rng.uniform(0.3, 0.95)
    days = (end - start).days + 1
    hpw = max(0.25, round(share * total / (days / 7) * 4) / 4)
    n_months = len({(d.year, d.month) for d in _days(start, end)})
    full = 0.0
    for r in catalog.resources.values():
        usd = r.pricing.usd or 0.0
        full += usd * n_months if r.pricing.model is PricingModel.MONTHLY else usd
    budget = float(round(rng.uniform(0.1, 0.8) * full))
    return Instance(seed, catalog, _profile(start, months, hpw, budget))


def _days(start: dt.date, end: dt.date) -> Iterator[dt.date]:
    day = start
    while day <= end:
        yield day
        day += dt.timedelta(days=1)


# --------------------------------------------------------------------------------------------
# Topic value and its optimum


def topic_value(catalog: Catalog, topics: Sequence[str]) -> int:
    targets = target_weights(catalog)
    return sum(
        WEIGHT[catalog.topics[t].priority.value] * quarters_of(catalog.topics[t].hours.practical)
        + targets.get(t, 0)
        for t in topics
    )


def topic_ratio(mathplan_value: int, optimum: int) -> float:
    """0 when the goal targets kept differ from the optimum's, else the ratio of the tiers."""
    if mathplan_value // TARGET_UNIT != optimum // TARGET_UNIT:
        return 0.0
    return _ratio(mathplan_value % TARGET_UNIT, optimum % TARGET_UNIT)


def _check_lexicographic(catalog: Catalog) -> None:
    """The weights are lexicographic only while no tier reaches TIER_LIMIT quarter hours."""
    for tier in ("recommended", "optional"):
        total = sum(
            quarters_of(t.hours.practical)
            for t in catalog.topics.values()
            if t.priority.value == tier
        )
        if total >= TIER_LIMIT:
            raise ValueError(f"{total} quarter hours of {tier} topics: weights not lexicographic")


def optimal_topics(catalog: Catalog, capacity: int) -> tuple[int, list[str]]:
    """The best prerequisite-closed set within ``capacity`` quarter hours (exhaustive)."""
    _check_lexicographic(catalog)
    ids = list(catalog.topics)  # generated catalogs are in study order
    index = {t: i for i, t in enumerate(ids)}
    prereq_mask = [sum(1 << index[p] for p in catalog.topics[t].prerequisites) for t in ids]
    quarters = [quarters_of(catalog.topics[t].hours.practical) for t in ids]
    targets = target_weights(catalog)
    value = [
        WEIGHT[catalog.topics[t].priority.value] * quarters[i] + targets.get(t, 0)
        for i, t in enumerate(ids)
    ]
    suffix = [0] * (len(ids) + 1)
    for i in range(len(ids) - 1, -1, -1):
        suffix[i] = suffix[i + 1] + value[i]
    best = [0, 0]  # value, mask

    def walk(i: int, mask: int, used: int, got: int) -> None:
        if got > best[0]:
            best[0], best[1] = got, mask
        if i == len(ids) or got + suffix[i] <= best[0]:
            return
        if prereq_mask[i] & mask == prereq_mask[i] and used + quarters[i] <= capacity:
            walk(i + 1, mask | (1 << i), used + quarters[i], got + value[i])
        walk(i + 1, mask, used, got)

    walk(0, 0, 0, 0)
    return best[0], [t for i, t in enumerate(ids) if best[1] >> i & 1]


# --------------------------------------------------------------------------------------------
# Resource value and its optimum


def months_of(plan: Plan) -> dict[str, frozenset[str]]:
    """Calendar months of the weeks in which each topic is studied (mathplan's billing rule: a
    week counts in the month of its middle day)."""
    months: dict[str, set[str]] = {}
    for week in plan.weeks:
        middle = week.start + (week.end - week.start) / 2
        for item in week.items:
            if item.kind == "study":
                months.setdefault(item.topic, set()).add(f"{middle:%Y-%m}")
    return {t: frozenset(m) for t, m in months.items()}


def resource_value(catalog: Catalog, plan: Plan) -> float:
    """mathplan's objective: rating x quarter hours, less SWITCH_COST per distinct resource and
    MONEY_WEIGHT per dollar spent."""
    taught = sum(catalog.resources[t.resource].rating_for(t.id) * t.quarters for t in plan.topics)
    used = len({t.resource for t in plan.topics})
    return taught - SWITCH_COST * used - MONEY_WEIGHT * plan.total_cost


def billing_mismatches(catalog: Catalog, plan: Plan) -> list[str]:
    """Resources whose bill in the plan differs from this file's billing rule (should be none:
    otherwise the optimum is computed for other prices than mathplan pays)."""
    when = months_of(plan)
    topics_of: dict[str, list[str]] = {}
    for t in plan.topics:
        topics_of.setdefault(t.resource, []).append(t.id)
    problems = []
    for use in plan.resources:
        res = catalog.resources[use.id]
        usd = res.pricing.usd or 0.0
        if res.is_free or use.owned:
            expected = 0.0
        elif res.pricing.model is PricingModel.MONTHLY:
            billed = frozenset().union(*(when[t] for t in topics_of.get(use.id, [])))
            expected = round(usd * len(billed), 2)
        else:
            expected = round(usd, 2)
        if abs(use.cost - expected) > 1e-6:
            problems.append(f"{use.id}: plan bills {use.cost:g}, rule says {expected:g}")
    return problems


_UNUSED = frozenset({"(not used)"})  # a resource left out of the set


def optimal_resources(
    catalog: Catalog, plan: Plan, budget: float
) -> tuple[int, dict[str, frozenset[str] | None]]:
    """The best resources for mathplan's schedule (exhaustive, with a value bound): the value,
    and the resources used (id -> billed months for a monthly one, None for any other)."""
    topics = [t.id for t in plan.topics]
    quarters = [t.quarters for t in plan.topics]
    when = months_of(plan)
    teaches: dict[str, list[tuple[int, int]]] = {}  # resource -> (topic index, rating)
    for rid, res in catalog.resources.items():
        for i, t in enumerate(topics):
            if res.coverage_of(t) is not None:
                teaches.setdefault(rid, []).append((i, res.rating_for(t)))
    # Each resource's choices, cheapest first: (cost, months) with _UNUSED for left out, None
    # for usable for every topic, a month set for a subscription paid for those months.
    rids: list[str] = []
    choices: list[list[tuple[float, frozenset[str] | None]]] = []
    for rid in sorted(teaches, key=lambda r: (-len(teaches[r]), r)):
        res = catalog.resources[rid]
        usd = res.pricing.usd
        if res.is_free:
            options: list[tuple[float, frozenset[str] | None]] = [(0.0, _UNUSED), (0.0, None)]
        elif usd is None:
            continue  # an unknown price is never bought
        elif res.pricing.model is PricingModel.ONE_TIME:
            options = [(0.0, _UNUSED), (round(usd, 2), None)]
        else:
            unions: set[frozenset[str]] = set()
            for i, _ in teaches[rid]:
                unions |= {u | when[topics[i]] for u in unions} | {when[topics[i]]}
            options = [(0.0, _UNUSED)]
            options += sorted(
                ((round(usd * len(u), 2), u) for u in unions), key=lambda c: (c[0], sorted(c[1]))
            )
        rids.append(rid)
        choices.append(options)
    # rest[k][i]: the best rating resources k, k+1, ... could give topic i (for the bound)
    rest = [[0] * len(topics) for _ in range(len(rids) + 1)]
    for k in range(len(rids) - 1, -1, -1):
        rest[k] = list(rest[k + 1])
        for i, rating in teaches[rids[k]]:
            rest[k][i] = max(rest[k][i], rating)

    best: list[object] = [None, {}]  # value, chosen
    chosen: dict[str, frozenset[str] | None] = {}
    current = [0] * len(topics)

    def walk(k: int, spent: float) -> None:
        bound = sum(q * max(c, r) for q, c, r in zip(quarters, current, rest[k], strict=True))
        bound -= SWITCH_COST * len(chosen) + MONEY_WEIGHT * spent
        if best[0] is not None and bound <= best[0]:  # type: ignore[operator]
            return
        if k == len(rids):
            if all(current):
                best[0], best[1] = bound, dict(chosen)
            return
        rid = rids[k]
        for cost, months in choices[k]:
            if spent + cost > budget + 1e-6:
                break  # cheapest first
            if months == _UNUSED:
                walk(k + 1, spent)
                continue
            saved = list(current)
            for i, rating in teaches[rid]:
                if rating > current[i] and (months is None or when[topics[i]] <= months):
                    current[i] = rating
            chosen[rid] = months
            walk(k + 1, spent + cost)
            del chosen[rid]
            current[:] = saved

    walk(0, 0.0)
    if best[0] is None:
        raise ValueError("no feasible choice of resources (some topic has no teacher)")
    return best[0], best[1]  # type: ignore[return-value]


# --------------------------------------------------------------------------------------------
# The short-week check


def short_weeks(plan: Plan) -> list[str]:
    """Weeks with unused capacity while study was planned for a later week (reviews off)."""
    problems = []
    last_study = max(
        (i for i, w in enumerate(plan.weeks) if any(it.kind == "study" for it in w.items)),
        default=-1,
    )
    for week in plan.weeks[:last_study]:
        if week.quarters < week.capacity_quarters:
            problems.append(
                f"week {week.index} ({week.start}): {week.quarters / 4:g} h of "
                f"{week.capacity_quarters / 4:g} h used, yet study continues in a later week"
            )
    return problems


# --------------------------------------------------------------------------------------------
# Running the comparison


@contextmanager
def without_consolidation() -> Iterator[None]:
    """Diagnostic only: mathplan's budget search without giving up resources that barely earn
    their place (``mathplan.budget._consolidate``, which reports whether it gave anything up),
    by swapping the function in this process. src/ is untouched.
    """
    original: Callable[..., bool] | None = getattr(mathplan.budget, "_consolidate", None)
    if original is None:  # renamed in src/: the diagnostic then equals the real run
        yield
        return

    def keep(*args: object, **kwargs: object) -> bool:
        return False  # gave nothing up

    mathplan.budget._consolidate = keep  # type: ignore[attr-defined]
    try:
        yield
    finally:
        mathplan.budget._consolidate = original  # type: ignore[attr-defined]


@dataclass
class Result:
    seed: int
    n_topics: int
    n_resources: int
    capacity: int
    topic_ratio: float
    topic_mp: float
    topic_opt: float
    res_ratio: float
    res_mp: float
    res_opt: float
    res_ratio_unconsolidated: float
    over_budget: bool
    billing: list[str]
    short: list[str]
    topic_cause: str
    res_cause: str


def _ratio(a: float, b: float) -> float:
    """a / b; an optimum that is not positive (possible for the resource value, when a tiny
    plan's ratings do not outweigh SWITCH_COST) counts 1 if matched and 0 if not."""
    if b > 0:
        return a / b
    return 1.0 if a >= b else 0.0


def evaluate(inst: Instance) -> Result:
    plan = make_plan(inst.catalog, inst.profile)
    capacity = sum(w.capacity_quarters for w in plan.weeks)
    kept = [t.id for t in plan.topics]
    t_mp = topic_value(inst.catalog, kept)
    t_opt, _ = optimal_topics(inst.catalog, capacity)
    r_mp = resource_value(inst.catalog, plan)
    r_opt, used = optimal_resources(inst.catalog, plan, inst.profile.budget)
    with without_consolidation():
        raw = make_plan(inst.catalog, inst.profile)
    r_raw = resource_value(inst.catalog, raw) if [t.id for t in raw.topics] == kept else r_mp
    t_ratio, r_ratio, raw_ratio = (
        topic_ratio(t_mp, t_opt),
        _ratio(r_mp, r_opt),
        _ratio(r_raw, r_opt),
    )
    return Result(
        seed=inst.seed,
        n_topics=len(inst.catalog.topics),
        n_resources=len(inst.catalog.resources),
        capacity=capacity,
        topic_ratio=t_ratio,
        topic_mp=t_mp,
        topic_opt=t_opt,
        res_ratio=r_ratio,
        res_mp=r_mp,
        res_opt=r_opt,
        res_ratio_unconsolidated=raw_ratio,
        over_budget=plan.total_cost > inst.profile.budget + 1e-9,
        billing=billing_mismatches(inst.catalog, plan),
        short=short_weeks(plan),
        topic_cause=topic_cause(inst.catalog, kept) if t_ratio < REPORT_BELOW else "",
        res_cause=(
            resource_cause(inst.catalog, plan, used, r_ratio, raw_ratio)
            if r_ratio < REPORT_BELOW
            else ""
        ),
    )


PROTECTED = "kept a protected prerequisite of a dropped topic"
FIRST_FIT = "first fit in study order within a priority tier"
STEP3 = "giving up resources (step 3) lost value: the run without it does better"
MONTHS = "same purchases, but a subscription billed for other months than the optimum's"
LOCAL = "same purchases, other free resources: giving up one at a time stops early"
GREEDY = "other purchases than the optimum (greedy order and starts)"


def topic_cause(catalog: Catalog, kept: Sequence[str]) -> str:
    """Why mathplan's kept set misses the optimum (first that applies)."""
    rank = {t: WEIGHT_RANK[catalog.topics[t].priority.value] for t in catalog.topics}
    order = list(catalog.topics)
    effective = dict(rank)
    users: dict[str, list[str]] = {t: [] for t in order}
    for t in reversed(order):
        for p in catalog.topics[t].prerequisites:
            effective[p] = min(effective[p], effective[t])
            users[p].append(t)
    kept_set = set(kept)
    for t in kept:
        if effective[t] >= rank[t]:
            continue
        # the kept topics that need t, transitively: does any matter as much as t was treated?
        stack, seen = list(users[t]), set()
        while stack:
            u = stack.pop()
            if u not in seen:
                seen.add(u)
                stack.extend(users[u])
        if not any(u in kept_set and rank[u] <= effective[t] for u in seen):
            return PROTECTED
    return FIRST_FIT


WEIGHT_RANK = {"core": 0, "recommended": 1, "optional": 2}


def resource_cause(
    catalog: Catalog,
    plan: Plan,
    optimum: Mapping[str, frozenset[str] | None],
    ratio: float,
    unconsolidated: float,
) -> str:
    """Why mathplan's resources miss the optimum (first that applies)."""
    if unconsolidated > ratio + 1e-9:
        return STEP3
    bought = {r.id: (frozenset(r.months) if r.months else None) for r in plan.resources if r.cost}
    paid = {r: m for r, m in optimum.items() if not catalog.resources[r].is_free}
    if set(bought) != set(paid):
        return GREEDY
    if bought != paid:
        return MONTHS
    return LOCAL


def larger_short_week_plans(count: int = 20) -> list[tuple[int, list[str]]]:
    """The short-week check on bigger generated plans (100-400 topics, reviews off)."""
    found = []
    for seed in range(count):
        rng = random.Random(10_000 + seed)
        n = rng.randint(100, 400)
        catalog = generate(n, max(3, n // 10), seed=10_000 + seed)
        total = sum(t.hours.practical for t in catalog.topics.values())
        start = dt.date(2026, 11, 1) + dt.timedelta(days=rng.randrange(365))
        months = rng.randint(2, 12)
        days = (plan_end(start, months) - start).days + 1
        hpw = max(0.25, round(rng.uniform(0.3, 1.2) * total / (days / 7) * 4) / 4)
        plan = make_plan(catalog, _profile(start, months, hpw, 100.0))
        found.append((10_000 + seed, short_weeks(plan)))
    return found


def _topic_witness(
    topics: list[dict[str, Any]], hours_per_week: float, what: str, cause: str
) -> tuple[str, float, str]:
    """mathplan's topic choice against the optimum on one hand-made month-long instance."""
    ratings = {t["id"]: 3 for t in topics}
    cat = build_catalog(topics, [resource_dict("free", ratings)])
    plan = make_plan(cat, _profile(dt.date(2026, 11, 30), 1, hours_per_week, 0.0))
    cap = sum(w.capacity_quarters for w in plan.weeks)
    mp, (opt, best) = topic_value(cat, [t.id for t in plan.topics]), optimal_topics(cat, cap)
    kept = [t.id for t in plan.topics]
    return (
        f"{what}, capacity {cap / 4:g} h: mathplan keeps {kept}, optimum {best}",
        _ratio(mp, opt),
        cause,
    )


def witnesses() -> list[tuple[str, float, str]]:
    """Hand-made minimal instances for each way the algorithms can miss the optimum."""
    start = dt.date(2026, 11, 30)  # a Monday; 1 month = 4 weeks + 2 days
    out = []
    # (a) three independent core topics of 6, 5 and 5 h; 10.x h of capacity.
    out.append(
        _topic_witness(
            [
                topic_dict("a", 6, "core", []),
                topic_dict("b", 5, "core", []),
                topic_dict("c", 5, "core", []),
            ],
            2.5,  # 4 x 10 quarters + 2 days -> 10.5 h
            "topics: core a=6 h, b=5 h, c=5 h, no prerequisites",
            "first fit in study order",
        )
    )
    # (a) an optional prerequisite protected for a recommended topic that is then dropped anyway.
    out.append(
        _topic_witness(
            [
                topic_dict("o", 1, "optional", []),
                topic_dict("big", 8, "recommended", ["o"]),
                topic_dict("r", 3, "recommended", []),
            ],
            0.75,  # 4 x 3 quarters + 2 days (0 quarters) -> 3 h
            "topics: optional o=1 h needed by recommended big=8 h, recommended r=3 h",
            "protected prerequisite of a dropped topic",
        )
    )
    # (b) two paid books: one $30 teaching both topics at 5 (was 3), one $20 teaching one.
    topics = [topic_dict("x", 4, "core", []), topic_dict("y", 4, "core", [])]
    resources = [
        resource_dict("free", {"x": 3, "y": 3}),
        resource_dict("big", {"x": 5, "y": 5}, model="one-time", usd=30.0, rating=5),
        resource_dict("small", {"x": 5}, model="one-time", usd=10.0, rating=5),
    ]
    cat = build_catalog(topics, resources)
    prof = _profile(start, 1, 10.0, 30.0)
    plan = make_plan(cat, prof)
    mp, (opt, used) = resource_value(cat, plan), optimal_resources(cat, plan, 30.0)
    paid = [r.id for r in plan.resources if r.cost]
    out.append(
        (
            "resources: budget $30; 'big' ($30) lifts x and y (4 h each) from 3 to 5, "
            f"'small' ($10) lifts x only: mathplan buys {sorted(paid)}, "
            f"optimum {sorted(r for r in used if r != 'free')}",
            _ratio(mp, opt),
            "value per dollar alone; mathplan also starts from the best single purchases",
        )
    )
    return out


def run(count: int = 300) -> bool:
    t0 = time.perf_counter()
    results = [evaluate(instance(seed)) for seed in range(count)]
    elapsed = time.perf_counter() - t0
    ok = True
    print(
        f"Quality: {count} generated instances (seeds 0-{count - 1}; 8-16 topics, 3-6 resources), "
        f"exact optima by exhaustive search, {elapsed:.1f} s"
    )
    header = f"{'value':<34}{'mean':>8}{'min':>8}{'< 0.99':>8}{'< 0.95':>8}  bar"
    print(header)
    for label, key in (
        ("topics kept (vs optimum)", "topic_ratio"),
        ("resources chosen (vs optimum)", "res_ratio"),
    ):
        ratios = [getattr(r, key) for r in results]
        mean, low = statistics.fmean(ratios), min(ratios)
        passed = mean >= MEAN_BAR and low >= MIN_BAR
        ok &= passed
        print(
            f"{label:<34}{mean:>8.4f}{low:>8.4f}{sum(x < 0.99 for x in ratios):>8}"
            f"{sum(x < 0.95 for x in ratios):>8}  mean >= {MEAN_BAR}, min >= {MIN_BAR}: "
            f"{'PASS' if passed else 'FAIL'}"
        )
    raw = [r.res_ratio_unconsolidated for r in results]
    print(
        f"{'  diagnostic: resources, no step 3':<34}{statistics.fmean(raw):>8.4f}{min(raw):>8.4f}"
        f"{sum(x < 0.99 for x in raw):>8}{sum(x < 0.95 for x in raw):>8}  (same search without "
        "giving up resources that barely earn their place)"
    )
    print(
        "  (resource value: rating x quarter hours, less SWITCH_COST = "
        f"{SWITCH_COST} per distinct resource used and MONEY_WEIGHT = {MONEY_WEIGHT:g} per "
        "dollar; topic value: weights "
        f"{WEIGHT['core']:,} / {WEIGHT['recommended']:,} / {WEIGHT['optional']} per quarter hour)"
    )
    over = [r.seed for r in results if r.over_budget]
    print(f"Plans over budget: {len(over)}{' (seeds ' + str(over) + ')' if over else ''}")
    billing = [(r.seed, r.billing) for r in results if r.billing]
    print(
        f"Plans billed otherwise than this file's rule (optimum then not comparable): "
        f"{len(billing)}{'' if billing else ': PASS'}"
    )
    for seed, problems in billing[:5]:
        print(f"  seed {seed}: {'; '.join(problems)}")
    ok &= not billing
    for label, key, mp, opt in (
        ("topic value", "topic_ratio", "topic_mp", "topic_opt"),
        ("resource value", "res_ratio", "res_mp", "res_opt"),
    ):
        below = sorted(
            (r for r in results if getattr(r, key) < REPORT_BELOW),
            key=lambda r: (getattr(r, key), r.n_topics, r.n_resources),
        )
        cause = "topic_cause" if key == "topic_ratio" else "res_cause"
        print(f"Instances below {REPORT_BELOW} on {label}: {len(below)}; the worst:")
        for r in below[:8]:
            print(
                f"  seed {r.seed:>3}: {r.n_topics:>2} topics, {r.n_resources} resources, ratio "
                f"{getattr(r, key):.4f} (mathplan {getattr(r, mp):,.0f}, optimum "
                f"{getattr(r, opt):,.0f}; {getattr(r, cause)})"
            )
        if below:
            print(f"  every seed below {REPORT_BELOW} (ratio), worst first:")
            cells = [f"{r.seed} ({getattr(r, key):.4f})" for r in below]
            line = " "
            for cell in cells:
                if len(line) + len(cell) + 2 > 100:
                    print(line.rstrip(","))
                    line = " "
                line += f" {cell},"
            print(line.rstrip(","))
        counts: dict[str, int] = {}
        for r in below:
            counts[getattr(r, cause)] = counts.get(getattr(r, cause), 0) + 1
        for text, k in sorted(counts.items(), key=lambda c: -c[1]):
            print(f"  cause: {text}: {k}")
        for bar in (REPORT_BELOW, MIN_BAR):
            under = [r for r in below if getattr(r, key) < bar]
            if under:
                small = min(under, key=lambda r: (r.n_topics + r.n_resources, r.seed))
                print(
                    f"  smallest below {bar}: seed {small.seed} ({small.n_topics} topics, "
                    f"{small.n_resources} resources, ratio {getattr(small, key):.4f}, "
                    f"{getattr(small, cause)}): python bench/quality.py --seed {small.seed}"
                )
    short = [(r.seed, r.short) for r in results if r.short]
    larger = larger_short_week_plans()
    short += [(seed, s) for seed, s in larger if s]
    print(
        f"Short weeks with later study that could move in (reviews off): {len(short)} plans of "
        f"{count + len(larger)} ({count} above + {len(larger)} plans of 100-400 topics): "
        f"{'PASS' if not short else 'FAIL'}"
    )
    for seed, problems in short[:5]:
        print(
            f"  seed {seed}: {problems[0]}"
            + (f" (+{len(problems) - 1} more)" if len(problems) > 1 else "")
        )
    ok &= not short and not over
    print("Minimal hand-made witnesses:")
    for text, ratio, why in witnesses():
        print(f"  ratio {ratio:.4f} ({why}): {text}")
    print(f"Quality bars: {'PASS' if ok else 'FAIL'}")
    return ok


def show(seed: int) -> None:
    """Everything about one instance, to reproduce and read a miss."""
    inst = instance(seed)
    cat, prof = inst.catalog, inst.profile
    plan = make_plan(cat, prof)
    cap = sum(w.capacity_quarters for w in plan.weeks)
    print(f"seed {seed}: {prof}")
    print(f"capacity {cap / 4:g} h in {len(plan.weeks)} weeks; budget ${prof.budget:g}")
    for t in cat.topics.values():
        print(
            f"  topic {t.id} {t.priority.value:<11} {t.hours.practical:>4g} h "
            f"requires {list(t.prerequisites)}"
        )
    for r in cat.resources.values():
        covers = {c.topic: r.rating_for(c.topic) for c in r.covers}
        print(f"  resource {r.id} {r.pricing.model.value:<8} ${r.pricing.usd or 0:g} {covers}")
    kept = [t.id for t in plan.topics]
    opt_value, opt_set = optimal_topics(cat, cap)
    print(f"mathplan keeps {kept}: value {topic_value(cat, kept):,}")
    print(f"optimum keeps  {opt_set}: value {opt_value:,}")
    when = months_of(plan)
    print("schedule months:", {t: sorted(m) for t, m in when.items()})
    print(
        "mathplan buys",
        {r.id: (r.cost, r.months) for r in plan.resources if r.cost},
        "assigns",
        {t.id: t.resource for t in plan.topics},
        f"value {resource_value(cat, plan)} (SWITCH_COST {SWITCH_COST} per resource), "
        f"cost {plan.total_cost:g}",
    )
    value, used = optimal_resources(cat, plan, prof.budget)
    print(
        "optimum uses",
        {r: sorted(m) if m else cat.resources[r].pricing.model.value for r, m in used.items()},
        f"value {value}",
    )
    print("billing:", billing_mismatches(cat, plan) or "as this file's rule")
    print("short weeks:", short_weeks(plan) or "none")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, help="show one instance in full")
    parser.add_argument("--count", type=int, default=300)
    args = parser.parse_args()
    if args.seed is not None:
        show(args.seed)
    else:
        sys.exit(0 if run(args.count) else 1)
