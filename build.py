import sys

try:
    from chronicle.cli import run
except KeyboardInterrupt:   # Ctrl-C while starting up: nothing has been touched yet
    sys.stderr.write("interrupted; nothing was changed\n")
    raise SystemExit(130)
run()
