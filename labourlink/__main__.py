"""`python -m labourlink`: how the command starts its own children, with the interpreter it runs on."""

import sys

from labourlink.cli import main

sys.exit(main())
