"""The one-screen summary of a plan: what ``plan`` and ``show`` print first.

A learner should see the whole plan on one screen (about 40 lines at 100 columns): whether the
goal fits, the months as phases, the hours, what to buy, what did not fit, the spare time and the
choices made for them. The week-by-week detail lives in ``show --weeks``. Decides nothing; only
shows (like :mod:`mathplan.render`, whose helpers it shares).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from rich.console import Console, Group, RenderableType
from rich.text import Text

from mathplan.render import area_title, authors_short, hours, link, money, title_and_authors

if TYPE_CHECKING:
    from mathplan.plan import Plan, ResourceUse, Week

MAX_PHASES = 12  # a 60-month plan is shown as phases of several months, never 60 lines
SHOWN_DROPS = 4
SHOWN_AREAS = 3  # areas named per month, by hours
SHOWN_FINISHED = 3  # goal targets and applied topics named per month
SHOWN_FREE = 5  # free resources named (the most used first)
SHOWN_SPARE_OPTIONS = 3


class Phase(NamedTuple):
    """Consecutive weeks that fall in the same calendar month (or group of months)."""

    label: str
    weeks: tuple[Week, ...]


def plan_screen(plan: Plan, width: int = 100) -> Group:
    """Every section of the summary, in reading order."""
    parts: list[RenderableType] = [header(plan)]
    coverage = goal_coverage(plan)
    if coverage is not None:
        parts.append(coverage)
    parts.append(hours_line(plan))
    parts.append(Text("\nMonth by month", "bold"))
    parts.append(phases_grid(plan, width))
    parts.append(Text(""))
    parts.append(buying(plan))
    dropped = dropped_short(plan)
    if dropped is not None:
        parts.append(dropped)
    spare = spare_time(plan)
    if spare is not None:
        parts.append(spare)
    if plan.choices:
        parts.append(choices(plan, width))
    parts.append(
        Text(
            "\nWeek by week: mathplan show --weeks · one week: mathplan show --week N"
            " · what now: mathplan next",
            "dim",
        )
    )
    return Group(*parts)


def header(plan: Plan) -> Text:
    p = plan.profile
    text = Text()
    text.append(plan.goal_title or p.goal, style="bold")
    text.append(
        f" — {p.start} to {plan.end}, {p.hours_per_week:g} h/week, "
        f"{p.depth} depth, budget {money(p.budget)}"
    )
    if p.known:
        text.append(f"\nAlready known: {', '.join(p.known)}", "dim")
    return text


def goal_coverage(plan: Plan) -> Text | None:
    """'7 of 11 goal targets fit; attention needs 14 more hours', loud when none fits."""
    targets = plan.goal_targets
    if not targets:
        return None
    planned, dropped = plan.targets_planned, plan.targets_dropped
    if len(planned) == len(targets):
        return Text(f"Goal: all {len(targets)} goal targets fit.", "green")
    needs = [_needs(plan, tid) for tid in dropped]
    shown = "; ".join(needs[:3]) + (f"; and {len(needs) - 3} more" if len(needs) > 3 else "")
    if not planned:
        text = Text(f"GOAL NOT REACHED: none of the {len(targets)} goal targets fits", "bold red")
        text.append(f"; {shown}" if shown else "")
        text.append(
            "\nGive it more --months or --hours-per-week, or pick a nearer goal (mathplan goals).",
            "red",
        )
        return text
    text = Text(f"Goal: {len(planned)} of {len(targets)} goal targets fit", "yellow")
    text.append(f"; {shown}" if shown else "")
    return text


def _needs(plan: Plan, topic_id: str) -> str:
    drop = next((d for d in plan.dropped if d.topic == topic_id), None)
    if drop is None or drop.more_hours is None:
        return f"{topic_id} did not fit"
    return f"{topic_id} needs {drop.more_hours:g} more hours"


def hours_by_kind(plan: Plan) -> dict[str, int]:
    """Scheduled quarter hours of study, review and projects, and the spare capacity."""
    totals = {"study": 0, "review": 0, "project": 0}
    for week in plan.weeks:
        for item in week.items:
            totals[item.kind] = totals.get(item.kind, 0) + item.quarters
    totals["spare"] = max(0, plan.spare_quarters)
    return totals


def hours_line(plan: Plan) -> Text:
    kinds = hours_by_kind(plan)
    text = Text("Hours: ", "bold")
    text.append(f"{hours(kinds['study'] / 4)} study · {hours(kinds['review'] / 4)} review")
    if kinds["project"]:
        text.append(f" · {hours(kinds['project'] / 4)} projects")
    text.append(f" · {hours(kinds['spare'] / 4)} spare")
    studied = sum(1 for t in plan.topics if t.kind == "topic")
    projects = sum(1 for t in plan.topics if t.kind == "project")
    text.append(
        f" — {studied} topics"
        + (f", {projects} project{'s' if projects > 1 else ''}" if projects else "")
        + ", "
        f"{hours(plan.capacity_quarters / 4)} over {len(plan.weeks)} weeks"
    )
    return text


def phases(plan: Plan) -> list[Phase]:
    """The weeks grouped by calendar month (a week belongs to the month holding most of it)."""
    by_month: dict[tuple[int, int], list[Week]] = {}
    for week in plan.weeks:
        middle = week.start + dt.timedelta(days=(week.end - week.start).days // 2)
        by_month.setdefault((middle.year, middle.month), []).append(week)
    months = list(by_month.items())
    size = max(1, math.ceil(len(months) / MAX_PHASES))
    result = []
    for i in range(0, len(months), size):
        chunk = months[i : i + size]
        first, last = chunk[0][0], chunk[-1][0]
        label = _month(*first) if first == last else f"{_month(*first)}–{_month(*last)}"
        result.append(Phase(label, tuple(w for _, weeks in chunk for w in weeks)))
    return result


def _month(year: int, month: int) -> str:
    return f"{dt.date(year, month, 1):%b %Y}"


def phases_grid(plan: Plan, width: int = 100) -> Text:
    """One block per phase: month, weeks, then what it studies, wrapped under itself.

    Laid out by hand rather than with a Rich table: ``show`` must start fast, and importing
    Rich's table machinery alone costs about 4% of a minimal Typer app's start-up.
    """
    rows = [(phase, _span(phase)) for phase in phases(plan)]
    label_width = max(len(p.label) for p, _ in rows)
    span_width = max(len(span) for _, span in rows)
    indent = label_width + span_width + 4
    out = Text()
    for n, (phase, span) in enumerate(rows):
        if n:
            out.append("\n")
        out.append(phase.label.ljust(label_width), "bold")
        out.append("  " + span.rjust(span_width) + "  ", "dim")
        body = phase_text(plan, phase)
        lines = body.wrap(_Measure.console(), max(20, width - indent))
        for i, line in enumerate(lines):
            if i:
                out.append("\n" + " " * indent)
            out.append_text(line)
    return out


def _span(phase: Phase) -> str:
    first, last = phase.weeks[0].index, phase.weeks[-1].index
    return f"wk {first}" if first == last else f"wk {first}–{last}"


class _Measure:
    """A silent console for wrapping text to a width (no terminal is asked)."""

    _console: Console | None = None

    @classmethod
    def console(cls) -> Console:
        if cls._console is None:
            import io

            cls._console = Console(file=io.StringIO(), width=200, color_system=None)
        return cls._console


def phase_text(plan: Plan, phase: Phase) -> Text:
    """What a phase studies (areas by hours), what it finishes, and which project it builds."""
    area_quarters: dict[str, int] = {}
    projects: list[str] = []
    review = 0
    for week in phase.weeks:
        for item in week.items:
            topic = plan.topic(item.topic)
            if item.kind == "review":
                review += item.quarters
            elif item.kind == "project" or (topic is not None and topic.kind == "project"):
                if item.topic not in projects:
                    projects.append(item.topic)
            else:
                area = topic.area if topic is not None else "other"
                area_quarters[area] = area_quarters.get(area, 0) + item.quarters
    indices = {w.index for w in phase.weeks}
    finished = [
        t.id
        for t in plan.topics
        if t.kind == "topic" and t.last_week in indices and (t.id in plan.goal_targets or t.applied)
    ]
    text = Text()
    if not area_quarters and not projects:
        spare = sum(w.capacity_quarters - w.quarters for w in phase.weeks)
        text.append("no new study" + (", reviews only" if review else ""), "dim")
        text.append(f"; {hours(spare / 4)} spare" if spare else "", "dim")
        return text
    ranked = sorted(area_quarters.items(), key=lambda kv: -kv[1])
    text.append(", ".join(f"{area_title(a)} {q / 4:g}h" for a, q in ranked[:SHOWN_AREAS]))
    if len(ranked) > SHOWN_AREAS:
        rest = sum(q for _, q in ranked[SHOWN_AREAS:])
        text.append(f", other {rest / 4:g}h", "dim")
    if finished:
        text.append(" → ", "dim")
        text.append(", ".join(finished[:SHOWN_FINISHED]), "cyan")
        if len(finished) > SHOWN_FINISHED:
            text.append(f" +{len(finished) - SHOWN_FINISHED}", "dim")
    if projects:
        text.append("; builds ", "dim")
        text.append(", ".join(projects), "bold magenta")
    return text


def buying(plan: Plan) -> Text:
    """What to buy (authors, price, its source and date), what is owned, and the money left."""
    budget = plan.profile.budget
    left = budget - plan.total_cost
    paid = [r for r in plan.resources if r.pricing != "free" and not r.owned]
    text = Text()
    if paid:
        text.append("What to buy: ", "bold")
        text.append(f"{money(plan.total_cost)} of {money(budget)}; {money(left)} left\n")
        for res in paid:
            text.append("  • ")
            text.append_text(title_and_authors(res.title, res.authors))
            text.append(f": {_price(res)}")
            text.append(f" ({res.price_label}; {short_source(res.price_source)})")
            if res.url:
                text.append(" ")
                text.append_text(link(res.url))
            text.append("\n")
    else:
        text.append("Nothing to buy: ", "bold")
        text.append(f"every resource in this plan is free; {money(left)} of the budget left\n")
    owned = [r for r in plan.resources if r.owned]
    if owned:
        text.append("You own: ", "bold")
        text.append("; ".join(f"{r.title} ({authors_short(r.authors)})" for r in owned) + "\n")
    free = sorted(
        (r for r in plan.resources if r.pricing == "free" and not r.owned),
        key=lambda r: -len(r.topics),
    )
    if free:
        text.append("Free: ", "bold")
        text.append("; ".join(_free_entry(r) for r in free[:SHOWN_FREE]))
        if len(free) > SHOWN_FREE:
            text.append(f"; and {len(free) - SHOWN_FREE} more", "dim")
    text.rstrip()
    return text


def _free_entry(res: ResourceUse) -> str:
    return f"{res.title} ({authors_short(res.authors)})" if res.authors else res.title


def _price(res: ResourceUse) -> str:
    if res.unit_price is None:
        return "price unknown"
    if res.pricing == "monthly":
        return f"{money(res.unit_price)}/month × {len(res.months)} = {money(res.cost)}"
    return f"{money(res.unit_price)} {res.pricing}"


def short_source(source: str) -> str:
    """Where a price was found, short: the host of its first URL, else its first words."""
    found = re.search(r"(?:https?://)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:/|\b)", source, re.I)
    if found:
        return found.group(1).removeprefix("www.")
    words = source.split(" (")[0]
    return words if len(words) <= 40 else words[:39] + "…"


def dropped_short(plan: Plan) -> Text | None:
    if not plan.dropped:
        return None
    targets = set(plan.goal_targets)
    ordered = sorted(plan.dropped, key=lambda d: (d.topic not in targets, d.priority != "project"))
    total = sum(d.quarters for d in plan.dropped) / 4
    off_goal = not targets & {d.topic for d in plan.dropped}
    text = Text("Did not fit" + (" (none of it a goal target)" if off_goal else "") + ": ", "bold")
    text.append(f"{len(plan.dropped)} topics and projects, {hours(total)} — ")
    names = [
        d.topic + (f" (+{d.more_hours:g} h)" if d.more_hours else "") for d in ordered[:SHOWN_DROPS]
    ]
    text.append(", ".join(names))
    if len(ordered) > SHOWN_DROPS:
        text.append(f" and {len(ordered) - SHOWN_DROPS} more")
    text.append(" (reasons: mathplan show --weeks)", "dim")
    return text


def spare_time(plan: Plan) -> Text | None:
    """Unused capacity, where study ends, and what the spare hours could buy."""
    spare = plan.spare_quarters
    if spare <= 0:
        return None
    share = spare / plan.capacity_quarters if plan.capacity_quarters else 0
    busy = [w.index for w in plan.weeks if any(i.kind != "review" for i in w.items)]
    text = Text("Spare time: ", "bold")
    text.append(f"{hours(spare / 4)} ({share:.0%} of the plan's time) is not used")
    if busy and busy[-1] < len(plan.weeks):
        text.append(f"; new study ends in week {busy[-1]} of {len(plan.weeks)}")
    options = plan.spare_options[:SHOWN_SPARE_OPTIONS]
    if options:
        text.append(". It could buy:")
        for option in options:
            text.append(f"\n  • {option}")
    return text


def choices(plan: Plan, width: int) -> Text:
    """'Choices made for you': each question, the gist of its answer and how much of what it is
    about the plan holds, on one line (the whole answer is in ``plan --json``)."""
    text = Text("\nChoices made for you", "bold")
    for choice in plan.choices:
        tail = _held_tail(plan, choice.held, choice.missing)
        room = width - 8 - len(choice.question) - len(tail)  # one line each, with a margin
        text.append("\n  • ")
        text.append(choice.question, "bold")
        if room >= 8:  # on a narrow terminal a long question keeps only its tail
            text.append(" " + _clip(_gist(choice.answer), room))
        if tail:
            text.append(" " + tail, "cyan")
    return text


_PLAN_PART = re.compile(r" (?=In this plan: |Already known: |Not in this plan: )")


def _gist(answer: str) -> str:
    """The answer's first clause (up to its first colon, semicolon or full stop: the catalog's
    answers put the verdict there, "Standard distributions and maximum likelihood first:"),
    without the list of topics the planner appended (the summary says that in short); for the
    buying question, what the plan buys."""
    general = _PLAN_PART.split(answer, maxsplit=1)[0]
    buys = general.find(" This plan buys ")
    if buys >= 0:
        return general[buys + 1 :]
    return re.split(r"(?<=[:;.!?])\s", general, maxsplit=1)[0].rstrip(":;")


def _held_tail(plan: Plan, held: Sequence[str], missing: Sequence[str]) -> str:
    """ "[5/6 in plan, wk 3-14]": how much of what the answer is about the plan holds."""
    if not held and not missing:
        return ""
    weeks = [
        w
        for t in held
        if (p := plan.topic(t)) is not None and p.first_week > 0
        for w in (p.first_week, p.last_week)
    ]
    span = f", wk {min(weeks)}–{max(weeks)}" if weeks else ""
    return f"[{len(held)}/{len(held) + len(missing)} in plan{span}]"


def _clip(words: str, limit: int) -> str:
    flat = " ".join(words.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: max(1, limit - 1)].rsplit(" ", 1)[0]
    return cut + "…"
