"""Today's date, which ``MATHPLAN_TODAY`` can replace so tests and demos can move through time."""

from __future__ import annotations

import datetime as dt
import os

from mathplan.errors import UsageError


def today() -> dt.date:
    value = os.environ.get("MATHPLAN_TODAY", "").strip()
    if not value:
        return dt.date.today()
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(
            f"MATHPLAN_TODAY={value!r} is not a date; use YYYY-MM-DD, e.g. 2026-12-07"
        ) from None
