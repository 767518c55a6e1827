"""Turn what a learner typed into a topic id: an id, an unambiguous prefix, or a title."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from mathplan.errors import AmbiguousTopic, UnknownTopic


def candidates(name: str, topics: Iterable[tuple[str, str]]) -> list[str]:
    """The ids ``name`` may mean: an exact id or title alone, else every id or title it starts.

    The one rule shared by :func:`resolve` (``done vec``) and tab completion, so completion
    offers exactly what ``done`` would weigh.
    """
    pairs = list(topics)
    wanted = name.strip().casefold()
    for tid, title in pairs:
        if wanted and wanted in (tid.casefold(), title.casefold()):
            return [tid]
    return sorted(
        {
            tid
            for tid, title in pairs
            if tid.casefold().startswith(wanted) or title.casefold().startswith(wanted)
        }
    )


def resolve(name: str, topics: Iterable[tuple[str, str]]) -> str:
    """The id meant by ``name`` among ``(id, title)`` pairs, or a usage error with suggestions."""
    pairs = list(topics)
    if not name.strip():
        raise UnknownTopic(name, [], "give a topic id or title (see `mathplan topics`)")
    prefixed = candidates(name, pairs)
    if len(prefixed) == 1:
        return prefixed[0]
    if prefixed:
        raise AmbiguousTopic(name, prefixed[:6])
    raise UnknownTopic(name, suggestions(name, pairs), "see `mathplan topics` for the valid ids")


def suggestions(name: str, pairs: list[tuple[str, str]]) -> list[str]:
    """Close ids, matching against ids and titles alike."""
    by_key: dict[str, str] = {}
    for tid, title in pairs:
        by_key[tid.casefold()] = tid
        by_key[title.casefold()] = tid
    close = difflib.get_close_matches(name.casefold(), list(by_key), n=5, cutoff=0.6)
    result: list[str] = []
    for key in close:
        if by_key[key] not in result:
            result.append(by_key[key])
    if not result:  # a word inside a title: "eigen" -> eigenvalues-eigenvectors
        result = [tid for tid, title in pairs if name.casefold() in (tid + " " + title).casefold()]
    return result[:3]
