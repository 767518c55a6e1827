"""Choose which resource teaches each scheduled topic, within a dollar budget.

What is maximised (and what ``bench/quality.py`` measures mathplan against):

    value = sum over scheduled topics of rating(its resource, the topic) x quarter hours
            - SWITCH_COST for every distinct resource used
            - MONEY_WEIGHT for every dollar spent

The second term is deliberate: every extra book or course is one more thing to find, read into and
keep track of, so a resource must earn its place. So is the third: the budget is a ceiling, not a
target, and a learner would rather keep $98 than pay for two months of a course that is a little
better on two topics; a dollar must buy half a rating point over a quarter hour (an $87.50 book
must lift about eleven hours of study by a whole rating point). A topic that nothing affordable
teaches counts ``-_UNCOVERED_BONUS`` per quarter hour, so teaching it at all is worth its rating
plus a bonus.
Money is spent as the plan bills it: a one-time price once, a monthly price for every calendar
month in which a topic assigned to it is studied. Prices that nobody could find are never bought
(a plan cannot promise to stay under a budget with an unknown price); such a resource is still
usable when the learner owns it.

Choosing purchases under a budget is a budgeted coverage problem (NP-hard), so this is a greedy
with local search. Who teaches what is indexed once (topics per resource, resources per topic),
and every step below looks only at the topics of the resources it touches, so the work grows with
the number of (topic, resource) pairs, not with topics times resources.

1. **Start.** Every topic gets its best free (or owned) resource; ties go to the resource that
   teaches more of the plan, so fewer resources are used from the outset. Step 3 then gives up
   those that do not earn their place before anything is bought: a purchase is weighed against
   the resources that will really stay, and no budget leaves the plan worse than no money would.
2. **Buy.** Each paid resource offers *purchase options*. A one-time resource has one: its price.
   A subscription has several, because paying for every month its topics span is often over
   budget when a few months would be worth it: starting from the months already paid, it adds
   the month set of a topic it would improve (both months of a topic studied across a month
   boundary) with the best added value per added dollar that still fits the money left, again
   and again, and each prefix of that chain is an option; so is each such month set on its own
   (the best single purchase need not be a prefix). An option's value is what its topics gain
   (their rating over the current one, times quarter hours), plus what the resources it lets go
   are worth (``SWITCH_COST`` less what their topics lose by moving to it or to another resource
   in use), less ``SWITCH_COST`` when it brings in a resource not yet used. While money lasts,
   the affordable option with the best value per dollar and a positive value is bought. Values
   mostly fall as purchases are made and options only drop out as the money shrinks, so a heap
   with lazy re-evaluation (of a resource's options only when one of its topics changed hands)
   finds the next purchase without rescanning everything; step 4 evaluates afresh what it missed.
3. **Give up.** Then, one at a time, the used resource whose loss is smallest is given up while
   that loss is below ``SWITCH_COST`` (or equal to it and no other resource comes into use), so
   the value never falls: each of its topics moves where it loses least (never into a subscription
   month that was not paid for), and the loss is the rating they lose times their quarter hours,
   plus ``SWITCH_COST`` for each resource that this starts using. Only the topics of the resource
   given up and the resources they touch change, so losses are kept in a heap and recomputed just
   for those. A resource given up is never bought back: it would only be given up again.
4. **Re-spend.** Subscriptions are then billed only for the months their topics still need, paid
   resources that teach nothing are returned, and the money left goes back to step 2 (then step
   3), until a round changes nothing or no longer raises the value.
5. **Several starts.** Value per dollar alone can miss one big purchase that is worth more than
   several small ones (the knapsack classic: $30 for a book lifting two topics loses to $10 for a
   book lifting one, then nothing else fits). So steps 2-4 also run starting with each of the
   ``_STARTS`` most valuable single affordable options bought first (unless the first run bought
   it anyway), and the best result by value is kept (then the cheaper, then the first found),
   which keeps the choice deterministic.
"""

from __future__ import annotations

import heapq
import operator
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from mathplan.models import Coverage, Depth, PricingModel, Resource

