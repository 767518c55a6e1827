"""Output files (issue 12, part 4): atomic for regular files, straight to devices and pipes,
``-`` for stdout, modes like a shell redirect. Checked through ``export -o``, ``backup`` and
``catalog init -o``, which share one helper."""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mathplan.cli import app
from mathplan.template import CATALOG_TEMPLATE

runner = CliRunner()


def run(*args: str) -> tuple[int, bytes, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout_bytes, result.stderr


@pytest.fixture
def planned(home: Path) -> Path:
    code, _, err = run("plan", "--months", "2", "--budget", "100", "--goal", "llm")
    assert code == 0, err
    return home


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """A folder for outputs only (the database lives elsewhere under tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    yield
    os.umask(old)


def markdown_export() -> bytes:
    code, out, err = run("export", "-f", "markdown")
    assert code == 0, err
    return out


class Reader:
    """Reads a pipe or FIFO in a thread, as `wc -c` would at the other end of `>(...)`."""

    def __init__(self, path: str) -> None:
        self.data = b""
        self.thread = threading.Thread(target=self._read, args=(path,), daemon=True)
        self.thread.start()

    def _read(self, path: str) -> None:
        with open(path, "rb") as stream:
            self.data = stream.read()

    def result(self) -> bytes:
        self.thread.join(timeout=30)
        assert not self.thread.is_alive()
        return self.data


def test_export_to_a_fifo_writes_through_it_and_leaves_it_a_fifo(
    planned: Path, out_dir: Path
) -> None:
    fifo = out_dir / "pipe"
    os.mkfifo(fifo)
    reader = Reader(str(fifo))
    code, out, err = run("export", "-f", "markdown", "-o", str(fifo))
    assert code == 0 and out == b"", err
    assert reader.result() == markdown_export()
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert os.listdir(out_dir) == ["pipe"]


def test_export_to_a_process_substitution_path(planned: Path) -> None:
    """bash's `-o >(wc -c)` passes /dev/fd/N, a link to a pipe."""
    read_end, write_end = os.pipe()
    os.set_inheritable(write_end, True)
    path = f"/dev/fd/{write_end}"
    reader = Reader(f"/dev/fd/{read_end}")
    try:
        code, _, err = run("export", "-f", "markdown", "-o", path)
    finally:
        os.close(write_end)
    os.close(read_end)
    assert code == 0, err
    assert reader.result() == markdown_export()


def null_devices(out_dir: Path) -> list[str]:
    """/dev/null, after a private null device when running as root: a regression that renames a
    file over the target then breaks the private one and the test stops before /dev/null (as
    root it would replace the system's /dev/null; as anyone else the rename is refused)."""
    if os.geteuid() != 0:
        return ["/dev/null"]
    private = out_dir / "null"
    os.mknod(private, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    return [str(private), "/dev/null"]


def test_dev_null_stays_a_character_device(planned: Path, out_dir: Path) -> None:
    for device in null_devices(out_dir):
        for args in (
            ["export", "-f", "ics", "--tz", "UTC", "-o", device],
            ["backup", device],
            ["catalog", "init", "-o", device],
        ):
            code, out, err = run(*args)
            assert code == 0, (args, err)
            assert out == b""
            assert stat.S_ISCHR(os.stat(device).st_mode), args


def test_a_symlink_stays_a_link_and_its_target_is_replaced(planned: Path, out_dir: Path) -> None:
    target = out_dir / "real.md"
    target.write_text("old")
    target.chmod(0o640)
    link = out_dir / "link.md"
    link.symlink_to(target)
    code, _, err = run("export", "-f", "markdown", "-o", str(link))
    assert code == 0, err
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert target.read_bytes() == markdown_export()
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # an existing file keeps its mode
    assert sorted(p.name for p in out_dir.iterdir()) == ["link.md", "real.md"]  # no temp left


def test_a_dangling_symlink_creates_its_target(planned: Path, out_dir: Path) -> None:
    link = out_dir / "link.toml"
    link.symlink_to(out_dir / "made.toml")
    code, _, err = run("catalog", "init", "-o", str(link))
    assert code == 0, err
    assert link.is_symlink() and (out_dir / "made.toml").read_text() == CATALOG_TEMPLATE


def test_dash_is_stdout_for_every_output(planned: Path, out_dir: Path) -> None:
    code, out, _ = run("export", "-f", "markdown", "-o", "-")
    assert code == 0 and out == markdown_export()
    code, out, _ = run("catalog", "init", "-o", "-")
    assert code == 0 and out.decode() == CATALOG_TEMPLATE
    code, out, err = run("backup", "-")
    assert code == 0 and out.startswith(b"SQLite format 3\x00") and "stdout" in err
    copy = out_dir / "copy.db"
    copy.write_bytes(out)
    db = sqlite3.connect(copy)
    assert db.execute("SELECT COUNT(*) FROM plans").fetchone()[0] == 1
    db.close()
    assert not (out_dir / "-").exists() and not Path("-").exists()


@pytest.mark.usefixtures("umask_022")
def test_new_files_honour_the_umask(planned: Path, out_dir: Path) -> None:
    for name, args in (
        ("plan.ics", ["export", "-f", "ics", "--tz", "UTC", "-o"]),
        ("copy.db", ["backup"]),
        ("mine.toml", ["catalog", "init", "-o"]),
    ):
        target = out_dir / name
        code, _, err = run(*args, str(target))
        assert code == 0, err
        assert stat.S_IMODE(target.stat().st_mode) == 0o644, name
    os.umask(0o077)
    private = out_dir / "private.md"
    assert run("export", "-o", str(private))[0] == 0
    assert stat.S_IMODE(private.stat().st_mode) == 0o600


def test_force_keeps_the_mode_and_is_needed_only_for_a_regular_file(
    planned: Path, out_dir: Path
) -> None:
    target = out_dir / "copy.db"
    target.write_text("x")
    target.chmod(0o600)
    code, _, err = run("backup", str(target))
    assert code == 2 and "--force" in err and target.read_text() == "x"
    code, _, err = run("backup", str(target), "--force")
    assert code == 0, err
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert target.read_bytes().startswith(b"SQLite format 3\x00")


def test_a_failed_write_leaves_the_old_file_and_no_temp(
    planned: Path, out_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = out_dir / "plan.md"
    target.write_text("old")

    def refuse(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    code, _, err = run("export", "-o", str(target))
    assert code == 1 and "No space left on device" in err and str(target) in err
    assert target.read_text() == "old"
    assert [p.name for p in out_dir.iterdir()] == ["plan.md"]


def test_a_directory_is_a_usage_error(planned: Path, out_dir: Path) -> None:
    code, _, err = run("export", "-o", str(out_dir))
    assert code == 2 and "is a directory" in err and len(err.strip().splitlines()) == 1
