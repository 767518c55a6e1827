"""Spaced review of finished topics, scheduled with FSRS.

Why FSRS: it is the open model that Anki adopted, fitted on hundreds of millions of real reviews,
and the ``fsrs`` package is a small, maintained pure-Python implementation; we use its default
parameters with no learning steps, so intervals are measured in days and weeks, never minutes
(a topic finished today is first due two days later at the earliest, never today).

A topic is a card. Finishing it counts as a first review rated *good*; each ``mathplan review``
rates it again. The card's state is stored in the event that produced it, so ``next`` and
``status`` read due dates from the log without importing this module.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import Any

RATINGS = ("again", "hard", "good", "easy")
CARD_ID = 1  # the card id is never used for scheduling; a constant keeps results reproducible


@dataclass(frozen=True, slots=True)
class CardState:
    card: dict[str, Any]  # fsrs.Card.to_dict()
    due: dt.date


# What FSRS (default parameters, no learning steps) makes of a new card answered "good": the
# state of every just-finished topic. Kept here so that ``mathplan done`` need not import FSRS
# on every call; a test checks it against the package.
FIRST_GOOD_DAYS = 2
FIRST_GOOD_CARD: dict[str, Any] = {
    "card_id": CARD_ID,
    "state": 2,
    "step": None,
    "stability": 2.3065,
    "difficulty": 2.118103970459016,
}


def finished(day: dt.date) -> CardState:
    """The card of a topic finished on ``day`` (its first review is due two days later)."""
    due = day + dt.timedelta(days=FIRST_GOOD_DAYS)
    card = {
        **FIRST_GOOD_CARD,
        "due": _moment(due).isoformat(),
        "last_review": _moment(day).isoformat(),
    }
    return CardState(card, due)


def _scheduler() -> Any:
    import fsrs

    return fsrs.Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=False)


def _moment(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC)


def rate(previous: CardState | None, rating: str, day: dt.date) -> CardState:
    """The card after a review on ``day`` (``previous`` None: the topic was just finished)."""
    import fsrs

    if rating not in RATINGS:
        raise ValueError(f"rating must be one of {', '.join(RATINGS)}")
    scheduler = _scheduler()
    if previous is None:
        card = fsrs.Card(card_id=CARD_ID, due=_moment(day))
    else:
        card = fsrs.Card.from_dict(previous.card)  # type: ignore[arg-type]
    card, _ = scheduler.review_card(card, fsrs.Rating[rating.capitalize()], _moment(day))
    due = max(card.due.date(), day + dt.timedelta(days=1))
    return CardState(card.to_dict(), due)


@cache
def predicted_offsets(horizon_days: int = 3660) -> tuple[int, ...]:
    """Days after finishing a topic on which a learner who always answers *good* reviews it.

    Used to put expected reviews into the weekly plan before they happen.
    """
    start = dt.date(2000, 1, 3)
    state = rate(None, "good", start)
    offsets: list[int] = []
    while (state.due - start).days <= horizon_days:
        offsets.append((state.due - start).days)
        state = rate(state, "good", state.due)
    return tuple(offsets)


def reviews_between(state: CardState, first: dt.date, last: dt.date) -> tuple[dt.date, ...]:
    """The days from ``first`` to ``last`` on which a finished topic is expected to be reviewed,
    for a learner who always answers *good*, starting with its stored due date (which may be
    before ``first``: overdue); the next ones follow from a review on ``first`` at the earliest.

    A replan uses this to keep the reviews of topics finished under an earlier plan.
    """
    days: list[dt.date] = []
    day = state.due
    while max(day, first) <= last:
        days.append(day)
        state = rate(state, "good", max(day, first))
        day = state.due
    return tuple(days)
