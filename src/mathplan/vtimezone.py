"""Rule-based VTIMEZONE components, as calendar apps write them.

``icalendar`` can describe a zone by listing every change of offset as an RDATE; some readers
keep only the first RDATE (vobject) or mishandle the list (ICAL.js showed a quarter of a
Europe/Berlin plan an hour late). Calendar apps instead write one STANDARD and one DAYLIGHT
observance, each with a yearly RRULE ("last Sunday of March at 02:00"). This module finds the
zone's changes of offset around the events with ``zoneinfo`` and writes them that way; a change
that follows no such rule (rare: a zone changing its law) keeps its own RDATE list, which is
still exact for every event.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

DAY_CODES = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
UTC = dt.UTC


class Observance(NamedTuple):
    """What a zone's clocks say for a while: offset, whether it is summer time, its name."""

    offset: dt.timedelta
    dst: bool
    name: str


class Change(NamedTuple):
    """The moment a zone moves from one observance to the next."""

    at: dt.datetime  # UTC
    before: Observance
    after: Observance

    @property
    def onset(self) -> dt.datetime:
        """The wall-clock time of the change, in the old offset (RFC 5545's DTSTART)."""
        return (self.at + self.before.offset).replace(tzinfo=None)


def observance(tz: ZoneInfo, moment: dt.datetime) -> Observance:
    local = moment.astimezone(tz)
    return Observance(
        local.utcoffset() or dt.timedelta(0), bool(local.dst()), local.tzname() or str(tz)
    )


def changes(tz: ZoneInfo, first: dt.datetime, last: dt.datetime) -> list[Change]:
    """Every change of observance from ``first`` to ``last`` (UTC), to the second.

    Offsets change at most a few times a year, so a daily step finds each, and a bisection
    finds the moment.
    """
    found: list[Change] = []
    day = dt.timedelta(days=1)
    moment, current = first, observance(tz, first)
    while moment < last:
        following = moment + day
        after = observance(tz, following)
        if after != current:
            low, high = moment, following
            while high - low > dt.timedelta(seconds=1):
                middle = low + (high - low) / 2
                if observance(tz, middle) == current:
                    low = middle
                else:
                    high = middle
            found.append(Change(high.replace(microsecond=0), current, after))
            current = after
        moment = following
    return found


def yearly_rule(group: Sequence[Change]) -> str | None:
    """The RRULE that yields every change of ``group`` (one per year, consecutive years, the
    same month, weekday, week of the month or last week, and wall-clock time), or None."""
    onsets = [c.onset for c in group]
    years = [o.year for o in onsets]
    if len(onsets) < 2 or years != list(range(years[0], years[0] + len(years))):
        return None
    first = onsets[0]
    if any(
        (o.month, o.weekday(), o.time()) != (first.month, first.weekday(), first.time())
        for o in onsets
    ):
        return None
    nth = {(o.day - 1) // 7 + 1 for o in onsets}
    last = all(o.day + 7 > calendar.monthrange(o.year, o.month)[1] for o in onsets)
    if len(nth) == 1:
        week = nth.pop()
    elif last:
        week = -1
    else:
        return None
    return f"FREQ=YEARLY;BYMONTH={first.month};BYDAY={week}{DAY_CODES[first.weekday()]}"


def component(tz: ZoneInfo, first: dt.datetime, last: dt.datetime) -> Any:
    """A VTIMEZONE for ``tz`` valid for events from ``first`` to ``last`` (aware datetimes).

    The changes looked at span the years before and after, so every event's observance is
    defined and a yearly rule is seen at least three times before it is trusted.
    """
    import icalendar

    start = dt.datetime(first.year - 1, 1, 1, tzinfo=UTC)
    end = dt.datetime(last.year + 2, 1, 1, tzinfo=UTC)
    zone = icalendar.Timezone()
    zone.add("tzid", str(tz.key))
    found = changes(tz, start, end)
    if not found:
        fixed = observance(tz, start)
        zone.add_component(_observance(fixed, fixed, dt.datetime(1970, 1, 1)))
        return zone
    groups: dict[tuple[Observance, Observance], list[Change]] = {}
    for change in found:
        groups.setdefault((change.before, change.after), []).append(change)
    for (before, after), group in groups.items():
        sub = _observance(before, after, group[0].onset)
        rule = yearly_rule(group)
        if rule is not None:
            if group[-1].onset.year < end.year - 1:  # the zone stopped using this rule
                rule += f";UNTIL={group[-1].at:%Y%m%dT%H%M%SZ}"
            sub.add("rrule", icalendar.vRecur.from_ical(rule))
        else:
            for change in group[1:]:
                sub.add("rdate", change.onset)
        zone.add_component(sub)
    return zone


def _observance(before: Observance, after: Observance, onset: dt.datetime) -> Any:
    import icalendar

    sub = icalendar.TimezoneDaylight() if after.dst else icalendar.TimezoneStandard()
    sub.add("dtstart", onset)
    sub.add("tzoffsetfrom", before.offset)
    sub.add("tzoffsetto", after.offset)
    sub.add("tzname", after.name)
    return sub
