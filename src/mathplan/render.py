"""Rich renderings of plans, progress and the catalog. Decides nothing; only shows.

Every function returns a Rich renderable (or prints to the console it is given), so the CLI can
send data to stdout and messages to stderr, and tests can render to a string.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any

from rich.console import Console, Group, RenderableType
from rich.text import Text

from mathplan.progress import AHEAD, BEHIND

if TYPE_CHECKING:
    # Type names only. The catalog models need pydantic, which next/status/done never import,
    # and Rich's table, tree and panel modules are imported by the functions that draw them.
    from rich.panel import Panel
    from rich.table import Table
    from rich.tree import Tree

    from mathplan.exercises import RunResult
    from mathplan.forecast import Forecast
    from mathplan.plan import Item, Plan, ResourceUse
    from mathplan.progress import NextStep, Status

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
    "project": "Projects",
}
PRIORITY_STYLE = {"core": "bold", "recommended": "", "optional": "dim"}
STATE_STYLE = {AHEAD: "green", BEHIND: "red"}


class Screen(Console):
    """Rich's console for stdout, except that a closed pipe is left to the CLI's one handler.

    Rich's own reaction is ``SystemExit(1)``, which would make ``mathplan plan | head -1``
    fail although the plan was stored.
    """

    def on_broken_pipe(self) -> None:
        raise BrokenPipeError


def area_title(area: str) -> str:
    return AREA_TITLES.get(area, area.replace("-", " ").capitalize())


def hours(value: float) -> str:
    """Hours without noise: 3 h, 2.5 h, 1.25 h."""
    return f"{value:g} h"


def money(value: float | None) -> str:
    return "unknown" if value is None else f"${value:,.2f}"


def authors_short(authors: Sequence[str]) -> str:
    """Authors beside a title: all of one or two, else the first 'et al.'."""
    if len(authors) <= 2:
        return " and ".join(authors)
    return f"{authors[0]} et al."


def title_and_authors(title: str, authors: Sequence[str]) -> Text:
    text = Text(title)
    if authors:
        text.append(f" — {authors_short(authors)}", "dim")
    return text


def link(url: str) -> Text:
    """A URL as a terminal hyperlink where the terminal supports it, plain text elsewhere."""
    return Text(url, style=f"link {url}", overflow="fold") if url else Text("")


def short_exercise(exercise: str, limit: int = 55) -> str:
    """An exercise's first sentence, clipped: the weekly detail's one-line reminder."""
    first = " ".join(exercise.split())
    end = first.find(". ")
    if end > 0:
        first = first[: end + 1]
    if len(first) <= limit:
        return first
    return first[: limit - 1].rsplit(" ", 1)[0] + "…"


def weeks_table(plan: Plan, done: Iterable[str] = ()) -> Table:
    """Week by week: each topic's citation and exercise once, then "continued"; reviews in one
    line per week."""
    from rich.table import Table

    finished = set(done)
    resources = {r.id: r for r in plan.resources}
    table = Table(title="Weekly plan", show_lines=False, expand=False)
    table.add_column("Week", justify="right")
    table.add_column("Dates", no_wrap=True)
    table.add_column("Topic, and where to study it")
    table.add_column("Hours", justify="right")
    weeks = list(plan.weeks)
    last_busy = max((w.index for w in weeks if w.items), default=0)
    seen: dict[str, int] = {}
    for week in weeks:
        if week.index > last_busy:
            spare = weeks[-1]
            spare_hours = sum(w.capacity_quarters for w in weeks[week.index - 1 :]) / 4
            note = f"nothing planned: {hours(spare_hours)} spare for review, projects or more"
            table.add_row(
                str(week.index) if week is spare else f"{week.index}–{spare.index}",
                _dates(week.start, spare.end),
                Text(note, "dim"),
                "",
            )
            break
        if not week.items:
            table.add_row(str(week.index), _dates(week.start, week.end), Text("free", "dim"), "")
            continue
        rows = _week_rows(plan, week.index, week.items, finished, resources, seen)
        for n, (cell, quarters) in enumerate(rows):
            table.add_row(
                str(week.index) if n == 0 else "",
                _dates(week.start, week.end) if n == 0 else "",
                cell,
                hours(quarters / 4),
                end_section=n == len(rows) - 1,
            )
    return table


def _week_rows(
    plan: Plan,
    week: int,
    items: Sequence[Item],
    finished: set[str],
    resources: dict[str, ResourceUse],
    seen: dict[str, int],
) -> list[tuple[Text, int]]:
    """One line for the week's reviews together, then one row per study or project item.

    ``seen`` maps a topic to the week it first appeared in, so a topic split across weeks shows
    its citation and exercise once and "continued" after.
    """
    rows: list[tuple[Text, int]] = []
    reviews = [i for i in items if i.kind == "review"]
    if reviews:
        cell = Text(
            f"↻ Review ({len(reviews)}): " + ", ".join(i.topic for i in reviews),
            "italic",
            no_wrap=True,
            overflow="ellipsis",
        )
        rows.append((cell, sum(i.quarters for i in reviews)))
    for item in items:
        if item.kind == "review":
            continue
        topic = plan.topic(item.topic)
        project = item.kind == "project" or (topic is not None and topic.kind == "project")
        style = "strike dim" if item.topic in finished else "bold"
        cell = Text("▶ Project: " if project else "", style)
        cell.append(item.title, style)
        if item.topic in seen:
            cell.append(f" (continued from week {seen[item.topic]})", "dim")
        else:
            seen[item.topic] = week
            res = resources.get(item.resource)
            cell.append("\n")
            cell.append_text(
                title_and_authors(res.title, res.authors) if res else Text(item.resource)
            )
            cell.append(f": {item.where}", "dim")
            if topic is not None and topic.exercise:
                label = "Build: " if project else "Exercise: "
                cell.append(f"\n{label}{short_exercise(topic.exercise)}", "dim")
        rows.append((cell, item.quarters))
    return rows


def week_view(plan: Plan, index: int, done: Iterable[str] = ()) -> Group:
    """One week in full: every item's citation, exercise and self-check, and each review."""
    week = plan.weeks[index - 1]
    finished = set(done)
    resources = {r.id: r for r in plan.resources}
    head = Text(f"Week {week.index} of {len(plan.weeks)}", "bold")
    head.append(
        f" — {week.start} to {week.end}: {hours(week.hours)} planned of "
        f"{hours(week.capacity_quarters / 4)}"
    )
    parts: list[RenderableType] = [head]
    if not week.items:
        parts.append(Text("Nothing planned this week.", "dim"))
    for item in week.items:
        parts.extend(_week_item(plan, item, finished, resources))
    return Group(*parts)


