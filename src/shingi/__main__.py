"""`python -m shingi ...` runs the same CLI as the `shingi` command."""

import sys

from shingi.cli import main

sys.exit(main())
