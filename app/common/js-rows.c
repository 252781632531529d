/* js-rows.c: groups and rows whose text wraps at any size
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * My plan and Meetings list the jobcenter's words in rows: plain text
 * (never markup), wrapping on as many lines as it takes at 200 % text or
 * in a narrow window.
 */

#include "config.h"

#include "js-rows.h"

/**
 * js_group_new:
 * @title: the group's heading
 * @description: (nullable): a line under it
 *
 * Returns: (transfer floating): an #AdwPreferencesGroup
 */
GtkWidget *
js_group_new (const char *title,
              const char *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  return group;
}

/**
 * js_row_new:
 * @title: the row's title, plain text
 * @subtitle: (nullable): its subtitle, plain text
 *
 * Returns: (transfer floating): an #AdwActionRow that wraps its text
 */
GtkWidget *
js_row_new (const char *title,
            const char *subtitle)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL && *subtitle != '\0')
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  return row;
}