def _week_item(
    plan: Plan, item: Item, finished: set[str], resources: dict[str, ResourceUse]
) -> list[RenderableType]:
    """One item of ``week_view``: a heading line, then its details indented under it."""
    from rich.padding import Padding

    topic = plan.topic(item.topic)
    head = Text()
    body = Text(style="")
    if item.kind == "review":
        head.append(f"↻ Review {item.title} [{item.topic}] — {hours(item.hours)}", "italic")
        if topic is not None:
            body.append(f"Self-check: {topic.check}", "dim")
        return [head, Padding(body, (0, 0, 0, 2))]
    project = item.kind == "project" or (topic is not None and topic.kind == "project")
    style = "strike dim" if item.topic in finished else "bold"
    head.append(("▶ Project: " if project else "") + f"{item.title} [{item.topic}]", style)
    head.append(f" — {hours(item.hours)}")
    if topic is not None and topic.first_week != topic.last_week:
        head.append(f" (of {hours(topic.hours)}, weeks {topic.first_week}–{topic.last_week})")
    res = resources.get(item.resource)
    body.append("Study: ")
    body.append_text(title_and_authors(res.title, res.authors) if res else Text(item.resource))
    body.append(f": {item.where}")
    if res is not None and res.url:
        body.append("\n")
        body.append_text(link(res.url))
    if topic is not None:
        body.append(f"\n{'Build' if project else 'Exercise'}: {topic.exercise}")
        if topic.check:
            body.append(f"\nSelf-check: {topic.check}", "dim")
    return [head, Padding(body, (0, 0, 0, 2))]


def _dates(start: dt.date, end: dt.date) -> str:
    """Short dates (the plan's summary line carries the years)."""
    return f"{start:%b} {start.day} – {end:%b} {end.day}"


