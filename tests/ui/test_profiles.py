#!/usr/bin/python3
# test_profiles.py: one citizen, one profile. Two citizens take turns on one
# PC, as two people sharing a home PC or strangers at the library would, and
# neither ever sees or sends the other's data. Run in Ukrainian and Arabic.
#
# Copyright 2026 Jobspor developers
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import sys

from jobspor_ui import App, Jobcenter, KeyringWatch, press, run, tr, trn
from test_exercises import best_result, finish_and_read_result, next_step, open_row, tab_to

OKSANA = "0101901234"
AHMAD = "0202852345"
NOT_SIGNED_IN = "Not signed in — your job log is kept on this PC"


def assert_true(condition, message):
    if not condition:
        raise AssertionError(message)


def sync_button(app, lang, words):
    return app.find(tr(lang, "Sync: %s").replace("%s", tr(lang, words)), "push button")


def sign_in(app, lang, number, code, not_signed_in=NOT_SIGNED_IN):
    """With the header's Sign in button, as a citizen who never signed in
    would find it."""
    sync_button(app, lang, not_signed_in)
    fill_in_sign_in(app, lang, number, code)


def fill_in_sign_in(app, lang, number, code):
    """Sign in (the header's or the start page's button), then the dialog."""
    app.click(tr(lang, "Sign in"), "push button")
    app.find(tr(lang, "Citizen number (10 digits)"), "text")
    app.type(number)
    app.keys("Tab")
    app.type(code)
    app.keys("Return")
    app.absent(tr(lang, "Citizen number (10 digits)"), "text", timeout=15)


def sign_out(app, lang, delete=False):
    """Signs out at home, keeping the job log on the PC or deleting it."""
    press(app.find_prefix(tr(lang, "Sync: %s").replace("%s", ""), "push button"))
    app.click(tr(lang, "Sign _out"), "menu item")
    app.click(tr(lang, "Sign out and _delete" if delete else "_Sign out"), "push button")
    sync_button(app, lang, NOT_SIGNED_IN)


def add_entry(app, lang, title, first=True):
    app.keys("<Alt>2")
    app.click(tr(lang, "Add your first entry" if first else "Add entry"), "push button")
    app.find(tr(lang, "Job title or activity"), "text")
    app.type(title)
    app.keys("Tab")
    app.type("Coop Danmark")
    app.keys("Tab")
    app.keys("Tab")
    app.type("Jobnet")
    app.keys("<Control>s")
    app.find_prefix(title + ", Coop Danmark")


def titles_at_jobcenter(jobcenter, number):
    listing = jobcenter.admin("list", number, "joblog-entry")
    return sorted(json.loads(line.split(" ", 1)[1])["title"]
                  for line in listing.splitlines() if line)


def do_click_exercise(app, lang):
    app.keys("<Alt>5")
    app.wait_for(lambda: app.section() == tr(lang, "Exercises"), "the exercises to show")
    open_row(app, lang, "Click the buttons")
    for step in [["Start", "Next", "Done"], ["Search", "Log in", "Help", "Save job"]]:
        if step[0] == "Search":
            next_step(app, lang)
        for target in step:
            tab_to(app, tr(lang, target), "push button")
            app.keys("space")
    finish_and_read_result(app, lang, "profiles-exercise-" + lang)
    app.keys("Return")
    app.find(best_result(lang, 100), "label")
    app.keys("<Alt>2")


def assert_nothing_of(app, lang, title):
    """The window shows no trace of the last citizen: not the entry, not
    the week's count, not the exercise done."""
    app.find(tr(lang, "Add your first entry"), "push button")
    app.absent_prefix(title)
    app.absent(trn(lang, "%u application sent this week", "%u applications sent this week", 1))
    app.keys("<Alt>5")
    app.wait_for(lambda: app.section() == tr(lang, "Exercises"), "the exercises to show")
    app.absent(best_result(lang, 100), "label")
    app.keys("<Alt>2")


