"""Keep README's screens and command reference true to the code.

    python scripts/readme.py          # rewrite README.md in place
    python scripts/readme.py --check  # exit 1 if README.md is out of date (tests run this)

Screens are real runs of ``python -m mathplan`` on a fixed day, in a scratch MATHPLAN_HOME, at
100 columns with colour off. The reference is read from the Typer app itself.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
TODAY = "2026-11-25"
WIDTH = 100

# (name, commands to run first, the command whose output is shown, how many lines to keep);
# a command may start with "@YYYY-MM-DD" to run on that day instead of TODAY.
SCREENS: list[tuple[str, list[list[str]], list[str], int | None]] = [
    ("plan", [], ["plan", "--months", "6", "--budget", "500", "--goal", "llm"], None),
    ("weeks", [], ["show", "--week", "2"], 16),
    ("next", [["done", "vectors"], ["done", "dot-product"]], ["next"], None),
    (
        "status",
        [
            ["@2026-12-09", "done", "matrix-multiplication"],
            ["@2026-12-16", "done", "tensors-broadcasting"],
        ],
        ["@2026-12-27", "status"],
        None,
    ),
    ("why", [], ["why", "svd"], 18),
    ("markdown", [], ["export", "--format", "markdown"], 14),
]


def _run(home: str, args: list[str]) -> str:
    today = TODAY
    if args and args[0].startswith("@"):
        today, args = args[0][1:], args[1:]
    env = {
        **os.environ,
        "MATHPLAN_HOME": home,
        "MATHPLAN_TODAY": today,
        "COLUMNS": str(WIDTH),
        "NO_COLOR": "1",
        "TERM": "dumb",
    }
    result = subprocess.run(
        [sys.executable, "-m", "mathplan", *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout


def screens() -> dict[str, str]:
    with tempfile.TemporaryDirectory() as home:
        shown: dict[str, str] = {}
        for name, before, command, keep in SCREENS:
            for args in before:
                _run(home, args)
            out = _run(home, command)
            if keep is not None:
                out = "\n".join([*out.splitlines()[:keep], "..."])
            shown[name] = "\n".join(line.rstrip() for line in out.rstrip("\n").splitlines())
        return shown


def reference() -> str:
    import typer

    from mathplan.cli import app

    group = typer.main.get_command(app)
    lines: list[str] = []

    def walk(command: object, path: list[str]) -> None:
        subcommands = getattr(command, "commands", None)
        if subcommands:
            for name, sub in subcommands.items():
                walk(sub, [*path, name])
            return
        help_text = (getattr(command, "help", "") or "").strip()
        summary = help_text.split("\n\n")[0].replace("\n", " ")
        example = next((line.strip() for line in help_text.splitlines() if "Example:" in line), "")
        args = []
        options = []
        for param in getattr(command, "params", []):
            if getattr(param, "param_type_name", "") == "argument":
                args.append(param.name.upper())
                continue
            names = ", ".join(f"`{o}`" for o in param.opts)
            options.append(f"  - {names}: {param.help or ''}")
        usage = " ".join(["mathplan", *path, *args])
        lines.append(f"- **`{usage}`**: {summary}")
        if example:
            lines.append(f"  {example.replace('Example: ', 'Example: `', 1)}`")
        lines.extend(options)

    walk(group, [])
    return "\n".join(lines)


def render(text: str) -> str:
    for name, body in screens().items():
        text = _replace(text, f"screen:{name}", f"```text\n{body}\n```")
    return _replace(text, "reference", reference())


def _replace(text: str, marker: str, body: str) -> str:
    pattern = re.compile(
        rf"(<!-- {re.escape(marker)} -->)\n.*?(<!-- /{re.escape(marker)} -->)", re.DOTALL
    )
    if not pattern.search(text):
        raise SystemExit(f"README.md has no <!-- {marker} --> ... <!-- /{marker} --> block")
    return pattern.sub(lambda m: f"{m.group(1)}\n{body}\n{m.group(2)}", text)


def main() -> int:
    current = README.read_text(encoding="utf-8")
    fresh = render(current)
    if "--check" in sys.argv:
        if fresh != current:
            print("README.md is out of date: run python scripts/readme.py", file=sys.stderr)
            return 1
        return 0
    README.write_text(fresh, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
