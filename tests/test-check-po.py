#!/usr/bin/python3
# test-check-po.py: check-po.py catches each kind of translation problem.
#
# Copyright 2026 Jobspor developers
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Each case breaks a copy of the source tree in one way and expects
# check-po.py to fail, naming the problem; the untouched copy must pass.

import pathlib
import re
import shutil
import subprocess
import sys
import tempfile

SRC = pathlib.Path(sys.argv[1]).resolve()
CHECK = SRC / "tests" / "check-po.py"


def copy_tree(tmp):
    target = pathlib.Path(tmp) / "src"
    for folder in ["app", "ui", "data", "po", "src"]:
        shutil.copytree(SRC / folder, target / folder)
    return target


def edit(path, pattern, replacement):
    text = path.read_text(encoding="utf-8")
    changed, count = re.subn(pattern, replacement, text, count=1, flags=re.MULTILINE)
    assert count == 1, f"the case could not edit {path}: {pattern!r} not found"
    path.write_text(changed, encoding="utf-8")


def fuzzy(tree):
    edit(tree / "po" / "da.po", r'^msgid "Meetings"$', '#, fuzzy\nmsgid "Meetings"')


def untranslated(tree):
    edit(tree / "po" / "uk.po", r'^(msgid "Exercises"\nmsgstr ")[^"]*"', r'\1"')


def wrong_plurals(tree):
    edit(tree / "po" / "ar.po", r"nplurals=6;", "nplurals=2;")


def invalid_format(tree):
    edit(tree / "po" / "da.po", r"(mappen[^%]*)\(%s\)", r"\1(%d)")


def stale_pot(tree):
    edit(tree / "app" / "shell" / "js-window.c", r'_\("Jobspor"\)', '_("Jobspor, renamed")')


def missing_potfile(tree):
    edit(tree / "po" / "POTFILES.in", r"^app/shell/js-window\.c\n", "")


def stale_exercise(tree):
    edit(tree / "data" / "exercises" / "mouse-click.exercise", r"<title>([^<]*)</title>",
         r"<title>\1, renamed</title>")


def missing_exercise(tree):
    edit(tree / "po" / "POTFILES.in", r"^data/exercises/mouse-click\.exercise\n", "")


CASES = {
    fuzzy: "po/da.po is not fully translated",
    untranslated: "po/uk.po is not fully translated",
    wrong_plurals: "nplurals=6",
    invalid_format: "msgfmt -c rejects po/da.po",
    stale_pot: "jobspor.pot is stale",
    missing_potfile: "app/shell/js-window.c has translatable strings but is not in po/POTFILES.in",
    stale_exercise: "jobspor.pot is stale",
    missing_exercise: "data/exercises/mouse-click.exercise has translatable strings but is not in "
                      "po/POTFILES.in",
}


def run_check(tree):
    return subprocess.run([sys.executable, str(CHECK), str(tree)],
                          capture_output=True, text=True)


def main():
    print(f"1..{len(CASES) + 1}")
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        result = run_check(copy_tree(tmp))
        ok = result.returncode == 0
        failures += not ok
        print(("ok" if ok else "not ok") + " 1 the untouched tree passes")
        if not ok:
            print("# " + result.stdout.replace("\n", "\n# "))
    for number, (case, expected) in enumerate(CASES.items(), 2):
        with tempfile.TemporaryDirectory() as tmp:
            tree = copy_tree(tmp)
            case(tree)
            result = run_check(tree)
            ok = result.returncode != 0 and expected in result.stdout
            failures += not ok
            print(("ok" if ok else "not ok") + f" {number} catches {case.__name__}")
            if not ok:
                print("# " + result.stdout.replace("\n", "\n# "))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
