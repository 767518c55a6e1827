"""The Markdown export as two independent Markdown parsers read it (issue 12 part 5, issue 13
part 6): one heading per week, one task item per plan item, ticked as progress says, and
catalog text that renders literally however hostile."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import mistune
import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from mathplan.cli import app
from mathplan.export import markdown, md_link, md_text, short_exercise
from mathplan.plan import from_document
from mathplan.progress import fold

runner = CliRunner()
HOSTILE = "# Vec*tors* [x] <b>bold</b> ](https://evil.example) [x"


def run(*args: str, today: str = "2026-11-25") -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), env={"MATHPLAN_TODAY": today})
    return result.exit_code, result.stdout, result.stderr


# What the document must be, taken from the plan as JSON: (section heading, [checked, ...]).
Structure = list[tuple[str, list[bool]]]


def expected_structure(doc: dict[str, Any], reviews_done: dict[str, int]) -> Structure:
    done = set(doc["progress"]["done"])
    left = dict(reviews_done)
    sections: Structure = []
    carried = [t for t in doc["topics"] if t["first_week"] == 0]
    if carried:
        sections.append(("Done before this plan", [True] * len(carried)))
    for week in doc["weeks"]:
        if not week["items"]:
            continue
        ticks = []
        for item in week["items"]:
            if item["kind"] == "review":
                ticks.append(left.get(item["topic"], 0) > 0)
                left[item["topic"]] = left.get(item["topic"], 0) - 1
            else:
                ticks.append(item["topic"] in done)
        sections.append((f"Week {week['index']}:", ticks))
    if doc["resources"]:
        sections.append(("Resources", []))
    if doc["dropped"]:
        sections.append(("Did not fit", []))
    return sections


def structure_by_markdown_it(text: str) -> tuple[int, Structure]:
    """h1 count, and each h2 with the checked state of its top-level task items."""
    tokens = MarkdownIt("commonmark").parse(text)
    h1 = 0
    sections: Structure = []
    for i, token in enumerate(tokens):
        if token.type == "heading_open":
            if token.tag == "h1":
                h1 += 1
            else:
                sections.append((tokens[i + 1].content, []))
        elif (
            token.type == "inline"
            and token.level == 3  # a top-level item's paragraph: list 0 > item 1 > paragraph 2
            and sections
            and token.content[:4] in ("[x] ", "[ ] ")
        ):
            sections[-1][1].append(token.content.startswith("[x]"))
    return h1, sections


def structure_by_mistune(text: str) -> tuple[int, Structure]:
    parse = mistune.create_markdown(renderer=None, plugins=["task_lists"])
    h1 = 0
    sections: Structure = []
    for block in parse(text):
        assert isinstance(block, dict)
        if block["type"] == "heading":
            if block["attrs"]["level"] == 1:
                h1 += 1
            else:
                sections.append((plain(block), []))
        elif block["type"] == "list" and sections:
            for item in block["children"]:
                if item["type"] == "task_list_item":
                    sections[-1][1].append(bool(item["attrs"]["checked"]))
    return h1, sections


def plain(node: dict[str, Any]) -> str:
    """The text a mistune node renders, without markup."""
    if "raw" in node:
        return str(node["raw"])
    return "".join(plain(child) for child in node.get("children", ()))


def same(expected: Structure, found: Structure) -> bool:
    return len(expected) == len(found) and all(
        got.startswith(head) and ticks == got_ticks
        for (head, ticks), (got, got_ticks) in zip(expected, found, strict=True)
    )


@pytest.fixture
def hostile_catalog(tmp_path: Path) -> Path:
    path = tmp_path / "hostile.toml"
    path.write_text(
        "[[topic]]\n"
        'id = "vectors"\n'
        f"title = {json.dumps(HOSTILE)}\n"
        'exercise = "Try *this* <i>now</i> [x] done. Then more."\n'
    )
    return path


@pytest.mark.parametrize("hostile", [False, True])
def test_both_parsers_see_the_plan_structure_and_progress(
    home: Path, hostile_catalog: Path, hostile: bool
) -> None:
    extra = ["--catalog", str(hostile_catalog)] if hostile else []
    code, _, err = run("plan", "--months", "6", "--budget", "500", "--goal", "llm", *extra)
    assert code == 0, err
    assert run("done", "vectors")[0] == 0
    assert run("done", "dot-product", today="2026-11-26")[0] == 0
    assert run("review", "vectors", "--rating", "good", today="2026-11-28")[0] == 0
    code, text, _ = run("export", today="2026-11-28")
    assert code == 0
    doc = json.loads(run("export", "-f", "json", today="2026-11-28")[1])
    expected = expected_structure(doc, {"vectors": 1})
    ticked_reviews = [t for _, ticks in expected for t in ticks]
    assert sum(ticked_reviews) == 3  # two topics done, one review done
    for parser in (structure_by_markdown_it, structure_by_mistune):
        h1, found = parser(text)
        assert h1 == 1, parser.__name__
        assert same(expected, found), (parser.__name__, expected, found)


def test_a_hostile_title_renders_literally(home: Path, hostile_catalog: Path) -> None:
    args = ("plan", "--months", "6", "--budget", "500", "--goal", "llm")
    assert run(*args, "--catalog", str(hostile_catalog))[0] == 0
    text = run("export")[1]
    html = MarkdownIt("commonmark").render(text)
    assert "&lt;b&gt;bold&lt;/b&gt;" in html and "<b>" not in html and "<i>" not in html
    assert "evil.example" in html and 'href="https://evil.example"' not in html
    assert "<em>" not in html
    tree = mistune.create_markdown(renderer=None, plugins=["task_lists"])(text)
    titles = [
        plain(item["children"][0])
        for block in tree
        if isinstance(block, dict) and block["type"] == "list"
        for item in block["children"]
        if item["type"] == "task_list_item"
    ]
    assert f"{HOSTILE} (2.5 h)" in titles
    assert "Exercise: Try *this* <i>now</i> [x] done." in text.replace("\\", "")


def test_line_breaks_unsafe_urls_and_block_starts_cannot_change_the_document(home: Path) -> None:
    code, out, _ = run("plan", "--months", "2", "--budget", "0", "--goal", "llm", "--json")
    assert code == 0
    plan = from_document(json.loads(out))
    injected = "Vectors\n\n## Week 99: fake\n\n- [x] **Injected** [click me](https://x.example)"
    first = plan.weeks[0]
    items = (first.items[0]._replace(title=injected), *first.items[1:])
    weeks = (type(first)(first.index, first.start, first.end, first.capacity_quarters, items),)
    resources = (
        plan.resources[0]._replace(title="1. Evil", url="javascript:alert(1)"),
        *plan.resources[1:],
    )
    dropped = plan.dropped
    plan = plan._replace(weeks=weeks + plan.weeks[1:], resources=resources, dropped=dropped)
    text = markdown(plan, fold([]), "- goal <script>")
    html = MarkdownIt("commonmark").render(text)
    assert "javascript:" in html and 'href="javascript' not in html
    assert "<script>" not in html, [line for line in html.splitlines() if "<script>" in line]
    assert "<h1>Study plan: - goal &lt;script&gt;</h1>" in html
    h1, found = structure_by_markdown_it(text)
    assert h1 == 1 and not any(head.startswith("Week 99") for head, _ in found)
    assert found[0][1].count(True) == 0  # nothing injected is ticked
    assert len(found[0][1]) == len(items)
    _, found_by_mistune = structure_by_mistune(text)
    assert found_by_mistune == found
    assert "<li>1. Evil (javascript:alert(1)): free</li>" in html


def test_md_text_and_links() -> None:
    assert md_text("a\nb\t c") == "a b c"
    assert md_text("- item") == "\\- item" and md_text("12. x") == "12\\. x"
    assert md_link("T", "https://e.example/a b(c)") == "[T](https://e.example/a%20b%28c%29)"
    html = MarkdownIt("commonmark").render(md_link("T", "https://e.example/a b(c)"))
    assert 'href="https://e.example/a%20b%28c%29"' in html


def test_short_exercise_is_the_first_sentence_within_a_line() -> None:
    assert short_exercise("Fit a line, e.g. by least squares. Then plot it.") == (
        "Fit a line, e.g. by least squares."
    )
    long = "Build " + "a very long exercise " * 10 + "end."
    short = short_exercise(long)
    assert len(short) <= 100 and short.endswith("…") and long.startswith(short[:-1])


def test_an_undone_review_is_unticked_again(home: Path) -> None:
    assert run("plan", "--months", "6", "--budget", "500", "--goal", "llm")[0] == 0
    assert run("done", "vectors")[0] == 0
    assert run("review", "vectors", "--rating", "good", today="2026-11-28")[0] == 0
    assert "- [x] Review: Vectors" in run("export", today="2026-11-28")[1]
    assert run("undo", today="2026-11-28")[0] == 0
    assert "- [x] Review: Vectors" not in run("export", today="2026-11-28")[1]