def shopping_list(plan: Plan) -> Table:
    from rich.table import Table

    budget = plan.profile.budget
    spending = [r for r in plan.resources if r.pricing != "free"]
    caption = (
        f"Total {money(plan.total_cost)} of {money(budget)} budget; "
        f"{money(budget - plan.total_cost)} left"
    )
    if not spending:
        caption += ". Every resource in this plan is free."
    table = Table(title="Shopping list", caption=caption)
    table.add_column("Resource")
    table.add_column("Pricing")
    table.add_column("Price", justify="right")
    table.add_column("Cost in plan", justify="right")
    table.add_column("Topics", justify="right")
    if spending:
        table.add_column("Price checked")
    for res in plan.resources:
        resource = Group(title_and_authors(res.title, res.authors), link(res.url))
        cells: list[RenderableType] = [
            resource,
            _pricing(res),
            _unit_price(res),
            money(res.cost),
            str(len(res.topics)) if res.topics else "reviews",
        ]
        if spending:
            cells.append(_price_status(res))
        table.add_row(*cells)
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
    from rich.table import Table

    table = Table(title="Did not fit")
    table.add_column("Topic")
    table.add_column("Priority")
    table.add_column("Hours", justify="right")
    table.add_column("Why")
    table.add_column("Would fit with", justify="right")
    for d in plan.dropped:
        extra = f"+{hours(d.more_hours)}" if d.more_hours else ""
        table.add_row(Text(d.title), d.priority, hours(d.hours), Text(d.reason), extra)
    return table


def next_panel(step: NextStep, resource_title: str, status: Status) -> Panel:
    from rich.panel import Panel

    topic = step.topic
    body = Text()
    if step.kind == "review":
        body.append("Review: ", style="bold")
        body.append(f"due since {step.due}; about {hours(step.hours)}. ")
        body.append(f"Self-check: {topic.check}\n")
        body.append("Then: ", style="bold")
        body.append(f"mathplan review {topic.id} --rating again|hard|good|easy\n")
    body.append("Why: ", style="bold")
    body.append(topic.why + "\n")
    body.append("Study: ", style="bold")
    body.append(f"{resource_title}: {topic.where}\n")
    body.append("Exercise: ", style="bold")
    body.append(topic.exercise + "\n")
    if step.kind == "study":
        weeks = (
            f"week {topic.first_week}"
            if topic.first_week == topic.last_week
            else f"weeks {topic.first_week}–{topic.last_week}"
        )
        body.append("Planned: ", style="bold")
        body.append(
            f"{hours(topic.hours)}, {weeks} (now: {_week_phrase(status.week, status.weeks)})\n"
        )
    body.append(pace_text(status.state, status.difference))
    if status.reviews_due > (1 if step.kind == "review" else 0):
        body.append(f"\nReviews due: {status.reviews_due}")
    label = "Review" if step.kind == "review" else "Next"
    title = Text(f"{label}: {topic.title} [{topic.id}]", "bold")
    return Panel(body, title=title, title_align="left")


def pace_text(state: str, difference: float) -> Text:
    if state == AHEAD:
        detail = f"{hours(abs(difference))} ahead of plan"
    elif state == BEHIND:
        detail = f"{hours(abs(difference))} behind plan"
    else:
        detail = "on track"
    return Text(f"Pace: {detail}", style=STATE_STYLE.get(state, ""))


BAR_WIDTH = 30
LABEL_WIDTH = 26


def progress_line(done: float, planned: float, label: str = "Progress") -> Text:
    return _bar_line(Text(label), done, planned)


def _bar_line(label: Text, done: float, planned: float) -> Text:
    """One labelled progress bar, drawn as text (Rich's table and bar widgets cost start-up)."""
    share = min(1.0, done / planned) if planned > 0 else 0.0
    full = round(share * BAR_WIDTH)
    line = Text()
    line.append_text(label)
    line.append(" " * max(1, LABEL_WIDTH - len(label.plain)))
    line.append("━" * full, "green")
    line.append("─" * (BAR_WIDTH - full), "grey42")
    line.append(f"  {hours(done)} / {hours(planned)}")
    return line


