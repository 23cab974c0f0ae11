"""`python -m assistant …` is the `assistant` command (used to start background workers)."""

import sys

from assistant.cli import main

sys.exit(main())
