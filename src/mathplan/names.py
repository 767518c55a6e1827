"""Turn what a learner typed into a topic id: an id, an unambiguous prefix, or a title."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from mathplan.errors import AmbiguousTopic, UnknownTopic


def resolve(name: str, topics: Iterable[tuple[str, str]]) -> str:
    """The id meant by ``name`` among ``(id, title)`` pairs, or a usage error with suggestions."""
    pairs = list(topics)
    wanted = name.strip().casefold()
    if not wanted:
        raise UnknownTopic(name, [], "give a topic id or title (see `mathplan topics`)")
    for tid, title in pairs:
        if wanted in (tid.casefold(), title.casefold()):
            return tid
    prefixed = sorted(
        {
            tid
            for tid, title in pairs
            if tid.casefold().startswith(wanted) or title.casefold().startswith(wanted)
        }
    )
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