def status_view(status: Status) -> Group:
    bars = [
        _bar_line(Text("Overall", "bold"), status.covered_hours, status.planned_hours),
        *(_bar_line(Text(area_title(a.area)), a.done_hours, a.planned_hours) for a in status.areas),
    ]
    lines = Text()
    lines.append(
        f"Topics: {status.done_topics} of {status.total_topics} done"
        + (f", {status.known_topics} already known" if status.known_topics else "")
        + f"; {hours(status.remaining_hours)} of study left\n"
    )
    lines.append(f"Calendar: {_week_phrase(status.week, status.weeks)}\n")
    lines.append(f"Expected by today: {hours(status.expected_hours)}\n")
    if status.reviews_due:
        lines.append(f"Reviews due: {status.reviews_due} (mathplan next shows the first)\n")
    lines.append(pace_text(status.state, status.difference))
    return Group(*bars, Text(""), lines)


def _week_phrase(week: int, weeks: int) -> str:
    if week == 0:
        return f"before the plan's first week; {weeks} weeks planned"
    if week > weeks:
        return f"the plan's {weeks} weeks are over"
    return f"week {week} of {weeks}"


def topics_tree(topics: Sequence[dict[str, Any]], depth: str) -> Tree:
    """The ``topics`` document (:mod:`mathplan.browse`) as a tree by area."""
    from rich.tree import Tree

    tree = Tree("Topics by area (priority, hours at " + depth + " depth)")
    branches: dict[str, Tree] = {}
    for topic in topics:
        branch = branches.get(topic["area"])
        if branch is None:
            branch = branches[topic["area"]] = tree.add(Text(area_title(topic["area"]), "bold"))
        label = Text(f"{topic['title']} ", style=PRIORITY_STYLE.get(topic["priority"], ""))
        label.append(f"[{topic['id']}]", "cyan")
        label.append(f" {topic['priority']}, {hours(topic['hours'])}", "dim")
        branch.add(label)
    return tree


def price_text(res: dict[str, Any]) -> Text:
    """A resource's price with its trust label, as the catalog states it (browse documents)."""
    if res["pricing"] == "free":
        # The print price has no verification flag of its own: always say it is unverified.
        printed = res.get("price_print_usd")
        extra = f" (print {money(printed)}, unverified)" if printed else ""
        return Text("free" + extra)
    if res["cost"] is None:
        return Text("price unknown", "yellow")
    amount = money(res["cost"]) + ("/month" if res["pricing"] == "monthly" else "")
    when = res["price_as_of"] or res["price_checked"]
    label = f"verified {when}" if res["price_verified"] else f"unverified, as of {when}"
    return Text(f"{amount} ({label})", "" if res["price_verified"] else "yellow")


def resources_table(resources: Sequence[dict[str, Any]]) -> Table:
    """Every resource: title and authors with the id under them, so 80 columns stay readable."""
    from rich.table import Table

    table = Table(title="Resources (ids for --own; mathplan why TOPIC shows where each teaches)")
    table.add_column("Resource", min_width=22)
    table.add_column("Kind, topics", max_width=14)
    table.add_column("Price", max_width=22)
    table.add_column("Rating", justify="right", no_wrap=True)
    for res in sorted(resources, key=lambda r: (-r["rating"], r["id"])):
        # Words wrap; only a word longer than the column (an id, what --own takes) is folded,
        # never clipped.
        cell = Text(res["title"], "bold", overflow="fold")
        if res["authors"]:
            cell.append(f"\n{authors_short(res['authors'])}")
        cell.append(f"\n{res['id']}", "cyan")
        topics = len(res["coverage"])
        table.add_row(
            cell,
            Text(f"{res['kind']},\n{res['style']},\n{topics} topic{'s' if topics != 1 else ''}"),
            price_text(res),
            f"{res['rating']}/5",
        )
    return table


def goals_table(goals: Sequence[dict[str, Any]]) -> Table:
    from rich.table import Table

    table = Table(title="Goals (mathplan plan --goal ID)")
    table.add_column("Id", style="cyan", no_wrap=True)
    table.add_column("Goal")
    table.add_column("Targets")
    for goal in goals:
        table.add_row(
            Text(goal["id"]),
            Text(goal["title"] + "\n", "bold") + Text(goal["summary"]),
            Text(", ".join(goal["targets"])),
        )
    return table


