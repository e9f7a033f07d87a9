"""Open the ceremony desktop app (the demo ceremony when no event file is named)."""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())