_UNCOVERED_BONUS = 5  # rating points for teaching a topic that nothing affordable teaches
SWITCH_COST = 24  # rating points x quarter hours: one point better over 6 hours is worth a switch
MONEY_WEIGHT = 0.5  # rating points x quarter hours a dollar must buy (see the module docstring)
_STARTS = 3  # how many of the most valuable single purchases are also tried first
# What owning a resource is worth, in rating points: an owned book wins ties and one-point gaps
# (so what the learner already has gets used), but not a material two points better.
OWNED_BONUS = 1

_FREE, _ONCE, _MONTHLY = 0, 1, 2  # how a resource is billed in this plan (owned counts as free)
_EPS = 1e-9


@dataclass(frozen=True, slots=True)
class ResourceChoice:
    assignment: dict[str, str]  # topic -> resource id
    costs: dict[str, float]  # resource id -> what the plan spends on it (used resources only)
    months: dict[str, tuple[str, ...]]  # monthly resource id -> billed months (YYYY-MM)
    uncovered: list[str]  # topics no affordable resource teaches

    @property
    def total(self) -> float:
        return round(sum(self.costs.values()), 2)


# An option: (cost, value, months it adds or None for a one-time price).
_Option = tuple[float, int, frozenset[str] | None]


def choose_resources(
    topics: Sequence[str],
    quarters: Mapping[str, int],
    months_of: Mapping[str, frozenset[str]],
    resources: Mapping[str, Resource],
    budget: float,
    owned: frozenset[str] = frozenset(),
    depth: Depth | None = None,
) -> ResourceChoice:
    """The resource for each topic. With ``depth``, only reading assignments that serve that
    depth are used where a topic has any (see :class:`~mathplan.models.CoverageDepth`)."""
    ix = _Index(topics, quarters, months_of, resources, owned, depth)
    base = _State(ix, budget)
    plain = _run(base.copy())
    best, best_key = plain, (-plain.score(), plain.spent(), 0)
    for n, (rid, option) in enumerate(_best_singles(base), start=1):
        months = option[2]
        if rid in plain.bought and (months is None or months <= plain.paid[rid]):
            continue  # the plain run bought it anyway: starting with it would retrace that run
        trial = base.copy()
        trial.buy(rid, option)
        trial = _run(trial)
        key = (-trial.score(), trial.spent(), n)
        if key < best_key:
            best, best_key = trial, key
    return best.settle()


class _Index:
    """The instance with integer ids, built once: who teaches what, how well, at what price.

    Resources are numbered in id order, so comparing numbers breaks ties by id.
    """

    def __init__(
        self,
        topics: Sequence[str],
        quarters: Mapping[str, int],
        months_of: Mapping[str, frozenset[str]],
        resources: Mapping[str, Resource],
        owned: frozenset[str],
        depth: Depth | None = None,
    ) -> None:
        self.topics = list(topics)
        position = {t: i for i, t in enumerate(self.topics)}
        served = _served_topics(resources, position, depth)
        self.quarters = [quarters[t] for t in self.topics]
        self.months = [months_of[t] for t in self.topics]
        self.rids = sorted(resources)
        self.offers: list[list[tuple[int, int]]] = [[] for _ in self.topics]
        self.teaches: list[list[tuple[int, int]]] = []
        self.billing: list[int] = []
        self.price: list[float] = []
        self.buyable: list[bool] = []
        for r, rid in enumerate(self.rids):
            res = resources[rid]
            taught: list[tuple[int, int]] = []
            bonus = OWNED_BONUS if rid in owned else 0
            for cov in res.covers:
                i = position.get(cov.topic)
                if i is not None and _usable(cov, depth, served):
                    rating = (cov.rating if cov.rating is not None else res.rating) + bonus
                    taught.append((i, rating))
                    self.offers[i].append((r, rating))
            self.teaches.append(taught)
            model = res.pricing.model
            if res.is_free or rid in owned:
                self.billing.append(_FREE)
            else:
                self.billing.append(_MONTHLY if model is PricingModel.MONTHLY else _ONCE)
            self.price.append(res.pricing.usd or 0.0)
            self.buyable.append(
                self.billing[r] != _FREE and res.pricing.usd is not None and bool(taught)
            )
        self.reach = [len(t) for t in self.teaches]
        # the only teacher of some topic: can never be given up or let go (checked first, as
        # it is often so and the full check is not cheap)
        self.sole = [False] * len(self.rids)
        for offer in self.offers:
            if len(offer) == 1:
                self.sole[offer[0][0]] = True


