"""Rich renderings of plans, progress and the catalog. Decides nothing; only shows.

Every function returns a Rich renderable (or prints to the console it is given), so the CLI can
send data to stdout and messages to stderr, and tests can render to a string.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.progress_bar import ProgressBar
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from mathplan.models import Catalog, Depth
from mathplan.plan import Plan, PlannedTopic, ResourceUse
from mathplan.progress import AHEAD, BEHIND, Status

AREA_TITLES = {
    "linear-algebra": "Linear algebra",
    "calculus": "Calculus",
    "autodiff": "Automatic differentiation",
    "optimization": "Optimization",
    "probability": "Probability",
    "statistics": "Statistics",
    "information-theory": "Information theory",
    "numerical": "Numerical computing",
    "applications": "ML applications",
}
PRIORITY_STYLE = {"core": "bold", "recommended": "", "optional": "dim"}
STATE_STYLE = {AHEAD: "green", BEHIND: "red"}


def area_title(area: str) -> str:
    return AREA_TITLES.get(area, area.replace("-", " ").capitalize())


def hours(value: float) -> str:
    """Hours without noise: 3 h, 2.5 h, 1.25 h."""
    return f"{value:g} h"


def money(value: float | None) -> str:
    return "unknown" if value is None else f"${value:,.2f}"


def plan_summary(plan: Plan, goal_title: str) -> Text:
    p = plan.profile
    text = Text()
    text.append(f"{goal_title}", style="bold")
    text.append(
        f" — {p.months} months from {p.start} to {plan.end}, {p.hours_per_week:g} h/week, "
        f"{p.depth} depth, budget {money(p.budget)}\n"
    )
    text.append(
        f"{len(plan.topics)} topics, {hours(plan.planned_quarters / 4)} planned of "
        f"{hours(plan.capacity_quarters / 4)} available in {len(plan.weeks)} weeks"
    )
    if p.known:
        text.append(f"; already known: {', '.join(p.known)}")
    return text


def weeks_table(plan: Plan, done: Iterable[str] = ()) -> Table:
    finished = set(done)
    titles = {r.id: r.title for r in plan.resources}
    table = Table(title="Weekly plan", show_lines=False, expand=False)
    table.add_column("Week", justify="right")
    table.add_column("Dates", no_wrap=True)
    table.add_column("Topic")
    table.add_column("Hours", justify="right")
    table.add_column("Resource and location")
    for week in plan.weeks:
        if not week.items:
            table.add_row(str(week.index), _dates(week.start, week.end), Text("free", "dim"), "", "")
            continue
        for n, item in enumerate(week.items):
            topic = Text(item.title, style="strike dim" if item.topic in finished else "")
            table.add_row(
                str(week.index) if n == 0 else "",
                _dates(week.start, week.end) if n == 0 else "",
                topic,
                hours(item.hours),
                f"{titles.get(item.resource, item.resource)}: {item.where}",
                end_section=n == len(week.items) - 1,
            )
    return table


def _dates(start: object, end: object) -> str:
    return f"{start} – {end}"


def shopping_list(plan: Plan) -> Table:
    budget = plan.profile.budget
    table = Table(
        title="Shopping list",
        caption=(
            f"Total {money(plan.total_cost)} of {money(budget)} budget; "
            f"{money(budget - plan.total_cost)} left"
        ),
    )
    table.add_column("Resource")
    table.add_column("Pricing")
    table.add_column("Price", justify="right")
    table.add_column("Cost in plan", justify="right")
    table.add_column("Topics", justify="right")
    table.add_column("Price checked")
    for res in plan.resources:
        table.add_row(
            res.title,
            _pricing(res),
            _unit_price(res),
            money(res.cost),
            str(len(res.topics)),
            _price_status(res),
        )
    return table


def _pricing(res: ResourceUse) -> str:
    if res.owned:
        return "owned"
    if res.pricing == "monthly" and res.months:
        return f"monthly × {len(res.months)} ({res.months[0]}…{res.months[-1]})"
    return res.pricing


def _unit_price(res: ResourceUse) -> str:
    if res.pricing == "free":
        return "free"
    suffix = "/month" if res.pricing == "monthly" else ""
    return money(res.unit_price) + suffix


def _price_status(res: ResourceUse) -> Text:
    if res.pricing == "free":
        return Text("")
    if res.owned:
        return Text("you own it", "dim")
    style = "" if res.verified else "yellow"
    return Text(f"{res.price_label}; {res.price_source}", style)


def dropped_table(plan: Plan) -> Table:
    table = Table(title="Did not fit")
    table.add_column("Topic")
    table.add_column("Priority")
    table.add_column("Hours", justify="right")
    table.add_column("Why")
    table.add_column("Would fit with", justify="right")
    for d in plan.dropped:
        extra = f"+{hours(d.more_hours)}" if d.more_hours else ""
        table.add_row(d.title, d.priority, hours(d.hours), d.reason, extra)
    return table


def next_panel(
    topic: PlannedTopic, resource_title: str, state: str, difference: float, week_now: int
) -> Panel:
    body = Text()
    body.append("Why: ", style="bold")
    body.append(topic.why + "\n")
    body.append("Study: ", style="bold")
    body.append(f"{resource_title}: {topic.where}\n")
    body.append("Exercise: ", style="bold")
    body.append(topic.exercise + "\n")
    weeks = (
        f"week {topic.first_week}"
        if topic.first_week == topic.last_week
        else f"weeks {topic.first_week}–{topic.last_week}"
    )
    body.append("Planned: ", style="bold")
    body.append(f"{hours(topic.hours)}, {weeks} (this is week {week_now})\n")
    body.append(pace_text(state, difference))
    return Panel(body, title=f"Next: {topic.title} [{topic.id}]", title_align="left")


def pace_text(state: str, difference: float) -> Text:
    if state == AHEAD:
        detail = f"{hours(abs(difference))} ahead of plan"
    elif state == BEHIND:
        detail = f"{hours(abs(difference))} behind plan"
    else:
        detail = "on track"
    return Text(f"Pace: {detail}", style=STATE_STYLE.get(state, ""))


def progress_line(done: float, planned: float, label: str = "Progress") -> Table:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(min_width=22)
    grid.add_column(width=30)
    grid.add_column(justify="right")
    grid.add_row(label, _bar(done, planned), f"{hours(done)} / {hours(planned)}")
    return grid


def _bar(done: float, planned: float) -> ProgressBar:
    return ProgressBar(total=max(planned, 0.0001), completed=min(done, planned), width=30)


def status_view(status: Status) -> Group:
    overall = Table.grid(padding=(0, 1))
    overall.add_column(min_width=22)
    overall.add_column(width=30)
    overall.add_column(justify="right")
    overall.add_row(
        Text("Overall", style="bold"),
        _bar(status.done_hours, status.planned_hours),
        f"{hours(status.done_hours)} / {hours(status.planned_hours)}",
    )
    for area in status.areas:
        overall.add_row(
            area_title(area.area),
            _bar(area.done_hours, area.planned_hours),
            f"{hours(area.done_hours)} / {hours(area.planned_hours)}",
        )
    lines = Text()
    lines.append(
        f"Topics: {status.done_topics} of {status.total_topics} done"
        + (f", {status.known_topics} already known" if status.known_topics else "")
        + "\n"
    )
    lines.append(f"Week: {_week_phrase(status.week, status.weeks)}\n")
    lines.append(f"Expected by today: {hours(status.expected_hours)}\n")
    lines.append(pace_text(status.state, status.difference))
    return Group(overall, Text(""), lines)


def _week_phrase(week: int, weeks: int) -> str:
    if week == 0:
        return f"the plan has not started yet ({weeks} weeks planned)"
    if week > weeks:
        return f"the plan's {weeks} weeks are over"
    return f"{week} of {weeks}"


def topics_tree(catalog: Catalog, depth: Depth, only: Sequence[str] | None = None) -> Tree:
    tree = Tree("Topics by area (priority, hours at " + depth.value + " depth)")
    branches: dict[str, Tree] = {}
    for topic in catalog.topics.values():
        if only is not None and topic.id not in only:
            continue
        branch = branches.get(topic.area)
        if branch is None:
            branch = branches[topic.area] = tree.add(Text(area_title(topic.area), "bold"))
        label = Text(f"{topic.title} ", style=PRIORITY_STYLE[topic.priority.value])
        label.append(f"[{topic.id}]", "cyan")
        label.append(f" {topic.priority.value}, {hours(topic.hours.for_depth(depth))}", "dim")
        branch.add(label)
    return tree


def renderable_list(items: Sequence[RenderableType]) -> Group:
    return Group(*items)
