"""README's two set-up commands are the ones CI and users run."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
TEST_COMMAND = "python -m pip install '.[test]' && python -m pytest"


def test_readme_shows_the_main_job_and_the_test_command() -> None:
    assert "python3 -m pip install . && mathplan plan --months 6 --budget 500" in README
    assert TEST_COMMAND in README


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert any(line.strip() == TEST_COMMAND for line in ci.splitlines())


def test_readme_screens_and_reference_match_the_code() -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "readme.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr + result.stdout
