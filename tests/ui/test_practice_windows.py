#!/usr/bin/python3
# test_practice_windows.py: the practice windows of the exercises (a web
# form, a password, Digital Post, files, a job board), done with the
# keyboard only, in English and in Arabic.
#
# Copyright 2026 Jobspor developers
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import sys
import time

import pyatspi

from jobspor_ui import App, has_state, run
from test_exercises import (arrow_to, assert_true, choose_radio, finish_and_read_result, focused,
                            next_step, open_row, step_label, t, tab_to, tn)

LANG = os.environ.get("JOBSPOR_TEST_LANGUAGE", "en")


def fill(language, msgid, *args):
    """`msgid` in `language`, its %s or %1$s, %2$s… filled in with `args`."""
    text = t(language, msgid)
    for number, arg in enumerate(args, 1):
        text = text.replace(f"%{number}$s", arg, 1) if f"%{number}$s" in text \
            else text.replace("%s", arg, 1)
    return text


def required(language, label):
    return fill(language, "%s (required)", t(language, label))


def open_exercise(app, language, title):
    app.keys("<Alt>5")
    app.wait_for(lambda: app.section() == t(language, "Exercises"), "the exercises to show")
    open_row(app, language, title)


def check(app, language):
    tab_to(app, t(language, "Check"), "push button")
    app.keys("Return")


def open_in_list(app, language, name):
    """Tab into the list holding `name`, arrow keys to it, Enter."""
    node = app.find(name, "list item")
    rows = node.parent.findChildren(lambda n: n.roleName == "list item", showingOnly=False)
    for _ in range(40):
        if any(focused(row) for row in rows):
            break
        app.keys("Tab")
        time.sleep(0.15)
    arrow_to(app, name, "list item", presses=len(rows) + 1)
    app.keys("Return")


def test_form_by_keyboard(home):
    home.set_language(LANG)
    app = App(home)
    open_exercise(app, LANG, "Fill in an online job application")
    app.find(t(LANG, "Practice form — nothing is sent"), "label")

    tab_to(app, required(LANG, "Full name"), "text")
    app.type("Amira Haddad")
    # A mistake is shown when the citizen leaves the field, not while typing.
    tab_to(app, required(LANG, "E-mail"), "text")
    app.type("amira.haddad@mail")
    mistake = t(LANG, "Write Amira's e-mail exactly: amira.haddad@mail.dk")
    app.absent(mistake, "label")
    tab_to(app, required(LANG, "Phone number"), "text")
    app.find(mistake, "label")
    email = app.find(required(LANG, "E-mail"), "text")
    assert_true(mistake in email.description, "the field says its mistake: " + email.description)
    app.screenshot("practice-form-mistake-" + LANG)
    # Corrected, the mistake goes at once.
    app.keys("<Shift>Tab")
    app.keys("End")
    app.type(".dk")
    app.absent(mistake, "label")

    tab_to(app, required(LANG, "Phone number"), "text")
    app.type("22 33 44 55")
    tab_to(app, required(LANG, "I can start from (day-month-year)"), "text")
    app.type("04-01-2027")
    choose_radio(app, LANG, "Part time")

    # The practice file picker opens on its first file; Enter attaches it.
    tab_to(app, t(LANG, "Attach a file"), "push button")
    app.keys("space")
    app.find(t(LANG, "Choose a file"), "label")
    app.screenshot("practice-form-picker-" + LANG)
    cv = app.find("CV Amira Haddad.pdf", "list item")
    app.wait_for(lambda: has_state(cv, pyatspi.STATE_FOCUSED), "the first file to have the focus")
    app.keys("Return")
    app.find(fill(LANG, "Remove %s", "CV Amira Haddad.pdf"), "push button")

    tab_to(app, required(LANG, "Why do you want this job?"), "text")
    app.type("I have worked in a kitchen before and I like to cook for many people. I am quick, "
             "clean and on time, and I want to learn more Danish at work.")
    app.find(tn(LANG, "%u word", "%u words", 31), "label")
    tab_to(app, required(LANG, "I accept that Frokosthuset Valby keeps my application for 6 "
                               "months"), "check box")
    app.keys("space")
    check(app, LANG)
    result = finish_and_read_result(app, LANG, "practice-form-result-" + LANG)
    assert_true("100" in result, "a form right at the first check is 100 %, not " + result)
    app.quit()


def test_password_in_arabic(home):
    language = "ar"
    home.set_language(language)
    app = App(home)
    open_exercise(app, language, "Make a strong password")

    tab_to(app, t(language, "New password"), "password text")
    app.type("bamse1988")
    # Each rule is ticked off, or explained, while the citizen types.
    app.find(fill(language, "Leave out “%s”: others can guess it from what they know about you.",
                  "1988"), "label")
    app.find(fill(language, "Strength: %s", t(language, "Weak")), "status bar")
    app.screenshot("practice-password-weak-ar")
    app.keys("<Control>a")
    app.type("Tekop-Regnvejr-Cykel-42")
    app.find(fill(language, "Strength: %s", t(language, "Strong")), "status bar")
    meter = app.find(fill(language, "Strength: %s", t(language, "Strong")), "level bar")
    assert_true(meter.queryValue().currentValue == 4, "a strong password fills the meter")
    app.screenshot("practice-password-strong-ar")
    check(app, language)
    next_step(app, language)
    app.find(step_label(language, 2, 2), "label")
    app.quit()