def _served_topics(
    resources: Mapping[str, Resource], position: Mapping[str, int], depth: Depth | None
) -> set[str]:
    """Topics of the plan that some reading assignment serves at ``depth``."""
    if depth is None:
        return set(position)
    return {
        cov.topic
        for res in resources.values()
        for cov in res.covers
        if cov.topic in position and cov.depth.serves(depth)
    }


def _usable(cov: Coverage, depth: Depth | None, served: set[str]) -> bool:
    """An assignment is used at its own depth; where nothing serves the depth, any will do
    (a topic is better taught from other-depth material than dropped)."""
    return depth is None or cov.depth.serves(depth) or cov.topic not in served


class _State:
    """One run's choices: what is available (free, owned or bought), and who teaches each topic.

    ``rating[i]`` is the rating topic i is taught at, ``-_UNCOVERED_BONUS`` when nothing teaches
    it; ``count[r]`` is how many topics resource r teaches in the plan (used when > 0).
    """

    def __init__(self, ix: _Index, budget: float) -> None:
        self.ix = ix
        self.budget = budget
        self.left = budget
        self.available = [b == _FREE for b in ix.billing]
        self.given_up = [False] * len(ix.rids)
        self.bought: set[int] = set()
        self.paid: dict[int, frozenset[str]] = {}  # bought subscription -> months paid
        self.version = [0] * len(ix.rids)  # bumped when r's options may have changed
        self.assigned = [-1] * len(ix.topics)
        self.rating = [-_UNCOVERED_BONUS] * len(ix.topics)
        self.count = [0] * len(ix.rids)
        for i, offer in enumerate(ix.offers):
            usable = [(rating, ix.reach[r], -r) for r, rating in offer if self.available[r]]
            if usable:
                rating, _, neg = max(usable)
                self.assigned[i], self.rating[i] = -neg, rating
                self.count[-neg] += 1

    def copy(self) -> _State:
        other = _State.__new__(_State)
        other.ix, other.budget, other.left = self.ix, self.budget, self.left
        other.available, other.given_up = list(self.available), list(self.given_up)
        other.bought, other.paid = set(self.bought), dict(self.paid)
        other.version = list(self.version)
        other.assigned, other.rating = list(self.assigned), list(self.rating)
        other.count = list(self.count)
        return other

    def usable(self, r: int, i: int) -> bool:
        """Whether r can teach topic i now: available, and paid for every month of i."""
        if not self.available[r]:
            return False
        return self.ix.billing[r] != _MONTHLY or self.ix.months[i] <= self.paid.get(r, frozenset())

    def move(self, i: int, r: int, rating: int) -> None:
        old = self.assigned[i]
        if old >= 0:
            self.count[old] -= 1
        self.assigned[i], self.rating[i] = r, rating
        self.count[r] += 1
        for s, _ in self.ix.offers[i]:
            self.version[s] += 1

    def buy(self, r: int, option: _Option) -> None:
        cost, _, months = option
        self.left -= cost
        self.available[r] = True
        self.bought.add(r)
        if months is not None:
            self.paid[r] = self.paid.get(r, frozenset()) | months
        self.version[r] += 1
        for i, rating in self.ix.teaches[r]:
            if rating > self.rating[i] and self.usable(r, i):
                self.move(i, r, rating)
        for _, need, moves in _freed(self, r):
            if self.covers(r, need):
                for i, s, rating in moves:
                    self.move(i, s, rating)

    def covers(self, r: int, months: frozenset[str]) -> bool:
        """Whether r, bought, is paid for all these months."""
        return self.ix.billing[r] != _MONTHLY or months <= self.paid.get(r, frozenset())

    def reclaim(self) -> None:
        """Bill subscriptions only for the months their topics need; return what teaches nothing.

        Later purchases can take topics away from a resource bought earlier; the money that frees
        is what step 4 re-spends.
        """
        needed: dict[int, set[str]] = {r: set() for r in self.paid}
        for i, r in enumerate(self.assigned):
            if r in needed:
                needed[r] |= self.ix.months[i]
        for r in sorted(self.bought):
            if self.count[r] == 0:
                self.bought.discard(r)
                self.paid.pop(r, None)
                self.available[r] = False
            elif r in self.paid:
                self.paid[r] = frozenset(needed[r])
        self.left = self.budget - self.spent()

    def spent(self) -> float:
        ix = self.ix
        total = 0.0
        for r in sorted(self.bought):
            if ix.billing[r] == _MONTHLY:
                total += round(ix.price[r] * len(self.paid[r]), 2)
            else:
                total += round(ix.price[r], 2)
        return round(total, 2)

    def score(self) -> float:
        """The objective (see the module docstring)."""
        ix = self.ix
        taught: int = sum(map(operator.mul, ix.quarters, self.rating))
        used = len(self.count) - self.count.count(0)
        return taught - SWITCH_COST * used - MONEY_WEIGHT * self.spent()

    def settle(self) -> ResourceChoice:
        ix = self.ix
        assignment: dict[str, str] = {}
        billed: dict[int, set[str]] = {}
        for i, r in enumerate(self.assigned):
            if r >= 0:
                assignment[ix.topics[i]] = ix.rids[r]
                billed.setdefault(r, set()).update(ix.months[i])
        costs: dict[str, float] = {}
        months: dict[str, tuple[str, ...]] = {}
        for r in billed:  # in the order of their first topic
            rid = ix.rids[r]
            if ix.billing[r] == _FREE:
                costs[rid] = 0.0
            elif ix.billing[r] == _ONCE:
                costs[rid] = round(ix.price[r], 2)
            else:
                costs[rid] = round(ix.price[r] * len(billed[r]), 2)
                months[rid] = tuple(sorted(billed[r]))
        uncovered = [t for i, t in enumerate(ix.topics) if self.assigned[i] < 0]
        return ResourceChoice(assignment, costs, months, uncovered)


