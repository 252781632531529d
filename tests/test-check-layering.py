#!/usr/bin/env python3
# test-check-layering.py: check-layering.py passes the tree as it is, and
# catches each kind of broken rule when one is put in a copy of it.
#
# Copyright 2026 Jobspor developers
# SPDX-License-Identifier: GPL-3.0-or-later

import importlib.util
import pathlib
import shutil
import sys
import tempfile

HERE = pathlib.Path(__file__).resolve().parent
spec = importlib.util.spec_from_file_location("check_layering", HERE / "check-layering.py")
check_layering = importlib.util.module_from_spec(spec)
spec.loader.exec_module(check_layering)

BREAKS = [
    ("a page includes the window", "app/joblog/js-joblog-page.c", '#include "js-window.h"\n',
     "includes js-window.h of app/shell/"),
    ("one area includes another", "app/exercises/js-exercises-page.c",
     '#include "js-week-card.h"\n', "includes js-week-card.h of app/joblog/"),
    ("common reaches up", "app/common/js-a11y.c", '#include "js-application.h"\n',
     "includes js-application.h of app/shell/"),
    ("src uses GTK", "src/store/js-store.c", "#include <gtk/gtk.h>\n", "src/ is GTK-free"),
    ("src uses the app", "src/sync/js-sync.c", '#include "js-toaster.h"\n', "of app/"),
]


def main():
    root = pathlib.Path(sys.argv[1]).resolve()
    print(f"1..{len(BREAKS) + 1}")
    failed = 0

    problems = check_layering.check(root)
    print(("ok" if not problems else "not ok") + " 1 the tree keeps the rules")
    failed += bool(problems)

    for number, (what, path, line, expected) in enumerate(BREAKS, 2):
        with tempfile.TemporaryDirectory() as tmp:
            copy = pathlib.Path(tmp)
            shutil.copytree(root / "app", copy / "app")
            shutil.copytree(root / "src", copy / "src")
            target = copy / path
            text = target.read_text(encoding="utf-8")
            target.write_text(text.replace('#include "config.h"\n',
                                           '#include "config.h"\n' + line, 1), encoding="utf-8")
            problems = check_layering.check(copy)
            caught = len(problems) == 1 and expected in problems[0]
            print(("ok" if caught else "not ok") + f" {number} caught: {what}")
            if not caught:
                print("# " + repr(problems))
                failed += 1

    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
