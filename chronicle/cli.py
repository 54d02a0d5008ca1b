"""Command line: turns errors into messages and picks exit codes (0 ok, 1 content, 2 usage). The
stages raise typed errors and print nothing; the preview server, which runs until stopped,
prints its own status and rebuild errors as they happen (chronicle/preview/serve.py)."""
from __future__ import annotations

import argparse
import os
import threading
import sys
from pathlib import Path

from .errors import ChronicleError, ConfigWarning, ErrorList, InterruptedAfterPublishing, shown
from .build.options import PROJECT_ROOT, BuildOptions
from .cliargs import base_path as _base_path, date as _date, out as _out, port as _port, text as _text, utf8_path


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # usage errors: one line, exit 2
        self.print_usage(sys.stderr)
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        raise SystemExit(2)


def say(line: str) -> None:
    """A line of a command's report on stdout. When the reader has gone (`| head`), the rest of
    the report is dropped, as a pipe's reader wants, and the command still finishes its work and
    reports its problems on stderr."""
    try:
        print(line, flush=True)
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def make_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="build.py", description="Chronicle: build a news-summary archive.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, helptext in (("build", "build site/ from content/"), ("site", "ingest new digests, check, then build (make site)")):
        p = sub.add_parser(name, help=helptext)
        _build_args(p)
        if name == "site":   # `make site CAPTURED=YYYY-MM-DD`: resolves '5 days ago' in new digests
            p.add_argument("--captured", type=_date, help="date the new digests were saved")
    ing = sub.add_parser("ingest", help="turn raw digests into Markdown articles")
    ing.add_argument("files", nargs="*", type=Path, metavar="FILE")
    ing.add_argument("--into", type=utf8_path, default=PROJECT_ROOT / "content" / "articles")
    ing.add_argument("--captured", type=_date, help="date the digest was saved (resolves '5 days ago')")
    ing.add_argument("--layout", help="force a layout instead of detecting it")
    ing.add_argument("--pending", action="store_true", help="ingest the digests in content/sources/ not ingested yet")
    ing.add_argument("--config", type=utf8_path, default=PROJECT_ROOT / "config.yaml")
    chk = sub.add_parser("check", help="validate content; report every problem; build nothing")
    chk.add_argument("--content", type=utf8_path, default=PROJECT_ROOT / "content")
    chk.add_argument("--config", type=utf8_path, default=PROJECT_ROOT / "config.yaml")
    chk.add_argument("--strict", action="store_true", help="warnings count as errors")
    chk.add_argument("--out", type=utf8_path, default=PROJECT_ROOT / "site", help="the build whose threads to compare with")
    new = sub.add_parser("new", help="scaffold a new article")
    new.add_argument("title", type=_text)
    new.add_argument("--tags", type=_text, default="", help="comma-separated, e.g. nato,russia")
    new.add_argument("--date", type=_date)
    new.add_argument("--source", type=_text, default="")
    new.add_argument("--content", type=utf8_path, default=PROJECT_ROOT / "content")
    srv = sub.add_parser("serve", help="live preview on http://127.0.0.1:PORT/")
    _build_args(srv)
    srv.add_argument("--port", type=_port, default=8000)
    return parser


def _build_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--content", type=utf8_path, default=PROJECT_ROOT / "content", help="folder of Markdown files")
    p.add_argument("--out", type=_out, default=PROJECT_ROOT / "site", help="output folder")
    p.add_argument("--config", type=utf8_path, default=PROJECT_ROOT / "config.yaml")
    p.add_argument("--layouts", type=utf8_path, default=PROJECT_ROOT / "layouts")
    p.add_argument("--no-search", action="store_true", help="skip the search index")
    p.add_argument("--base-path", type=_base_path, help="URL prefix of the published site, e.g. /repo/")
    p.add_argument("--drafts", action="store_true", help="include drafts")
    p.add_argument("--jobs", type=int, default=0, help="processes for parsing and rendering (default: one per core)")
    p.add_argument("--timings", action="store_true", help="print the seconds each stage took")
    p.add_argument("--no-cache", action="store_true", help="cold build: ignore and do not trust the build cache")
    p.add_argument("--allow-empty", action="store_true", help="publish a site without articles over one that has some")


def _options(args) -> BuildOptions:
    return BuildOptions(content_dir=args.content, out_dir=args.out, config_path=args.config, layouts_dir=args.layouts,
                        search=not args.no_search, base_path=args.base_path, drafts=args.drafts, jobs=args.jobs, cache=not args.no_cache,
                        shown_base=Path.cwd(), allow_empty=args.allow_empty)


def report_errors(exc: ChronicleError) -> int:
    errors = exc.errors if isinstance(exc, ErrorList) else [exc]
    for e in errors:
        where = shown(e.path) + (f":{e.line}" if e.line is not None else "")
        sys.stderr.write(f"{where}: {e.message}\n")
    if len(errors) > 1:
        sys.stderr.write(f"{len(errors)} errors; nothing was published\n")
    return 1


def say_waiting(message: str) -> None:
    sys.stderr.write(message + "\n")
    sys.stderr.flush()


def cmd_build(args) -> int:
    from .build.pipeline import build, terminal_progress   # (not imported by ingest, check or new: 50 ms)

    progress = terminal_progress()
    report = build(_options(args), progress, on_wait=say_waiting)
    try:
        _say_built(report, progress, args)
    except KeyboardInterrupt:
        # the build is over and only its report was cut short: a site it changed is in place
        if report.written or report.removed:
            raise InterruptedAfterPublishing() from None
        raise
    return 0


