from chronicle.cli import run

run()