def why_view(topic: dict[str, Any]) -> Group:
    """The ``why`` document: why, needs, unlocks, and where to learn it (authors and links)."""
    from rich.table import Table
    from rich.tree import Tree

    head = Text()
    head.append(f"{topic['title']} [{topic['id']}]", "bold")
    head.append(
        f"  {area_title(topic['area'])}, {topic['priority']}, "
        f"{hours(topic['hours']['practical'])} practical / "
        f"{hours(topic['hours']['rigorous'])} rigorous\n"
    )
    head.append("Why: ", "bold")
    head.append(topic["why"] + "\n")
    head.append("Exercise: ", "bold")
    head.append(topic["exercise"])
    parts: list[RenderableType] = [head]
    needs = Tree(Text("Needs", "bold"))
    for req in topic["requires"]:
        only = " (rigorous depth only)" if req.get("kind") == "rigorous" else ""
        needs.add(Text(f"{req['title']} [{req['topic']}]{only}: {req['reason']}"))
    if not topic["requires"]:
        needs.add(Text("nothing: a starting point", "dim"))
    parts.append(needs)
    opens = Tree(Text("Unlocks", "bold"))
    for later in topic["unlocks"]:
        opens.add(Text(f"{later['title']} [{later['topic']}]: {later['reason']}"))
    if not topic["unlocks"]:
        opens.add(Text("no later topic in the catalog builds on it", "dim"))
    parts.append(opens)
    table = Table(title="Where to learn it")
    table.add_column("Resource", ratio=2)
    table.add_column("Location", ratio=2)
    table.add_column("Price", ratio=1)
    table.add_column("Rating", justify="right", no_wrap=True)
    for res in topic["resources"]:
        cell = Group(title_and_authors(res["title"], res["authors"]), link(res["url"]))
        table.add_row(cell, Text(res["where"]), price_text(res), f"{res['rating']}/5")
    parts.append(table)
    return Group(*parts)


def forecast_view(fc: Forecast, hours_per_week: float) -> Text:
    """The pace, the projected finish, and what would close the gap."""
    text = Text()
    if fc.today < fc.start:
        text.append(f"The plan starts on {fc.start}; the forecast begins once it has.")
        return text
    window = "the last 4 weeks" if fc.window_days >= 28 else f"the last {fc.window_days} days"
    text.append(f"Pace over {window}: {hours(fc.pace)}/week; {hours(fc.remaining)} to go\n")
    if not fc.burnup or fc.burnup[-1].planned == 0:
        text.append("Nothing is planned: the plan has no topics that fit.", "yellow")
        return text
    if fc.remaining == 0:
        text.append("Everything in the plan is done.", "green")
        return text
    if fc.projected_finish is None:
        text.append(
            "No topic finished in that time: at this pace the plan will not finish.\n", "red"
        )
    else:
        verdict = "on time" if fc.on_time else "late"
        text.append(
            f"At this pace you finish on {fc.projected_finish} (plan ends {fc.end}): ",
        )
        text.append(verdict + "\n", "green" if fc.on_time else "red")
    if fc.on_time:
        return text
    if fc.today > fc.end:
        days = math.ceil(fc.remaining / max(hours_per_week, 0.25) * 7)
        months = _months_until(fc.today, fc.today + dt.timedelta(days=days))
        text.append(
            f"The plan ended on {fc.end}. To plan what is left ({hours(fc.remaining)}) at "
            f"{hours(hours_per_week)}/week: mathplan replan --months {months}\n"
        )
        return text
    text.append("To finish in time, any one of:\n", "bold")
    if fc.needed_per_week is not None:
        extra = hours(round(fc.needed_per_week - fc.pace, 2))
        text.append(
            f"  • study {hours(fc.needed_per_week)}/week from now ({extra} more than your pace; "
            f"the plan assumed {hours(hours_per_week)})\n"
        )
    if fc.projected_finish is not None:
        months = _months_until(fc.today, fc.projected_finish)
        text.append(
            f"  • move the end to {fc.projected_finish}: mathplan replan --months {months}\n"
        )
    if fc.drop:
        names = ", ".join(f"{tid} ({priority}, {hours(h)})" for tid, _, priority, h in fc.drop)
        text.append(f"  • drop {names}, then mathplan replan\n")
    elif fc.pace > 0:
        text.append("  (dropping optional and recommended topics alone would not be enough)\n")
    return text


