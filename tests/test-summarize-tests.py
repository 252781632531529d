#!/usr/bin/env python3
# test-summarize-tests.py: build-aux/summarize-tests.py counts each TAP test
# case, fails a program that crashed after its last line, and says above
# its last line why each failed test failed (CI may show only the end).
#
# Copyright 2026 Jobspor developers
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(sys.argv[1]).resolve()
SCRIPT = ROOT / "build-aux" / "summarize-tests.py"

ENTRIES = [
    {"name": "ui-plan", "result": "ERROR",
     "stdout": "1..3\nok 1 first\nnot ok 2 second\n# waited 10 s for 'Mark as read'\n"
               "# at test_plan.py:104 in plan_in\nok 3 third\n"},
    {"name": "store", "result": "FAIL", "stdout": "",
     "stderr": "ERROR:js-store.c:12:open: assertion failed\n"},
    {"name": "crash", "result": "ERROR", "stdout": "1..1\nok 1 only\n", "stderr": "Segmentation fault\n"},
    {"name": "plain", "result": "OK", "stdout": "", "stderr": ""},
    {"name": "skipped", "result": "SKIP", "stdout": "", "stderr": ""},
]


def run(entries):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as log:
        log.write("".join(json.dumps(entry) + "\n" for entry in entries))
    result = subprocess.run([sys.executable, str(SCRIPT), log.name],
                            capture_output=True, text=True, check=False)
    pathlib.Path(log.name).unlink()
    return result


def main():
    checks = []
    result = run(ENTRIES)
    lines = result.stdout.splitlines()
    checks.append(("the last line counts each TAP case",
                   lines[-1:] == ["4 passed, 3 failed, 1 skipped"]))
    checks.append(("a failure exits 1", result.returncode == 1))
    checks.append(("the failed case is named with its reason",
                   "    not ok 2 second" in lines and
                   "    # waited 10 s for 'Mark as read'" in lines and
                   "    # at test_plan.py:104 in plan_in" in lines))
    checks.append(("a passing case is not listed", "    ok 1 first" not in lines))
    checks.append(("a plain test's failure shows its output",
                   "    ERROR:js-store.c:12:open: assertion failed" in lines))
    checks.append(("a crash after the last line shows its output",
                   "Failed: crash (ERROR)" in lines and "    Segmentation fault" in lines))
    passing = run(ENTRIES[3:4])
    checks.append(("all passing exits 0 and lists nothing",
                   passing.returncode == 0 and passing.stdout == "1 passed, 0 failed\n"))

    print(f"1..{len(checks)}")
    for number, (what, good) in enumerate(checks, 1):
        print(("ok" if good else "not ok") + f" {number} {what}")
        if not good:
            print("# " + "\n# ".join(result.stdout.splitlines()))
    return 0 if all(good for _, good in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
