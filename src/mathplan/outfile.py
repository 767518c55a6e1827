"""Where a command's output goes: ``-`` (stdout), a regular file, or anything else a path names.

``export -o``, ``backup PATH`` and ``catalog init -o`` share these rules:

- A regular file (or a path that does not exist yet) is written atomically: into a new file
  beside it, then renamed over it, so a crash never leaves half a file. A symlink is followed to
  its target, which is replaced; the link stays a link.
- Anything else (``/dev/null``, a FIFO, ``>(wc -c)`` in bash, a terminal) is written straight
  to: renaming a regular file over it would destroy it (``/dev/null`` as root) or never reach
  the reader.
- A new file gets the mode the umask allows (0644 under umask 022), like a shell redirect; an
  existing file keeps its mode.
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

from mathplan.errors import MathplanError, UsageError

STDOUT = "-"


def is_stdout(path: Path | str) -> bool:
    return str(path) == STDOUT


def _status(path: Path) -> os.stat_result | None:
    """The target's status, following symlinks; None when nothing is there yet."""
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise MathplanError(f"cannot write {str(path)!r}: {exc.strerror or exc}") from None


def replaces_a_file(path: Path | str) -> bool:
    """Whether writing ``path`` would overwrite an existing regular file (what ``--force`` is
    for); writing to a device, a FIFO or stdout destroys nothing."""
    if is_stdout(path):
        return False
    status = _status(Path(path))
    return status is not None and stat.S_ISREG(status.st_mode)


def check_writable(path: Path) -> None:
    """Fail before any work when the output cannot be written, naming the path."""
    if is_stdout(path):
        return
    status = _status(path)
    if status is not None and stat.S_ISDIR(status.st_mode):
        raise UsageError(f"{str(path)!r} is a directory; give a file name")
    if status is not None and not stat.S_ISREG(status.st_mode):
        if not os.access(path, os.W_OK):
            raise MathplanError(f"cannot write {str(path)!r}: permission denied")
        return
    target = Path(os.path.realpath(path))
    if not target.parent.is_dir():
        raise UsageError(f"folder {str(target.parent)!r} does not exist")
    if not os.access(target.parent, os.W_OK) or (
        status is not None and not os.access(target, os.W_OK)
    ):
        raise MathplanError(f"cannot write {str(path)!r}: permission denied")


def write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` by the rules above."""
    if is_stdout(path):
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    status = _status(path)
    try:
        if status is None or stat.S_ISREG(status.st_mode):
            _replace(Path(os.path.realpath(path)), data, status)
        else:
            with open(path, "wb") as stream:
                stream.write(data)
    except OSError as exc:
        raise MathplanError(f"cannot write {str(path)!r}: {exc.strerror or exc}") from None


def _replace(target: Path, data: bytes, status: os.stat_result | None) -> None:
    """Write a new file beside ``target`` and rename it over it.

    The new file is created with mode 0666, which the kernel narrows by the umask exactly as for
    a shell redirect (``tempfile.mkstemp`` would make it 0600); an existing file's mode is kept.
    """
    for attempt in range(100):
        temp = target.with_name(f".{target.name}.{os.getpid()}.{attempt}.tmp")
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            break
        except FileExistsError:
            continue
    else:
        raise FileExistsError(f"no free temporary name beside {target}")
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        if status is not None:
            os.chmod(temp, stat.S_IMODE(status.st_mode))
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
