"""Tab completion as the shells ask for it: Click's environment variables, in a real process."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tomllib
import zoneinfo
from pathlib import Path

import pytest

from mathplan.catalog import bundled_data_dir


def script() -> str:
    return str(Path(sys.executable).parent / "mathplan")


def env_for(home: Path) -> dict[str, str]:
    env = {**os.environ, "MATHPLAN_HOME": str(home), "MATHPLAN_TODAY": "2026-11-25"}
    for key in [k for k in env if k.startswith("_MATHPLAN") or k.startswith("_TYPER")]:
        env.pop(key)
    return env


def bash_complete(home: Path, line: str) -> list[str]:
    """What bash offers after ``line`` (the last word is the one being completed)."""
    words = line.split(" ")
    env = {
        **env_for(home),
        "_MATHPLAN_COMPLETE": "complete_bash",
        "COMP_WORDS": line,
        "COMP_CWORD": str(len(words) - 1),
    }
    result = subprocess.run([script()], env=env, capture_output=True, text=True, check=True)
    return result.stdout.split()


def zsh_complete(home: Path, line: str) -> list[str]:
    env = {**env_for(home), "_MATHPLAN_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": line}
    result = subprocess.run([script()], env=env, capture_output=True, text=True, check=True)
    return re.findall(r'"([^":]+)":', result.stdout)


def catalog_ids(file: str, table: str) -> list[str]:
    with open(bundled_data_dir() / file, "rb") as handle:
        return [e["id"] for e in tomllib.load(handle)[table]]


@pytest.fixture(scope="module")
def planned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("home")
    subprocess.run(
        [script(), "plan", "--months", "6", "--goal", "llm"],
        env=env_for(home),
        capture_output=True,
        check=True,
    )
    return home


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("mathplan plan --depth ", ["practical", "rigorous"]),
        ("mathplan topics --depth r", ["rigorous"]),
        ("mathplan export --format ", ["json", "markdown", "ics"]),
        ("mathplan review vectors --rating ", ["again", "hard", "good", "easy"]),
    ],
)
def test_fixed_option_values_complete(planned: Path, line: str, expected: list[str]) -> None:
    assert bash_complete(planned, line) == expected


def test_goals_and_resources_complete_from_the_catalog(planned: Path) -> None:
    assert bash_complete(planned, "mathplan plan --goal ") == catalog_ids("goals.toml", "goal")
    owned = bash_complete(planned, "mathplan plan --own strang")
    assert owned and owned == [
        r for r in catalog_ids("resources.toml", "resource") if r.startswith("strang")
    ]


def test_time_zones_complete(planned: Path) -> None:
    offered = bash_complete(planned, "mathplan export --tz Europe/Be")
    assert "Europe/Berlin" in offered
    assert offered == sorted(z for z in zoneinfo.available_timezones() if z.startswith("Europe/Be"))


def test_know_and_drop_complete_topic_ids(planned: Path) -> None:
    assert "svd" in bash_complete(planned, "mathplan plan --know sv")
    assert "svd" in zsh_complete(planned, "mathplan replan --drop sv")


def done_says(home: Path, name: str) -> set[str]:
    """The topics ``done NAME`` resolves to (one) or weighs (ambiguous); run on a scratch copy."""
    result = subprocess.run(
        [script(), "why", name], env=env_for(home), capture_output=True, text=True, check=False
    )
    if result.returncode == 0:
        found = re.search(r"\[([a-z0-9-]+)\]", result.stdout)
        assert found
        return {found.group(1)}
    ambiguous = re.search(r"did you mean (.*)\?", result.stderr)
    if "ambiguous" in result.stderr and ambiguous:
        return set(ambiguous.group(1).split(", "))
    return set()


@pytest.mark.parametrize("prefix", ["vec", "sv", "matrix-m", "singular", "zz"])
def test_completion_offers_exactly_what_topic_names_resolve_to(planned: Path, prefix: str) -> None:
    offered = set(bash_complete(planned, f"mathplan why {prefix}"))
    assert offered == done_says(planned, prefix)


def test_done_vec_is_ambiguous_and_completion_offers_both(planned: Path) -> None:
    done = subprocess.run(
        [script(), "done", "vec"], env=env_for(planned), capture_output=True, text=True
    )
    assert done.returncode == 2 and "norms, vectors" in done.stderr
    assert {"norms", "vectors"} <= set(bash_complete(planned, "mathplan done vec"))


@pytest.mark.parametrize(
    ("shell", "marker"),
    [("bash", "complete -o"), ("zsh", "#compdef mathplan"), ("fish", "complete --command")],
)
def test_show_completion_prints_the_named_shells_script(shell: str, marker: str) -> None:
    result = subprocess.run(
        [script(), "--show-completion", shell], capture_output=True, text=True, check=True
    )
    assert marker in result.stdout
    others = {"bash": "complete -o", "zsh": "#compdef", "fish": "complete --command"}
    assert all(m not in result.stdout for s, m in others.items() if s != shell)


def test_show_completion_rejects_an_unknown_shell() -> None:
    result = subprocess.run([script(), "--show-completion", "tcsh"], capture_output=True, text=True)
    assert result.returncode == 2 and "'tcsh' is not a shell" in result.stderr
