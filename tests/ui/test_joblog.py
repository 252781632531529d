#!/usr/bin/python3
# test_joblog.py: keeping the job log, in Ukrainian, through the
# accessibility tree and the keyboard.
#
# Copyright 2026 Jobspor developers
# SPDX-License-Identifier: GPL-3.0-or-later

import datetime
import os
import sqlite3
import subprocess
import sys
import zoneinfo

import pyatspi

from jobspor_ui import App, has_state, run, tr, trn

LANG = os.environ.get("JOBSPOR_TEST_LANGUAGE", "uk")


def assert_true(condition, message):
    if not condition:
        raise AssertionError(message)


def progress(done):
    return trn(LANG, "%u application sent this week", "%u applications sent this week", done)


def type_into_focused(app, text):
    app.keys("<Control>a")
    app.type(text)


def fill_form(app, title, employer, source):
    """The form opens with the title focused; libadwaita 1.2 does not report
    the focus of entry rows over AT-SPI, so move on with Tab as a keyboard
    user does: title, employer, workplace, where found."""
    app.find(tr(LANG, "Job title or activity"), "text")
    type_into_focused(app, title)
    app.keys("Tab")
    type_into_focused(app, employer)
    app.keys("Tab")
    app.keys("Tab")
    type_into_focused(app, source)


def test_add_edit_delete_undo(home):
    home.set_language(LANG)
    app = App(home)
    app.joblog()

    app.find(tr(LANG, "No applications yet"), "label")
    app.keys("<Alt>2")
    app.click(tr(LANG, "Add your first entry"), "push button")
    app.find(tr(LANG, "New entry"), "label")

    # Saving an empty form explains, next to the field, what is missing.
    app.click(tr(LANG, "Save"), "push button")
    app.find(tr(LANG, "Write the job title, or what you did."), "label")
    app.find(tr(LANG, "Write the name of the employer."), "label")
    app.screenshot("entry-form-problems-" + LANG)

    app.click(tr(LANG, "Cancel"), "push button")
    app.keys("<Alt>2")
    app.click(tr(LANG, "Add your first entry"), "push button")
    fill_form(app, "Lagerarbejder", "Coop Danmark", "Jobnet")
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
    type_into_focused(app, "Lagermedarbejder")
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
    app.joblog()
    app.find_prefix("Lagermedarbejder, Coop Danmark")
    app.quit()


def test_unsaved_entry_survives_quitting(home):
    home.set_language(LANG)
    app = App(home)
    app.joblog()
    app.keys("<Alt>2")
    app.click(tr(LANG, "Add your first entry"), "push button")
    app.find(tr(LANG, "Job title or activity"), "text")
    type_into_focused(app, "Buschauffeur hos Movia")
    # Quit at once: the draft is written as the app goes.
    app.keys("<Control>q")
    app.process.wait(10)

    app = App(home)
    app.joblog()
    app.find(tr(LANG, "You have an entry you did not finish."), "label")
    app.click(tr(LANG, "Continue"), "push button")
    app.find(tr(LANG, "New entry"), "label")
    # The title typed before quitting is there: only the rest is added.
    app.keys("Tab")
    type_into_focused(app, "Movia")
    app.keys("Tab")
    app.keys("Tab")
    type_into_focused(app, "Jobnet")
    app.keys("<Control>s")
    app.find_prefix("Buschauffeur hos Movia, Movia")
    app.quit()


def add_entry(app, title, employer, first=False):
    app.keys("<Alt>2")
    app.click(tr(LANG, "Add your first entry" if first else "Add entry"), "push button")
    fill_form(app, title, employer, "Jobnet")
    app.keys("<Control>s")
    app.find_prefix(title + ", " + employer)


def test_export_csv(home):
    home.set_language(LANG)
    app = App(home)
    app.joblog()
    add_entry(app, "Kok, deltid", "Restaurant \"Noma\"", first=True)
    add_entry(app, "Lagerarbejder", "Coop Danmark")

    target = home.path / "export" / "joblog.csv"
    target.parent.mkdir()
    app.click(tr(LANG, "Export"), "push button")
    app.click(tr(LANG, "Save as spreadsheet (CSV)…"), "menu item")
    app.find(tr(LANG, "Save the job log as a spreadsheet"))
    # The file chooser starts in its name field: a whole path works there.
    app.keys("<Control>a")
    app.type(str(target))
    app.keys("Return")
    app.wait_for(target.exists, "the CSV file to be written")
    app.find_prefix(tr(LANG, "Saved as “%s”").replace("%s", "joblog.csv")[:8])

    data = target.read_bytes()
    assert_true(data.startswith(b"\xef\xbb\xbf"), "the CSV must start with a UTF-8 BOM")
    text = data.decode("utf-8-sig")
    assert_true(text.count("\r\n") == 3, "a header and two rows, each ended by CRLF")
    assert_true(text.split("\r\n")[0].split(",")[0] == tr(LANG, "Date"),
                "the header is in the chosen language")
    assert_true('"Kok, deltid"' in text and '"Restaurant ""Noma"""' in text,
                "fields with commas and quotes are quoted:\n" + text)
    app.quit()