def _run(st: _State) -> _State:
    """Steps 3, 2, 4: give up, buy, give up, re-spend what was freed, until a round changes
    nothing that another round could use (nothing given up, no money freed).

    A round that neither raises the value nor gives anything up also ends it (and is undone if
    it lowered the value: what a purchase lets go is an estimate made before buying it), so the
    result is never worse than the free resources alone, made lean.
    """
    _consolidate(st)  # first the free list made lean: purchases are weighed against that
    st.reclaim()
    while True:
        before = st.copy()
        _buy(st)
        given_up = _consolidate(st)
        left = st.left
        st.reclaim()
        if (st.score(), sum(st.given_up)) <= (before.score(), sum(before.given_up)):
            return st if st.score() >= before.score() else before
        if not given_up and st.left <= left + _EPS:
            return st


def _options(st: _State, r: int) -> list[_Option]:
    """r's purchase options now, cheapest first (see step 2 of the module docstring)."""
    ix = st.ix
    if st.given_up[r] or not ix.buyable[r]:
        return []
    once = ix.billing[r] == _ONCE
    if once and r in st.bought:
        return []
    if ix.price[r] > st.left + _EPS:
        return []  # not even one more month fits (found quickly: most do not, late in step 2)
    penalty = SWITCH_COST if st.count[r] == 0 else 0
    paid = st.paid.get(r, frozenset())
    groups: dict[frozenset[str], int] = {}  # months to pay -> value they bring
    base = 0  # value that needs no more months paid (all of it for a one-time price)

    def add(months: frozenset[str], value: int) -> None:
        nonlocal base
        if once or months <= paid:
            if not st.available[r]:
                base += value  # nothing more to pay for it, but r must be bought
        else:
            groups[months] = groups.get(months, 0) + value

    for i, rating in ix.teaches[r]:
        if rating > st.rating[i]:
            add(ix.months[i], ix.quarters[i] * (rating - st.rating[i]))
    for value, months, _ in _freed(st, r):
        add(months, value)  # a resource r makes unnecessary is one fewer to juggle
    if once:
        return [(round(ix.price[r], 2), base - penalty, None)]
    options: list[_Option] = []
    if base:
        options.append((0.0, base - penalty, frozenset()))
    price = ix.price[r]

    def cost(months: frozenset[str]) -> float:  # of paying for these months too
        return round(price * len(paid | months), 2) - round(price * len(paid), 2)

    for g in sorted(groups, key=sorted):  # each month set on its own, with what it covers
        value = base + sum(v for h, v in groups.items() if h <= paid | g)
        options.append((cost(g), value - penalty, g - paid))
    by_month: dict[str, list[frozenset[str]]] = {}
    for g in groups:
        for m in g:
            by_month.setdefault(m, []).append(g)
    have, value = paid, base
    while groups:
        # the next month set that fits the money left: best added value per added month (so
        # per dollar), then the most value, then the earliest months
        best: tuple[float, int, list[str]] | None = None
        best_covered: set[frozenset[str]] = set()
        for g in groups:
            extra = g - have
            if cost(have | extra) > st.left + _EPS:
                continue
            union = have | g
            covered = {h for m in extra for h in by_month[m] if h in groups and h <= union}
            gain = sum(groups[h] for h in covered)
            key = (gain / len(extra), gain, sorted(extra))
            if best is None or key[:2] > best[:2] or (key[:2] == best[:2] and key[2] < best[2]):
                best, best_covered = key, covered
        if best is None:
            break
        have = have.union(*best_covered)
        value += best[1]
        for h in best_covered:
            del groups[h]
        options.append((cost(have), value - penalty, have - paid))
    return sorted(options, key=lambda o: o[0])


