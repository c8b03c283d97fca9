"""Allow ``python -m spukdos_cli``."""

from spukdos_cli.cli.entry import entry

if __name__ == "__main__":
    entry()