def _say_built(report, progress, args) -> None:
    if progress:
        sys.stderr.write("\r\033[K")
    for w in report.warnings:
        sys.stderr.write(f"{w.location()}: warning: {w.message}\n")
    say(f"Built {report.articles} articles: {report.written} files written, {report.unchanged} unchanged, "
          f"{report.removed} removed in {report.seconds:.2f}s")
    if report.size is not None and report.size.files:
        from .build.budget import summary
        say(summary(report.size, report.articles))
    if getattr(args, "timings", False):
        say("stages: " + ", ".join(f"{name} {secs:.2f}s" for name, secs in report.stage_seconds.items()))


def cmd_ingest(args) -> int:
    from .config import load_config
    from .ingest import ingest_files, pending_sources, unread_sources

    config = load_config(args.config)
    files = list(args.files)
    if args.pending:
        sources = getattr(args, "sources", PROJECT_ROOT / "content" / "sources")
        files += pending_sources(sources, args.into)
        for w in unread_sources(sources):
            sys.stderr.write(f"{w.location()}: warning: {w.message}\n")
    if not files:
        if not args.pending:
            sys.stderr.write("build.py ingest: error: name at least one FILE, or --pending\n")
            return 2
        return 0
    report = ingest_files(files, args.into, config, captured=args.captured, layout=args.layout,
                          on_wait=say_waiting)
    for line in report.lines():
        say(line)
    for e in report.errors:
        sys.stderr.write(f"{e}\n")
    return 1 if report.errors else 0


def cmd_site(args) -> int:
    ingest_args = argparse.Namespace(files=[], into=args.content / "articles", captured=args.captured, layout=None,
                                     pending=True, config=args.config, sources=args.content / "sources")
    if (args.content / "sources").is_dir():
        code = cmd_ingest(ingest_args)
        if code:
            return code
    from .authoring.check import run_check

    problems = run_check(args.content, args.config, shown_base=Path.cwd(), base_path=args.base_path)
    errors = [p for p in problems if p.severity == "error"]
    for p in errors:
        sys.stderr.write(f"{p.location()}: error: {p.message}\n")
    if errors:
        sys.stderr.write(f"{len(errors)} error(s): nothing was published; fix them and run make site again\n")
        return 1
    # settings that publish the wrong thing are said in full, once; content warnings are counted
    settings = [p for p in problems if isinstance(p, ConfigWarning)]
    for p in settings:
        sys.stderr.write(f"{p.location()}: warning: {p.message}\n")
    warnings = len(problems) - len(errors) - len(settings)
    if warnings:
        sys.stderr.write(f"{warnings} warning(s); `make check` lists them\n")
    return cmd_build(args)


def cmd_check(args) -> int:
    from .authoring.check import check_content

    checked = check_content(args.content, args.config, shown_base=Path.cwd())
    problems = checked.problems
    for p in problems:
        sys.stderr.write(f"{p.location()}: {p.severity}: {p.message}\n")
    errors = sum(1 for p in problems if p.severity == "error")
    warnings = len(problems) - errors
    if not errors:
        from .authoring.threadchanges import thread_changes
        for line in thread_changes(checked.articles, args.content, args.out):
            say(line)
    say(f"{errors} error(s), {warnings} warning(s)")
    return 1 if errors or (args.strict and warnings) else 0


def cmd_new(args) -> int:
    from .authoring.scaffold import new_article

    path = new_article(args.content, args.title, tags=[t for t in args.tags.split(",") if t.strip()],
                       date=args.date, source=args.source)
    say(str(path))
    return 0


def cmd_serve(args) -> int:
    from .preview.serve import serve

    return serve(_options(args), args.port)


COMMANDS = {"build": cmd_build, "site": cmd_site, "ingest": cmd_ingest, "check": cmd_check,
            "new": cmd_new, "serve": cmd_serve}


def _quiet_interrupts(unraisable) -> None:
    """A Ctrl-C that lands while Python runs a finalizer or a weak reference's callback cannot
    be raised there; Python's default prints it as a traceback. The interrupt is already
    reported where it ends the command (or, landing that late, it had nothing left to stop)."""
    if isinstance(unraisable.exc_value, KeyboardInterrupt):
        return
    sys.__unraisablehook__(unraisable)


def main(argv: list[str] | None = None) -> int:
    sys.unraisablehook = _quiet_interrupts   # before any work; forked workers inherit it
    try:
        parser = make_parser()
        args = parser.parse_args(argv)
    except KeyboardInterrupt:   # Ctrl-C before any command began
        sys.stderr.write("interrupted; nothing was changed\n")
        return 130
    if not args.command:
        parser.print_help()
        return 2
    try:
        return COMMANDS[args.command](args)
    except ChronicleError as exc:
        return report_errors(exc)
    except InterruptedAfterPublishing:
        sys.stderr.write("interrupted after the new site was put in place: site/ is the new build "
                         "(the next build remakes its cache)\n")
        return 130
    except KeyboardInterrupt:
        sys.stderr.write("interrupted; the previous site is unchanged\n")
        return 130


def run() -> None:
    """build.py's entry point: main(), then exit with its code, which a Ctrl-C after the
    command's end no longer changes (nor turns into a traceback)."""
    code = main()
    try:
        _exit(code)
    except KeyboardInterrupt:
        os._exit(code)


def _exit(code: int) -> None:
    """When no other thread or process is left, exit without tearing the interpreter down: that
    frees every object one by one (30 ms after a quick build at 10,000 articles), for nothing.
    Not under a profiler or tracer, which write their results at exit."""
    mp = sys.modules.get("multiprocessing")
    watched = sys.getprofile() is not None or sys.gettrace() is not None
    if threading.active_count() == 1 and not (mp and mp.active_children()) and not watched:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except (OSError, ValueError):   # a closed pipe: as at a normal exit, the output is lost
            pass
        os._exit(code)
    raise SystemExit(code)
