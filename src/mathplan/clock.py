"""Today's date, which ``MATHPLAN_TODAY`` can replace so tests and demos can move through time."""

from __future__ import annotations

import datetime as dt
import os
import re
from typing import TYPE_CHECKING

from mathplan.errors import UsageError

if TYPE_CHECKING:  # imported where used: `next` and `done` need today, not time zones
    from zoneinfo import ZoneInfo

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
FIRST_YEAR, LAST_YEAR = 1970, 2200  # plans reach 60 months past a date; keep far from year 9999


def today() -> dt.date:
    value = os.environ.get("MATHPLAN_TODAY", "").strip()
    if not value:
        return dt.date.today()
    return parse_date("MATHPLAN_TODAY", value)


def parse_date(name: str, value: str) -> dt.date:
    """A YYYY-MM-DD date within the years a study plan can use, or a usage error naming it."""
    try:
        if not _ISO_DAY.match(value.strip()):  # fromisoformat also takes 20261201, 2026-W49-1
            raise ValueError(value)
        day = dt.date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(
            f"{name}: {_shown(value)} is not a date; use YYYY-MM-DD, e.g. 2026-12-07"
        ) from None
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise UsageError(
            f"{name}: {day} is out of range; use a date from {FIRST_YEAR} to {LAST_YEAR}"
        )
    return day


MAX_ZONE_NAME = 80  # the longest zone database name is about 30 characters


def zone(name: str | None) -> ZoneInfo:
    """The time zone ``--tz`` names, else the system's (``TZ``, then ``/etc/localtime``).

    Accepts what the C library accepts in ``TZ``: a zone name, ``:`` and a path to a zone file,
    or a POSIX rule such as ``JST-9`` or ``CET-1CEST,M3.5.0,M10.5.0/3`` (stood in for by the
    zone database zone that keeps the same clock, so calendars get a zone they know). A bad value
    is a usage error naming where it came from: ``--tz`` or ``TZ``.
    """
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    if name is not None:
        return _named_zone("--tz", name)
    env = os.environ.get("TZ", "")
    if env.strip():
        return _zone_from_tz(env)
    try:
        target = os.readlink("/etc/localtime")
    except OSError:
        return ZoneInfo("UTC")
    key = target.split("zoneinfo/", 1)[1] if "zoneinfo/" in target else "UTC"
    try:
        return ZoneInfo(key)
    except (ValueError, OSError, ZoneInfoNotFoundError):
        return ZoneInfo("UTC")


def _named_zone(source: str, name: str) -> ZoneInfo:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

    shown = _shown(name)
    if len(name) > MAX_ZONE_NAME or not name.strip() or "\0" in name:
        raise UsageError(f"{source}: {shown} is not a time zone; use a name like Europe/Berlin")
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a folder such as 'Europe'
        import difflib

        close = difflib.get_close_matches(name, sorted(available_timezones()), n=3)
        hint = f"did you mean {', '.join(close)}?" if close else "use a name like Europe/Berlin"
        raise UsageError(f"{source}: {shown} is not a time zone; {hint}") from None


def _zone_from_tz(value: str) -> ZoneInfo:
    """``TZ`` as the C library reads it; errors name ``TZ``, which the learner did not type here."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    spec = value.strip()
    if spec.startswith(":"):
        spec = spec[1:]
        if spec.startswith("/"):
            return _zone_file(spec)
    if spec.startswith("/"):
        return _zone_file(spec)
    if len(spec) <= MAX_ZONE_NAME:
        try:
            return ZoneInfo(spec)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    try:
        rule = _posix_zone(spec)
    except ValueError:
        raise UsageError(
            f"TZ (from the environment): {_shown(value)} is not a time zone; set TZ to a name "
            "like Europe/Berlin or a rule like CET-1CEST,M3.5.0,M10.5.0/3, or pass --tz"
        ) from None
    return _named_equivalent(rule) or rule


def _zone_file(path: str) -> ZoneInfo:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    key = path.split("zoneinfo/", 1)[1] if "zoneinfo/" in path else None
    if key:
        try:
            return ZoneInfo(key)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    try:
        with open(path, "rb") as handle:
            return ZoneInfo.from_file(handle, key=key or path)
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else "not a zone file"
        raise UsageError(
            f"TZ (from the environment): cannot use the zone file {_shown(path)} ({reason}); "
            "set TZ to a name like Europe/Berlin, or pass --tz"
        ) from None


def _posix_zone(rule: str) -> ZoneInfo:
    """A zone that follows a POSIX ``TZ`` rule: a TZif file with no transitions and the rule as
    its footer, which the zone database's own reader parses and validates."""
    import io
    import struct
    from zoneinfo import ZoneInfo

    if len(rule) > MAX_ZONE_NAME or not rule.isascii() or not rule.isprintable():
        raise ValueError(rule)
    counts = struct.pack(">6l", 0, 0, 0, 0, 1, 4)
    header = b"TZif2" + b"\0" * 15 + counts
    block = struct.pack(">lBB", 0, 0, 0) + b"UTC\0"
    data = header + block + header + block + b"\n" + rule.encode() + b"\n"
    return ZoneInfo.from_file(io.BytesIO(data), key=rule)


def _named_equivalent(rule: ZoneInfo) -> ZoneInfo | None:
    """The zone database zone keeping the same clock as ``rule`` (offsets and abbreviations) at
    two instants a month for five years from today, preferring the rule's own abbreviation when
    the database has a zone of that name (CET), then Area/City names."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

    start = dt.datetime.combine(today(), dt.time(12), dt.UTC)
    instants = [start + dt.timedelta(days=15 * i) for i in range(122)]
    wanted = [(t.astimezone(rule).utcoffset(), t.astimezone(rule).tzname()) for t in instants]
    abbreviation = re.match(r"[A-Za-z]+", str(rule.key))
    own = abbreviation.group(0) if abbreviation else ""  # "CET" of CET-1CEST,...: a zone too
    names = sorted(
        available_timezones(), key=lambda n: (n != own, "/" not in n, n.startswith("Etc/"), n)
    )
    for name in names:
        try:
            candidate = ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
        if all(
            (t.astimezone(candidate).utcoffset(), t.astimezone(candidate).tzname()) == w
            for t, w in zip(instants, wanted, strict=True)
        ):
            return candidate
    return None


def _shown(value: str, limit: int = 80) -> str:
    shown = repr(value)
    return shown if len(shown) <= limit else shown[: limit - 1] + "…"
