"""`python -m annotator`: the core's command line alone, with no window (see app_entry.py)."""

import sys

from annotator.cli import main

sys.exit(main())