def test_inbox_by_keyboard(home):
    home.set_language(LANG)
    app = App(home)
    open_exercise(app, LANG, "Find and read a letter in Digital Post")
    subject = t(LANG, "Invitation to a meeting about your job search (Indkaldelse til samtale)")
    app.find(tn(LANG, "%u unread letter", "%u unread letters", 5), "label")

    letter = app.find_prefix(fill(LANG, "Unread: %s", subject), "list item")
    open_in_list(app, LANG, letter.name)
    app.find(subject, "heading")
    app.find(fill(LANG, "From: %s", "Jobcenter København"), "label")
    app.find(tn(LANG, "%u unread letter", "%u unread letters", 4), "label")
    app.wait_for(lambda: not letter.name.startswith(fill(LANG, "Unread: %s", "")),
                 "the letter to be read")
    app.screenshot("practice-inbox-open-" + LANG)

    # A wrong answer says why it is wrong, under it.
    choose_radio(app, LANG, "Monday 30 November 2026 at 10:30")
    check(app, LANG)
    app.find(t(LANG, "30 November is the day the letter was sent, not the day of the meeting."),
             "label")
    choose_radio(app, LANG, "Tuesday 8 December 2026 at 10:30")
    check(app, LANG)
    next_step(app, LANG)
    app.find(step_label(LANG, 2, 3), "label")
    app.quit()


def test_files_in_arabic(home):
    language = "ar"
    home.set_language(language)
    app = App(home)
    open_exercise(app, language, "Save a file and find it again")

    def folder(name):
        return fill(language, "Folder %s", t(language, name))

    for name in ["Documents", "Job search", "CV"]:
        open_in_list(app, language, folder(name))
        app.find(t(language, name), "heading")
    app.screenshot("practice-files-cv-ar")
    tab_to(app, t(language, "File name"), "text")
    app.keys("<Control>a")
    app.type("CV Fatima Ali")
    app.keys("Return")
    app.find(fill(language, "Saved the file %1$s in the folder %2$s.", "CV Fatima Ali",
                  t(language, "CV")), "status bar")
    app.find(fill(language, "File %s", "CV Fatima Ali"), "list item")
    check(app, language)
    next_step(app, language)

    app.find(step_label(language, 2, 2), "label")
    for name in ["Documents", "Job search", "Applications"]:
        open_in_list(app, language, folder(name))
    open_in_list(app, language, fill(language, "File %s", "Ansøgning Netto.docx"))
    app.find(fill(language, "You opened the file %s.", "Ansøgning Netto.docx"), "status bar")
    app.screenshot("practice-files-opened-ar")
    check(app, language)
    result = finish_and_read_result(app, language, "practice-files-result-ar")
    assert_true("100" in result, "both steps right at once is 100 %, not " + result)
    app.quit()


def test_job_board_by_keyboard(home):
    home.set_language(LANG)
    app = App(home)
    open_exercise(app, LANG, "Search a job board")
    app.find(tn(LANG, "%u job found", "%u jobs found", 11), "status bar")

    tab_to(app, t(LANG, "Search"), "entry")
    app.type("KITCHEN")
    app.find(tn(LANG, "%u job found", "%u jobs found", 3), "status bar")

    # Enter opens a job; its button adds it to the practice job log.
    right = t(LANG, "Kitchen assistant (køkkenmedhjælper)")
    wrong = t(LANG, "Cook's helper")
    for title in [right, wrong]:
        tab_to(app, title, "list item")
        app.keys("Return")
        tab_to(app, fill(LANG, "Add to job log: %s", title), "push button")
        app.keys("Return")
        app.find(fill(LANG, "Remove from job log: %s", title), "push button")
    app.screenshot("practice-job-board-" + LANG)

    # Only the job the task describes may be added.
    check(app, LANG)
    app.find(t(LANG, "This is not the job the task describes."), "label")
    tab_to(app, fill(LANG, "Remove from job log: %s", wrong), "push button")
    app.keys("Return")
    app.find(fill(LANG, "Add to job log: %s", wrong), "push button")
    check(app, LANG)
    next_step(app, LANG)
    app.find(step_label(LANG, 2, 2), "label")
    app.quit()


if __name__ == "__main__":
    sys.exit(run([
        test_form_by_keyboard,
        test_password_in_arabic,
        test_inbox_by_keyboard,
        test_files_in_arabic,
        test_job_board_by_keyboard,
    ]))
