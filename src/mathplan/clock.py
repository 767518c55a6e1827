"""Today's date, which ``MATHPLAN_TODAY`` can replace so tests and demos can move through time."""

from __future__ import annotations

import datetime as dt
import os

from mathplan.errors import UsageError

FIRST_YEAR, LAST_YEAR = 1970, 2200  # plans reach 60 months past a date; keep far from year 9999


def today() -> dt.date:
    value = os.environ.get("MATHPLAN_TODAY", "").strip()
    if not value:
        return dt.date.today()
    return parse_date("MATHPLAN_TODAY", value)


def parse_date(name: str, value: str) -> dt.date:
    """A YYYY-MM-DD date within the years a study plan can use, or a usage error naming it."""
    try:
        day = dt.date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(
            f"{name}: {value!r} is not a date; use YYYY-MM-DD, e.g. 2026-12-07"
        ) from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise UsageError(
            f"{name}: {day} is out of range; use a date from {FIRST_YEAR} to {LAST_YEAR}"
        )
    return day
