from mathplan.graph import closure, dependents, find_cycle, topological_order


def test_closure_follows_prerequisites_transitively() -> None:
    graph = {"c": ["b"], "b": ["a"], "a": [], "x": []}
    assert closure(graph, ["c"]) == {"a", "b", "c"}


def test_find_cycle_returns_the_cycle_path() -> None:
    graph = {"a": ["b"], "b": ["c"], "c": ["a"], "d": []}
    cycle = find_cycle(graph)
    assert cycle is not None
    assert cycle[0] == cycle[-1]
    assert set(cycle) == {"a", "b", "c"}


def test_find_cycle_none_when_acyclic() -> None:
    assert find_cycle({"a": [], "b": ["a"], "c": ["a", "b"]}) is None


def test_topological_order_puts_prerequisites_first_and_uses_rank_for_ties() -> None:
    graph = {"a": [], "b": [], "c": ["b"], "d": ["a"]}
    rank = {"a": 3, "b": 0, "c": 1, "d": 2}
    assert topological_order(graph, graph, rank) == ["b", "c", "a", "d"]


def test_dependents_reverses_edges() -> None:
    assert dependents({"a": [], "b": ["a"], "c": ["a"]})["a"] == ["b", "c"]
