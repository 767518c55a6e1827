"""Prerequisite graph algorithms over plain mappings ``topic -> its prerequisites``.

Kept free of catalog types so that the scheduler, the catalog checks and the benchmarks can share
them on any graph.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping, Sequence

Graph = Mapping[str, Sequence[str]]


def closure(graph: Graph, targets: Iterable[str]) -> set[str]:
    """The targets plus everything they transitively require."""
    seen: set[str] = set()
    stack = list(targets)
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        stack.extend(graph.get(node, ()))
    return seen


def dependents(graph: Graph) -> dict[str, list[str]]:
    """The reverse graph: for each topic, the topics that require it directly."""
    reverse: dict[str, list[str]] = {node: [] for node in graph}
    for node, prereqs in graph.items():
        for prereq in prereqs:
            reverse.setdefault(prereq, []).append(node)
    return reverse


def find_cycle(graph: Graph) -> list[str] | None:
    """One cycle as a path ``[a, b, ..., a]`` (each requires the next), or None if acyclic.

    Iterative DFS so that a deep generated catalog cannot hit the recursion limit.
    """
    white, grey, black = 0, 1, 2
    color = dict.fromkeys(graph, white)
    for root in graph:
        if color[root] != white:
            continue
        path: list[str] = [root]
        iters = [iter(graph.get(root, ()))]
        color[root] = grey
        while iters:
            nxt = next(iters[-1], None)
            if nxt is None:
                color[path.pop()] = black
                iters.pop()
                continue
            state = color.get(nxt, black)  # unknown nodes are reported elsewhere
            if state == grey:
                return [*path[path.index(nxt) :], nxt]
            if state == white:
                color[nxt] = grey
                path.append(nxt)
                iters.append(iter(graph.get(nxt, ())))
    return None


def topological_order(graph: Graph, nodes: Iterable[str], rank: Mapping[str, int]) -> list[str]:
    """Nodes ordered prerequisites-first; among ready nodes the lowest ``rank`` goes first.

    Prerequisites outside ``nodes`` are treated as satisfied. Deterministic for equal input.
    """
    chosen = set(nodes)
    indegree = {n: sum(1 for p in graph.get(n, ()) if p in chosen) for n in chosen}
    users: dict[str, list[str]] = {n: [] for n in chosen}
    for n in chosen:
        for p in graph.get(n, ()):
            if p in chosen:
                users[p].append(n)
    ready = [(rank[n], n) for n, d in indegree.items() if d == 0]
    heapq.heapify(ready)
    order: list[str] = []
    while ready:
        _, node = heapq.heappop(ready)
        order.append(node)
        for user in users[node]:
            indegree[user] -= 1
            if indegree[user] == 0:
                heapq.heappush(ready, (rank[user], user))
    if len(order) != len(chosen):
        raise ValueError("graph has a cycle")  # catalog validation rules this out earlier
    return order
