"""Ctrl-C during a build says what site/ holds (issue 18): 'the previous site is unchanged' only
when it is, 'site/ is the new build' when the interrupt came after the swap."""
from __future__ import annotations

import os
import random
import signal
import time

import pytest

from tools.faultlib import build_cmd, calibrate, launch, manifest, run_build, snapshot_code, two_versions

pytestmark = pytest.mark.slow


def test_the_interrupt_message_matches_the_site_left(tmp_path):
    snapshot_code(tmp_path / "code")
    (a, b), refs = two_versions(tmp_path, 120, seed=3)
    out = tmp_path / "run" / "site"
    out.parent.mkdir()
    timing = calibrate(b, out)
    rng = random.Random(18)
    after_swap = 0
    seen = []   # (version, exit code, site now is that version): in the message if nothing landed
    # Eight trials alternating the two versions and moments; on a loaded machine the build may
    # finish before the signal lands, so the pairs go on (up to 20) until one lands after the swap.
    i = 0
    while i < 8 or (after_swap == 0 and i < 40):
        target = i % 2
        i += 1
        before_ino = os.stat(out).st_ino
        proc = launch(build_cmd([a, b][target], out))
        if target:   # right after the swap: the folder's inode changes
            deadline = time.perf_counter() + timing.total * 10
            while proc.poll() is None and os.stat(out).st_ino == before_ino and time.perf_counter() < deadline:
                time.sleep(0.0005)
        else:
            time.sleep(rng.uniform(0, timing.total))
        proc.send_signal(signal.SIGINT)
        _, err = proc.communicate(timeout=300)
        assert "Traceback" not in err, err
        now = manifest(out)
        seen.append((target, proc.returncode, now == refs[target]))
        if proc.returncode == 130:
            if now == refs[target] and now != refs[1 - target]:
                assert "site/ is the new build" in err and "unchanged" not in err, err
                after_swap += 1
            else:
                assert "the previous site is unchanged" in err or "nothing was changed" in err, err
        assert now in (refs[0], refs[1])
        assert run_build([a, b][target], out).returncode == 0
    assert after_swap >= 1, f"no interrupt landed after the swap; the test proved nothing: {seen}"


def test_ctrl_c_after_the_quick_paths_swap_says_the_site_is_the_new_one(tmp_path):
    """The quick path swaps a patched mirror in; an interrupt after that (while it saves its
    state) must not claim the previous site is unchanged."""
    from chronicle.errors import InterruptedAfterPublishing
    from chronicle.write.patch import patch_site

    out = tmp_path / "site"
    out.mkdir()
    (out / "index.html").write_text("old")
    (out / "other.html").write_text("kept")

    def interrupted() -> None:
        raise KeyboardInterrupt

    with pytest.raises(InterruptedAfterPublishing):
        patch_site(out, tmp_path / "spare", {"index.html": b"new"}, then=interrupted)
    assert (out / "index.html").read_text() == "new" and (out / "other.html").read_text() == "kept"


def _build_args(out):
    from conftest import FIXTURE
    return ["build", "--no-search", "--content", str(FIXTURE / "content"), "--config", str(FIXTURE / "config.yaml"),
            "--out", str(out)]


def test_ctrl_c_between_the_exchange_and_its_flag_says_the_site_is_the_new_one(tmp_path, monkeypatch, capsys):
    """The message asks the folder whether the new site is in place, not only the flag the
    build sets after the exchange: a Ctrl-C landing between the two is told the truth."""
    from chronicle import cli
    from chronicle.write import files
    exchange = files.swap_into_place

    def exchanged_then_interrupted(staging, out_dir):
        exchange(staging, out_dir)
        raise KeyboardInterrupt
    monkeypatch.setattr(files, "swap_into_place", exchanged_then_interrupted)
    assert cli.main(_build_args(tmp_path / "site")) == 130
    err = capsys.readouterr().err
    assert "site/ is the new build" in err and "unchanged" not in err, err
    assert (tmp_path / "site" / "index.html").is_file()


def test_ctrl_c_while_the_report_is_printed_says_what_the_site_is(tmp_path, monkeypatch, capsys):
    """A build that is over and cut short while it prints its report: a site it changed is the
    new one; one it left as it was is unchanged."""
    from chronicle import cli

    def interrupted(line):
        raise KeyboardInterrupt
    monkeypatch.setattr(cli, "say", interrupted)
    out = tmp_path / "site"
    assert cli.main(_build_args(out)) == 130
    err = capsys.readouterr().err
    assert "site/ is the new build" in err and "unchanged" not in err, err
    assert cli.main(_build_args(out)) == 130   # nothing to do: the same site
    assert "the previous site is unchanged" in capsys.readouterr().err


def test_ctrl_c_while_the_cli_starts_is_one_line_and_no_traceback(tmp_path, monkeypatch, capsys):
    """Ctrl-C while the arguments are read (before any command began) and after the command's
    end: one line or the command's own outcome, never a traceback."""
    from chronicle import cli

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt
    with monkeypatch.context() as m:
        m.setattr(cli, "make_parser", interrupted)
        assert cli.main(_build_args(tmp_path / "site")) == 130
    assert capsys.readouterr().err == "interrupted; nothing was changed\n"
    assert not (tmp_path / "site").exists()
    exits = []
    monkeypatch.setattr(cli, "main", lambda: 0)
    monkeypatch.setattr(cli.sys, "stdout", type("Closed", (), {"flush": interrupted})())
    monkeypatch.setattr(cli.os, "_exit", exits.append)
    monkeypatch.setattr(cli.threading, "active_count", lambda: 1)   # as in build.py's process
    cli.run()   # the command's end, then Ctrl-C while its output is flushed: its code stands
    assert exits[-1] == 0


def test_ctrl_c_landing_in_a_finalizer_prints_no_traceback(tmp_path, monkeypatch, capsys):
    """Ctrl-C can land while Python runs an object's finalizer, where it cannot be raised
    (CI saw it once, during a quick search build): Python's default prints a traceback."""
    from chronicle import cli

    class Finalized:
        def __del__(self):
            raise KeyboardInterrupt

    def command(args):
        Finalized()   # freed at once, its finalizer interrupted
        return 0
    monkeypatch.setattr(cli.sys, "unraisablehook", cli.sys.unraisablehook)   # restored after
    monkeypatch.setitem(cli.COMMANDS, "build", command)
    assert cli.main(_build_args(tmp_path / "site")) == 0
    assert "Traceback" not in capsys.readouterr().err

    def failing(args):   # other errors in a finalizer are still shown, as Python shows them
        type("Broken", (), {"__del__": lambda self: 1 / 0})()
        return 0
    monkeypatch.setitem(cli.COMMANDS, "build", failing)
    assert cli.main(_build_args(tmp_path / "site")) == 0
    assert "ZeroDivisionError" in capsys.readouterr().err
