"""Plan quality: what mathplan keeps and buys, against the exact optimum on small instances.

Values (defined here, used by every comparison below):

- **Topic value** of a kept set S = sum over t in S of weight(priority of t) x hours(t), with
  weights core = 100, recommended = 10, optional = 1 (so optional goes first, recommended next,
  core last: "lexicographic-ish"). S is feasible when it is closed under prerequisites (every
  prerequisite of a kept topic is kept) and its hours fit the plan's study capacity (the sum of
  the weeks' capacities; reviews are off, so all of it is study time). Topics can continue into
  the next week, so a feasible S always packs; the optimum is an exhaustive search over every
  prerequisite-closed subset (a depth-first walk in study order with a value bound).
  The priority weight is the topic's own catalog priority (a recommended prerequisite of a core
  topic counts 10 per hour, even though mathplan protects it like a core topic).

- **Resource value** of an assignment = sum over the plan's scheduled topics of (the rating of
  the assigned resource for that topic, 1-5) x hours; a topic with no resource counts 0.
  Feasible when the cost is within the budget: a one-time price once, a monthly price for every
  calendar month in which a topic assigned to it is studied (a week that straddles two months
  counts in both, exactly as mathplan bills it). The optimum fixes mathplan's schedule (same
  topics, same weeks) and searches exhaustively over what to buy: each one-time resource bought
  or not, each monthly resource not bought or bought for a set of months (every union of its
  topics' month sets), and gives each topic its best-rated resource among the free ones and
  those bought (a monthly one only if every month of the topic is paid). This is the exact
  optimum of the budget problem for that schedule.

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

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import build_catalog, generate, resource_dict, topic_dict

import mathplan.budget
from mathplan.models import Catalog, PricingModel
from mathplan.plan import Plan, Profile, quarters_of
from mathplan.planner import make_plan
from mathplan.schedule import plan_end

WEIGHT = {"core": 100, "recommended": 10, "optional": 1}
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


def topic_value(catalog: Catalog, topics: Sequence[str]) -> float:
    return (
        sum(
            WEIGHT[catalog.topics[t].priority.value]
            * quarters_of(catalog.topics[t].hours.practical)
            for t in topics
        )
        / 4
    )


def optimal_topics(catalog: Catalog, capacity: int) -> tuple[float, list[str]]:
    """The best prerequisite-closed set within ``capacity`` quarter hours (exhaustive)."""
    ids = list(catalog.topics)  # generated catalogs are in study order
    index = {t: i for i, t in enumerate(ids)}
    prereq_mask = [sum(1 << index[p] for p in catalog.topics[t].prerequisites) for t in ids]
    quarters = [quarters_of(catalog.topics[t].hours.practical) for t in ids]
    value = [WEIGHT[catalog.topics[t].priority.value] * quarters[i] for i, t in enumerate(ids)]
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
    return best[0] / 4, [t for i, t in enumerate(ids) if best[1] >> i & 1]


# --------------------------------------------------------------------------------------------
# Resource value and its optimum


def months_of(plan: Plan) -> dict[str, frozenset[str]]:
    """Calendar months of the weeks in which each topic is studied (mathplan's billing rule)."""
    months: dict[str, set[str]] = {}
    for week in plan.weeks:
        for item in week.items:
            if item.kind == "study":
                months.setdefault(item.topic, set()).update(
                    {f"{week.start:%Y-%m}", f"{week.end:%Y-%m}"}
                )
    return {t: frozenset(m) for t, m in months.items()}


def resource_value(catalog: Catalog, plan: Plan) -> float:
    return sum(catalog.resources[t.resource].rating_for(t.id) * t.quarters for t in plan.topics) / 4


def optimal_resources(
    catalog: Catalog, plan: Plan, budget: float
) -> tuple[float, dict[str, frozenset[str] | None]]:
    """The best purchase for mathplan's schedule (exhaustive): value, and what to buy
    (resource id -> billed months for a monthly one, None for a one-time one)."""
    topics = [t.id for t in plan.topics]
    quarters = {t.id: t.quarters for t in plan.topics}
    when = months_of(plan)
    offers: dict[str, dict[str, int]] = {t: {} for t in topics}
    for rid, res in catalog.resources.items():
        for cov in res.covers:
            if cov.topic in offers:
                offers[cov.topic][rid] = res.rating_for(cov.topic)
    free = {r for r, res in catalog.resources.items() if res.is_free}
    paid = [
        r
        for r, res in catalog.resources.items()
        if not res.is_free and res.pricing.usd is not None and any(r in offers[t] for t in topics)
    ]
    options: list[list[tuple[float, frozenset[str] | None]]] = []  # per paid resource
    for r in paid:
        res = catalog.resources[r]
        usd = res.pricing.usd or 0.0
        if res.pricing.model is PricingModel.ONE_TIME:
            options.append([(0.0, frozenset()), (usd, None)])
            continue
        unions: set[frozenset[str]] = set()
        for t in topics:
            if r in offers[t]:
                unions |= {u | when[t] for u in unions} | {when[t]}
        choices: list[tuple[float, frozenset[str] | None]] = [(0.0, frozenset())]
        choices += sorted(((round(usd * len(u), 2), u) for u in unions), key=lambda c: c[0])
        options.append(choices)

    def value_of(bought: Mapping[str, frozenset[str] | None]) -> float:
        total = 0
        for t in topics:
            best = 0
            for rid, rating in offers[t].items():
                if rating <= best:
                    continue
                if rid in free:
                    best = rating
                elif rid in bought:
                    paid_months = bought[rid]
                    if paid_months is None or when[t] <= paid_months:
                        best = rating
            total += best * quarters[t]
        return total / 4

    best: list[object] = [-1.0, {}]
    chosen: dict[str, frozenset[str] | None] = {}

    def walk(i: int, spent: float) -> None:
        if i == len(paid):
            v = value_of(chosen)
            if v > best[0]:  # type: ignore[operator]
                best[0], best[1] = v, dict(chosen)
            return
        for cost, months in options[i]:
            if spent + cost > budget + 1e-6:
                break  # options are in increasing cost
            if cost > 0 or months is None:
                chosen[paid[i]] = months
            walk(i + 1, spent + cost)
            chosen.pop(paid[i], None)

    walk(0, 0.0)
    return float(best[0]), best[1]  # type: ignore[arg-type, return-value]


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
    """Diagnostic only: mathplan's budget greedy without its last step (giving up resources
    that barely earn their place), by swapping the function in this process. src/ is untouched.
    """
    original: Callable[..., dict[str, str]] | None = getattr(mathplan.budget, "_consolidate", None)
    if original is None:  # renamed in src/: the diagnostic then equals the real run
        yield
        return

    def keep(topics, quarters, offers, available, current, *rest):  # type: ignore[no-untyped-def]
        return current

    mathplan.budget._consolidate = keep  # type: ignore[assignment]
    try:
        yield
    finally:
        mathplan.budget._consolidate = original  # type: ignore[assignment]


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
    short: list[str]
    topic_cause: str
    res_cause: str


def _ratio(a: float, b: float) -> float:
    return a / b if b > 0 else 1.0


def evaluate(inst: Instance) -> Result:
    plan = make_plan(inst.catalog, inst.profile)
    capacity = sum(w.capacity_quarters for w in plan.weeks)
    kept = [t.id for t in plan.topics]
    t_mp = topic_value(inst.catalog, kept)
    t_opt, _ = optimal_topics(inst.catalog, capacity)
    r_mp = resource_value(inst.catalog, plan)
    r_opt, _ = optimal_resources(inst.catalog, plan, inst.profile.budget)
    with without_consolidation():
        raw = make_plan(inst.catalog, inst.profile)
    r_raw = resource_value(inst.catalog, raw) if [t.id for t in raw.topics] == kept else r_mp
    t_ratio, r_ratio, raw_ratio = _ratio(t_mp, t_opt), _ratio(r_mp, r_opt), _ratio(r_raw, r_opt)
    return Result(
        seed=inst.seed,
        n_topics=len(inst.catalog.topics),
        n_resources=len(inst.catalog.resources),
        capacity=capacity,
        topic_ratio=_ratio(t_mp, t_opt),
        topic_mp=t_mp,
        topic_opt=t_opt,
        res_ratio=_ratio(r_mp, r_opt),
        res_mp=r_mp,
        res_opt=r_opt,
        res_ratio_unconsolidated=_ratio(r_raw, r_opt),
        over_budget=plan.total_cost > inst.profile.budget + 1e-9,
        short=short_weeks(plan),
        topic_cause=topic_cause(inst.catalog, kept) if t_ratio < REPORT_BELOW else "",
        res_cause=(
            resource_cause(inst.catalog, plan, inst.profile.budget, raw_ratio)
            if r_ratio < REPORT_BELOW
            else ""
        ),
    )


PROTECTED = "kept a protected prerequisite of a dropped topic"
FIRST_FIT = "first fit in study order within a priority tier"
STEP4 = "step 4 gave up a resource (value lost <= SWITCH_COST each)"
MONTHS = "a subscription only priced for all months of its topics"
GREEDY = "value-per-dollar greedy order"


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


def resource_cause(catalog: Catalog, plan: Plan, budget: float, unconsolidated: float) -> str:
    """Why mathplan's purchase misses the optimum (first that applies)."""
    if unconsolidated >= 0.9999:
        return STEP4
    _, bought = optimal_resources(catalog, plan, budget)
    when = months_of(plan)
    free_best = {
        t.id: max(
            (
                r.rating_for(t.id)
                for r in catalog.resources.values()
                if r.is_free and r.coverage_of(t.id) is not None
            ),
            default=0,
        )
        for t in plan.topics
    }
    for rid, months in bought.items():
        if months is None:
            continue
        res = catalog.resources[rid]
        better = [
            t.id
            for t in plan.topics
            if res.coverage_of(t.id) is not None and res.rating_for(t.id) > free_best[t.id]
        ]
        if months < frozenset().union(*(when[t] for t in better)):
            return MONTHS
    return GREEDY


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


def witnesses() -> list[tuple[str, float, str]]:
    """Hand-made minimal instances for each way the algorithms can miss the optimum."""
    start = dt.date(2026, 11, 30)  # a Monday; 1 month = 4 weeks + 2 days
    out = []
    # (a) three independent core topics of 6, 5 and 5 h; 10.x h of capacity.
    topics = [
        topic_dict("a", 6, "core", []),
        topic_dict("b", 5, "core", []),
        topic_dict("c", 5, "core", []),
    ]
    cat = build_catalog(topics, [resource_dict("free", {"a": 3, "b": 3, "c": 3})])
    prof = _profile(start, 1, 2.5, 0.0)  # 4 x 10 quarters + 2 days -> 10.5 h
    plan = make_plan(cat, prof)
    cap = sum(w.capacity_quarters for w in plan.weeks)
    mp, (opt, best) = topic_value(cat, [t.id for t in plan.topics]), optimal_topics(cat, cap)
    out.append(
        (
            f"topics: core a=6 h, b=5 h, c=5 h, no prerequisites, capacity {cap / 4:g} h: "
            f"mathplan keeps {[t.id for t in plan.topics]}, optimum {best}",
            _ratio(mp, opt),
            "first fit in study order",
        )
    )
    # (a) an optional prerequisite protected for a recommended topic that is then dropped anyway.
    topics = [
        topic_dict("o", 1, "optional", []),
        topic_dict("big", 8, "recommended", ["o"]),
        topic_dict("r", 3, "recommended", []),
    ]
    cat = build_catalog(topics, [resource_dict("free", {"o": 3, "big": 3, "r": 3})])
    prof = _profile(start, 1, 0.75, 0.0)  # 4 x 3 quarters + 2 days (0 quarters) -> 3 h
    plan = make_plan(cat, prof)
    cap = sum(w.capacity_quarters for w in plan.weeks)
    mp, (opt, best) = topic_value(cat, [t.id for t in plan.topics]), optimal_topics(cat, cap)
    out.append(
        (
            f"topics: optional o=1 h needed by recommended big=8 h, recommended r=3 h, capacity "
            f"{cap / 4:g} h: mathplan keeps {[t.id for t in plan.topics]}, optimum {best}",
            _ratio(mp, opt),
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
    mp, (opt, bought) = resource_value(cat, plan), optimal_resources(cat, plan, 30.0)
    paid = [r.id for r in plan.resources if r.cost]
    out.append(
        (
            "resources: budget $30; 'big' ($30) lifts x and y (4 h each) from 3 to 5, "
            f"'small' ($10) lifts x only: mathplan buys {sorted(paid)}, "
            f"optimum {sorted(bought)}",
            _ratio(mp, opt),
            "best value per dollar first",
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
        ("resources bought (vs optimum)", "res_ratio"),
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
        f"{'  diagnostic: resources, no step 4':<34}{statistics.fmean(raw):>8.4f}{min(raw):>8.4f}"
        f"{sum(x < 0.99 for x in raw):>8}{sum(x < 0.95 for x in raw):>8}  (same greedy without "
        "giving up resources that barely earn their place)"
    )
    over = [r.seed for r in results if r.over_budget]
    print(f"Plans over budget: {len(over)}{' (seeds ' + str(over) + ')' if over else ''}")
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
                f"{getattr(r, key):.4f} (mathplan {getattr(r, mp):g}, optimum "
                f"{getattr(r, opt):g}; {getattr(r, cause)})"
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
    print(f"mathplan keeps {kept}: value {topic_value(cat, kept):g}")
    print(f"optimum keeps  {opt_set}: value {opt_value:g}")
    when = months_of(plan)
    print("schedule months:", {t: sorted(m) for t, m in when.items()})
    print(
        "mathplan buys",
        {r.id: (r.cost, r.months) for r in plan.resources if r.cost},
        "assigns",
        {t.id: t.resource for t in plan.topics},
        f"value {resource_value(cat, plan):g}, cost {plan.total_cost:g}",
    )
    value, bought = optimal_resources(cat, plan, prof.budget)
    print(
        "optimum buys",
        {r: sorted(m) if m else "once" for r, m in bought.items()},
        f"value {value:g}",
    )
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
