"""The calendar export as other programs read it (issue 12, part 3): cancelled events after a
replan, rule-based time zones read back by two parsers other than the writer, sessions that
hold a short week, and day names."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import ics as ics_py
import pytest
import vobject
from typer.testing import CliRunner

from mathplan import export
from mathplan.cli import app
from mathplan.vtimezone import changes, component, yearly_rule

runner = CliRunner()
UTC = dt.UTC


def run(*args: str, today: str = "2026-11-25") -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env={"MATHPLAN_TODAY": today})
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def planned(home: Path) -> Path:
    code, _, err = run("plan", "--months", "6", "--budget", "500", "--goal", "llm")
    assert code == 0, err
    return home


def vevents(data: str) -> dict[str, icalendar.cal.Component]:
    cal = icalendar.Calendar.from_ical(data)
    return {str(e["uid"]): e for e in cal.walk("VEVENT")}


# --- cancelled events after a replan -------------------------------------------------------------


def test_an_export_after_a_replan_cancels_the_old_future_events(planned: Path) -> None:
    code, before, _ = run("export", "-f", "ics", "--tz", "UTC")
    assert code == 0
    today = "2026-12-16"
    assert run("done", "vectors", today=today)[0] == 0  # its past events are not cancelled
    code, _, err = run("replan", "--months", "2", "--hours-per-week", "6", today=today)
    assert code == 0, err
    code, after, _ = run("export", "-f", "ics", "--tz", "UTC", today=today)
    assert code == 0
    old, new = vevents(before), vevents(after)
    live = {uid for uid, e in new.items() if str(e["status"]) == "CONFIRMED"}
    cancelled = {uid for uid, e in new.items() if str(e["status"]) == "CANCELLED"}
    boundary = dt.datetime(2026, 12, 16, tzinfo=UTC)
    future_gone = {
        uid for uid, e in old.items() if uid not in live and e.decoded("dtstart") >= boundary
    }
    past_gone = {uid for uid, e in old.items() if uid not in live} - future_gone
    assert future_gone and past_gone  # the replan dropped events on both sides of today
    assert cancelled == future_gone
    for uid in cancelled:
        assert new[uid].decoded("dtstart") == old[uid].decoded("dtstart")
        assert int(new[uid]["sequence"]) > int(old[uid]["sequence"])
    assert all(int(e["sequence"]) == int(new[next(iter(live))]["sequence"]) for e in new.values())


def test_withdrawn_prefers_the_newest_earlier_plan_and_skips_the_past() -> None:
    def session(uid: str, day: int) -> export.Session:
        start = dt.datetime(2027, 1, day, 19, tzinfo=UTC)
        return export.Session(uid, "t", "study", "T", start, 4, "r", "")

    oldest = [session("a", 5), session("b", 20), session("c", 3)]
    newer = [session("b", 22)]
    current = [session("c", 25)]
    gone = export.withdrawn(current, [oldest, newer], dt.date(2027, 1, 10))
    assert [(s.uid, s.start.day) for s in gone] == [("b", 22)]


# --- time zones ----------------------------------------------------------------------------------


def raw_starts(data: str) -> dict[str, tuple[str, str]]:
    """(TZID, wall-clock text) of each event's DTSTART, straight from the file's text."""
    starts: dict[str, tuple[str, str]] = {}
    uid, start = "", ("", "")
    for line in data.replace("\r\n ", "").splitlines():
        if line.startswith("UID:"):
            uid = line[4:]
        elif line.startswith("DTSTART;TZID="):
            tzid, _, wall = line[len("DTSTART;TZID=") :].partition(":")
            start = (tzid, wall)
        elif line == "END:VEVENT":
            starts[uid] = start
    return starts


@pytest.mark.parametrize("zone", ["Europe/Berlin", "America/New_York"])
def test_two_other_parsers_read_every_event_at_its_wall_clock_time_across_dst(
    planned: Path, zone: str
) -> None:
    code, data, err = run("export", "-f", "ics", "--tz", zone, "--at", "19:00")
    assert code == 0, err
    assert "RRULE:FREQ=YEARLY" in data and "RDATE" not in data
    expected = {}
    for uid, (tzid, wall) in raw_starts(data).items():
        assert tzid == zone
        local = dt.datetime.strptime(wall, "%Y%m%dT%H%M%S")
        assert local.time() >= dt.time(19, 0)
        expected[uid] = (local, local.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC))
    offsets = {instant - local.replace(tzinfo=UTC) for local, instant in expected.values()}
    assert len(offsets) == 2  # the plan crosses a change of daylight saving time

    by_vobject = {e.uid.value: e.dtstart.value for e in vobject.readOne(data).vevent_list}
    by_ics = {e.uid: e.begin.datetime for e in ics_py.Calendar(data).events}
    assert set(by_vobject) == set(by_ics) == set(expected)
    for uid, (local, instant) in expected.items():
        for reader, start in (("vobject", by_vobject[uid]), ("ics", by_ics[uid])):
            assert start.replace(tzinfo=None) == local, (reader, uid)
            assert start.astimezone(UTC) == instant, (reader, uid)


def test_a_zone_without_daylight_saving_has_one_fixed_observance() -> None:
    tokyo = ZoneInfo("Asia/Tokyo")
    start = dt.datetime(2027, 1, 4, 19, tzinfo=tokyo)
    vtz = component(tokyo, start, start + dt.timedelta(days=200))
    (observance,) = vtz.subcomponents
    assert observance.name == "STANDARD" and "RRULE" not in observance
    assert observance["TZOFFSETTO"].td == dt.timedelta(hours=9)


def test_southern_and_second_sunday_rules() -> None:
    first = dt.datetime(2025, 1, 1, tzinfo=UTC)
    last = dt.datetime(2029, 1, 1, tzinfo=UTC)
    found = changes(ZoneInfo("America/New_York"), first, last)
    spring = [c for c in found if c.after.dst]
    assert yearly_rule(spring) == "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"
    sydney = changes(ZoneInfo("Australia/Sydney"), first, last)
    assert yearly_rule([c for c in sydney if c.after.dst]) == "FREQ=YEARLY;BYMONTH=10;BYDAY=1SU"
    assert yearly_rule([c for c in sydney if not c.after.dst]) == "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU"


def test_a_rule_that_ends_gets_until_and_an_irregular_one_keeps_rdates() -> None:
    # Mexico City kept daylight saving time until October 2022.
    mexico = ZoneInfo("America/Mexico_City")
    vtz = component(
        mexico, dt.datetime(2020, 6, 1, tzinfo=UTC), dt.datetime(2024, 6, 1, tzinfo=UTC)
    )
    rules = [str(sub["RRULE"].to_ical(), "ascii") for sub in vtz.subcomponents if "RRULE" in sub]
    assert rules and all("UNTIL=2022" in r for r in rules)
    irregular = changes(
        ZoneInfo("Africa/Casablanca"),
        dt.datetime(2024, 1, 1, tzinfo=UTC),
        dt.datetime(2027, 1, 1, tzinfo=UTC),
    )
    assert irregular and yearly_rule([c for c in irregular if not c.after.dst]) is None


# --- short weeks ---------------------------------------------------------------------------------


def test_a_short_week_after_a_replan_loses_no_hour(planned: Path) -> None:
    today = "2026-12-30"  # a Wednesday: the replan's first week is Wednesday to Sunday
    code, out, err = run("replan", "--json", today=today)
    assert code == 0, err
    code, data, err = run("export", "-f", "ics", "--tz", "UTC", today=today)
    assert code == 0 and "found no session" not in err
    first_week = [
        e
        for e in vevents(data).values()
        if str(e["status"]) == "CONFIRMED" and e.decoded("dtstart").date() <= dt.date(2027, 1, 3)
    ]
    total = sum((e.decoded("duration") for e in first_week), dt.timedelta(0))
    hours = total / dt.timedelta(hours=1)
    import json

    assert hours == json.loads(out)["weeks"][0]["hours"] > 0
    assert {e.decoded("dtstart").strftime("%a") for e in first_week} <= {"Wed", "Thu", "Fri"}


def test_a_chosen_session_length_is_kept_and_what_does_not_fit_is_reported(planned: Path) -> None:
    today = "2026-12-30"
    assert run("replan", today=today)[0] == 0
    code, _, err = run("export", "-f", "ics", "--tz", "UTC", "--session-hours", "1", today=today)
    assert code == 0 and "found no session" in err


# --- day names -----------------------------------------------------------------------------------


def test_days_accept_names_and_usual_abbreviations_in_any_case() -> None:
    assert export.parse_days("Monday,TUES,wed,thur,Thurs,fri,SAT,sunday") == (0, 1, 2, 3, 4, 5, 6)
    assert export.parse_days("tue, thu ,") == (1, 3)


@pytest.mark.parametrize("days", ["monkey,wednesday,saturnalia", "mo", "tuesdays", "", "1,3"])
def test_days_reject_anything_else_naming_the_bad_value(planned: Path, days: str) -> None:
    code, out, err = run("export", "-f", "ics", "--days", days)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1
    bad = days.split(",")[0].strip()
    assert (f"'{bad}'" in err) if bad else ("no days" in err)
    assert "mon, tue, wed, thu, fri, sat, sun" in err
