"""Entry point of the standalone app (both executables run this file).

``ceremony-app`` (no console window on Windows) opens the window. ``ceremony`` is the command line; its
``--selftest`` runs the installation check with the output in the console, and with no command at all it
opens the window too, so a double-click on either file does what a user expects.
"""

import sys
from pathlib import Path


def main() -> int:
    args = sys.argv[1:]
    gui = Path(sys.executable).stem.lower().startswith("ceremony-app") or not args or "--selftest" in args \
        or args[0].startswith("--lang") or args[0].startswith("--page")
    if gui:
        from ui.app import main as gui_main
        return gui_main(args)
    from ceremony.cli import main as cli_main
    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
