"""Allow ``python -m spukdos_cli``."""

from spukdos_cli.cli import main

if __name__ == "__main__":
    main()
