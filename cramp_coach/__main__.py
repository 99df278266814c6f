"""`python -m cramp_coach` runs the command-line entry point."""

import sys

from cramp_coach.cli import main

sys.exit(main())
