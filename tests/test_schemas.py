"""Every --json document validates against its published JSON Schema, from real command runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

FOLDER = Path(__file__).resolve().parents[1] / "src" / "mathplan" / "json_schemas"
ROOT = Path(__file__).resolve().parents[1]


def schema(name: str) -> Draft202012Validator:
    document = json.loads((FOLDER / f"{name}.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(document)
    return Draft202012Validator(document)


def valid(name: str, document: Any) -> None:
    errors = sorted(schema(name).iter_errors(document), key=lambda e: list(e.path))
    assert not errors, f"{name}: " + "; ".join(
        f"{'/'.join(map(str, e.path))}: {e.message}" for e in errors[:5]
    )


class Learner:
    """A scratch home and a clock; runs the real console script."""

    def __init__(self, home: Path) -> None:
        self.home = home

    def run(
        self, *args: str, today: str = "2026-11-25", stdin: str = ""
    ) -> subprocess.CompletedProcess[str]:
        env = {**os.environ, "MATHPLAN_HOME": str(self.home), "MATHPLAN_TODAY": today}
        script = str(Path(sys.executable).parent / "mathplan")
        return subprocess.run(
            [script, *args], env=env, input=stdin, capture_output=True, text=True, check=False
        )

    def json(self, *args: str, today: str = "2026-11-25", stdin: str = "") -> Any:
        result = self.run(*args, today=today, stdin=stdin)
        assert result.returncode in (0, 1), result.stderr
        return json.loads(result.stdout)


def test_the_schema_files_match_their_definitions() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "schemas.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_schema_lists_and_prints_them(tmp_path: Path) -> None:
    learner = Learner(tmp_path / "home")
    names = learner.run("schema").stdout.split()
    assert names == sorted(p.name.removesuffix(".schema.json") for p in FOLDER.glob("*.json"))
    assert {"plan", "next", "status", "done", "log", "topics", "resources", "goals", "why"} <= set(
        names
    )
    assert learner.json("schema", "plan")["title"] == "mathplan plan"
    bad = learner.run("schema", "nope")
    assert bad.returncode == 2 and "plan" in bad.stderr


@pytest.fixture(scope="module")
def learner(tmp_path_factory: pytest.TempPathFactory) -> Learner:
    return Learner(tmp_path_factory.mktemp("schemas") / "home")


def test_every_document_of_a_learners_journey_validates(learner: Learner) -> None:
    valid(
        "plan", learner.json("plan", "--months", "6", "--budget", "500", "--goal", "llm", "--json")
    )
    valid("plan", learner.json("show", "--json"))
    valid("next", learner.json("next", "--json"))
    valid("done", learner.json("done", "vectors", "--json"))
    valid("done", learner.json("done", "vectors", "--json"))  # already done
    valid("know", learner.json("know", "dot-product", "--json"))
    valid(
        "review",
        learner.json("review", "vectors", "--rating", "hard", "--json", today="2026-12-10"),
    )
    valid("status", learner.json("status", "--json", today="2026-12-20"))
    valid("assess", learner.json("assess", "--json", stdin="y\nn\n"))
    valid("plan", learner.json("replan", "--json", today="2026-12-20"))
    valid("export", learner.json("export", "--format", "json"))
    valid("log", learner.json("log", "--json"))
    valid("undo", learner.json("undo", "--json"))
    valid("doctor", learner.json("doctor", "--json"))
    valid("catalog-validate", learner.json("catalog", "validate", "/dev/null", "--json"))


def test_the_nothing_left_answer_of_next_validates(tmp_path: Path) -> None:
    learner = Learner(tmp_path / "home")
    learner.json("plan", "--months", "1", "--hours-per-week", "0.25", "--json")
    valid("next", learner.json("next", "--json"))


def test_catalog_documents_validate(learner: Learner) -> None:
    for depth in ("practical", "rigorous"):
        valid("topics", learner.json("topics", "--depth", depth, "--json"))
    valid("resources", learner.json("resources", "--json"))
    valid("goals", learner.json("goals", "--json"))
    for topic in learner.json("topics", "--json")[::7]:
        valid("why", learner.json("why", topic["id"], "--json"))


@pytest.mark.parametrize(
    "args",
    [
        ["done", "nonsense", "--json"],
        ["plan", "--months", "99", "--json"],
        ["schema", "x", "--json"],
    ],
)
def test_errors_validate(learner: Learner, args: list[str]) -> None:
    result = learner.run(*args)
    assert result.returncode == 2
    valid("error", json.loads(result.stderr))


def test_a_field_the_schema_does_not_know_fails_validation() -> None:
    with pytest.raises(AssertionError, match="Additional properties"):
        valid(
            "review",
            {"topic": "x", "rating": "good", "next_review": "2026-12-01", "days": 3, "new": 1},
        )
