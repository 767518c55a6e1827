"""Every bundled runnable exercise is right: its starter, its checks, its hints and its solutions.

For each ``[[exercise]]`` of the bundled catalog the checks are run in-process against the
untouched starter (every check must end in the learner's ``NotImplementedError``), against the
reference solution in ``tests/exercise_solutions/<id>/solution.py`` (every check must pass) and
against each typical mistake ``wrong_*.py`` there (at least one check must fail). A wrong check,
a hint that is missing, or a check that a mistake slips through fails here, not in front of a
learner.
"""

from __future__ import annotations

import ast
import importlib.util
import itertools
import sys
import time
import tomllib
import warnings
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from mathplan.catalog import load_catalog
from mathplan.graph import closure
from mathplan.models import Catalog, Exercise, Priority

SOLUTIONS = Path(__file__).parent / "exercise_solutions"
FILES = {"exercise.toml", "exercise.py", "checks.py"}
GOALS_WITH_EXERCISES = ("deep-learning", "llm", "vision")
MAX_CHECK_SECONDS = 1.0
_module_ids = itertools.count()

CATALOG: Catalog = load_catalog()
EXERCISES: list[Exercise] = sorted(CATALOG.exercises.values(), key=lambda e: e.id)
IDS = [e.id for e in EXERCISES]


def _import(path: Path) -> ModuleType:
    """Import ``path`` under a fresh module name, writing no ``__pycache__`` into data/."""
    name = f"_exercise_under_test_{next(_module_ids)}_{path.stem}"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    before = sys.dont_write_bytecode
    sys.dont_write_bytecode = True
    try:
        spec.loader.exec_module(module)
    finally:
        sys.dont_write_bytecode = before
    return module


def _spec(exercise: Exercise) -> dict[str, Any]:
    with open(Path(exercise.folder) / "exercise.toml", "rb") as f:
        return tomllib.load(f)


def _check_names(exercise: Exercise) -> list[str]:
    return [c["name"] for c in _spec(exercise)["check"]]


def _outcomes(exercise: Exercise, learner: Path) -> Iterator[tuple[str, BaseException | None]]:
    """Each check's name and what it raised (None when it passed), in the order they run."""
    checks = _import(Path(exercise.folder) / "checks.py")
    ex = _import(learner)
    for name in _check_names(exercise):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # overflow in a naive softmax, ...
            try:
                getattr(checks, name)(ex)
            except Exception as err:
                outcome: BaseException | None = err
            else:
                outcome = None
        yield name, outcome


def _raised_in(error: BaseException) -> str:
    """The file of the innermost Python frame that raised ``error``."""
    tb = error.__traceback__
    filename = ""
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        tb = tb.tb_next
    return filename


def _solutions(exercise_id: str) -> Path:
    return SOLUTIONS / exercise_id


@pytest.fixture(params=EXERCISES, ids=IDS)
def exercise(request: pytest.FixtureRequest) -> Exercise:
    return request.param  # type: ignore[no-any-return]


def test_the_bundled_catalog_has_the_exercises() -> None:
    assert len(EXERCISES) >= 22


def test_folder_holds_exactly_the_three_files(exercise: Exercise) -> None:
    folder = Path(exercise.folder)
    assert folder.is_dir(), folder
    names = {p.name for p in folder.iterdir() if p.name != "__pycache__"}
    assert names == FILES, f"{folder}: {sorted(names)}"


def test_exercise_toml_is_well_formed(exercise: Exercise) -> None:
    spec = _spec(exercise)
    assert set(spec) == {"title", "summary", "check"}, sorted(spec)
    for field in ("title", "summary"):
        value = spec[field]
        assert isinstance(value, str) and value.strip() and "\n" not in value, (field, value)
    checks = spec["check"]
    assert 4 <= len(checks) <= 8, f"{exercise.id}: {len(checks)} checks"
    names = [c["name"] for c in checks]
    assert len(set(names)) == len(names), names
    module = _import(Path(exercise.folder) / "checks.py")
    for check in checks:
        assert set(check) == {"name", "hint"}, check
        assert check["name"].startswith("check_"), check["name"]
        assert callable(getattr(module, check["name"], None)), f"checks.py lacks {check['name']}"
        hint = check["hint"]
        assert isinstance(hint, str) and len(hint.strip()) >= 20 and "\n" not in hint, check


def test_every_check_function_is_listed(exercise: Exercise) -> None:
    """A check written but not listed in exercise.toml would never run."""
    module = _import(Path(exercise.folder) / "checks.py")
    defined = {n for n in vars(module) if n.startswith("check_") and callable(vars(module)[n])}
    assert defined == set(_check_names(exercise))


