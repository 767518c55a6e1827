"""The browsing commands' cache: same answers as without it, never stale, never a failure."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mathplan import catalog_cache

BROWSING = [
    ["topics", "--json"],
    ["topics", "--depth", "rigorous", "--json"],
    ["resources", "--json"],
    ["goals", "--json"],
    ["why", "svd", "--json"],
]


def script() -> str:
    return str(Path(sys.executable).parent / "mathplan")


def run(
    home: Path, *args: str, python_flags: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MATHPLAN_HOME": str(home), "MATHPLAN_TODAY": "2026-11-25"}
    command = [sys.executable, *python_flags, "-m", "mathplan", *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, check=False)


@pytest.fixture
def planned(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    assert run(home, "plan", "--months", "2").returncode == 0
    return home


def answers(home: Path, extra: tuple[str, ...] = ()) -> list[str]:
    out = []
    for args in BROWSING:
        result = run(home, *args, *extra)
        assert result.returncode == 0, result.stderr
        out.append(result.stdout)
    return out


def test_a_cached_answer_equals_a_fresh_one(planned: Path) -> None:
    fresh = answers(planned)  # the first run builds the cache
    assert sorted(p.name for p in (planned / "cache").iterdir()) == [
        "goals.json",
        "projects.json",
        "resources.json",
        "topics-practical.json",
        "topics-rigorous.json",
        "why.json",
    ]
    assert answers(planned) == fresh
    for path in (planned / "cache").iterdir():
        path.unlink()
    assert answers(planned) == fresh


def test_a_cache_hit_imports_neither_pydantic_nor_tomllib(planned: Path) -> None:
    run(planned, "topics", "--json")
    for args in (["topics"], ["why", "svd"], ["resources"], ["goals"]):
        result = run(planned, *args, python_flags=("-X", "importtime"))
        assert result.returncode == 0
        imported = {line.split("|")[-1].strip() for line in result.stderr.splitlines()}
        assert "pydantic" not in imported and "tomllib" not in imported, args


GOAL = """
[[goal]]
id = "mine"
title = "{title}"
summary = "A goal of my own."
targets = ["svd"]
"""


def test_changing_a_catalog_file_is_seen_at_once(planned: Path, tmp_path: Path) -> None:
    mine = tmp_path / "mine.toml"
    for title in ("First title", "Second title", "First title"):
        mine.write_text(GOAL.format(title=title))
        result = run(planned, "goals", "--json", "--catalog", str(mine))
        assert result.returncode == 0, result.stderr
        goals = {g["id"]: g["title"] for g in json.loads(result.stdout)}
        assert goals["mine"] == title
    assert "mine" not in run(planned, "goals", "--json").stdout


@pytest.mark.parametrize("damage", ["garbage", "other-key", "directory", "empty"])
def test_a_damaged_cache_is_ignored_and_rebuilt(planned: Path, damage: str) -> None:
    fresh = answers(planned)
    for path in (planned / "cache").iterdir():
        if damage == "garbage":
            path.write_bytes(b"\x00\xff not json")
        elif damage == "other-key":
            path.write_text(json.dumps({"key": "0" * 40, "data": []}))
        elif damage == "empty":
            path.write_text("")
        else:
            path.unlink()
            path.mkdir()
    assert answers(planned) == fresh


def test_an_unwritable_cache_place_costs_only_speed(planned: Path) -> None:
    fresh = answers(planned)
    for path in (planned / "cache").iterdir():
        path.unlink()
    (planned / "cache").rmdir()
    (planned / "cache").write_text("a file where the cache folder would be")
    assert answers(planned) == fresh


def test_browsing_without_a_plan_creates_nothing(tmp_path: Path) -> None:
    home = tmp_path / "nothing"
    assert run(home, "topics", "--json").returncode == 0
    assert not home.exists()


def test_the_key_covers_version_catalog_bytes_and_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mine = tmp_path / "mine.toml"
    mine.write_text("# one\n")
    first = catalog_cache.key([mine])
    mine.write_text("# two\n")
    assert catalog_cache.key([mine]) != first
    monkeypatch.setattr(catalog_cache, "__version__", "0.0.0-other")
    assert catalog_cache.key([mine]) != catalog_cache.key([]) != first
    assert "browse.py" in catalog_cache.CODE and "models.py" in catalog_cache.CODE
