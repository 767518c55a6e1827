"""``python -m mathplan`` and the ``mathplan`` console script.

Ctrl-C is handled here, before anything else is imported: importing the CLI takes tens of
milliseconds, and an interrupt in that window must not print a traceback from an import. Exit
130 (128 + SIGINT) at once, silently, at any moment; SQLite rolls back whatever was not committed.
"""

import os
import signal
from types import FrameType


def _interrupted(signum: int, frame: FrameType | None) -> None:
    os._exit(130)


def main() -> None:
    signal.signal(signal.SIGINT, _interrupted)
    try:
        from mathplan.cli import main as run

        run()
    finally:
        # The command is over; Python's shutdown would put back the default handler, and a
        # Ctrl-C then would kill the process with a signal instead of its real exit code.
        signal.signal(signal.SIGINT, signal.SIG_IGN)


if __name__ == "__main__":
    main()