def _months_until(start: dt.date, end: dt.date) -> int:
    """Whole calendar months from ``start`` that reach ``end``."""
    months = (end.year - start.year) * 12 + end.month - start.month
    return max(1, months + (1 if end.day >= start.day else 0))


def burnup_chart(fc: Forecast, height: int = 8) -> Text:
    """Planned (·) against done (█) cumulative hours, one column per week (or group of weeks)."""
    points = list(fc.burnup)
    if not points:
        return Text("")
    group = max(1, -(-len(points) // 52))  # at most 52 columns
    columns = [points[min(i + group - 1, len(points) - 1)] for i in range(0, len(points), group)]
    top = max(max(p.planned for p in columns), max((p.done or 0) for p in columns), 1.0)
    text = Text("Burn-up: planned · against done █ (cumulative hours)\n", "bold")
    width = len(f"{top:g}")
    for row in range(height, 0, -1):
        level = top * row / height
        label = f"{level:>{width}.0f} │" if row in (height, height // 2) else " " * width + " │"
        text.append(label)
        half = top / height / 2  # a cell shows what reaches at least half-way into it
        cells = "".join(
            "█"
            if p.done is not None and p.done >= level - half
            else "·"
            if p.planned >= level - half
            else " "
            for p in columns
        )
        for run in _runs(cells):  # one span per run of equal cells: fast to render
            text.append(run, BURNUP_STYLE[run[0]])
        text.append("\n")
    text.append(" " * width + " └" + "─" * len(columns) + "\n")
    text.append(
        " " * (width + 2) + f"week 1{' ' * max(1, len(columns) - 10)}week {points[-1].week}"
    )
    if group > 1:
        text.append(f" ({group} weeks a column)")
    return text


BURNUP_STYLE = {"█": "green", "·": "dim", " ": ""}


def _runs(cells: str) -> list[str]:
    """``"██··  "`` -> ``["██", "··", "  "]``."""
    runs: list[str] = []
    for cell in cells:
        if runs and runs[-1][0] == cell:
            runs[-1] += cell
        else:
            runs.append(cell)
    return runs


def log_table(rows: Sequence[tuple[int, str, str, str, str, bool]]) -> Table:
    """Events: (id, day, kind, topic, detail, undone)."""
    from rich.table import Table

    table = Table(title="History")
    table.add_column("#", justify="right")
    table.add_column("Day", no_wrap=True)
    table.add_column("What")
    table.add_column("Topic")
    table.add_column("Detail")
    for eid, day, kind, topic, detail, undone in rows:
        style = "strike dim" if undone else ""
        table.add_row(
            str(eid), day, Text(kind, style), Text(topic, style), Text(detail, style or "dim")
        )
    return table


def changes_table(
    moved: Sequence[tuple[str, str, dt.date, dt.date]], lost: Sequence[tuple[str, str, str]]
) -> Table:
    from rich.table import Table

    table = Table(title="What changed")
    table.add_column("Topic")
    table.add_column("Was")
    table.add_column("Now")
    shown = 12
    for _, title, was, now in moved[:shown]:
        table.add_row(Text(title), f"{was:%b} {was.day}", f"{now:%b} {now.day}")
    if len(moved) > shown:
        table.add_row(Text(f"… and {len(moved) - shown} more moved", "dim"), "", "")
    for _, title, reason in lost:
        table.add_row(Text(title), "planned", Text(f"no longer fits: {reason}", "yellow"))
    if not moved and not lost:
        table.add_row(Text("nothing moved", "dim"), "", "")
    return table


def projects_table(projects: list[dict[str, Any]]) -> Table:
    from rich.table import Table

    table = Table(title="Projects (scheduled as soon as their prerequisites are done)")
    table.add_column("Project", overflow="fold", ratio=2)
    table.add_column("Hours", justify="right", no_wrap=True)
    table.add_column("Deliverable, and where to follow along", overflow="fold", ratio=5)
    table.add_column("Goals", overflow="fold", ratio=1)
    for project in projects:
        follow = project["follow"]
        table.add_row(
            Text(project["title"] + "\n", "bold") + Text(project["id"], "cyan"),
            hours(project["hours"]),
            Text(project["deliverable"] + "\n")
            + Text(f"{follow['title']}: {follow['where']}", "dim"),
            Text(", ".join(project["goals"]) or "-"),
        )
    return table


# --- runnable exercises --------------------------------------------------------------------------

EXERCISE_MARKS = {
    "pass": ("✓", "green"),
    "fail": ("✗", "red"),
    "error": ("✗", "red"),
    "timeout": ("✗", "red"),
    "todo": ("·", "yellow"),
    "not-run": ("-", "dim"),
}
SHOWN_OUTPUT_LINES = 12


def exercise_summary(result: RunResult, recorded: bool) -> Group:
    """Each check in order (✓/✗), the first failure's message and its hint, and what next."""
    spec = result.spec
    head = Text()
    head.append(f"{spec.title} [{spec.topic}]: ", "bold")
    style = "green" if result.all_passed else "red"
    head.append(f"{result.passed}/{result.total} checks pass", style)
    lines = Text()
    for outcome in result.outcomes:
        mark, mark_style = EXERCISE_MARKS.get(outcome.outcome, ("?", ""))
        lines.append(f" {mark} ", mark_style)
        lines.append(outcome.check.label)
        if outcome.outcome == "todo":
            lines.append("  not implemented yet", "yellow")
        elif outcome.outcome == "not-run":
            lines.append("  not run", "dim")
        lines.append("\n")
    parts: list[RenderableType] = [head, lines]
    first = result.first_failure()
    if first is not None and first.outcome != "todo":
        detail = Text()
        detail.append(f"First failure ({first.check.label}): ", "bold red")
        detail.append(first.message + "\n")
        detail.append("Hint: ", "bold")
        detail.append(first.check.hint)
        parts.append(detail)
    elif first is not None:
        todo = Text()
        todo.append("Start with: ", "bold")
        todo.append(f"{first.message} (in exercise.py). Hint: {first.check.hint}")
        parts.append(todo)
    if result.output_bytes:
        parts.append(_printed_output(result.output, result.output_bytes))
    after = Text()
    if result.all_passed:
        after.append(f"All checks pass. Mark the topic done: mathplan done {spec.topic}", "green")
    else:
        after.append(f"Edit exercise.py and run again: mathplan exercise check {spec.topic}")
    if recorded:
        after.append("\n(recorded: mathplan log shows it, mathplan undo reverts it)", "dim")
    parts.append(after)
    return Group(*parts)


def _printed_output(output: str, total_bytes: int) -> Text:
    """What the learner's code printed: a few lines, and how much there was in all."""
    lines = output.splitlines()
    shown = lines[:SHOWN_OUTPUT_LINES]
    text = Text()
    text.append(f"Your code printed {_size(total_bytes)}", "bold")
    text.append(f"; the first {len(shown)} lines:\n" if len(lines) > len(shown) else ":\n")
    for line in shown:
        text.append("  " + line[:200] + "\n", "dim")
    return text


def _size(count: int) -> str:
    if count >= 1024 * 1024:
        return f"{count / (1024 * 1024):.1f} MB"
    if count >= 1024:
        return f"{count / 1024:.1f} KB"
    return f"{count} bytes"


EXERCISE_STATE_STYLE = {"passed": "green", "failed": "red", "started": "yellow", "new": "dim"}


def exercise_list_table(rows: Sequence[tuple[str, str, int, str]]) -> Table:
    """Exercises: (topic, title, number of checks, state)."""
    from rich.table import Table

    table = Table(title="Runnable exercises")
    table.add_column("Topic")
    table.add_column("Exercise")
    table.add_column("Checks", justify="right")
    table.add_column("State")
    for topic, title, checks, state in rows:
        table.add_row(
            topic, Text(title), str(checks), Text(state, EXERCISE_STATE_STYLE.get(state, ""))
        )
    table.caption = "Write one: mathplan exercise TOPIC · check it: mathplan exercise check TOPIC"
    return table


def evidence_line(tested: Sequence[str], done: int) -> Text:
    """How many done topics a passed exercise backs, apart from the self-reported ones."""
    line = Text(f"Done with a passed exercise: {len(tested)} of {done}")
    if tested:
        shown = ", ".join(tested[:6]) + (f" and {len(tested) - 6} more" if len(tested) > 6 else "")
        line.append(f" ({shown})", "green")
    if len(tested) < done:
        line.append("; the rest self-reported")
    return line
