"""The bundled catalog is complete and consistent; broken catalogs are explained, not crashed on."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from mathplan.catalog import bundled_paths, check_catalog, load_catalog
from mathplan.errors import CatalogError
from mathplan.graph import closure, find_cycle
from mathplan.models import Catalog, Depth, Priority

AREAS = {
    "linear-algebra",
    "calculus",
    "autodiff",
    "optimization",
    "probability",
    "statistics",
    "information-theory",
    "numerical",
    "applications",
}


@pytest.fixture(scope="module")
def bundled() -> Catalog:
    return load_catalog()


def test_bundled_catalog_is_large_enough(bundled: Catalog) -> None:
    assert len(bundled.topics) >= 60
    assert len(bundled.resources) >= 30
    assert {"general", "deep-learning", "llm", "vision", "research"} <= set(bundled.goals)
    assert {t.area for t in bundled.topics.values()} == AREAS


def test_bundled_graph_is_acyclic_and_every_reference_resolves(bundled: Catalog) -> None:
    graph = {t.id: list(t.prerequisites) for t in bundled.topics.values()}
    assert find_cycle(graph) is None
    for t in bundled.topics.values():
        assert set(t.prerequisites) <= set(bundled.topics), t.id
    for r in bundled.resources.values():
        assert {c.topic for c in r.covers} <= set(bundled.topics), r.id
    for g in bundled.goals.values():
        assert set(g.targets) <= set(bundled.topics), g.id


def test_every_topic_belongs_to_some_goal(bundled: Catalog) -> None:
    graph = {t.id: list(t.prerequisites) for t in bundled.topics.values()}
    reached: set[str] = set()
    for goal in bundled.goals.values():
        reached |= closure(graph, goal.targets)
    assert set(bundled.topics) - reached == set()


def test_every_core_topic_has_a_free_resource(bundled: Catalog) -> None:
    for t in bundled.topics.values():
        if t.priority is Priority.CORE:
            assert any(r.is_free for r in bundled.resources_for(t.id)), t.id


def test_core_topics_only_require_core_topics(bundled: Catalog) -> None:
    for t in bundled.topics.values():
        if t.priority is Priority.CORE:
            for p in t.prerequisites:
                assert bundled.topics[p].priority is Priority.CORE, (t.id, p)


def closure_hours(catalog: Catalog, target: str, depth: Depth) -> float:
    """Hours from zero to ``target`` at ``depth``: it and every prerequisite that applies."""
    graph = {t.id: list(t.prerequisites_at(depth)) for t in catalog.topics.values()}
    return sum(catalog.topics[t].hours.for_depth(depth) for t in closure(graph, [target]))


# Step 7's targets: at practical depth a developer reaches a first network, backpropagation and
# attention quickly, because rigorous-only prerequisites (proofs, derivations) are left out.
PRACTICAL_REACH = {"neural-networks": 40.0, "backpropagation": 45.0, "attention": 60.0}


@pytest.mark.parametrize(("target", "limit"), PRACTICAL_REACH.items())
def test_practical_depth_reaches_the_first_ml_topics_quickly(
    bundled: Catalog, target: str, limit: float
) -> None:
    assert closure_hours(bundled, target, Depth.PRACTICAL) <= limit


@pytest.mark.parametrize("target", PRACTICAL_REACH)
def test_rigorous_depth_keeps_every_prerequisite(bundled: Catalog, target: str) -> None:
    every_edge = {t.id: list(t.prerequisites) for t in bundled.topics.values()}
    rigorous = {t.id: list(t.prerequisites_at(Depth.RIGOROUS)) for t in bundled.topics.values()}
    practical = {t.id: list(t.prerequisites_at(Depth.PRACTICAL)) for t in bundled.topics.values()}
    assert closure(rigorous, [target]) == closure(every_edge, [target])
    assert closure(practical, [target]) < closure(rigorous, [target])


def test_attention_needs_backpropagation_only_rigorously(bundled: Catalog) -> None:
    attention = bundled.topics["attention"]
    assert "backpropagation" not in attention.prerequisites_at(Depth.PRACTICAL)
    assert "backpropagation" in attention.prerequisites_at(Depth.RIGOROUS)


def test_reviewed_edges_point_the_right_way(bundled: Catalog) -> None:
    # MAP explains L2 regularisation, not the other way round.
    assert "regularization" not in bundled.topics["map-estimation"].prerequisites
    assert "map-estimation" in bundled.topics["regularization"].prerequisites
    # The logistic loss's gradient is a chain-rule computation, at every depth.
    assert "chain-rule" in bundled.topics["logistic-regression"].prerequisites_at(Depth.PRACTICAL)


# Other catalog files (resources, projects, goals) refer to these ids.
MODERN_DL_TOPICS = {
    "embeddings",
    "positional-encoding",
    "normalization-layers",
    "residual-connections",
    "weight-initialization",
    "learning-rate-schedules",
    "sampling-decoding",
    "perplexity",
    "multi-head-attention",
    "transformer-block",
    "language-modeling",
    "lora",
    "dropout",
    "vae-elbo",
    "diffusion-models",
    "contrastive-learning",
    "pooling-stride-padding",
    "image-transforms",
    "vision-transformer",
}


def test_modern_deep_learning_topics_are_present_and_applied(bundled: Catalog) -> None:
    assert len(bundled.topics) >= 96
    assert set(bundled.topics) >= MODERN_DL_TOPICS
    assert all(bundled.topics[t].applied for t in MODERN_DL_TOPICS)


def test_application_area_topics_are_marked_applied(bundled: Catalog) -> None:
    for t in bundled.topics.values():
        if t.area == "applications":
            assert t.applied, t.id
    assert not any(bundled.topics[t].applied for t in ("vectors", "derivatives", "entropy"))


def test_hours_are_positive_and_rigorous_not_less(bundled: Catalog) -> None:
    for t in bundled.topics.values():
        assert 0 < t.hours.practical <= t.hours.rigorous, t.id


def test_every_resource_records_its_sources(bundled: Catalog) -> None:
    for r in bundled.resources.values():
        assert r.source.strip() and r.pricing.source.strip(), r.id
        assert r.checked.year >= 2026, r.id
        assert all(c.where.strip() for c in r.covers), r.id
        if r.pricing.model.value != "free" and r.pricing.usd is not None:
            assert r.pricing.as_of or r.pricing.verified, r.id


def test_persona_resources_are_present(bundled: Catalog) -> None:
    titles = " | ".join(r.title for r in bundled.resources.values())
    for needle in [
        "Mathematics for Machine Learning",
        "Essential Math for Data Science",
        "Probability & Statistics for Engineers",
        "Introduction to Linear Algebra",
    ]:
        assert needle in titles


COVERAGE_DEPTHS = {"practical", "rigorous", "both"}
DEPTHS = ("practical", "rigorous")


def _serves(catalog: Catalog, resource_id: str, topic: str, depth: str) -> bool:
    cov = catalog.resources[resource_id].coverage_of(topic)
    return cov is not None and cov.depth.value in (depth, "both")


def test_every_coverage_entry_states_its_depth() -> None:
    """Read raw: the model defaults a missing depth to 'both', which would hide an omission."""
    for path in bundled_paths():
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for resource in data.get("resource", []):
            for cov in resource.get("covers", []):
                assert cov.get("depth") in COVERAGE_DEPTHS, (
                    path.name,
                    resource.get("id"),
                    cov.get("topic"),
                )


def test_every_core_topic_has_material_at_each_depth(bundled: Catalog) -> None:
    for t in bundled.topics.values():
        if t.priority is not Priority.CORE:
            continue
        for depth in DEPTHS:
            serving = [
                r.id for r in bundled.resources_for(t.id) if _serves(bundled, r.id, t.id, depth)
            ]
            assert serving, (t.id, depth)


# Books and courses whose assignments carry the derivations and proofs.
PROOF_BEARING = {
    "mml-book",
    "strang-ila-6e",
    "mit-1806",
    "blitzstein-intro-probability",
    "harvard-stat110",
    "boyd-convex-optimization",
    "goodfellow-deep-learning",
    "mackay-itila",
    "murphy-pml1",
    "strang-lalfd",
    "mit-18065",
}
MATHS_AREAS = {
    "linear-algebra",
    "calculus",
    "optimization",
    "probability",
    "statistics",
    "information-theory",
}


def test_rigorous_depth_has_a_proof_bearing_source_for_every_core_maths_topic(
    bundled: Catalog,
) -> None:
    """Applied topics (a layer, a loss, a metric) are left out: their proofs live in ML books."""
    for t in bundled.topics.values():
        if t.priority is not Priority.CORE or t.area not in MATHS_AREAS or t.applied:
            continue
        proof = [
            r.id
            for r in bundled.resources_for(t.id)
            if r.id in PROOF_BEARING and _serves(bundled, r.id, t.id, "rigorous")
        ]
        assert proof, t.id


# What a reader of the catalog cannot follow: our own notes, search-tool verbs, local paths.
PRIVATE = re.compile(r"shared/|research/|find_string|read_file|/work/|/tmp/|/home/|~/|[A-Z]:\\")


def _strings(node: object) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for v in node.values() for s in _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


def test_no_data_string_cites_a_private_note_or_a_local_path() -> None:
    data_dir = bundled_paths()[0].parent
    for path in sorted(data_dir.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        leaks = [s for s in _strings(data) if PRIVATE.search(s)]
        assert not leaks, (path.name, leaks[:3])


# --- broken catalogs -----------------------------------------------------------------------------

TOPIC = """
[[topic]]
id = "{id}"
title = "Topic {id}"
area = "calculus"
priority = "core"
hours = {{ practical = 2.0, rigorous = 3.0 }}
why = "w"
exercise = "e"
check = "c"
requires = [{requires}]
"""


def write(tmp_path: Path, text: str, name: str = "cat.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def topic_toml(tid: str, *requires: str) -> str:
    reqs = ", ".join(f'{{ topic = "{r}", reason = "r" }}' for r in requires)
    return TOPIC.format(id=tid, requires=reqs)


def problems_of(*paths: Path) -> list[str]:
    catalog, problems = check_catalog(paths)
    assert catalog is None
    return problems


def test_a_cycle_is_printed(tmp_path: Path) -> None:
    path = write(tmp_path, topic_toml("a", "c") + topic_toml("b", "a") + topic_toml("c", "b"))
    [problem] = problems_of(path)
    assert "prerequisite cycle" in problem
    assert (
        "a -> c -> b -> a" in problem
        or "c -> b -> a -> c" in problem
        or "b -> a -> c -> b" in problem
    )


def test_unknown_prerequisite_names_file_line_entry_and_suggests(tmp_path: Path) -> None:
    path = write(tmp_path, topic_toml("alpha") + topic_toml("beta", "alpah"))
    [problem] = problems_of(path)
    assert f"{path}:" in problem and "topic 'beta'" in problem and "'requires'" in problem
    assert "did you mean alpha" in problem


def test_duplicate_id_in_one_file(tmp_path: Path) -> None:
    path = write(tmp_path, topic_toml("a") + topic_toml("a"))
    assert any("duplicate id 'a'" in p for p in problems_of(path))


def test_wrong_type_names_the_field(tmp_path: Path) -> None:
    text = topic_toml("a").replace("practical = 2.0", 'practical = "two"')
    [problem] = problems_of(write(tmp_path, text))
    assert "field 'hours.practical'" in problem and "'two'" in problem


def test_rigorous_below_practical_is_an_error(tmp_path: Path) -> None:
    text = topic_toml("a").replace("rigorous = 3.0", "rigorous = 1.0")
    [problem] = problems_of(write(tmp_path, text))
    assert "rigorous hours (1.0) must be at least practical (2.0)" in problem


def test_unknown_field_is_an_error(tmp_path: Path) -> None:
    text = topic_toml("a").replace('why = "w"', 'why = "w"\nwhy_it_matters = "x"')
    [problem] = problems_of(write(tmp_path, text))
    assert "why_it_matters" in problem and "unknown field" in problem


def test_toml_syntax_error_names_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "[[topic]\nid = ")
    [problem] = problems_of(path)
    assert str(path) in problem and "not valid TOML" in problem


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogError, match="not found"):
        load_catalog([tmp_path / "nope.toml"])


def test_user_catalog_overrides_one_field_and_adds_a_resource(tmp_path: Path) -> None:
    override = write(
        tmp_path,
        """
[[resource]]
id = "mml-book"
rating = 1

[[resource]]
id = "my-notes"
title = "My notes"
authors = ["Me"]
kind = "notes"
url = "file:///notes"
style = "code-first"
rating = 5
rating_reason = "mine"
source = "me"
checked = 2026-11-25
pricing = { model = "free", verified = true, source = "me", checked = 2026-11-25 }
covers = [{ topic = "svd", where = "page 3" }]
""",
    )
    catalog = load_catalog([override])
    assert catalog.resources["mml-book"].rating == 1
    assert catalog.resources["mml-book"].title == "Mathematics for Machine Learning"
    assert catalog.resources["my-notes"].coverage_of("svd") is not None


def test_bundled_files_exist() -> None:
    assert all(p.is_file() for p in bundled_paths())
