"""``python -m recoupe.cli``: the command line."""

from recoupe.cli import main

main()
