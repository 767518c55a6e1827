"""Real parallel processes: a command that decides from stored state decides inside the write
transaction it writes in, so two processes never act on the same old state."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from mathplan.progress import effective, fold
from mathplan.store import open_store


def env(home: Path) -> dict[str, str]:
    return {**os.environ, "MATHPLAN_HOME": str(home), "MATHPLAN_TODAY": "2026-11-25"}


def mathplan(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mathplan", *args], env=env(home), capture_output=True, text=True
    )


def together(home: Path, commands: list[list[str]]) -> list[tuple[int, str, str]]:
    """Start every command before waiting for any: (exit code, stdout, stderr) of each."""
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "mathplan", *args],
            env=env(home),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for args in commands
    ]
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        results.append((proc.returncode, out, err))
    return results


def planned(home: Path) -> list[str]:
    assert mathplan(home, "plan", "--goal", "llm", "--months", "12").returncode == 0
    store = open_store(home, readonly=True)
    document = store.active_plan()
    store.close()
    assert document is not None
    return [t["id"] for t in document["topics"]]


def stored_events(home: Path) -> list[object]:
    store = open_store(home, readonly=True)
    try:
        return list(store.events())
    finally:
        store.close()


def test_parallel_undos_revert_distinct_changes(tmp_path: Path) -> None:
    home = tmp_path / "home"
    topics = planned(home)[:5]
    for topic in topics:
        assert mathplan(home, "done", topic).returncode == 0
    results = together(home, [["undo", "--json"]] * 8)
    undone = [json.loads(out)["undone"][0]["id"] for code, out, _ in results if code == 0]
    refused = [err for code, _, err in results if code != 0]
    assert len(undone) == len(set(undone)) == 6  # five done events and the plan, once each
    assert len(refused) == 2 and all("nothing to undo" in err for err in refused)
    events = stored_events(home)
    assert sorted(e.undoes for e in events if e.kind == "undo") == sorted(undone)  # type: ignore[attr-defined]
    assert effective(events) == []  # type: ignore[arg-type]


def test_parallel_dones_of_one_topic_store_one_event(tmp_path: Path) -> None:
    home = tmp_path / "home"
    topic = planned(home)[0]
    results = together(home, [["done", topic, "--json"]] * 8)
    assert all(code == 0 for code, _, _ in results)
    first_time = [json.loads(out)["already_done"] for _, out, _ in results].count(False)
    assert first_time == 1
    dones = [e for e in stored_events(home) if e.kind == "done"]  # type: ignore[attr-defined]
    assert len(dones) == 1
    assert mathplan(home, "undo").returncode == 0
    assert topic not in fold(stored_events(home)).done  # type: ignore[arg-type]


def test_know_and_done_of_one_topic_never_both_win(tmp_path: Path) -> None:
    home = tmp_path / "home"
    topics = planned(home)[:5]
    commands = [[verb, topic] for topic in topics for verb in ("know", "done")]
    results = together(home, commands)
    progress = fold(stored_events(home))  # type: ignore[arg-type]
    for topic in topics:
        assert (topic in progress.done) != (topic in progress.known), topic
    wins = [code for code, _, _ in results].count(0)
    assert wins == len(topics)  # exactly one of each pair recorded; the other said why not
    losers = [err for code, _, err in results if code != 0]
    assert all("already" in err and "nothing changed" in err for err in losers)
