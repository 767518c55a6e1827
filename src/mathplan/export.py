"""The plan in other people's formats: JSON, Markdown checklists and iCalendar events.

Renders only; decides nothing about the plan. Session placement for the calendar (which study
item goes into which evening) is a small pure function so it can be tested without a calendar.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from zoneinfo import ZoneInfo

from mathplan.plan import Plan, hours_of
from mathplan.progress import Event, Progress, Status, effective


def markdown(
    plan: Plan,
    progress: Progress,
    goal_title: str,
    reviews_done: Mapping[str, int] | None = None,
) -> str:
    """A checklist per week, readable on GitHub and in Obsidian.

    ``reviews_done`` counts the reviews of each topic recorded since the plan began (see
    :func:`reviews_recorded`): that many of its planned reviews, the earliest first, are ticked.
    Text from the catalog, which may be a learner's own file, is escaped, so it renders as
    written and can never add a heading, a ticked item or a link.
    """
    titles = {r.id: r.title for r in plan.resources}
    exercises = {t.id: t.exercise for t in plan.topics}
    reviews_left = dict(reviews_done or {})
    p = plan.profile
    lines = [
        f"# Study plan: {md_text(goal_title)}",
        "",
        f"{p.months} months from {p.start} to {plan.end}, {p.hours_per_week:g} h/week, "
        f"{p.depth} depth, budget ${p.budget:,.2f} (spent ${plan.total_cost:,.2f}).",
        "",
    ]
    carried = [t for t in plan.topics if t.first_week == 0]
    if carried:
        lines += ["## Done before this plan", ""]
        lines += [f"- [x] {md_text(t.title)}" for t in carried]
        lines.append("")
    shown_exercise: set[str] = set()
    for week in plan.weeks:
        if not week.items:
            continue
        lines += [f"## Week {week.index}: {week.start} to {week.end} ({week.hours:g} h)", ""]
        for item in week.items:
            if item.kind == "review":
                box = "x" if reviews_left.get(item.topic, 0) > 0 else " "
                reviews_left[item.topic] = reviews_left.get(item.topic, 0) - 1
                lines.append(f"- [{box}] Review: {md_text(item.title)} ({item.hours:g} h)")
                continue
            box = "x" if item.topic in progress.done else " "
            lines.append(f"- [{box}] **{md_text(item.title)}** ({item.hours:g} h)")
            source = md_text(titles.get(item.resource, item.resource))
            lines.append(f"  - {source}: {md_text(item.where)}" if item.where else f"  - {source}")
            exercise = short_exercise(exercises.get(item.topic, ""))
            if exercise and item.topic not in shown_exercise:
                shown_exercise.add(item.topic)
                lines.append(f"  - Exercise: {md_text(exercise)}")
        lines.append("")
    if plan.resources:
        lines += ["## Resources", ""]
        for r in plan.resources:
            price = "free" if r.pricing == "free" else f"${r.cost:,.2f}"
            label = f" ({r.price_label})" if r.price_label else ""
            lines.append(f"- {md_link(r.title, r.url)}: {price}{label}")
        lines.append("")
    if plan.dropped:
        lines += ["## Did not fit", ""]
        lines += [f"- {md_text(d.title)}: {md_text(d.reason)}" for d in plan.dropped]
        lines.append("")
    return "\n".join(lines)


# Characters that mean something inside a line of Markdown (CommonMark and GitHub's): emphasis,
# code, links and images, raw HTML and entities, strikethrough, table cells, heading marks.
_INLINE_SPECIAL = frozenset("\\`*_[]<>&~|#")
_BLOCK_START = re.compile(r"^(?:[-+=>]|\d+[.)])")
_LINKABLE = ("http://", "https://", "file://")


def md_text(text: str) -> str:
    """``text`` as one line of Markdown that renders exactly as written.

    Line breaks become spaces (a title cannot start a heading or a list item of its own), the
    characters above are backslash-escaped, and so is a start that would make a block (``-``,
    ``+``, ``1.``) when the text follows a list marker.
    """
    flat = " ".join(text.split())
    escaped = "".join(f"\\{c}" if c in _INLINE_SPECIAL else c for c in flat)
    match = _BLOCK_START.match(escaped)
    if match:
        end = match.end() - 1
        escaped = f"{escaped[:end]}\\{escaped[end:]}"
    return escaped


def md_link(title: str, url: str) -> str:
    """A link to ``url`` titled ``title``, or the title and the URL as plain text when the URL
    is not a web or file address (``javascript:`` must never become a link)."""
    if not url.lower().startswith(_LINKABLE):
        return f"{md_text(title)} ({md_text(url)})" if url else md_text(title)
    # Encoded, these cannot end the link or open markup: the URL stays one link, as written.
    target = "".join(f"%{ord(c):02X}" if c in "()<>\\" or c.isspace() else c for c in url.strip())
    return f"[{md_text(title)}]({target})"


SHORT_EXERCISE = 100  # characters: one line of a checklist
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<!e\.g\.)(?<!i\.e\.)(?<!\bcf\.)(?<!\bvs\.)\s")


def short_exercise(text: str) -> str:
    """The first sentence of an exercise, cut at a word near ``SHORT_EXERCISE`` characters."""
    flat = " ".join(text.split())
    first = _SENTENCE_END.split(flat, maxsplit=1)[0]
    if len(first) <= SHORT_EXERCISE:
        return first
    cut = first[: SHORT_EXERCISE - 1].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"


def reviews_recorded(events: Iterable[Event], plan: Plan) -> dict[str, int]:
    """How many reviews of each topic count for ``plan`` (undone ones never): all of a topic it
    studies, and those of a topic finished before it (a replan's week 0) from its first day on,
    since the earlier ones were the earlier plan's."""
    carried = {t.id for t in plan.topics if t.first_week == 0}
    since = plan.weeks[0].start if plan.weeks else plan.profile.start
    counts: dict[str, int] = {}
    for event in effective(events):
        topic = event.topic
        if event.kind != "review" or not topic or (topic in carried and event.at < since):
            continue
        counts[topic] = counts.get(topic, 0) + 1
    return counts


def json_document(plan_doc: dict[str, Any], progress: Progress, state: Status) -> dict[str, Any]:
    """The ``plan --json`` document plus where the learner stands."""
    return {
        **plan_doc,
        "progress": {
            "done": {t: d.isoformat() for t, d in sorted(progress.done.items())},
            "known": sorted(progress.known | set(plan_doc["profile"]["known"])),
            "done_hours": state.done_hours,
            "planned_hours": state.planned_hours,
            "expected_hours": state.expected_hours,
            "status": state.state,
            "next_reviews": {t: c.due.isoformat() for t, c in sorted(progress.cards.items())},
        },
    }


@dataclass(frozen=True, slots=True)
class Session:
    """One calendar event: part of one plan item, on one study day."""

    uid: str
    topic: str
    kind: str
    title: str
    start: dt.datetime
    quarters: int
    resource: str
    where: str


DAY_NAMES: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("mon", "monday"),
            ("tue", "tues", "tuesday"),
            ("wed", "wednesday"),
            ("thu", "thur", "thurs", "thursday"),
            ("fri", "friday"),
            ("sat", "saturday"),
            ("sun", "sunday"),
        )
    )
    for name in names
}


