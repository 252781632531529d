#!/usr/bin/python3
# test_sync.py: signing in to the jobcenter and syncing, through the
# accessibility tree and the keyboard, against the real jobspor-server.
#
# Copyright 2026 Jobspor developers
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import sqlite3
import sys
import time

from jobspor_ui import App, Jobcenter, press, run, tr, trn
from test_exercises import finish_and_read_result, next_step, open_row, tab_to

LANG = os.environ.get("JOBSPOR_TEST_LANGUAGE", "uk")
OKSANA = "0101901234"


def assert_true(condition, message):
    if not condition:
        raise AssertionError(message)


def sync_button(app, words):
    return app.find(tr(LANG, "Sync: %s").replace("%s", tr(LANG, words)), "push button")


def open_sign_in(app):
    press(sync_button(app, "Not signed in — your job log is kept on this PC"))
    app.click(tr(LANG, "_Sign in…"), "menu item")
    app.find(tr(LANG, "Citizen number (10 digits)"), "text")


def type_credentials(app, number, code):
    # The dialog opens with the number field focused (libadwaita 1.2 reports
    # no focus for entry rows, so move on with Tab, as a keyboard user does).
    app.type(number)
    app.keys("Tab")
    app.type(code)
    app.keys("Return")


def test_sign_in_and_sync(home):
    jobcenter = Jobcenter(home)
    code = jobcenter.admin("add-citizen", OKSANA, "Oksana Kovalenko")
    home.set_language(LANG)
    app = App(home, server_url=jobcenter.url)
    app.joblog()

    # A wrong code: told in plain words, and nothing typed is lost.
    open_sign_in(app)
    type_credentials(app, OKSANA, "AAAA-BBBB")
    app.find(tr(LANG, "The citizen number or the code is wrong. Check both, or ask the "
                      "jobcenter for a new code: a code works only once."))
    app.screenshot("sign-in-wrong-" + LANG)
    app.keys("Escape")

    # Written the way people write it, with a dash and stray spaces.
    open_sign_in(app)
    type_credentials(app, " 010190-1234 ", code.lower())
    app.absent(tr(LANG, "Citizen number (10 digits)"), "text")
    app.joblog()
    sync_button(app, "Synced just now")

    # An entry made now reaches the jobcenter by itself, seconds later.
    app.keys("<Alt>2")
    app.click(tr(LANG, "Add your first entry"), "push button")
    app.find(tr(LANG, "Job title or activity"), "text")
    app.type("Lagerarbejder")
    app.keys("Tab")
    app.type("Coop Danmark")
    app.keys("Tab")
    app.keys("Tab")
    app.type("Jobnet")
    app.keys("<Control>s")

    def arrived():
        listing = jobcenter.admin("list", OKSANA, "joblog-entry")
        return any(json.loads(line.split(" ", 1)[1])["title"] == "Lagerarbejder"
                   for line in listing.splitlines() if line)

    app.wait_for(arrived, "the entry to reach the jobcenter", timeout=30)
    app.screenshot("synced-" + LANG)

    # Signing out: the header says so.
    press(sync_button(app, "Synced just now"))
    app.click(tr(LANG, "Sign _out"), "menu item")
    app.click(tr(LANG, "_Sign out"), "push button")
    sync_button(app, "Not signed in — your job log is kept on this PC")
    app.quit()


def test_exercise_progress_reaches_jobcenter(home):
    jobcenter = Jobcenter(home)
    code = jobcenter.admin("add-citizen", OKSANA, "Oksana Kovalenko")
    home.set_language(LANG)
    app = App(home, server_url=jobcenter.url)
    app.joblog()

    # An exercise done by keyboard, offline, before signing in (a library PC).
    app.keys("<Alt>5")
    app.wait_for(lambda: app.section() == tr(LANG, "Exercises"), "the exercises to show")
    open_row(app, LANG, "Click the buttons")
    for step in [["Start", "Next", "Done"], ["Search", "Log in", "Help", "Save job"]]:
        if step[0] == "Search":
            next_step(app, LANG)
        for target in step:
            tab_to(app, tr(LANG, target), "push button")
            app.keys("space")
    finish_and_read_result(app, LANG, "exercise-synced-" + LANG)

    # Signing in offers it to the citizen; once taken, it is sent: one
    # record for the exercise, the citizen's own.
    open_sign_in(app)
    type_credentials(app, OKSANA, code)
    app.find(tr(LANG, "Add what was made before you signed in?"))
    app.click(tr(LANG, "Add to my profile"), "push button")

    def arrived():
        table = jobcenter.admin("progress", OKSANA)
        return any(line.split()[:3] == ["mouse-click", "1", "100%"]
                   for line in table.splitlines())

    app.wait_for(arrived, "the progress to reach the jobcenter", timeout=30)
    records = jobcenter.admin("list", OKSANA, "exercise-progress").splitlines()
    assert_true(len(records) == 1, "one record per exercise, not " + str(records))
    assert_true("ed82a25b-8ec2-5a0f-8ade-c167f6e65759" in records[0],
                "the record has the citizen's own id (spec 5.7): " + records[0])
    assert_true(app.quit() == 0, "Jobspor should quit cleanly")


