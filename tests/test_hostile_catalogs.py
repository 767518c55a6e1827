"""Hostile and large catalog files: refused in one clean line each, and loaded in linear time."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import mathplan.catalog as catalog_module
from mathplan.catalog import MAX_CATALOG_BYTES, check_catalog

runner = CliRunner()


def validate(*paths: Path) -> tuple[int, str]:
    """`catalog validate` in a real process (a FIFO must not hang it): exit code and output."""
    done = subprocess.run(
        [sys.executable, "-m", "mathplan", "catalog", "validate", *map(str, paths)],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert "Traceback" not in done.stderr + done.stdout
    return done.returncode, done.stdout + done.stderr


def plan_with(path: Path, home: Path) -> tuple[int, str]:
    env = {**os.environ, "MATHPLAN_HOME": str(home), "MATHPLAN_TODAY": "2026-11-25"}
    done = subprocess.run(
        [sys.executable, "-m", "mathplan", "plan", "--catalog", str(path)],
        capture_output=True, text=True, timeout=60, env=env,
    )  # fmt: skip
    assert "Traceback" not in done.stderr + done.stdout
    return done.returncode, done.stderr


def test_device_fifo_and_folder_are_refused_before_reading(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    for path in (Path("/dev/zero"), fifo, tmp_path):
        code, out = validate(path)
        assert code == 1 and f"{path}: not a regular file" in out


def test_a_file_over_the_size_limit_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.toml"
    with open(big, "wb") as handle:
        handle.truncate(MAX_CATALOG_BYTES + 1)  # sparse: refusing it must not read it
    code, out = validate(big)
    assert code == 1 and "too big for a catalog file (the limit is 8.0 MiB)" in out


def test_deep_nesting_is_one_clean_catalog_error(tmp_path: Path) -> None:
    deep = tmp_path / "deep.toml"
    deep.write_text("x = " + "[" * 5000 + "]" * 5000 + "\n")
    code, out = validate(deep)
    assert code == 1 and str(deep) in out
    code, err = plan_with(deep, tmp_path / "home")
    assert code == 1 and err.count("\n") == 1 and str(deep) in err


@pytest.mark.parametrize(
    ("entry", "field", "needle"),
    [
        ('id = "mml-book"\npricing = { usd = "60" }', "pricing.usd", "not text"),
        ('id = "mml-book"\nrating = "5"', "rating", "not text"),
        ('id = "mml-book"\npricing = { verified = "true" }', "pricing.verified", "not text"),
        ('id = "mml-book"\nchecked = 2099-01-01', "checked", "is in the future"),
        ('id = "mml-book"\ntitle = "Two\\nlines"', "title", "one line"),
        ('id = "mml-book"\ntitle = "Right\\u202eto left"', "title", "bidirectional"),
        ('id = "mml-book"\nurl = "javascript:alert(1)"', "url", "http, https or file"),
        ('id = "mml-book"\nurl = "https://"', "url", "needs a host"),
        ('id = "mml-book"\nauthors = ["A\\nB"]', "authors[0]", "one line"),
        (
            'id = "mml-book"\ncovers = [{ topic = "vectors", where = "Ch. 2" },'
            ' { topic = "vectors", where = "Ch. 3" }]',
            "covers",
            "listed twice in one entry",
        ),
    ],
)
def test_a_bad_resource_field_names_file_entry_and_field(
    tmp_path: Path, entry: str, field: str, needle: str
) -> None:
    mine = tmp_path / "mine.toml"
    mine.write_text(f"[[resource]]\n{entry}\n")
    _, problems = check_catalog([*catalog_module.bundled_paths(), mine])
    line = next((p for p in problems if f"field {field!r}" in p), None)
    assert line is not None, problems
    assert line.startswith(f"{mine}:2: resource 'mml-book'") and needle in line


def test_a_later_file_may_still_override_one_coverage(tmp_path: Path) -> None:
    mine = tmp_path / "mine.toml"
    mine.write_text(
        '[[resource]]\nid = "mml-book"\ncovers = [{ topic = "vectors", where = "§2" }]\n'
    )
    catalog, problems = check_catalog([*catalog_module.bundled_paths(), mine])
    assert not problems and catalog is not None
    coverage = catalog.resources["mml-book"].coverage_of("vectors")
    assert coverage is not None and coverage.where == "§2"


def test_line_numbers_are_indexed_once_per_file_and_only_for_problems(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[Path] = []
    original = catalog_module._index_id_lines

    def counting(path: Path) -> dict[str, list[int]]:
        calls.append(path)
        return original(path)

    monkeypatch.setattr(catalog_module, "_index_id_lines", counting)
    _, problems = check_catalog(catalog_module.bundled_paths())
    assert not problems and calls == []  # a valid catalog never scans for lines
    mine = tmp_path / "mine.toml"
    mine.write_text(
        "".join(
            f'[[topic]]\nid = "bad-{i}"\ntitle = "T"\npriority = "urgent"\n' for i in range(300)
        )
    )
    _, problems = check_catalog([*catalog_module.bundled_paths(), mine])
    assert len(problems) >= 300 and calls == [mine]
    assert f"{mine}:{4 * 299 + 2}: topic 'bad-299'" in "\n".join(problems)
