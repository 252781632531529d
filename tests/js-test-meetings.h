/* js-test-meetings.h: the meetings, calls and bookings the Meetings tests look at
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "js-store.h"

G_BEGIN_DECLS

#define CALL_LATER "a4e5a0f1-3c1b-4f0e-9d43-2a7a3a2f5b10"
#define CALL_TODAY "b1d2c3e4-0000-4f0e-9d43-2a7a3a2f5b11"
#define S1 "d31bb8da-4b72-49ac-ab43-5a205e9f5001"
#define S2 "d31bb8da-4b72-49ac-ab43-5a205e9f5002"
#define S3 "d31bb8da-4b72-49ac-ab43-5a205e9f5003"
#define S4 "d31bb8da-4b72-49ac-ab43-5a205e9f5004"
#define S5 "d31bb8da-4b72-49ac-ab43-5a205e9f5005"
#define S6 "d31bb8da-4b72-49ac-ab43-5a205e9f5006"
#define M1 "09328d36-66b2-41d7-b9ef-920a4e600001"
#define M2 "09328d36-66b2-41d7-b9ef-920a4e600002"
#define M3 "09328d36-66b2-41d7-b9ef-920a4e600003"
#define M4 "09328d36-66b2-41d7-b9ef-920a4e600004"
#define MWEEK "09328d36-66b2-41d7-b9ef-920a4e600005"
#define PAST "09328d36-66b2-41d7-b9ef-920a4e600006"

#define CONSEQUENCE "Aflyser du uden grund, kan det få betydning for din ydelse."

typedef struct {
  char      *dir;
  JsStore   *store;
  GString   *changes;
  guint      revision;
  char      *waiting;    /* booking of S1 */
  char      *sent;       /* booking of S2 */
  char      *refused;    /* booking of S3 */
} Fixture;

GDateTime *copenhagen        (int            days,
                              int            hour);
void       fixture_set_up    (Fixture       *f,
                              gconstpointer  data);
void       fixture_tear_down (Fixture       *f,
                              gconstpointer  data);

char      *text_of           (GtkWidget     *widget);
void       assert_has        (const char    *text,
                              const char    *expected);
void       assert_lacks      (const char    *text,
                              const char    *unexpected);
char      *plain             (const char    *label);
void       settle            (void);
GtkWidget *show              (GtkWidget     *page);
GtkWindow *find_window       (GType          type);
GtkWidget *find_widget       (GtkWidget     *widget,
                              GType          type);
char      *when_of           (JsStore       *store,
                              const char    *id);

G_END_DECLS