def test_starter_is_signatures_and_docstrings_only(exercise: Exercise) -> None:
    """The starter gives the task, not the answer: every body raises NotImplementedError."""
    tree = ast.parse((Path(exercise.folder) / "exercise.py").read_text(encoding="utf-8"))
    assert ast.get_docstring(tree), "the starter needs a module docstring stating the task"
    functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
    assert functions
    for node in tree.body[1:]:
        assert isinstance(node, ast.Import | ast.ImportFrom | ast.FunctionDef | ast.ClassDef), (
            ast.dump(node)[:80]
        )
    for function in functions:
        assert ast.get_docstring(function), f"{function.name} needs a docstring"
        body = function.body[1:]
        assert len(body) == 1 and isinstance(body[0], ast.Raise), function.name
        raised = body[0].exc
        assert isinstance(raised, ast.Call) and isinstance(raised.func, ast.Name)
        assert raised.func.id == "NotImplementedError"
        message = raised.args[0]
        assert isinstance(message, ast.Constant)
        assert message.value == f"not implemented yet: {function.name}", message.value


def test_starter_fails_every_check_as_not_implemented(exercise: Exercise) -> None:
    starter = Path(exercise.folder) / "exercise.py"
    for name, error in _outcomes(exercise, starter):
        assert isinstance(error, NotImplementedError), f"{name}: {error!r}"
        assert str(error).startswith("not implemented yet"), f"{name}: {error}"
        assert _raised_in(error) == str(starter), f"{name}: raised in {_raised_in(error)}"


class _ForgetToReturn(ast.NodeTransformer):
    """Turns the starter into a learner who wrote every function but never returns a value."""

    def visit_Raise(self, node: ast.Raise) -> ast.Return:
        return ast.Return(value=ast.Constant(value=None))


def test_checks_explain_a_learner_who_forgot_to_return(exercise: Exercise, tmp_path: Path) -> None:
    """The commonest beginner slip gets our one-line explanation, not a TypeError from checks.py."""
    tree = _ForgetToReturn().visit(
        ast.parse((Path(exercise.folder) / "exercise.py").read_text(encoding="utf-8"))
    )
    learner = tmp_path / "exercise.py"
    learner.write_text(ast.unparse(ast.fix_missing_locations(tree)), encoding="utf-8")
    for name, error in _outcomes(exercise, learner):
        assert isinstance(error, AssertionError), f"{name}: {error!r} from {_raised_in(error)}"


def test_reference_solution_passes_every_check_quickly(exercise: Exercise) -> None:
    checks = _import(Path(exercise.folder) / "checks.py")
    ex = _import(_solutions(exercise.id) / "solution.py")
    for name in _check_names(exercise):
        started = time.perf_counter()
        getattr(checks, name)(ex)
        took = time.perf_counter() - started
        assert took < MAX_CHECK_SECONDS, f"{name} took {took:.2f} s"


def test_each_typical_mistake_fails_a_check(exercise: Exercise) -> None:
    wrongs = sorted(_solutions(exercise.id).glob("wrong_*.py"))
    assert len(wrongs) >= 2, f"{exercise.id}: {[w.name for w in wrongs]}"
    for wrong in wrongs:
        failed = [
            (name, error)
            for name, error in _outcomes(exercise, wrong)
            if error is not None and not isinstance(error, NotImplementedError)
        ]
        assert failed, f"{wrong.name} passes every check"
        for name, error in failed:
            # A check explains a failure with an AssertionError; anything else must come from
            # the learner's own code (a shape error in their matmul), never from checks.py.
            assert isinstance(error, AssertionError) or _raised_in(error) == str(wrong), (
                f"{wrong.name}: {name} raised {error!r} from {_raised_in(error)}"
            )


def test_failure_messages_are_one_readable_line(exercise: Exercise) -> None:
    """What the learner reads first: short enough for a terminal summary, never empty."""
    for wrong in sorted(_solutions(exercise.id).glob("wrong_*.py")):
        for name, error in _outcomes(exercise, wrong):
            if isinstance(error, AssertionError):
                message = str(error)
                assert message.strip(), f"{wrong.name}: {name} raised an empty AssertionError"
                assert "\n" not in message and len(message) <= 300, (wrong.name, name, message)


def test_exercise_topic_is_core_on_a_deep_learning_path(exercise: Exercise) -> None:
    graph = {t.id: t.prerequisites for t in CATALOG.topics.values()}
    on_path: set[str] = set()
    for goal in GOALS_WITH_EXERCISES:
        on_path |= closure(graph, CATALOG.goals[goal].targets)
    assert exercise.id in on_path, f"{exercise.id} is on none of {GOALS_WITH_EXERCISES}"
    assert CATALOG.topic(exercise.id).priority is Priority.CORE


def test_every_solution_folder_has_an_exercise() -> None:
    folders = {p.name for p in SOLUTIONS.iterdir() if p.is_dir() and p.name != "__pycache__"}
    assert folders - set(IDS) == set()
    assert set(IDS) - folders == set()
    for folder in folders:
        assert (SOLUTIONS / folder / "solution.py").is_file(), folder
