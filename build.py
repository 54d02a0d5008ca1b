import sys

try:
    from chronicle.cli import run
    run()   # it exits; what it lets through is a Ctrl-C before its command began
except KeyboardInterrupt:   # Ctrl-C while starting up: nothing has been touched yet
    sys.stderr.write("interrupted; nothing was changed\n")
    raise SystemExit(130)
