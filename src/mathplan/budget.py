"""Choose which resource teaches each scheduled topic, within a dollar budget.

This is a budgeted coverage problem (hard in general), solved greedily:

1. Every topic starts with its best *free* resource (or one the learner owns).
2. Repeatedly buy the paid resource with the best value per dollar that still fits the money
   left, where value is the rating it adds over the current choice, weighted by the topic's
   hours (a topic nothing free covers gains its whole rating plus a bonus for being taught at
   all). One-time prices are paid once; a monthly subscription costs its monthly price for every
   calendar month in which a topic assigned to it is studied.
3. Reassign each topic to the best-rated resource among those now available, preferring the one
   that teaches more of the plan, and never letting a subscription reach into a month it was not
   paid for, so the total can only go down.
4. Drop resources that barely earn their place: every extra book or course is one more thing to
   find, read into and keep track of, so a resource whose topics the others teach almost as well
   (losing less than ``SWITCH_COST`` rating-quarter-hours in total) is given up.

Prices that nobody could find are never bought: a plan cannot promise to stay under a budget with
an unknown price. Such a resource is still usable when the learner owns it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from mathplan.models import PricingModel, Resource

_UNCOVERED_BONUS = 5  # rating points for teaching a topic that nothing affordable teaches
SWITCH_COST = 24  # rating points x quarter hours: one point better over 6 hours is worth a switch


@dataclass(frozen=True, slots=True)
class ResourceChoice:
    assignment: dict[str, str]  # topic -> resource id
    costs: dict[str, float]  # resource id -> what the plan spends on it (used resources only)
    months: dict[str, tuple[str, ...]]  # monthly resource id -> billed months (YYYY-MM)
    uncovered: list[str]  # topics no affordable resource teaches

    @property
    def total(self) -> float:
        return round(sum(self.costs.values()), 2)


def choose_resources(
    topics: Sequence[str],
    quarters: Mapping[str, int],
    months_of: Mapping[str, frozenset[str]],
    resources: Mapping[str, Resource],
    budget: float,
    owned: frozenset[str] = frozenset(),
) -> ResourceChoice:
    offers = _offers(topics, resources)
    teaches: dict[str, list[str]] = {}
    for topic in topics:
        for rid in offers[topic]:
            teaches.setdefault(rid, []).append(topic)
    free = {r for r, res in resources.items() if res.is_free or r in owned}
    purchasable = {
        r
        for r, res in resources.items()
        if r not in free and res.pricing.usd is not None and r in teaches
    }
    available = set(free)
    paid_months: dict[str, frozenset[str]] = {}
    left = budget
    current = _best_assignment(topics, offers, available, resources, paid_months, months_of)

    while True:
        best: tuple[float, float, str] | None = None  # (-value per dollar, cost, id)
        best_months: frozenset[str] = frozenset()
        for rid in sorted(purchasable - available):
            gained = [
                t for t in teaches[rid] if offers[t][rid] > offers[t].get(current.get(t, ""), 0)
            ]
            if not gained:
                continue
            value = sum(_gain(offers[t], rid, current.get(t)) * quarters[t] for t in gained)
            months = frozenset().union(*(months_of[t] for t in gained))
            cost = _price(resources[rid], months)
            if cost > left + 1e-9:
                continue
            key = (-value / max(cost, 0.01), cost, rid)
            if best is None or key < best:
                best, best_months = key, months
        if best is None:
            break
        _, cost, rid = best
        available.add(rid)
        left -= cost
        if resources[rid].pricing.model is PricingModel.MONTHLY:
            paid_months[rid] = best_months
        current = _best_assignment(topics, offers, available, resources, paid_months, months_of)

    current = _consolidate(
        topics, quarters, offers, available, current, resources, paid_months, months_of
    )
    return _settle(topics, current, resources, free, months_of)


def _consolidate(
    topics: Sequence[str],
    quarters: Mapping[str, int],
    offers: Mapping[str, Mapping[str, int]],
    available: set[str],
    current: dict[str, str],
    resources: Mapping[str, Resource],
    paid_months: Mapping[str, frozenset[str]],
    months_of: Mapping[str, frozenset[str]],
) -> dict[str, str]:
    """Give up, one at a time, the resource whose loss costs least, while that is below the bar."""
    while True:
        best: tuple[int, int, str] | None = None
        best_assignment: dict[str, str] = {}
        for rid in sorted(set(current.values())):
            trial = _best_assignment(
                topics, offers, available - {rid}, resources, paid_months, months_of
            )
            if any(t in current and t not in trial for t in topics):
                continue  # the only teacher of some topic
            loss = sum(
                (offers[t][current[t]] - offers[t][trial[t]]) * quarters[t]
                for t in topics
                if t in current
            )
            if loss > SWITCH_COST:
                continue
            key = (loss, sum(1 for t in topics if current.get(t) == rid), rid)
            if best is None or key < best:
                best, best_assignment = key, trial
        if best is None:
            return current
        available.discard(best[2])
        current = best_assignment


def _gain(offer: Mapping[str, int], rid: str, current: str | None) -> int:
    if current is None:
        return offer[rid] + _UNCOVERED_BONUS
    return offer[rid] - offer[current]


def _offers(topics: Sequence[str], resources: Mapping[str, Resource]) -> dict[str, dict[str, int]]:
    """For each topic, the resources that teach it and how well (rating 1-5)."""
    offers: dict[str, dict[str, int]] = {t: {} for t in topics}
    for rid, res in resources.items():
        for cov in res.covers:
            if cov.topic in offers:
                offers[cov.topic][rid] = cov.rating if cov.rating is not None else res.rating
    return offers


def _best_assignment(
    topics: Sequence[str],
    offers: Mapping[str, Mapping[str, int]],
    available: set[str],
    resources: Mapping[str, Resource],
    paid_months: Mapping[str, frozenset[str]],
    months_of: Mapping[str, frozenset[str]],
) -> dict[str, str]:
    """Best-rated available resource per topic; ties go to the one teaching most of the plan."""
    reach: dict[str, int] = {}
    for topic in topics:
        for r in offers[topic]:
            reach[r] = reach.get(r, 0) + 1
    assignment: dict[str, str] = {}
    for topic in topics:
        usable = [
            r
            for r in offers[topic]
            if r in available and (r not in paid_months or months_of[topic] <= paid_months[r])
        ]
        if usable:
            assignment[topic] = min(usable, key=lambda r: (-offers[topic][r], -reach[r], r))
    return assignment


def _price(resource: Resource, months: frozenset[str]) -> float:
    usd = resource.pricing.usd or 0.0
    if resource.pricing.model is PricingModel.MONTHLY:
        return round(usd * len(months), 2)
    if resource.pricing.model is PricingModel.ONE_TIME:
        return round(usd, 2)
    return 0.0


def _settle(
    topics: Sequence[str],
    assignment: dict[str, str],
    resources: Mapping[str, Resource],
    free: set[str],
    months_of: Mapping[str, frozenset[str]],
) -> ResourceChoice:
    used: dict[str, list[str]] = {}
    for topic in topics:
        if topic in assignment:
            used.setdefault(assignment[topic], []).append(topic)
    costs: dict[str, float] = {}
    months: dict[str, tuple[str, ...]] = {}
    for rid, its_topics in used.items():
        billed = frozenset().union(*(months_of[t] for t in its_topics))
        if rid in free:
            costs[rid] = 0.0
        else:
            costs[rid] = _price(resources[rid], billed)
            if resources[rid].pricing.model is PricingModel.MONTHLY:
                months[rid] = tuple(sorted(billed))
    uncovered = [t for t in topics if t not in assignment]
    return ResourceChoice(assignment, costs, months, uncovered)
