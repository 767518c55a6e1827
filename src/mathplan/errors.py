"""Domain errors.

Every failure a user can cause is one of these; the CLI turns them into a one-line message on stderr
and an exit code in a single place (``cli.main``), so no command needs its own error handling.
"""

from __future__ import annotations


class MathplanError(Exception):
    """A failure worth a clear message, not a traceback. Exit code 1 unless a subclass says 2."""

    exit_code = 1


class UsageError(MathplanError):
    """The user asked for something malformed or impossible: exit code 2."""

    exit_code = 2


class CatalogError(MathplanError):
    """A catalog file is missing, unreadable or invalid; the message names file, entry and field."""


class UnknownTopic(UsageError):
    """A topic name that matches nothing; carries close matches for 'did you mean'."""

    def __init__(self, name: str, suggestions: list[str], valid_hint: str = "") -> None:
        self.name = name
        self.suggestions = suggestions
        message = f"unknown topic {name!r}"
        if suggestions:
            message += f"; did you mean {', '.join(suggestions)}?"
        elif valid_hint:
            message += f"; {valid_hint}"
        super().__init__(message)


class AmbiguousTopic(UsageError):
    """A prefix or title that matches more than one topic."""

    def __init__(self, name: str, candidates: list[str]) -> None:
        self.name = name
        self.candidates = candidates
        super().__init__(f"{name!r} is ambiguous; did you mean {', '.join(candidates)}?")


class NoPlan(MathplanError):
    """A command needs a stored plan and there is none yet."""

    def __init__(self) -> None:
        super().__init__("no plan yet; make one with: mathplan plan --months 6 --budget 500")


class StoreError(MathplanError):
    """The database cannot be opened or used (corrupt, wrong version, unwritable)."""


ECHO_LIMIT = 80  # characters of a bad input an error message repeats


def clip_inputs(message: str, limit: int = ECHO_LIMIT) -> str:
    """``message`` with every quoted value or unbroken run longer than ``limit`` cut with "…".

    Error messages repeat the bad input so the learner sees what was wrong; a 100 KB argument
    must not come back as 100 KB of error. One place, so every message is covered."""
    import re

    def cut(match: re.Match[str]) -> str:
        text = match.group(0)
        if len(text) <= limit:
            return text
        quote = text[0] if text[0] in "'\"" and text[-1] == text[0] else ""
        return text[: limit - 1 - len(quote)] + "…" + quote

    return re.sub(r"'[^']*'|\"[^\"]*\"|\S+", cut, message)