def parse_days(text: str) -> tuple[int, ...]:
    """'mon,wed,Saturday' -> weekday numbers (Monday 0); raises ValueError naming the bad day.

    Only real names and their usual abbreviations: 'monkey' is a mistake, not a Monday.
    """
    days = []
    for part in text.split(","):
        name = part.strip().lower()
        if not name:
            continue
        if name not in DAY_NAMES:
            raise ValueError(f"{part.strip()!r} is not a day")
        days.append(DAY_NAMES[name])
    if not days:
        raise ValueError("no days given")
    return tuple(sorted(set(days)))


def sessions(
    plan: Plan,
    days: Sequence[int],
    at: dt.time,
    session_quarters: int,
    tz: ZoneInfo,
    *,
    fit_weeks: bool = True,
) -> tuple[list[Session], int]:
    """Study sessions on the learner's days; returns them and the quarter hours left unplaced.

    Each week's items fill that week's sessions in order; an item longer than what is left of a
    session continues in the next one. With ``fit_weeks`` (the session length was not chosen by
    the learner), a week with fewer study days than its hours need, such as the first days of a
    replan, gets longer sessions so that nothing is lost. UIDs name the topic and the running
    number of its part, not the date, so an updated plan re-imported into a calendar moves
    events instead of adding duplicates.
    """
    result: list[Session] = []
    parts: dict[tuple[str, str], int] = {}
    unplaced = 0
    for week in plan.weeks:
        slots = [
            week.start + dt.timedelta(days=offset)
            for offset in range(week.days)
            if (week.start + dt.timedelta(days=offset)).weekday() in days
        ]
        size = session_quarters
        if fit_weeks and slots:
            size = max(size, -(-week.quarters // len(slots)))
        slot, used = 0, 0
        for item in week.items:
            left = item.quarters
            while left and slot < len(slots):
                take = min(left, size - used)
                key = (item.topic, item.kind)
                parts[key] = parts.get(key, 0) + 1
                begin = dt.datetime.combine(slots[slot], at, tzinfo=tz)
                result.append(
                    Session(
                        uid=f"{item.topic}.{item.kind}.{parts[key]}@mathplan",
                        topic=item.topic,
                        kind=item.kind,
                        title=item.title,
                        start=begin + dt.timedelta(minutes=15 * used),
                        quarters=take,
                        resource=item.resource,
                        where=item.where,
                    )
                )
                left -= take
                used += take
                if used == size:
                    slot, used = slot + 1, 0
            unplaced += left
    return result, unplaced


def withdrawn(
    current: Sequence[Session], earlier: Sequence[Sequence[Session]], today: dt.date
) -> list[Session]:
    """Future sessions of earlier plans (oldest first) that the current plan no longer has.

    Exported with ``STATUS:CANCELLED`` under the same UID, they tell a calendar that imported an
    earlier export to remove them; past ones stay, as a record of what was planned. When several
    earlier plans had the same UID, the newest one's event is the one a calendar holds.
    """
    live = {s.uid for s in current}
    gone: dict[str, Session] = {}
    for sessions_of_plan in earlier:
        for s in sessions_of_plan:
            if s.uid not in live and s.start.date() >= today:
                gone[s.uid] = s
    return sorted(gone.values(), key=lambda s: (s.start, s.uid))


def ics(
    plan: Plan,
    events: Sequence[Session],
    tz: ZoneInfo,
    sequence: int,
    cancelled: Sequence[Session] = (),
) -> bytes:
    """The calendar: the plan's sessions, and ``cancelled`` ones (see :func:`withdrawn`).

    Every event carries ``sequence`` (the number of plans made so far), so each export after a
    replan outranks the events an earlier export put into the calendar.
    """
    import icalendar

    from mathplan import vtimezone

    topics = {t.id: t for t in plan.topics}
    titles = {r.id: r.title for r in plan.resources}
    cal = icalendar.Calendar()
    cal.add("prodid", "-//mathplan//study plan//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "mathplan")
    stamp = dt.datetime.combine(plan.profile.start, dt.time(0), tzinfo=dt.UTC)
    components = []
    for s in events:
        topic = topics.get(s.topic)
        lines = [f"{titles.get(s.resource, s.resource)}: {s.where}"]
        if topic is not None:
            if s.kind == "review":
                lines.append(f"Self-check: {topic.check}")
            lines += [f"Exercise: {topic.exercise}", f"Why: {topic.why}"]
        components.append(_event(s, stamp, sequence, "CONFIRMED", "\n".join(lines)))
    for s in cancelled:
        note = "No longer in your plan: a replan moved or dropped it."
        components.append(_event(s, stamp, sequence, "CANCELLED", note))
    if any("TZID" in c["dtstart"].params for c in components):
        starts = [s.start for s in (*events, *cancelled)]
        cal.add_component(vtimezone.component(tz, min(starts), max(starts)))
    for component in components:
        cal.add_component(component)
    data: bytes = cal.to_ical()
    return data


def _event(s: Session, stamp: dt.datetime, sequence: int, status: str, description: str) -> Any:
    import icalendar

    event = icalendar.Event()
    event.add("uid", s.uid)
    event.add("dtstamp", stamp)
    event.add("sequence", sequence)
    event.add("status", status)
    event.add("dtstart", s.start)
    event.add("duration", dt.timedelta(hours=hours_of(s.quarters)))
    verb = "Review" if s.kind == "review" else "Study"
    event.add("summary", f"{verb}: {s.title}")
    event.add("description", description)
    event.add("categories", ["mathplan", s.kind])
    return event
