#!/usr/bin/python3
# test_meetings.py: Meetings by keyboard only, against the real demo
# jobcenter, in Ukrainian and Arabic. A demo citizen answers the call to
# book: while the jobcenter does not answer, the booking is shown waiting;
# when it does, confirmed, and the call is gone. Then a meeting is moved
# to another free time, and another cancelled after the jobcenter's words
# about what cancelling may mean; the jobcenter has both. The meetings are
# saved as a calendar file; asking for reminders when closed, with no
# desktop portal to allow it, is explained.
#
# Copyright 2026 Jobspor developers
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import signal
import sys
import time

import pyatspi
from jobspor_ui import App, Jobcenter, has_state, on_screen, run, tr
from test_profiles import sign_in, sync_button

OKSANA = "0101901234"
# The demo jobcenter's words about cancelling (src/server/js-server-demo.c).
CONSEQUENCE = "Aflyser du uden en gyldig grund"


def before(text):
    """The words of a translated format before its first %s or %d."""
    return text.split("%")[0].strip()


def records(jobcenter, entity):
    return [json.loads(line.split(" ", 1)[1])
            for line in jobcenter.admin("list", OKSANA, entity).splitlines() if line]


def named(app, text):
    """The nodes on screen called `text`."""
    return app.node.findChildren(lambda n: n.name == text and on_screen(n), showingOnly=False)


def find_containing(app, text, timeout=10):
    def found():
        return app.node.findChildren(lambda n: text in (n.name or "") and on_screen(n),
                                     showingOnly=False)
    app.wait_for(lambda: found(), f"something saying {text!r}", timeout=timeout)
    return found()[0]


def choose_first_time(app, lang):
    """In the booking dialog the keyboard starts on the first free time:
    space chooses it, Ctrl+Enter asks for it."""
    find_containing(app, before(tr(lang, "Free times as of %s, when Jobspor last synced with the "
                                         "jobcenter. All times are Danish time.")))
    app.keys("space")
    app.keys("<Control>Return")
    app.absent(tr(lang, "I need an interpreter"), "label")


def meetings_in(home, lang):
    jobcenter = Jobcenter(home, demo=True)
    home.set_language(lang)
    app = App(home, server_url=jobcenter.url)
    sign_in(app, lang, OKSANA, jobcenter.codes[OKSANA])
    sync_button(app, lang, "Synced just now")

    app.keys("<Alt>4")
    app.wait_for(lambda: app.section() == tr(lang, "Meetings"), "Meetings to show")
    find_containing(app, before(tr(lang, "Book a meeting by %s")))
    confirmed = len(named(app, tr(lang, "Confirmed")))
    app.screenshot("meetings-call-" + lang)

    # The jobcenter does not answer for a while: the booking waits.
    os.kill(jobcenter.process.pid, signal.SIGSTOP)
    try:
        app.focus(tr(lang, "_Book a time…"), "push button")
        app.keys("space")
        choose_first_time(app, lang)
        app.wait_for(lambda: named(app, tr(lang, "Waiting to be sent")) or
                     named(app, tr(lang, "Sent — waiting for the jobcenter")),
                     "the booking to be shown waiting")
        app.find(tr(lang, "You have asked for a time. Its state is shown below, under the "
                          "meeting."))
        app.screenshot("meetings-waiting-" + lang)
    finally:
        os.kill(jobcenter.process.pid, signal.SIGCONT)

    # The sync goes through: confirmed, and the call is answered.
    app.wait_for(lambda: len(named(app, tr(lang, "Confirmed"))) > confirmed,
                 "the booking to be confirmed", timeout=60)
    app.absent(tr(lang, "Waiting to be sent"))
    app.absent(tr(lang, "Sent — waiting for the jobcenter"))
    app.absent_prefix(before(tr(lang, "Book a meeting by %s")))
    results = records(jobcenter, "booking-result")
    if [r["status"] for r in results] != ["confirmed"]:
        raise AssertionError(f"the jobcenter answered {results}")

    # Move a meeting to another free time. A row's button is named by its
    # row ("Move to another time").
    app.focus(tr(lang, "Move to another time"), "push button")
    app.keys("space")
    choose_first_time(app, lang)
    app.wait_for(lambda: [r for r in records(jobcenter, "meeting-change-result")
                          if r["status"] == "confirmed"],
                 "the move to be confirmed", timeout=60)
    app.absent_prefix(before(tr(lang, "You asked to move it to %s")), timeout=30)

    # Cancel one, after reading what it may mean.
    app.focus(tr(lang, "Cancel the meeting"), "push button")
    app.keys("space")
    warning = find_containing(app, CONSEQUENCE)
    app.screenshot("meetings-cancel-" + lang)
    # "Keep the meeting" is the default: Tab to the other answer.
    dialog = warning
    while dialog.roleName not in ("dialog", "alert", "frame"):
        dialog = dialog.parent
    cancel = dialog.findChild(lambda n: n.name == tr(lang, "_Cancel the meeting")
                              and n.roleName == "push button", showingOnly=False)
    for _ in range(10):
        if has_state(cancel, pyatspi.STATE_FOCUSED):
            break
        app.keys("Tab")
        time.sleep(0.15)
    else:
        raise AssertionError("Tab never reaches the answer that cancels")
    app.keys("space")
    app.wait_for(lambda: [m for m in records(jobcenter, "meeting")
                          if m["status"] == "cancelled"],
                 "the jobcenter to have the meeting cancelled", timeout=60)
    app.find(tr(lang, "Cancelled"), timeout=30)
    app.screenshot("meetings-cancelled-" + lang)

    # The confirmed meetings for the citizen's calendar, saved where they say.
    target = home.path / "calendar" / "meetings.ics"
    target.parent.mkdir()
    app.focus(tr(lang, "Add _all to calendar…"), "push button")
    app.keys("space")
    app.find(tr(lang, "Save your meetings for your calendar"))
    app.keys("<Control>a")
    app.type(str(target))
    app.keys("Return")
    app.wait_for(target.exists, "the calendar file to be written")
    calendar = target.read_text(encoding="utf-8")
    if "BEGIN:VCALENDAR" not in calendar or "BEGIN:VEVENT" not in calendar:
        raise AssertionError(f"not a calendar file: {calendar[:200]!r}")

    # Reminders when closed: this session has no desktop portal to allow
    # it, so the citizen is told, and the box is left unticked.
    box = app.focus(tr(lang, "_Remind me also when Jobspor is closed"), "check box")
    app.keys("space")
    app.find(tr(lang, "Reminders only while Jobspor is open"))
    app.screenshot("meetings-remind-refused-" + lang)
    app.keys("Return")
    app.absent(tr(lang, "Reminders only while Jobspor is open"))
    app.wait_for(lambda: not has_state(box, pyatspi.STATE_CHECKED), "the box to be unticked")
    if app.quit() != 0:
        raise AssertionError("Jobspor should quit cleanly")


def test_meetings_in_ukrainian(home):
    meetings_in(home, "uk")


def test_meetings_in_arabic(home):
    meetings_in(home, "ar")


if __name__ == "__main__":
    sys.exit(run([test_meetings_in_ukrainian, test_meetings_in_arabic]))
