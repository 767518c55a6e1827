"""``mathplan exercise``: real processes, from writing an exercise to ``done`` with evidence.

Every command runs as ``python -m mathplan`` in a scratch folder with its own MATHPLAN_HOME; the
checks themselves run in a further subprocess (the runner), so these tests exercise exactly what
a learner's terminal does.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOLUTIONS = ROOT / "tests" / "exercise_solutions"
TOPIC = "vectors"
CHECKS = 6  # in data/exercises/vectors/exercise.toml


def run(
    tmp_path: Path, *args: str, python: str = sys.executable, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "MATHPLAN_HOME": str(tmp_path / "home"),
        "MATHPLAN_TODAY": "2026-11-25",
        "COLUMNS": "200",
        "NO_COLOR": "1",
    }
    return subprocess.run(
        [python, "-m", "mathplan", *args],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def planned(tmp_path: Path) -> Path:
    """A learner with a plan and the vectors exercise written out; the exercise folder."""
    made = run(tmp_path, "plan", "--months", "6", "--budget", "500", "--goal", "llm")
    assert made.returncode == 0, made.stderr
    wrote = run(tmp_path, "exercise", TOPIC)
    assert wrote.returncode == 0, wrote.stderr
    return tmp_path / "exercises" / TOPIC


def learner_code(folder: Path, code: str) -> None:
    (folder / "exercise.py").write_text(code, encoding="utf-8")


def solution(name: str = "solution.py", topic: str = TOPIC) -> str:
    return (SOLUTIONS / topic / name).read_text(encoding="utf-8")


def check_json(tmp_path: Path, *extra: str) -> tuple[int, dict[str, object], str]:
    result = run(tmp_path, "exercise", "check", TOPIC, "--json", *extra)
    document = json.loads(result.stdout) if result.stdout.strip() else {}
    return result.returncode, document, result.stderr


def exercise_events(tmp_path: Path) -> list[dict[str, object]]:
    log = run(tmp_path, "log", "--json")
    assert log.returncode == 0, log.stderr
    return [e for e in json.loads(log.stdout) if str(e["kind"]).startswith("exercise-")]


def tree(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


# --- the learner's path ----------------------------------------------------------------------


def test_from_starter_to_passing_to_done_to_undo(tmp_path: Path) -> None:
    folder = planned(tmp_path)
    assert sorted(p.name for p in folder.iterdir()) == ["README.txt", "checks.py", "exercise.py"]
    assert "mathplan exercise check vectors" in (folder / "README.txt").read_text()

    starter = run(tmp_path, "exercise", "check", TOPIC)
    assert starter.returncode == 1
    assert starter.stdout.count("not implemented yet") >= CHECKS
    assert "Traceback" not in starter.stdout + starter.stderr
    code, document, _ = check_json(tmp_path)
    assert code == 1
    assert [c["outcome"] for c in document["checks"]] == ["todo"] * CHECKS  # type: ignore[union-attr]

    learner_code(folder, solution())
    passed = run(tmp_path, "exercise", "check", TOPIC)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert f"{CHECKS}/{CHECKS} checks pass" in passed.stdout
    assert "✓" in passed.stdout and "✗" not in passed.stdout
    events = exercise_events(tmp_path)
    assert [e["kind"] for e in events] == ["exercise-failed", "exercise-failed", "exercise-passed"]
    assert events[-1]["passed"] == CHECKS and events[-1]["failed"] == 0
    assert events[-1]["total"] == CHECKS
    log = run(tmp_path, "log").stdout
    assert "exercise-passed" in log and f"{CHECKS}/{CHECKS} checks passed" in log

    done = run(tmp_path, "done", TOPIC)
    assert done.returncode == 0, done.stderr
    assert f"passed exercise: {CHECKS}/{CHECKS} checks" in done.stderr
    status = json.loads(run(tmp_path, "status", "--json").stdout)
    assert status["done_with_exercise"] == [TOPIC]
    assert status["done_self_reported"] == []
    assert "Done with a passed exercise: 1 of 1 (vectors)" in run(tmp_path, "status").stdout
    done_json = json.loads(run(tmp_path, "done", TOPIC, "--json").stdout)
    assert done_json["exercise"] == {"passed": CHECKS, "total": CHECKS}

    assert run(tmp_path, "undo").returncode == 0  # the done
    undone = run(tmp_path, "undo")  # the passed result
    assert undone.returncode == 0
    assert "exercise result for vectors" in undone.stderr
    states = json.loads(run(tmp_path, "exercise", "list", "--json").stdout)
    assert {"topic": TOPIC, "title": states[0]["title"], "checks": CHECKS, "state": "failed"} in (
        states
    )
    again = run(tmp_path, "done", TOPIC)
    assert "passed exercise" not in again.stderr
    status = json.loads(run(tmp_path, "status", "--json").stdout)
    assert status["done_with_exercise"] == [] and status["done_self_reported"] == [TOPIC]


def test_each_wrong_solution_fails_through_the_cli_with_a_message_and_a_hint(
    tmp_path: Path,
) -> None:
    folder = planned(tmp_path)
    learner_code(folder, solution("wrong_sum_without_sqrt.py"))
    result = run(tmp_path, "exercise", "check", TOPIC)
    assert result.returncode == 1
    assert "First failure (length of known vectors): length([3.0, 4.0]) returned 25.0" in (
        result.stdout
    )
    assert "Hint: The length is the square root" in result.stdout
    assert exercise_events(tmp_path)[-1]["kind"] == "exercise-failed"


def test_next_names_the_exercise_command(tmp_path: Path) -> None:
    assert run(tmp_path, "plan", "--goal", "llm").returncode == 0
    nxt = run(tmp_path, "next", "--json")
    assert json.loads(nxt.stdout)["exercise_command"] == "mathplan exercise vectors"
    assert "Runnable exercise: mathplan exercise vectors" in run(tmp_path, "next").stdout


def test_list_shows_new_started_failed_and_passed(tmp_path: Path) -> None:
    assert run(tmp_path, "plan").returncode == 0

    def state(topic: str) -> str:
        listing = json.loads(run(tmp_path, "exercise", "list", "--json").stdout)
        return str(next(e["state"] for e in listing if e["topic"] == topic))

    assert state(TOPIC) == "new"
    assert run(tmp_path, "exercise", TOPIC).returncode == 0
    assert state(TOPIC) == "started"
    run(tmp_path, "exercise", "check", TOPIC)
    assert state(TOPIC) == "failed"
    learner_code(tmp_path / "exercises" / TOPIC, solution())
    run(tmp_path, "exercise", "check", TOPIC)
    assert state(TOPIC) == "passed"
    table = run(tmp_path, "exercise", "list").stdout
    assert "passed" in table and "dot-product" in table


def test_write_never_overwrites_without_force(tmp_path: Path) -> None:
    folder = planned(tmp_path)
    learner_code(folder, "# my work\n")
    again = run(tmp_path, "exercise", TOPIC)
    assert again.returncode == 1
    assert "already exists" in again.stderr and "--force" in again.stderr
    assert (folder / "exercise.py").read_text() == "# my work\n"
    forced = run(tmp_path, "exercise", TOPIC, "--force")
    assert forced.returncode == 0
    assert "not implemented yet" in (folder / "exercise.py").read_text()


def test_write_to_another_folder_prints_the_next_command(tmp_path: Path) -> None:
    result = run(tmp_path, "exercise", "svd", "--dir", "study")
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "study" / "svd" / "exercise.py").is_file()
    assert result.stdout.strip() == "mathplan exercise check svd --dir study"
    assert str(tmp_path / "study" / "svd") in result.stderr


def test_unknown_topics_and_topics_without_an_exercise_are_one_line(tmp_path: Path) -> None:
    from mathplan.catalog import load_catalog

    catalog = load_catalog()
    without = next(t for t in catalog.topics if t not in catalog.exercises)
    for args in (["exercise", "zzz-nothing"], ["exercise", "check", "zzz-nothing"]):
        result = run(tmp_path, *args)
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1 and "mathplan exercise list" in result.stderr
    result = run(tmp_path, "exercise", without)
    assert result.returncode == 2
    assert f"{without} has no runnable exercise yet" in result.stderr
    assert "mathplan exercise list" in result.stderr
    prefix = run(tmp_path, "exercise", "eigen", "--dir", "x")
    assert prefix.returncode == 0, prefix.stderr
    assert (tmp_path / "x" / "eigenvalues-eigenvectors" / "exercise.py").is_file()


def test_check_before_writing_and_bad_options(tmp_path: Path) -> None:
    missing = run(tmp_path, "exercise", "check", TOPIC)
    assert missing.returncode == 1
    assert "mathplan exercise vectors" in missing.stderr
    run(tmp_path, "exercise", TOPIC)
    bad_python = run(tmp_path, "exercise", "check", TOPIC, "--python", "/no/such/python")
    assert bad_python.returncode == 2 and "--python" in bad_python.stderr
    bad_timeout = run(tmp_path, "exercise", "check", TOPIC, "--timeout", "0")
    assert bad_timeout.returncode == 2 and "--timeout" in bad_timeout.stderr


def test_without_a_plan_the_check_runs_but_records_nothing(tmp_path: Path) -> None:
    run(tmp_path, "exercise", TOPIC)
    learner_code(tmp_path / "exercises" / TOPIC, solution())
    result = run(tmp_path, "exercise", "check", TOPIC)
    assert result.returncode == 0
    assert "Not recorded: no plan yet" in result.stderr
    assert not (tmp_path / "home").exists()


# --- learner code that misbehaves ------------------------------------------------------------


def outside(tmp_path: Path) -> dict[str, bytes]:
    """Everything under tmp_path except the exercise folder and the database."""
    return {
        k: v
        for k, v in tree(tmp_path).items()
        if not k.startswith(("exercises" + os.sep, "home" + os.sep))
    }


def test_a_hanging_solution_is_stopped_and_counts_as_failed(tmp_path: Path) -> None:
    folder = planned(tmp_path)
    learner_code(
        folder,
        solution().replace(
            "def unit_vector(v: np.ndarray) -> np.ndarray:\n",
            "def unit_vector(v: np.ndarray) -> np.ndarray:\n    while True:\n        pass\n",
        ),
    )
    before = outside(tmp_path)
    started = time.monotonic()
    result = run(tmp_path, "exercise", "check", TOPIC, "--timeout", "4")
    assert time.monotonic() - started < 30
    assert result.returncode == 1
    assert "did not finish within 4 s" in result.stdout
    assert "2/6 checks pass" in result.stdout  # the two checks before the hanging one
    assert "not run" in result.stdout
    last = exercise_events(tmp_path)[-1]
    assert (last["kind"], last["passed"], last["failed"]) == ("exercise-failed", 2, 4)
    assert outside(tmp_path) == before


def test_a_hang_while_importing_is_stopped(tmp_path: Path) -> None:
    folder = planned(tmp_path)
    learner_code(folder, "import time\nwhile True:\n    time.sleep(0.1)\n")
    result = run(tmp_path, "exercise", "check", TOPIC, "--timeout", "3")
    assert result.returncode == 1
    assert "importing exercise.py: did not finish within 3 s" in result.stdout


def test_a_raising_solution_is_reported_without_a_traceback(tmp_path: Path) -> None:
    folder = planned(tmp_path)
    learner_code(
        folder,
        "import numpy as np\n\n\ndef length(v):\n    return 1 / 0\n\n\n"
        "def unit_vector(v):\n    raise KeyError('x')\n\n\n"
        "def linear_combination(c, vs):\n    raise NotImplementedError('not implemented yet')\n",
    )
    result = run(tmp_path, "exercise", "check", TOPIC)
    assert result.returncode == 1
    assert "ZeroDivisionError: division by zero (exercise.py, line 5)" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    _, document, _ = check_json(tmp_path)
    outcomes = [c["outcome"] for c in document["checks"]]  # type: ignore[union-attr]
    assert outcomes == ["error", "error", "error", "error", "todo", "error"]


def test_a_process_that_exits_during_a_check_fails_that_check(tmp_path: Path) -> None:
    folder = planned(tmp_path)
    learner_code(
        folder,
        solution().replace(
            "def unit_vector(v: np.ndarray) -> np.ndarray:\n",
            "def unit_vector(v: np.ndarray) -> np.ndarray:\n    import os\n    os._exit(3)\n",
        ),
    )
    result = run(tmp_path, "exercise", "check", TOPIC)
    assert result.returncode == 1
    assert "the Python process ended during this check (exit code 3)" in result.stdout
    last = exercise_events(tmp_path)[-1]
    assert (last["kind"], last["passed"], last["failed"]) == ("exercise-failed", 2, 4)


def test_a_file_that_does_not_import_fails_every_check(tmp_path: Path) -> None:
    folder = planned(tmp_path)
    learner_code(folder, "def length(v:\n")
    result = run(tmp_path, "exercise", "check", TOPIC)
    assert result.returncode == 1
    assert "exercise.py could not be imported: SyntaxError" in result.stdout
    assert exercise_events(tmp_path)[-1]["passed"] == 0


def test_megabytes_of_output_are_capped(tmp_path: Path) -> None:
    folder = planned(tmp_path)
    learner_code(
        folder,
        "import sys\nfor _ in range(5000):\n    print('x' * 999)\n"
        "sys.stdout.flush()\nimport os\nos.write(1, b'y' * 3_000_000)\n" + solution(),
    )
    result = run(tmp_path, "exercise", "check", TOPIC)
    assert result.returncode == 0, result.stdout[-2000:]
    assert len(result.stdout) < 20_000
    assert "MB; the first 12 lines:" in result.stdout
    assert exercise_events(tmp_path)[-1]["kind"] == "exercise-passed"


def test_deleting_files_in_its_folder_does_not_count_and_touches_nothing(tmp_path: Path) -> None:
    folder = planned(tmp_path)
    learner_code(
        folder,
        "from pathlib import Path\n"
        "for p in Path(__file__).resolve().parent.iterdir():\n"
        "    if p.name != 'exercise.py':\n        p.unlink()\n" + solution(),
    )
    mine = tree(folder)
    before = outside(tmp_path)
    result = run(tmp_path, "exercise", "check", TOPIC)
    assert result.returncode == 1
    assert "deleted or changed files in its folder" in result.stderr
    assert "checks.py" in result.stderr
    assert result.stderr.count("\n") == 1
    assert tree(folder) == mine
    assert outside(tmp_path) == before
    assert exercise_events(tmp_path) == []


def test_editing_or_deleting_the_learners_checks_cannot_fake_a_pass(tmp_path: Path) -> None:
    folder = planned(tmp_path)
    names = [line.split("(")[0][4:] for line in (folder / "checks.py").read_text().splitlines()]
    fake = "".join(f"def {n}(ex):\n    pass\n" for n in names if n.startswith("check_"))
    (folder / "checks.py").write_text(fake)
    assert run(tmp_path, "exercise", "check", TOPIC).returncode == 1
    (folder / "checks.py").unlink()
    (folder / "exercise.toml").write_text("title = 'fake'\n")
    result = run(tmp_path, "exercise", "check", TOPIC)
    assert result.returncode == 1
    assert "0/6 checks pass" in result.stdout


def test_network_is_blocked_inside_the_checks(tmp_path: Path) -> None:
    folder = planned(tmp_path)
    learner_code(
        folder,
        solution().replace(
            "def length(v: np.ndarray) -> np.ndarray:\n",
            "def length(v: np.ndarray) -> np.ndarray:\n"
            "    import socket\n    socket.create_connection(('127.0.0.1', 9))\n",
        ),
    )
    result = run(tmp_path, "exercise", "check", TOPIC)
    assert result.returncode == 1
    assert "network access is disabled" in result.stdout


# --- interpreters ------------------------------------------------------------------------------


def test_a_python_without_numpy_gets_the_install_hint(tmp_path: Path) -> None:
    folder = planned(tmp_path)
    learner_code(folder, solution())
    venv = tmp_path / "bare"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    result = run(tmp_path, "exercise", "check", TOPIC, "--python", str(python))
    assert result.returncode == 1
    assert "pip install 'mathplan[exercises]'" in result.stderr
    assert result.stderr.count("\n") == 1
    assert exercise_events(tmp_path) == []


def test_planning_commands_never_import_numpy(tmp_path: Path) -> None:
    assert run(tmp_path, "plan").returncode == 0
    probe = (
        "import sys\nfrom mathplan.cli import main\n"
        "for argv in (['plan', '--months', '3'], ['next'], ['status'], ['done', 'vectors'],"
        " ['exercise', 'list'], ['exercise', 'vectors']):\n"
        "    try:\n        main(argv)\n    except SystemExit:\n        pass\n"
        "print('numpy' in sys.modules)"
    )
    env = {**os.environ, "MATHPLAN_HOME": str(tmp_path / "home"), "MATHPLAN_TODAY": "2026-11-25"}
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "False"
    assert (tmp_path / "exercises" / "vectors" / "exercise.py").is_file()


def test_a_clean_venv_with_the_wheel_and_numpy_runs_the_checks(tmp_path: Path) -> None:
    """The learner's setup: ``pip install 'mathplan[exercises]'`` into a fresh venv."""
    dist = tmp_path / "dist"
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    wheel = next(dist.glob("mathplan-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = str(venv / "bin" / "python")
    installed = subprocess.run(
        [python, "-m", "pip", "install", "-q", f"{wheel}[exercises]"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert installed.returncode == 0, installed.stderr
    home = tmp_path / "learner"
    home.mkdir()
    assert run(home, "plan", python=python).returncode == 0
    assert run(home, "exercise", "pca", python=python).returncode == 0
    starter = run(home, "exercise", "check", "pca", python=python)
    assert starter.returncode == 1 and "not implemented yet" in starter.stdout
    shutil.copy(SOLUTIONS / "pca" / "solution.py", home / "exercises" / "pca" / "exercise.py")
    result = run(home, "exercise", "check", "pca", python=python)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "6/6 checks pass" in result.stdout


def test_a_catalog_file_ships_its_own_exercise(tmp_path: Path) -> None:
    """``--catalog`` users ship exercises the same way: an entry and a folder beside the file."""
    folder = tmp_path / "mine" / "answer"
    folder.mkdir(parents=True)
    (folder / "exercise.toml").write_text(
        'title = "The answer"\nsummary = "Return 42."\n'
        '[[check]]\nname = "check_answer"\nhint = "Return 42."\n'
    )
    (folder / "exercise.py").write_text(
        'def answer() -> int:\n    raise NotImplementedError("not implemented yet: answer")\n'
    )
    (folder / "checks.py").write_text(
        "def check_answer(ex) -> None:\n"
        "    if ex.answer() != 42:\n        raise AssertionError(f'got {ex.answer()}')\n"
    )
    mine = tmp_path / "mine" / "catalog.toml"
    mine.write_text('[[exercise]]\nid = "vectors"\nfolder = "answer"\n')
    wrote = run(tmp_path, "exercise", "vectors", "--catalog", str(mine))
    assert wrote.returncode == 0, wrote.stderr
    learner = tmp_path / "exercises" / "vectors" / "exercise.py"
    assert "answer" in learner.read_text()
    assert run(tmp_path, "exercise", "check", "vectors", "--catalog", str(mine)).returncode == 1
    learner.write_text("def answer() -> int:\n    return 42\n")
    result = run(tmp_path, "exercise", "check", "vectors", "--catalog", str(mine))
    assert result.returncode == 0, result.stdout
    assert "1/1 checks pass" in result.stdout
    assert run(tmp_path, "exercise", "check", "vectors").returncode == 1  # the bundled checks