def take_turns(home, lang):
    jobcenter = Jobcenter(home)
    oksana_code = jobcenter.admin("add-citizen", OKSANA, "Oksana Kovalenko")
    ahmad_code = jobcenter.admin("add-citizen", AHMAD, "Ahmad Al-Khatib")
    home.set_language(lang)
    app = App(home, server_url=jobcenter.url)

    # A first start says what to do, in words and with a button.
    sync_button(app, lang, NOT_SIGNED_IN)
    app.screenshot("profiles-first-start-" + lang)

    # Oksana signs in, writes in her log, does an exercise, and it syncs.
    sign_in(app, lang, OKSANA, oksana_code)
    app.joblog()
    sync_button(app, lang, "Synced just now")
    add_entry(app, lang, "Lagerarbejder")
    app.wait_for(lambda: titles_at_jobcenter(jobcenter, OKSANA) == ["Lagerarbejder"],
                 "Oksana's entry to reach the jobcenter", timeout=30)
    do_click_exercise(app, lang)
    app.keys("<Control>f")
    app.type("Lager")

    # She signs out: nothing of hers is left on screen.
    sign_out(app, lang)
    assert_nothing_of(app, lang, "Lagerarbejder")
    app.screenshot("profiles-after-sign-out-" + lang)

    # Ahmad signs in on the same PC: his own, empty log, nothing offered.
    sign_in(app, lang, AHMAD, ahmad_code)
    app.joblog()
    sync_button(app, lang, "Synced just now")
    app.absent(tr(lang, "Add to my profile"), "push button", timeout=2)
    assert_nothing_of(app, lang, "Lagerarbejder")
    add_entry(app, lang, "Buschauffør")
    app.wait_for(lambda: titles_at_jobcenter(jobcenter, AHMAD) == ["Buschauffør"],
                 "Ahmad's entry to reach the jobcenter", timeout=30)
    assert_true(titles_at_jobcenter(jobcenter, OKSANA) == ["Lagerarbejder"],
                "Oksana's log at the jobcenter is unchanged")
    app.screenshot("profiles-second-citizen-" + lang)
    sign_out(app, lang)
    app.absent_prefix("Buschauffør")

    # Oksana again, with a new code: her log is back, Ahmad's is not there.
    sign_in(app, lang, OKSANA, jobcenter.admin("new-code", OKSANA))
    app.joblog()
    app.find_prefix("Lagerarbejder, Coop Danmark")
    app.absent_prefix("Buschauffør")

    # Offline too: the jobcenter goes away, she adds to her log, quits and
    # starts again; everything is still hers, from this PC.
    jobcenter.process.kill()
    jobcenter.process.wait()
    add_entry(app, lang, "Kok", first=False)
    app.quit()
    app = App(home, server_url=jobcenter.url)
    app.joblog()
    app.find_prefix("Lagerarbejder, Coop Danmark")
    app.find_prefix("Kok, Coop Danmark")
    app.absent_prefix("Buschauffør")
    app.screenshot("profiles-back-offline-" + lang)
    assert_true(app.quit() == 0, "Jobspor should quit cleanly")

    # No citizen number in any file or folder name.
    names = [p.name for p in home.profiles.rglob("*")]
    assert_true(not any(OKSANA in n or AHMAD in n for n in names),
                "profile folders are named by a one-way key: " + str(names))


def claim_offer(home, lang):
    jobcenter = Jobcenter(home)
    oksana_code = jobcenter.admin("add-citizen", OKSANA, "Oksana Kovalenko")
    ahmad_code = jobcenter.admin("add-citizen", AHMAD, "Ahmad Al-Khatib")
    home.set_language(lang)
    app = App(home, server_url=jobcenter.url)

    # Written before signing in.
    add_entry(app, lang, "Rengøring")

    # Ahmad signs in first and says it is not his: it stays where it was.
    sign_in(app, lang, AHMAD, ahmad_code)
    app.joblog()
    app.find(trn(lang, "Add this entry to your job log?",
                 "Add these %u entries to your job log?", 1))
    app.screenshot("profiles-offer-" + lang)
    app.click(tr(lang, "Leave it"), "push button")
    app.joblog()
    app.find(tr(lang, "Add your first entry"), "push button")
    app.absent_prefix("Rengøring")
    sync_button(app, lang, "Synced just now")
    sign_out(app, lang)
    app.find_prefix("Rengøring, Coop Danmark")

    # Oksana signs in and takes it: it is hers now, here and at the jobcenter.
    sign_in(app, lang, OKSANA, oksana_code)
    app.joblog()
    app.click(tr(lang, "Add to my profile"), "push button")
    app.joblog()
    app.find_prefix("Rengøring, Coop Danmark")
    app.wait_for(lambda: titles_at_jobcenter(jobcenter, OKSANA) == ["Rengøring"],
                 "the entry to reach the jobcenter as Oksana's", timeout=30)
    assert_true(titles_at_jobcenter(jobcenter, AHMAD) == [], "Ahmad never got it")
    sign_out(app, lang)
    app.find(tr(lang, "Add your first entry"), "push button")
    app.absent_prefix("Rengøring")
    assert_true(app.quit() == 0, "Jobspor should quit cleanly")


