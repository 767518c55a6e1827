"""The bundled projects, goals and choices are usable content, not only valid TOML.

`load_catalog` already rejects unknown references; these tests state what the content must
offer a learner: projects they can follow for free and check by running them, goals that name
their builds, and answers to the questions learners ask first.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from mathplan.catalog import load_catalog
from mathplan.graph import closure
from mathplan.models import Catalog, Depth, Project

NOTES = Path(__file__).resolve().parents[1] / "notes"
# A deliverable is checkable when it names a threshold or says what the script prints or shows.
CHECKABLE = re.compile(r"\d|\bprints?\b|\bshows?\b|\bsaves?\b")


@pytest.fixture(scope="module")
def bundled() -> Catalog:
    return load_catalog()


def _projects(catalog: Catalog) -> list[Project]:
    return list(catalog.projects.values())


def test_there_are_enough_projects_and_the_named_ones_exist(bundled: Catalog) -> None:
    named = {
        "embedding-search",
        "logreg-scratch",
        "pca-compression",
        "micrograd",
        "mlp-backprop",
        "bigram-lm",
        "tiny-gpt",
        "cnn-classifier",
        "diffusion-2d",
        "vae-mnist",
    }
    assert named <= set(bundled.projects)


def test_every_project_prerequisite_is_a_topic(bundled: Catalog) -> None:
    for project in _projects(bundled):
        assert project.prerequisites, project.id
        missing = set(project.prerequisites) - set(bundled.topics)
        assert not missing, (project.id, missing)


def test_project_ids_never_reuse_a_topic_id(bundled: Catalog) -> None:
    assert not set(bundled.projects) & set(bundled.topics)


def test_every_project_follows_a_free_resource_that_exists(bundled: Catalog) -> None:
    """A project must never be the reason to spend money: its follow-along material is free."""
    for project in _projects(bundled):
        resource = bundled.resources.get(project.follow.resource)
        assert resource is not None, project.id
        assert resource.is_free, (project.id, resource.id)


def test_every_deliverable_is_checkable(bundled: Catalog) -> None:
    for project in _projects(bundled):
        assert CHECKABLE.search(project.deliverable), project.id


def test_project_hours_are_plausible(bundled: Catalog) -> None:
    """A project is a few evenings to two weeks of study, never less than its slowest topic."""
    for project in _projects(bundled):
        assert 3 <= project.hours <= 20, project.id
        longest = max(bundled.topics[t].hours.practical for t in project.prerequisites)
        assert project.hours >= longest, project.id


def test_every_goal_names_projects_that_exist(bundled: Catalog) -> None:
    for goal in bundled.goals.values():
        assert goal.projects, goal.id
        assert set(goal.projects) <= set(bundled.projects), goal.id


def test_every_project_belongs_to_some_goal(bundled: Catalog) -> None:
    used = {p for goal in bundled.goals.values() for p in goal.projects}
    assert set(bundled.projects) - used == set()


def test_research_goal_plans_at_rigorous_depth(bundled: Catalog) -> None:
    assert bundled.goals["research"].depth is Depth.RIGOROUS
    assert all(g.depth is None for gid, g in bundled.goals.items() if gid != "research")


def test_the_llm_goal_reaches_bayes_theorem_and_lists_attention_first(bundled: Catalog) -> None:
    llm = bundled.goals["llm"]
    assert llm.targets[0] == "attention"
    graph = {t.id: list(t.prerequisites_at(Depth.PRACTICAL)) for t in bundled.topics.values()}
    assert "bayes-theorem" in closure(graph, llm.targets)


def test_every_choice_names_known_topics_and_goals(bundled: Catalog) -> None:
    for choice in bundled.choices.values():
        assert set(choice.topics) <= set(bundled.topics), choice.id
        assert set(choice.goals) <= set(bundled.goals), choice.id
        assert choice.topics or choice.budget, choice.id


@pytest.mark.parametrize("depth", list(Depth))
@pytest.mark.parametrize("goal", ["general", "deep-learning", "llm", "vision", "research"])
def test_every_plan_answers_the_questions_learners_ask_first(
    bundled: Catalog, goal: str, depth: Depth
) -> None:
    questions = [c.question.lower() for c in bundled.choices.values() if c.applies_to(goal, depth)]
    for needle in ("proof", "multivariable calculus", "bayesian", "buy", "coding"):
        assert sum(needle in q for q in questions) == 1, (goal, depth.value, needle)
    budget = [c for c in bundled.choices.values() if c.budget and c.applies_to(goal, depth)]
    assert len(budget) == 1


def test_the_proofs_answer_differs_by_depth(bundled: Catalog) -> None:
    answers = {
        depth: next(
            c.answer
            for c in bundled.choices.values()
            if "proof" in c.question.lower() and c.applies_to("llm", depth)
        )
        for depth in Depth
    }
    assert answers[Depth.PRACTICAL] != answers[Depth.RIGOROUS]
    assert "--depth rigorous" in answers[Depth.PRACTICAL]


@pytest.mark.parametrize("depth", list(Depth))
def test_every_goal_project_is_reachable_in_that_goal_plan(bundled: Catalog, depth: Depth) -> None:
    """A project is scheduled once its prerequisites are done, so a goal's plan must contain
    them: every prerequisite that applies at the depth lies in the closure of the targets."""
    graph = {t.id: list(t.prerequisites_at(depth)) for t in bundled.topics.values()}
    for goal in bundled.goals.values():
        planned = closure(graph, goal.targets)
        for project_id in goal.projects:
            needed = {r.topic for r in bundled.projects[project_id].requires if r.applies_at(depth)}
            assert needed <= planned, (goal.id, project_id, needed - planned)
