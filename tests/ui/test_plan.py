#!/usr/bin/python3
# test_plan.py: My plan and This week, by keyboard only, against the real
# demo jobcenter. A demo citizen signs in and first sees This week; logs
# an application to a suggested job with two keystrokes and a confirm;
# marks the plan as read and records the weekly suggestion check, both of
# which reach the jobcenter; the plan still says "applied" after a
# restart with the jobcenter gone. A new revision of the plan arrives and
# what changed is marked in words; a second PC of the same citizen sees
# the application answered after its sync. Run in Arabic and Ukrainian.
#
# Copyright 2026 Jobspor developers
# SPDX-License-Identifier: GPL-3.0-or-later

import gettext
import json
import sys

from jobspor_ui import BUILD, App, Home, Jobcenter, on_screen, press, run, tr, trn
from test_profiles import sign_in, sync_button

OKSANA = "0101901234"


def trc(language, context, msgid):
    """`msgid` in `context` (pgettext) as `language` says it."""
    catalogue = gettext.translation("jobspor", localedir=str(BUILD / "po"), languages=[language])
    text = catalogue.pgettext(context, msgid)
    if text == msgid:
        raise AssertionError(f"{msgid!r} has no {language} translation")
    return text


def before(text):
    """The words of a translated format before its first %s or %d."""
    return text.split("%")[0].strip()


def assert_true(condition, message):
    if not condition:
        raise AssertionError(message)


def find_containing(app, text, timeout=10):
    """A node on screen whose name holds `text` (a row's subtitle line)."""
    def found():
        return app.node.findChildren(lambda n: text in (n.name or "") and on_screen(n),
                                     showingOnly=False)
    app.wait_for(lambda: found(), f"something saying {text!r}", timeout=timeout)
    return found()[0]


def records(jobcenter, entity):
    return [json.loads(line.split(" ", 1)[1])
            for line in jobcenter.admin("list", OKSANA, entity).splitlines() if line]


def sync_now(app, lang):
    press(app.find_prefix(tr(lang, "Sync: %s").replace("%s", ""), "push button"))
    app.click(tr(lang, "Sync _now"), "menu item")


def apply_from_plan(app, lang, job, employer):
    """In My plan: Tab to the job's "Log application", space, and Ctrl+S in
    the entry already filled in."""
    app.focus(tr(lang, "_Log application"), "push button")
    app.keys("space")
    # Nothing is typed: the entry saved below is the suggestion's.
    app.find(tr(lang, "Job title or activity"), "text")
    app.screenshot("plan-log-application-" + lang)
    app.keys("<Control>s")
    app.find_prefix(job + ", " + employer)


def plan_in(home, lang):
    jobcenter = Jobcenter(home, demo=True)
    home.set_language(lang)
    app = App(home, server_url=jobcenter.url)
    sign_in(app, lang, OKSANA, jobcenter.codes[OKSANA])
    sync_button(app, lang, "Synced just now")

    # This week first, with the plan's items.
    app.wait_for(lambda: app.section() == tr(lang, "This week"), "This week to show first")
    apply_for = tr(lang, "Apply for %s, %s")
    app.find(apply_for.replace("%s", "Lagermedarbejder", 1).replace("%s", "Salling Group", 1))
    app.find(apply_for.replace("%s", "Pakkemedarbejder", 1).replace("%s", "PostNord", 1))
    app.find(tr(lang, "Read the changes to your plan"))
    app.find(tr(lang, "Look at your job suggestions"))
    app.screenshot("plan-this-week-" + lang)

    # My plan, by keyboard.
    app.keys("<Alt>3")
    app.wait_for(lambda: app.section() == tr(lang, "My plan"), "My plan to show")
    find_containing(app, before(tr(lang, "This is your plan from the jobcenter, updated on %s. "
                                         "Read it, then mark it as read: the jobcenter then "
                                         "knows you have seen it.")))
    find_containing(app, tr(lang, "Internship at a company (virksomhedspraktik)"))
    find_containing(app, tr(lang, "Lessons in Danish at a language school."))
    app.find("Lagerarbejder eller køkkenmedhjælper i Storkøbenhavn")
    app.screenshot("plan-page-" + lang)

    apply_from_plan(app, lang, "Lagermedarbejder", "Salling Group")
    app.keys("<Alt>3")
    find_containing(app, before(tr(lang, "Applied on %s")))

    # Read, and the weekly check: both reach the jobcenter.
    app.focus(tr(lang, "_Mark as read"), "push button")
    app.keys("space")
    app.absent(tr(lang, "_Mark as read"), "push button")
    app.focus(tr(lang, "I have _looked at my job suggestions"), "push button")
    app.keys("space")
    find_containing(app, before(tr(lang, "Last checked on %s")))
    sync_now(app, lang)
    app.wait_for(lambda: records(jobcenter, "plan-receipt") and
                 records(jobcenter, "suggestion-check"),
                 "the receipt and the check to reach the jobcenter", timeout=30)
    plan = records(jobcenter, "plan")[0]
    assert_true(records(jobcenter, "plan-receipt")[0]["plan_revision"] == plan["revision"],
                "the receipt names the revision read")
    entries = records(jobcenter, "joblog-entry")
    suggestion = [s for s in plan["job_suggestions"] if s["title"] == "Lagermedarbejder"][0]
    assert_true([e for e in entries if e.get("suggestion") == suggestion["id"]],
                "the jobcenter sees which suggestion the application answers")

    # This week: the application and the read plan are done.
    app.keys("<Alt>1")
    app.absent(apply_for.replace("%s", "Lagermedarbejder", 1).replace("%s", "Salling Group", 1))
    app.absent(tr(lang, "Read the changes to your plan"))
    app.absent(tr(lang, "Look at your job suggestions"))
    assert_true(app.quit() == 0, "Jobspor should quit cleanly")

    # Offline, after a restart: all of it still there.
    jobcenter.process.kill()
    jobcenter.process.wait()
    app = App(home, server_url=jobcenter.url)
    app.keys("<Alt>3")
    app.find("Lagerarbejder eller køkkenmedhjælper i Storkøbenhavn")
    find_containing(app, before(tr(lang, "Applied on %s")))
    app.absent(tr(lang, "_Mark as read"), "push button")
    assert_true(app.quit() == 0, "Jobspor should quit cleanly")