def _freed(st: _State, r: int) -> list[tuple[int, frozenset[str], list[tuple[int, int, int]]]]:
    """The used resources that buying r would let go, each as (value, months, moves).

    Giving up a resource s is worth ``SWITCH_COST`` less what its topics lose by moving to r or
    to another resource in use (the cheapest for each); counted only when positive and when at
    least one topic goes to r (else step 3 could give s up without buying anything). ``months``
    are those r must be paid for, ``moves`` the (topic, resource, rating) that realise it. A
    resource let go is no place to move to, and one that others' topics move to is kept.
    """
    ix = st.ix
    touched: set[int] = set()  # the resources teaching r's topics now, that could be let go
    for i, _ in ix.teaches[r]:
        s = st.assigned[i]
        if s >= 0 and s != r and not ix.sole[s]:
            touched.add(s)
    freed = []
    gone: set[int] = set()
    targets: set[int] = set()
    for s in sorted(touched):
        if s in targets:
            continue
        value = SWITCH_COST
        months: frozenset[str] = frozenset()
        moves: list[tuple[int, int, int]] = []
        for i, _ in ix.teaches[s]:
            if st.assigned[i] != s:
                continue
            q, current = ix.quarters[i], st.rating[i]
            best: tuple[int, bool, int] | None = None  # (lost value, to r, resource)
            rating = 0
            for x, rx in ix.offers[i]:
                if x == r or (x != s and x not in gone and st.count[x] > 0 and st.usable(x, i)):
                    key = (max(0, q * (current - rx)), x == r, x)
                    if best is None or key < best:
                        best, rating = key, rx
            if best is None:
                value = 0
                break
            value -= best[0]
            if value <= 0:
                break
            if best[1]:
                months |= ix.months[i]
            moves.append((i, best[2], rating))
        if value > 0 and any(x == r for _, x, _ in moves):
            freed.append((value, months, moves))
            gone.add(s)
            targets.update(x for _, x, _ in moves)
    return freed


def _best_option(st: _State, r: int) -> tuple[float, _Option] | None:
    """r's affordable option with the best value per dollar (and a positive value), if any."""
    best: tuple[float, _Option] | None = None
    for option in _options(st, r):
        cost, value, _ = option
        if cost > st.left + _EPS:
            break
        if value - MONEY_WEIGHT * cost <= 0:
            continue
        ratio = value / max(cost, 0.01)
        if best is None or ratio > best[0]:
            best = (ratio, option)
    return best