def test_search(home):
    """Searching as a citizen does, by typing: the words of entries just
    written are found (the store writes its search index once per
    transaction), and only theirs."""
    home.set_language(LANG)
    app = App(home)
    app.joblog()
    add_entry(app, "Kok", "Noma", first=True)
    add_entry(app, "Lagerarbejder", "Coop Danmark")

    app.focus(tr(LANG, "Search the job log"))
    app.type("noma")
    app.find_prefix("Kok, Noma")
    app.absent_prefix("Lagerarbejder, Coop Danmark")
    app.keys("<Control>a")
    app.type("lager")
    app.find_prefix("Lagerarbejder, Coop Danmark")
    app.absent_prefix("Kok, Noma")
    app.screenshot("joblog-search-" + LANG)
    app.quit()


def test_print_to_pdf(home):
    home.set_language(LANG)
    app = App(home)
    app.joblog()
    add_entry(app, "Pedel", "Københavns Kommune", first=True)

    app.click(tr(LANG, "Export"), "push button")
    app.click(tr(LANG, "Print or save as PDF…"), "menu item")
    app.find(tr(LANG, "Your name on the printout"), "label")
    app.type("Oksana Kovalenko")
    app.keys("Return")
    # GTK's print dialog. Its printer list offers no action over AT-SPI in
    # GTK 4.8, so the "Print to File" printer is picked with the mouse;
    # Print then writes a PDF into the folder the app runs in.
    app.find(tr(LANG, "Print to File", domain="gtk40"), "label").click()
    app.screenshot("print-dialog-" + LANG)
    # GTK 4.8 names its own mnemonic buttons twice ("_Print Print").
    printing = app.find_prefix(tr(LANG, "_Print", domain="gtk40", mnemonic=True), "push button")
    app.wait_for(lambda: has_state(printing, pyatspi.STATE_SENSITIVE),
                 "a printer to be chosen")
    printing.doActionNamed("click")

    # GTK names the file in the chosen language ("вивід.pdf" in Ukrainian).
    def written():
        pdfs = [p for p in home.path.glob("*.pdf") if p.stat().st_size > 1000]
        return pdfs[0] if pdfs else None

    app.wait_for(written, "the PDF to be written")
    pdf = written()
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    for expected in ["Oksana Kovalenko", "Pedel", "Københavns Kommune"]:
        assert_true(expected in text, f"{expected!r} is missing from the PDF:\n{text}")
    app.quit()


def test_week_goal_and_warnings(home):
    home.set_language(LANG)
    app = App(home)
    app.joblog()
    add_entry(app, "Lagerarbejder", "Coop Danmark", first=True)

    # Until the plan arrives, the citizen sets the weekly requirement.
    app.click(tr(LANG, "Set your weekly goal"), "push button")
    spin = app.find(tr(LANG, "How many applications must you send each week? Your plan from "
                          "the jobcenter or your a-kasse says it."), "spin button")
    app.keys("<Control>a")
    app.type("3")
    app.keys("Tab")
    app.keys("Escape")
    of3 = trn(LANG, "%1$u of %2$u application sent this week",
              "%1$u of %2$u applications sent this week", 3)
    app.find(of3.replace("%1$u", "1").replace("%2$u", "3"), "label")
    assert_true(spin is not None, "the goal can be set")

    # The week before: nothing sent, so it was short by three.
    app.click(tr(LANG, "Previous week"), "push button")
    app.find(trn(LANG, "That week was %u application short of your plan.",
                 "That week was %u applications short of your plan.", 3), "label")
    app.click(tr(LANG, "Next week"), "push button")
    app.find(of3.replace("%1$u", "1").replace("%2$u", "3"), "label")
    app.quit()

    # A log whose newest entry is 40 days old warns that the jobcenter is told.
    today = datetime.datetime.now(zoneinfo.ZoneInfo("Europe/Copenhagen")).date()
    old = (today - datetime.timedelta(days=40)).isoformat()
    with sqlite3.connect(home.database) as db:
        db.execute("UPDATE joblog_entry SET date = ?", (old,))
    app = App(home)
    app.joblog()
    app.find(trn(LANG, "You have not added anything to your job log for %u day. "
                 "The jobcenter is told when 30 days pass without entries.",
                 "You have not added anything to your job log for %u days. "
                 "The jobcenter is told when 30 days pass without entries.", 40), "label")
    app.screenshot("joblog-warnings-" + LANG)
    app.quit()


if __name__ == "__main__":
    sys.exit(run([
        test_add_edit_delete_undo,
        test_unsaved_entry_survives_quitting,
        test_export_csv,
        test_search,
        test_print_to_pdf,
        test_week_goal_and_warnings,
    ]))