def changes_in(home, lang):
    jobcenter = Jobcenter(home, demo=True)
    home.set_language(lang)
    app = App(home, server_url=jobcenter.url)
    sign_in(app, lang, OKSANA, jobcenter.codes[OKSANA])
    sync_button(app, lang, "Synced just now")
    app.keys("<Alt>3")
    app.focus(tr(lang, "_Mark as read"), "push button")
    app.keys("space")
    app.absent(tr(lang, "_Mark as read"), "push button")

    # The caseworker changes the goal and adds an activity: a new revision.
    plan = records(jobcenter, "plan")[0]
    plan.pop("revision")
    plan["job_goal"] = "Chauffør i Storkøbenhavn"
    plan["activities"].append({"id": "0f0e0d0c-0b0a-4909-8807-060504030201", "kind": "mentor",
                               "title": "Mentor: Sara", "starts": None, "ends": None,
                               "description": "Sara ringer om onsdagen."})
    path = home.path / "plan.json"
    path.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    jobcenter.admin("set-plan", OKSANA, str(path))
    sync_now(app, lang)

    find_containing(app, before(tr(lang, "The jobcenter changed your plan on %s. What is new "
                                         "or changed is marked. Read it, then mark it as read.")),
                    timeout=30)
    app.find("Chauffør i Storkøbenhavn")
    app.find(trc(lang, "plan item", "Changed"))
    app.find(trc(lang, "plan item", "New"))
    app.find(tr(lang, "What the plan said before"))
    find_containing(app, tr(lang, "job goal changed"))
    app.screenshot("plan-changed-" + lang)
    app.keys("<Alt>1")
    app.find(tr(lang, "Read the changes to your plan"))

    # An application to a suggestion, then the same citizen on a second PC.
    app.keys("<Alt>3")
    apply_from_plan(app, lang, "Lagermedarbejder", "Salling Group")
    sync_now(app, lang)
    app.wait_for(lambda: [e for e in records(jobcenter, "joblog-entry") if e.get("suggestion")],
                 "the application to reach the jobcenter", timeout=30)
    assert_true(app.quit() == 0, "Jobspor should quit cleanly")

    second = Home()
    second.set_language(lang)
    other = App(second, server_url=jobcenter.url)
    sign_in(other, lang, OKSANA, jobcenter.admin("new-code", OKSANA))
    sync_button(other, lang, "Synced just now")
    other.keys("<Alt>3")
    find_containing(other, before(tr(lang, "Applied on %s")))
    other.find("Chauffør i Storkøbenhavn")
    assert_true(other.quit() == 0, "Jobspor should quit cleanly on the second PC")
    second.remove()


def test_plan_in_arabic(home):
    plan_in(home, "ar")


def test_plan_in_ukrainian(home):
    plan_in(home, "uk")


def test_changes_in_ukrainian(home):
    changes_in(home, "uk")


def test_changes_in_arabic(home):
    changes_in(home, "ar")


if __name__ == "__main__":
    sys.exit(run([test_plan_in_arabic, test_plan_in_ukrainian, test_changes_in_ukrainian,
                  test_changes_in_arabic]))