def _buy(st: _State) -> None:
    """Step 2: while money lasts, buy the affordable option with the best value per dollar.

    What a purchase lets go depends on resources two steps away (who else could take their
    topics), which the versions do not track; so when the heap runs dry, every resource is
    evaluated afresh once more, and buying goes on if that finds anything.
    """
    ix = st.ix
    while True:
        heap: list[tuple[float, float, int, int]] = []  # (-ratio, cost, resource, version)
        found: dict[int, _Option] = {}
        for r in range(len(ix.rids)):
            best = _best_option(st, r)
            if best is not None:
                found[r] = best[1]
                heap.append((-best[0], best[1][0], r, st.version[r]))
        if not heap:
            return
        heapq.heapify(heap)
        while heap:
            _, cost, r, version = heapq.heappop(heap)
            if version != st.version[r] or cost > st.left + _EPS:
                best = _best_option(st, r)  # stale: its topics changed or it no longer fits
                if best is not None:
                    found[r] = best[1]
                    heapq.heappush(heap, (-best[0], best[1][0], r, st.version[r]))
                continue
            st.buy(r, found[r])
            best = _best_option(st, r)  # a subscription may buy more months later
            if best is not None:
                found[r] = best[1]
                heapq.heappush(heap, (-best[0], best[1][0], r, st.version[r]))


def _best_singles(st: _State) -> list[tuple[int, _Option]]:
    """The ``_STARTS`` most valuable single options that fit the budget, one per resource."""
    singles: list[tuple[int, float, int, _Option]] = []
    for r in range(len(st.ix.rids)):
        fitting = [
            o for o in _options(st, r) if o[0] <= st.left + _EPS and o[1] > MONEY_WEIGHT * o[0]
        ]
        if fitting:
            option = max(fitting, key=lambda o: (o[1] - MONEY_WEIGHT * o[0], -o[0]))
            singles.append((-option[1], option[0], r, option))
    singles.sort(key=lambda s: s[:3])
    return [(r, option) for _, _, r, option in singles[:_STARTS]]


def _loss(st: _State, r: int) -> tuple[int, list[tuple[int, int, int]]] | None:
    """What giving up r costs in value, and where its topics go; None if it is irreplaceable.

    Each topic goes where it loses least: the rating it loses times its quarter hours, plus
    ``SWITCH_COST`` for a resource not in use yet (once: later topics go there for free). On a
    tie, the better rating, then a resource in use, then the one teaching more of the plan.
    """
    ix = st.ix
    if ix.sole[r]:
        return None
    loss = 0
    moves: list[tuple[int, int, int]] = []
    new: set[int] = set()
    for i, _ in ix.teaches[r]:
        if st.assigned[i] != r:
            continue
        q, current = ix.quarters[i], st.rating[i]
        best: tuple[int, int, bool, int, int] | None = None
        for s, rating in ix.offers[i]:
            if s != r and st.usable(s, i):
                idle = st.count[s] == 0 and s not in new
                cost = q * (current - rating) + (SWITCH_COST if idle else 0)
                key = (cost, -rating, st.count[s] == 0, -ix.reach[s], s)
                if best is None or key < best:
                    best = key
        if best is None:
            return None
        loss += best[0]
        s = best[4]
        if st.count[s] == 0:
            new.add(s)
        moves.append((i, s, -best[1]))
    return loss, moves


def _consolidate(st: _State) -> bool:
    """Step 3: give up, cheapest first, the resources that do not earn their ``SWITCH_COST``."""
    ix = st.ix
    stamp = [0] * len(ix.rids)
    heap: list[tuple[int, int, int, int]] = []  # (loss, topics taught, resource, stamp)

    def push(r: int) -> None:
        found = _loss(st, r)
        if found is None:
            return
        loss, moves = found
        # at exactly SWITCH_COST the value stays; worth it only if fewer resources remain
        if loss < SWITCH_COST or (
            loss == SWITCH_COST and all(st.count[s] > 0 for _, s, _ in moves)
        ):
            heapq.heappush(heap, (loss, st.count[r], r, stamp[r]))

    for r in range(len(ix.rids)):
        if st.count[r] > 0:
            push(r)
    given_up = False
    while heap:
        _, _, r, seen = heapq.heappop(heap)
        if seen != stamp[r]:
            continue
        found = _loss(st, r)
        assert found is not None
        st.available[r] = False
        st.given_up[r] = True
        stamp[r] += 1
        given_up = True
        touched = {i for i, _ in ix.teaches[r]}
        for i, s, rating in found[1]:
            if st.count[s] == 0:  # s comes into use: losses that counted it as new change
                touched.update(j for j, _ in ix.teaches[s])
            st.move(i, s, rating)
        affected = {s for i in touched for s, _ in ix.offers[i]}
        for s in sorted(affected):
            if s != r:
                stamp[s] += 1
                if st.count[s] > 0:
                    push(s)
    return given_up