def sign_out_and_delete(home, lang):
    """At home, signing out can delete the citizen's copy from the PC; the
    jobcenter keeps the job log, and it comes back at the next sign-in."""
    jobcenter = Jobcenter(home)
    home.set_language(lang)
    keyring = KeyringWatch(home)
    app = App(home, server_url=jobcenter.url)
    sign_in(app, lang, OKSANA, jobcenter.admin("add-citizen", OKSANA, "Oksana Kovalenko"))
    app.joblog()
    sync_button(app, lang, "Synced just now")
    # At home the token goes to the keyring (and the watch sees it: the
    # shared-PC test's "never" means something).
    app.wait_for(lambda: keyring.messages(), "the token to be offered to the keyring")
    add_entry(app, lang, "Lagerarbejder")
    app.wait_for(lambda: titles_at_jobcenter(jobcenter, OKSANA) == ["Lagerarbejder"],
                 "the entry to reach the jobcenter", timeout=30)
    keys = [p.name for p in home.profiles.iterdir() if p.name != "anonymous" and p.is_dir()]
    assert_true(len(keys) == 1, "one citizen's profile: " + str(keys))
    database = home.profiles / keys[0] / "jobspor.db"
    assert_true(oct(database.stat().st_mode & 0o777) == "0o600", "the profile is the citizen's only")
    assert_true(oct(database.parent.stat().st_mode & 0o777) == "0o700", "so is its folder")

    press(app.find_prefix(tr(lang, "Sync: %s").replace("%s", ""), "push button"))
    app.click(tr(lang, "Sign _out"), "menu item")
    app.find(tr(lang, "Sign out?"))
    app.screenshot("profiles-sign-out-" + lang)
    app.click(tr(lang, "Sign out and _delete"), "push button")
    sync_button(app, lang, NOT_SIGNED_IN)
    app.absent_prefix("Lagerarbejder")
    app.wait_for(lambda: not (home.profiles / keys[0]).exists(), "the profile to be deleted")

    sign_in(app, lang, OKSANA, jobcenter.admin("new-code", OKSANA))
    app.joblog()
    app.find_prefix("Lagerarbejder, Coop Danmark", timeout=30)
    assert_true(app.quit() == 0, "Jobspor should quit cleanly")


def test_sign_in_with_the_language_dialog_open(home):
    """A first start leaves the language dialog open, and the citizen signs
    in all the same: no dialog stands over a window that goes first, which
    GTK reports as a critical (fatal here)."""
    jobcenter = Jobcenter(home)
    code = jobcenter.admin("add-citizen", OKSANA, "Oksana Kovalenko")
    app = App(home, lang="en_US.UTF-8", server_url=jobcenter.url,
              extra_env={"G_DEBUG": "fatal-criticals"})
    app.find("Choose your language")
    sign_in(app, "en", OKSANA, code)
    sync_button(app, "en", "Synced just now")
    add_entry(app, "en", "Lagerarbejder")
    app.wait_for(lambda: titles_at_jobcenter(jobcenter, OKSANA) == ["Lagerarbejder"],
                 "the entry to reach the jobcenter", timeout=30)
    assert_true(app.process.poll() is None, "Jobspor is still running")
    assert_true(app.quit() == 0, "Jobspor should quit cleanly")


def test_sign_out_and_delete_in_arabic(home):
    sign_out_and_delete(home, "ar")


def test_take_turns_in_ukrainian(home):
    take_turns(home, "uk")


def test_take_turns_in_arabic(home):
    take_turns(home, "ar")


def test_claim_offer_in_arabic(home):
    claim_offer(home, "ar")


def test_claim_offer_in_ukrainian(home):
    claim_offer(home, "uk")


if __name__ == "__main__":
    sys.exit(run([
        test_take_turns_in_ukrainian,
        test_take_turns_in_arabic,
        test_claim_offer_in_arabic,
        test_claim_offer_in_ukrainian,
        test_sign_out_and_delete_in_arabic,
        test_sign_in_with_the_language_dialog_open,
    ]))
