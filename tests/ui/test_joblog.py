#!/usr/bin/python3
# test_joblog.py: keeping the job log, in Ukrainian, through the
# accessibility tree and the keyboard.
#
# Copyright 2026 Jobspor developers
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import sys

from jobspor_ui import App, run, tr, trn

LANG = os.environ.get("JOBSPOR_TEST_LANGUAGE", "uk")


def assert_true(condition, message):
    if not condition:
        raise AssertionError(message)


def progress(done):
    return trn(LANG, "%u application sent this week", "%u applications sent this week", done)


def fill_text(app, label, text):
    app.focus(tr(LANG, label))
    app.keys("<Control>a")
    app.type(text)


def test_add_edit_delete_undo(home):
    home.set_language(LANG)
    app = App(home)

    app.find(tr(LANG, "No applications yet"), "label")
    app.click(tr(LANG, "Add your first entry"), "push button")
    app.find(tr(LANG, "New entry"), "label")

    # Saving an empty form explains, next to the field, what is missing.
    app.click(tr(LANG, "Save"), "push button")
    app.find(tr(LANG, "Write the job title, or what you did."), "label")
    app.find(tr(LANG, "Write the name of the employer."), "label")

    fill_text(app, "Job title or activity", "Lagerarbejder")
    fill_text(app, "Employer", "Coop Danmark")
    fill_text(app, "Where you found the job", "Jobnet")
    app.click(tr(LANG, "Save"), "push button")
    app.absent(tr(LANG, "New entry"), "label")

    # In the list, and counted in the week.
    app.find_prefix("Lagerarbejder, Coop Danmark")
    app.find(progress(1), "label")
    app.screenshot("joblog-" + LANG)

    # Edit: open the entry from the list with the keyboard.
    row = app.find_prefix("Lagerarbejder, Coop Danmark")
    app.focus(row.name)
    app.keys("Return")
    app.find(tr(LANG, "Edit entry"), "label")
    fill_text(app, "Job title or activity", "Lagermedarbejder")
    app.keys("<Control>s")
    app.absent(tr(LANG, "Edit entry"), "label")
    app.find_prefix("Lagermedarbejder, Coop Danmark")
    app.absent_prefix("Lagerarbejder,")

    # Delete with the Delete key, then Undo.
    row = app.find_prefix("Lagermedarbejder, Coop Danmark")
    app.focus(row.name)
    app.keys("Delete")
    app.find(tr(LANG, "Entry deleted"), "label")
    app.find(tr(LANG, "No applications yet"), "label")
    app.click(tr(LANG, "Undo"), "push button")
    app.find_prefix("Lagermedarbejder, Coop Danmark")
    app.find(progress(1), "label")
    app.quit()

    # Still there after a restart.
    app = App(home)
    app.find_prefix("Lagermedarbejder, Coop Danmark")
    app.quit()


def test_unsaved_entry_survives_quitting(home):
    home.set_language(LANG)
    app = App(home)
    app.click(tr(LANG, "Add your first entry"), "push button")
    fill_text(app, "Job title or activity", "Buschauffeur hos Movia")
    app.keys("<Control>q")
    app.process.wait(10)

    app = App(home)
    app.find(tr(LANG, "You have an entry you did not finish."), "label")
    app.click(tr(LANG, "Continue"), "push button")
    title = app.find(tr(LANG, "Job title or activity"))
    app.find(tr(LANG, "New entry"), "label")
    assert_true(title is not None, "the form should open again")
    app.find_prefix("Buschauff")
    app.quit()


if __name__ == "__main__":
    sys.exit(run([
        test_add_edit_delete_undo,
        test_unsaved_entry_survives_quitting,
    ]))
