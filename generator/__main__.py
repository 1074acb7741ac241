import os
import sys

from . import cli

# ``python -m generator`` ends when the command does: the build's objects are held (``cli.HELD``), not
# freed one by one, and the process ends without tearing them down once its output is flushed (as
# mypy's fast exit does): at 10,000 briefings freeing them cost a re-run ~0.2 s of CPU. An exception, or
# argparse's own exit (``--help``, a usage error), ends it as before.
cli.HELD = []
code = cli.main()
sys.stdout.flush()
sys.stderr.flush()
os._exit(code if isinstance(code, int) else 0 if code is None else 1)
