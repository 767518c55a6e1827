"""Real processes: the installed console script and ``python -m mathplan``."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import mathplan
from mathplan.catalog import bundled_data_dir


def script() -> str:
    found = shutil.which("mathplan", path=str(Path(sys.executable).parent))
    assert found, "the mathplan console script is not installed next to this interpreter"
    return found


def run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "MATHPLAN_HOME": str(tmp_path / "home"), "MATHPLAN_TODAY": "2026-11-25"}
    env.pop("NO_COLOR", None)
    return subprocess.run(
        args, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60, check=False
    )


def test_console_script_makes_a_plan_and_answers_next(tmp_path: Path) -> None:
    made = run(tmp_path, script(), "plan", "--months", "6", "--budget", "500")
    assert made.returncode == 0, made.stderr
    assert "Month by month" in made.stdout
    nxt = run(tmp_path, script(), "next", "--json")
    assert nxt.returncode == 0, nxt.stderr
    assert json.loads(nxt.stdout)["topic"] == "vectors"


def test_python_dash_m_reports_errors_without_traceback(tmp_path: Path) -> None:
    result = run(tmp_path, sys.executable, "-m", "mathplan", "done", "vectors")
    assert result.returncode == 1
    assert "no plan yet" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.skipif(
    "site-packages" not in mathplan.__file__,
    reason="only meaningful for a wheel install; .ci/run installs one",
)
def test_installed_package_carries_its_data() -> None:
    data = bundled_data_dir()
    assert Path(mathplan.__file__).parent in data.parents
    assert {p.name for p in data.glob("*.toml")} >= {"topics.toml", "resources.toml", "goals.toml"}


def test_the_lazy_group_offers_every_command_of_the_app() -> None:
    import typer

    from mathplan.cli import app, lazy_group

    full = typer.main.get_command(app)
    lazy = lazy_group()
    assert list(lazy.commands) == list(full.commands)  # type: ignore[attr-defined]
    for name in full.commands:  # type: ignore[attr-defined]
        built = lazy.commands[name]
        assert built.name == name
        assert [p.name for p in built.params] == [p.name for p in full.commands[name].params]  # type: ignore[attr-defined]


@pytest.mark.parametrize("command", [["next"], ["done", "vectors"], ["status"], ["show"]])
def test_start_up_imports_nothing_the_command_does_not_use(
    tmp_path: Path, command: list[str]
) -> None:
    made = run(tmp_path, script(), "plan")
    assert made.returncode == 0
    probe = (
        "import sys; from mathplan.cli import main\n"
        f"try:\n    main({command!r})\nexcept SystemExit:\n    pass\n"
        "heavy = ['pydantic', 'dateutil', 'tomllib', 'fsrs', 'icalendar', 'mathplan.catalog',"
        " 'mathplan.models', 'mathplan.planner', 'rich.table']\n"
        "print([m for m in heavy if m in sys.modules])"
    )
    result = run(tmp_path, sys.executable, "-c", probe)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"


def test_importing_the_cli_imports_no_heavy_module(tmp_path: Path) -> None:
    probe = (
        "import sys, mathplan.cli\n"
        "heavy = ['pydantic', 'dateutil', 'tomllib', 'fsrs', 'icalendar', 'sqlite3',"
        " 'mathplan.catalog', 'mathplan.planner', 'mathplan.render']\n"
        "print([m for m in heavy if m in sys.modules])"
    )
    result = run(tmp_path, sys.executable, "-c", probe)
    assert result.stdout.strip() == "[]", result.stderr