def test_jobcenter_down(home):
    jobcenter = Jobcenter(home)
    code = jobcenter.admin("add-citizen", OKSANA, "Oksana Kovalenko")
    home.set_language(LANG)
    app = App(home, server_url=jobcenter.url)
    app.joblog()
    open_sign_in(app)
    type_credentials(app, OKSANA, code)
    sync_button(app, "Synced just now")

    jobcenter.process.kill()
    jobcenter.process.wait()
    app.keys("<Alt>2")
    app.click(tr(LANG, "Add your first entry"), "push button")
    app.find(tr(LANG, "Job title or activity"), "text")
    app.type("Kok")
    app.keys("Tab")
    app.type("Noma")
    app.keys("Tab")
    app.keys("Tab")
    app.type("Jobnet")
    app.keys("<Control>s")
    words = tr(LANG, "Sync: %s").replace("%s", tr(LANG, "Can’t reach the jobcenter"))
    node = app.find_prefix(words, "push button", timeout=30)
    app.screenshot("jobcenter-down-" + LANG)
    assert_true(node is not None, "the header explains that the jobcenter is out of reach")
    time.sleep(0.5)
    app.quit()


ENTRY = ('{"id":"%s","revision":%d,"kind":"advertised","status":"applied","date":"2026-11-20",'
         '"deadline":null,"title":"%s","employer":"Movia","location":"","source":"Jobnet",'
         '"contact":"","link":"","notes":""}')


def test_conflict_is_kept_for_the_citizen(home):
    record = "6f1c2d3e-4b5a-4c6d-8e7f-9a0b1c2d3e4f"
    home.set_language(LANG)
    app = App(home)
    app.joblog()
    app.find(tr(LANG, "No applications yet"), "label")
    app.quit()

    # As after a sync: the jobcenter's version in the log, ours kept aside.
    with sqlite3.connect(home.database) as db:
        db.execute("INSERT INTO joblog_entry (id, revision, kind, status, date, title, employer,"
                   " location, source, contact, link, notes, created, updated, server_revision)"
                   " VALUES (?, 1, 'advertised', 'applied', '2026-11-20', 'Buschauffør (home)',"
                   " 'Movia', '', 'Jobnet', '', '', '', '2026-11-24', '2026-11-24', 2)",
                   (record,))
        db.execute("INSERT INTO sync_conflict (entity, record_id, kind, mine, theirs, created)"
                   " VALUES ('joblog-entry', ?, 'conflict', ?, ?, '2026-11-24')",
                   (record, ENTRY % (record, 2, "Buschauffør (library)"),
                    ENTRY % (record, 2, "Buschauffør (home)")))

    app = App(home)
    app.joblog()
    app.find(trn(LANG, "%u entry was changed on another computer too, or not accepted by the "
                 "jobcenter. Check it.", "%u entries were changed on another computer too, or "
                 "not accepted by the jobcenter. Check them.", 1), "label")
    app.click(tr(LANG, "Check them"), "push button")
    app.find("Buschauffør (library)")
    app.screenshot("conflicts-" + LANG)
    app.click(tr(LANG, "Keep mine"), "push button")
    app.find_prefix("Buschauffør (library), Movia")
    app.quit()

    with sqlite3.connect(home.database) as db:
        waiting = db.execute("SELECT count(*) FROM journal WHERE record_id = ?",
                             (record,)).fetchone()[0]
        left = db.execute("SELECT count(*) FROM sync_conflict").fetchone()[0]
    assert_true(waiting == 1, "keeping mine sends it to the jobcenter again")
    assert_true(left == 0, "the conflict is resolved")


if __name__ == "__main__":
    sys.exit(run([
        test_sign_in_and_sync,
        test_exercise_progress_reaches_jobcenter,
        test_jobcenter_down,
        test_conflict_is_kept_for_the_citizen,
    ]))
