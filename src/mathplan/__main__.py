"""Allow ``python -m mathplan``."""

from mathplan.cli import main

main()
