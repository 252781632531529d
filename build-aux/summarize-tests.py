#!/usr/bin/python3
# summarize-tests.py: count the results in meson's testlog.json.
#
# A GTest program run with --tap counts each of its test cases; any other
# test counts once. Prints "N passed, N failed" (and ", N skipped") as its
# last line, and before it why each failed test failed: CI may show only
# the end of the output.
#
# Copyright 2026 Jobspor developers
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import re
import sys

PASSED = {"OK", "EXPECTEDFAIL"}
SKIPPED = {"SKIP"}

TAP_PLAN = re.compile(r"^1\.\.\d+", re.MULTILINE)
TAP_LINE = re.compile(r"^(not ok|ok)\b[^#\n]*(#\s*(SKIP|skip|TODO|todo))?", re.MULTILINE)


def count(entry):
    result = entry.get("result", "ERROR")
    stdout = entry.get("stdout", "") or ""
    lines = TAP_LINE.findall(stdout)
    if TAP_PLAN.search(stdout) and lines:
        passed = sum(1 for verdict, _, skip in lines if verdict == "ok" and not skip)
        skipped = sum(1 for verdict, _, skip in lines if skip)
        failed = sum(1 for verdict, _, skip in lines if verdict == "not ok" and not skip)
        # A crash after the last test line still fails the program.
        if result not in PASSED and failed == 0:
            failed = 1
        return passed, failed, skipped
    if result in PASSED:
        return 1, 0, 0
    if result in SKIPPED:
        return 0, 0, 1
    return 0, 1, 0


def why(entry, limit=12):
    """The lines that say why a failed test failed: a TAP program's "not ok"
    lines and the comments under them, else the end of its output."""
    stdout = entry.get("stdout", "") or ""
    lines = []
    reporting = False
    for line in stdout.splitlines():
        if line.startswith("not ok"):
            reporting = True
            lines.append(line)
        elif line.startswith("ok") or not line.startswith("#"):
            reporting = False
        elif reporting and len(lines) < limit * 3:
            lines.append(line)
    if not lines:
        tail = (stdout + "\n" + (entry.get("stderr", "") or "")).strip().splitlines()
        lines = tail[-limit:]
    return lines


def main():
    passed = failed = skipped = 0
    failures = []
    try:
        with open(sys.argv[1], encoding="utf-8") as log:
            for line in log:
                if line.strip():
                    entry = json.loads(line)
                    p, f, s = count(entry)
                    passed, failed, skipped = passed + p, failed + f, skipped + s
                    if f:
                        failures.append(entry)
    except OSError as error:
        print(f"No test results ({error.strerror}): the build or the test run failed.")
        failed += 1

    for entry in failures:
        print(f"Failed: {entry.get('name', '?')} ({entry.get('result', 'ERROR')})")
        for line in why(entry):
            print("    " + line)

    summary = f"{passed} passed, {failed} failed"
    if skipped:
        summary += f", {skipped} skipped"
    print(summary)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
