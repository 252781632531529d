/* js-meetings-page.c: meetings with the jobcenter, and calls to book one
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What this PC knows of the citizen's meetings, offline: the calls to
 * book first (the deadline, warned of in its last days), then every
 * meeting and booking to come with when, how, with whom, what it is
 * about and what to bring, and where it stands in words — waiting to be
 * sent, sent, confirmed, rejected with the reason, cancelled — with what
 * the jobcenter still allows (move until …, cancel until …). A booking
 * the jobcenter refused offers the next free times at once. Then the
 * meetings that have passed. Nothing here decides for the jobcenter: its
 * answer comes with the sync.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-a11y.h"
#include "js-booking-dialog.h"
#include "js-cancel-dialog.h"
#include "js-meeting-calendar.h"
#include "js-meeting-group.h"
#include "js-rows.h"
#include "js-meeting-print.h"
#include "js-meeting-text.h"
#include "js-meetings-page.h"
#include "js-store-meetings.h"
#include "js-time.h"
#include "js-toaster.h"

/* The past meetings listed, the latest first. */
#define PAST_SHOWN 10

struct _JsMeetingsPage {
  GtkWidget     parent_instance;

  GtkStack     *stack;
  GtkWidget    *clock_label;
  GtkBox       *calls;
  GtkBox       *groups;
  GtkWidget    *calendar_all_button;
  GtkWidget    *reminders_home;
  GtkWidget    *reminders_shared;

  JsStore      *store;
  GSignalGroup *store_signals;
  GPtrArray    *upcoming;          /* of JsMeetingItem */
  GPtrArray    *open_calls;        /* of JsMeetingCallItem */
  GHashTable   *refused;           /* ids of the refusals listed at the last refresh */
  gboolean      refused_known;     /* refused was filled for this store */
  char         *focus_id;          /* the item to put the keyboard on after a refresh */
  GtkWidget    *focus_row;
  gboolean      attention;
};

G_DEFINE_FINAL_TYPE (JsMeetingsPage, js_meetings_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_ATTENTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const JsMeetingItem *
find_item (JsMeetingsPage *self,
           const char     *id)
{
  for (guint i = 0; self->upcoming != NULL && i < self->upcoming->len; i++)
    {
      const JsMeetingItem *item = self->upcoming->pdata[i];

      if (g_str_equal (item->id, id))
        return item;
    }

  return NULL;
}

/* Returns whether the call is to be warned of: in its last days with
 * no booking waiting. */
static gboolean
add_call (JsMeetingsPage          *self,
          const JsMeetingCallItem *item,
          const GDate             *today)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  g_autofree char *title = js_meeting_call_title (item->call);
  g_autofree char *days = NULL;
  GtkWidget *heading;
  GtkWidget *label;
  gboolean warn;

  gtk_widget_add_css_class (box, "meeting-call");
  days = js_meeting_call_days_text (item->call, today, &warn);
  if (warn && item->waiting == NULL)
    gtk_widget_add_css_class (box, "meeting-warning");

  heading = gtk_label_new (title);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);

  if (item->waiting != NULL)
    label = gtk_label_new (_("You have asked for a time. Its state is shown below, under the "
                             "meeting."));
  else if (warn)
    {
      /* Translators: a warning before the words that follow it */
      g_autofree char *text = g_strdup_printf (_("Warning: %s"), days);

      label = gtk_label_new (text);
    }
  else
    label = gtk_label_new (days);
  gtk_box_append (GTK_BOX (box), label);

  if (item->call->purpose != NULL && *item->call->purpose != '\0')
    {
      g_autofree char *words = js_meeting_jobcenter_words (_("What it is about"),
                                                           item->call->purpose);

      gtk_box_append (GTK_BOX (box), gtk_label_new (words));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gtk_label_set_wrap (GTK_LABEL (child), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (child), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_xalign (GTK_LABEL (child), 0);
    }

  if (item->waiting == NULL)
    {
      GtkWidget *book = _js_meetings_button_new (
                          _("_Book a time…"),
                          _("Choose one of the free times the jobcenter offers"),
                          "meetings.book", g_variant_new_string (item->call->id));
      g_autofree char *description = g_strdup_printf ("%s. %s", title, days);

      /* On the button, what it answers, for a screen reader's Tab. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (book), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      description, -1);

      gtk_widget_add_css_class (book, "suggested-action");
      gtk_widget_set_halign (book, GTK_ALIGN_START);
      gtk_box_append (GTK_BOX (box), book);
      if (g_strcmp0 (self->focus_id, item->call->id) == 0)
        self->focus_row = book;
    }
  else if (g_strcmp0 (self->focus_id, item->call->id) == 0)
    {
      /* The call is answered: the booking waiting for it is what to see. */
      g_free (self->focus_id);
      self->focus_id = g_strdup (item->waiting);
    }

  gtk_box_append (self->calls, box);
  return warn && item->waiting == NULL;
}

static void
add_past (JsMeetingsPage *self,
          GPtrArray      *past)
{
  GtkWidget *group;

  if (past->len == 0)
    return;

  group = js_group_new (_("Past meetings"), NULL);
  for (guint i = 0; i < past->len && i < PAST_SHOWN; i++)
    {
      const JsMeetingItem *item = past->pdata[i];
      g_autofree char *when = js_meeting_when_text (item->record);
      g_autofree char *subtitle = g_strdup_printf ("%s\n%s\n%s",
                                                   js_meeting_state_name (item->state),
                                                   js_meeting_kind_name (item->record->kind),
                                                   item->record->caseworker);

      _js_meetings_group_add (group, when, subtitle);
    }
  gtk_box_append (self->groups, group);
}

static void
set_attention (JsMeetingsPage *self,
               gboolean        attention)
{
  if (self->attention == attention)
    return;

  self->attention = attention;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ATTENTION]);
}

/* A refusal that came with a sync is told at once, wherever the citizen
 * is; it stays listed until dismissed. */
static gboolean
note_refusals (JsMeetingsPage *self)
{
  g_autoptr(GHashTable) refused = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean new_one = FALSE;

  for (guint i = 0; self->upcoming != NULL && i < self->upcoming->len; i++)
    {
      const JsMeetingItem *item = self->upcoming->pdata[i];
      const char *id = NULL;

      if (item->state == JS_MEETING_STATE_REJECTED)
        id = item->id;
      else if (item->change != NULL && item->change->state == JS_MEETING_STATE_REJECTED)
        id = item->change->id;
      if (id == NULL)
        continue;
      g_hash_table_add (refused, g_strdup (id));
      new_one |= self->refused_known && !g_hash_table_contains (self->refused, id);
    }

  g_clear_pointer (&self->refused, g_hash_table_unref);
  self->refused = g_steal_pointer (&refused);
  self->refused_known = self->store != NULL;

  if (new_one)
    js_toast_show (GTK_WIDGET (self),
                   adw_toast_new (_("The jobcenter did not accept a booking or change. See "
                                    "Meetings.")));
  return g_hash_table_size (self->refused) > 0;
}

/* Where the keyboard is on the page, to keep it there when the page is
 * built anew (a sync changed a state while the citizen was reading):
 * the meeting it is in, or whether it is in the calls. */
static gboolean
keep_focus (JsMeetingsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *group;

  if (focus == NULL || self->focus_id != NULL)
    return FALSE;

  group = gtk_widget_get_ancestor (focus, ADW_TYPE_PREFERENCES_GROUP);
  if (group != NULL && gtk_widget_is_ancestor (group, GTK_WIDGET (self->groups)))
    self->focus_id = g_strdup (g_object_get_data (G_OBJECT (group), "js-item-id"));
  return gtk_widget_is_ancestor (focus, GTK_WIDGET (self->calls));
}

static void
refresh (JsMeetingsPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GPtrArray) past = NULL;
  GtkWidget *child;
  gboolean confirmed = FALSE;
  gboolean warn = FALSE;
  gboolean in_calls = keep_focus (self);
  GDate today;

  self->focus_row = NULL;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups))) != NULL)
    gtk_box_remove (self->groups, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->calls))) != NULL)
    gtk_box_remove (self->calls, child);
  g_clear_pointer (&self->upcoming, g_ptr_array_unref);
  g_clear_pointer (&self->open_calls, g_ptr_array_unref);

  if (self->store != NULL &&
      (!(self->upcoming = js_store_meetings_list (self->store, now, FALSE, &error)) ||
       !(past = js_store_meetings_list (self->store, now, TRUE, &error)) ||
       !(self->open_calls = js_store_meetings_open_calls (self->store, &error))))
    g_warning ("Could not read the meetings: %s", error->message);

  js_today (&today);
  for (guint i = 0; self->open_calls != NULL && i < self->open_calls->len; i++)
    warn |= add_call (self, self->open_calls->pdata[i], &today);

  if (self->upcoming != NULL && self->upcoming->len > 0)
    {
      GtkWidget *heading = gtk_label_new (_("Your meetings"));

      gtk_widget_add_css_class (heading, "title-4");
      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_label_set_wrap (GTK_LABEL (heading), TRUE);
      gtk_box_append (self->groups, heading);
    }
  for (guint i = 0; self->upcoming != NULL && i < self->upcoming->len; i++)
    {
      const JsMeetingItem *item = self->upcoming->pdata[i];
      GtkWidget *first_row;

      gtk_box_append (self->groups, js_meeting_group_new (self->store, item, now, &first_row));
      if (g_strcmp0 (self->focus_id, item->id) == 0)
        self->focus_row = first_row;
      confirmed |= item->state == JS_MEETING_STATE_CONFIRMED;
    }
  if (past != NULL)
    add_past (self, past);

  gtk_widget_set_visible (self->calendar_all_button, confirmed);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.print",
                                 (self->upcoming != NULL && self->upcoming->len > 0) ||
                                 (self->open_calls != NULL && self->open_calls->len > 0));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "meetings.calendar-all", confirmed);
  gtk_stack_set_visible_child_name (
    self->stack,
    (self->open_calls != NULL && self->open_calls->len > 0) ||
    (self->upcoming != NULL && self->upcoming->len > 0) || (past != NULL && past->len > 0)
      ? "meetings" : "empty");

  js_a11y_fix (GTK_WIDGET (self->calls));
  js_a11y_fix (GTK_WIDGET (self->groups));
  set_attention (self, note_refusals (self) || warn);

  if (self->focus_row != NULL)
    gtk_widget_grab_focus (self->focus_row);
  else if (in_calls)
    gtk_widget_child_focus (GTK_WIDGET (self->calls), GTK_DIR_TAB_FORWARD);
  g_clear_pointer (&self->focus_id, g_free);
}

/* After a booking or a change: the page shows it, the keyboard on it. */
static void
asked_cb (JsMeetingsPage *self,
          const char     *id,
          const char     *message)
{
  g_free (self->focus_id);
  self->focus_id = g_strdup (id);
  refresh (self);
  js_toast_show (GTK_WIDGET (self), adw_toast_new (message));
}

static GtkWindow *
parent_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
present_dialog (JsMeetingsPage  *self,
                JsBookingDialog *dialog)
{
  g_signal_connect_object (dialog, "asked", G_CALLBACK (asked_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
book_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  JsMeetingsPage *self = JS_MEETINGS_PAGE (widget);

  if (self->store != NULL)
    present_dialog (self, js_booking_dialog_new_booking (parent_window (widget), self->store,
                                                         g_variant_get_string (parameter, NULL),
                                                         NULL));
}

/* Another time for a refused booking, with its note and interpreter. */
static void
rebook_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  JsMeetingsPage *self = JS_MEETINGS_PAGE (widget);
  const JsMeetingItem *item = find_item (self, g_variant_get_string (parameter, NULL));

  if (self->store != NULL && item != NULL)
    present_dialog (self, js_booking_dialog_new_booking (parent_window (widget), self->store,
                                                         item->call_id, item));
}

static void
rebook_slot_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  JsMeetingsPage *self = JS_MEETINGS_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *refused_id = NULL;
  g_autofree char *note = NULL;
  g_autofree char *interpreter = NULL;
  const JsMeetingItem *item;
  const char *wish_id;
  const char *slot_id;

  g_variant_get (parameter, "(&s&s)", &wish_id, &slot_id);
  if (self->store == NULL || (item = find_item (self, wish_id)) == NULL)
    return;

  /* Booking builds the page anew: the item goes with the old one. */
  refused_id = g_strdup (item->id);
  note = g_strdup (item->note);
  interpreter = g_strdup (item->interpreter);
  id = js_booking_dialog_book (self->store, slot_id, note, interpreter, refused_id, &error);
  if (id == NULL)
    {
      g_warning ("Could not book a meeting: %s", error->message);
      refresh (self);
      js_toast_show (widget, adw_toast_new (_("That time is no longer free. Choose another.")));
      return;
    }

  asked_cb (self, id, js_booking_dialog_booked_message ());
}

static void
move_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  JsMeetingsPage *self = JS_MEETINGS_PAGE (widget);
  const JsMeetingItem *item = find_item (self, g_variant_get_string (parameter, NULL));

  if (self->store != NULL && item != NULL)
    present_dialog (self, js_booking_dialog_new_move (parent_window (widget), self->store, item));
}

typedef struct {
  JsMeetingsPage *self;
  char           *meeting_id;
} CancelRequest;

static void
cancel_request_free (CancelRequest *request,
                     GClosure      *closure)
{
  g_object_unref (request->self);
  g_free (request->meeting_id);
  g_free (request);
}

static void
cancel_response_cb (GtkWidget     *dialog,
                    const char    *response,
                    CancelRequest *request)
{
  JsMeetingsPage *self = request->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;

  if (g_str_equal (response, "cancel") && self->store != NULL)
    {
      id = js_store_meetings_cancel (self->store, request->meeting_id,
                                     js_cancel_dialog_get_note (dialog), &error);
      if (id == NULL)
        {
          g_warning ("Could not cancel a meeting: %s", error->message);
          js_message_show (parent_window (GTK_WIDGET (self)), _("The meeting was not cancelled"),
                           _("Jobspor could not save the cancellation. Try again, or contact "
                             "your caseworker."));
        }
      else
        asked_cb (self, request->meeting_id,
                  _("Cancellation asked for. The meeting stands until the jobcenter "
                    "answers."));
    }
}

/* Before a cancellation, what it may mean for the citizen's benefits. */
static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  JsMeetingsPage *self = JS_MEETINGS_PAGE (widget);
  const JsMeetingItem *item = find_item (self, g_variant_get_string (parameter, NULL));
  CancelRequest *request;
  GtkWidget *dialog;

  if (self->store == NULL || item == NULL)
    return;

  dialog = js_cancel_dialog_new (parent_window (widget), item);
  request = g_new0 (CancelRequest, 1);
  request->self = g_object_ref (self);
  request->meeting_id = g_strdup (item->id);
  g_signal_connect_data (dialog, "response", G_CALLBACK (cancel_response_cb), request,
                         (GClosureNotify) cancel_request_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
dismiss_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  JsMeetingsPage *self = JS_MEETINGS_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;

  if (!js_store_meetings_dismiss (self->store, g_variant_get_string (parameter, NULL), &error))
    {
      g_warning ("Could not dismiss a refusal: %s", error->message);
      return;
    }

  refresh (self);
  gtk_widget_child_focus (GTK_WIDGET (self->groups), GTK_DIR_TAB_FORWARD);
}

static void
calendar_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  JsMeetingsPage *self = JS_MEETINGS_PAGE (widget);
  const JsMeetingItem *item = find_item (self, g_variant_get_string (parameter, NULL));

  if (item != NULL)
    js_meeting_calendar_save (parent_window (widget), &item, 1);
}

static void
calendar_all_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  JsMeetingsPage *self = JS_MEETINGS_PAGE (widget);
  g_autoptr(GPtrArray) confirmed = g_ptr_array_new ();

  for (guint i = 0; self->upcoming != NULL && i < self->upcoming->len; i++)
    {
      const JsMeetingItem *item = self->upcoming->pdata[i];

      if (item->state == JS_MEETING_STATE_CONFIRMED)
        g_ptr_array_add (confirmed, (gpointer) item);
    }

  if (confirmed->len > 0)
    js_meeting_calendar_save (parent_window (widget),
                              (const JsMeetingItem * const *) confirmed->pdata, confirmed->len);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  JsMeetingsPage *self = JS_MEETINGS_PAGE (widget);

  js_meeting_print (self->upcoming, self->open_calls, parent_window (widget));
}

/* Shown again: time has passed (a meeting may be over, a limit reached). */
static void
js_meetings_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (js_meetings_page_parent_class)->map (widget);
  refresh (JS_MEETINGS_PAGE (widget));
}

static void
js_meetings_page_dispose (GObject *object)
{
  JsMeetingsPage *self = JS_MEETINGS_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), JS_TYPE_MEETINGS_PAGE);
  g_clear_pointer (&self->upcoming, g_ptr_array_unref);
  g_clear_pointer (&self->open_calls, g_ptr_array_unref);
  g_clear_pointer (&self->refused, g_hash_table_unref);
  g_clear_pointer (&self->focus_id, g_free);
  g_clear_object (&self->store);
  g_clear_object (&self->store_signals);

  G_OBJECT_CLASS (js_meetings_page_parent_class)->dispose (object);
}

static void
js_meetings_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  JsMeetingsPage *self = JS_MEETINGS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_ATTENTION:
      g_value_set_boolean (value, self->attention);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
js_meetings_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  JsMeetingsPage *self = JS_MEETINGS_PAGE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      js_meetings_page_set_store (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
js_meetings_page_class_init (JsMeetingsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = js_meetings_page_dispose;
  object_class->get_property = js_meetings_page_get_property;
  object_class->set_property = js_meetings_page_set_property;

  /**
   * JsMeetingsPage:store:
   *
   * The profile whose meetings are shown, or %NULL.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL, JS_TYPE_STORE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  /**
   * JsMeetingsPage:attention:
   *
   * Whether the citizen should look: the jobcenter refused a booking or a
   * change, or a call to book is in its last days.
   */
  properties[PROP_ATTENTION] =
    g_param_spec_boolean ("attention", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  widget_class->map = js_meetings_page_map;

  gtk_widget_class_install_action (widget_class, "meetings.book", "s", book_action);
  gtk_widget_class_install_action (widget_class, "meetings.rebook", "s", rebook_action);
  gtk_widget_class_install_action (widget_class, "meetings.rebook-slot", "(ss)",
                                   rebook_slot_action);
  gtk_widget_class_install_action (widget_class, "meetings.move", "s", move_action);
  gtk_widget_class_install_action (widget_class, "meetings.cancel", "s", cancel_action);
  gtk_widget_class_install_action (widget_class, "meetings.dismiss", "s", dismiss_action);
  gtk_widget_class_install_action (widget_class, "meetings.calendar", "s", calendar_action);
  gtk_widget_class_install_action (widget_class, "meetings.calendar-all", NULL,
                                   calendar_all_action);
  gtk_widget_class_install_action (widget_class, "meetings.print", NULL, print_action);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/js-meetings-page.ui");
  gtk_widget_class_bind_template_child (widget_class, JsMeetingsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, JsMeetingsPage, clock_label);
  gtk_widget_class_bind_template_child (widget_class, JsMeetingsPage, calls);
  gtk_widget_class_bind_template_child (widget_class, JsMeetingsPage, groups);
  gtk_widget_class_bind_template_child (widget_class, JsMeetingsPage, calendar_all_button);
  gtk_widget_class_bind_template_child (widget_class, JsMeetingsPage, reminders_home);
  gtk_widget_class_bind_template_child (widget_class, JsMeetingsPage, reminders_shared);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
js_meetings_page_init (JsMeetingsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  js_a11y_fix (GTK_WIDGET (self));
  self->refused = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* A sync brought meetings or answers; a booking was made or sent. */
  self->store_signals = g_signal_group_new (JS_TYPE_STORE);
  g_signal_group_connect_swapped (self->store_signals, "changed-elsewhere",
                                  G_CALLBACK (refresh), self);
  g_signal_group_connect_swapped (self->store_signals, "journal-changed",
                                  G_CALLBACK (refresh), self);
  refresh (self);
}

/**
 * js_meetings_page_set_store:
 * @self: the page
 * @store: (nullable): the open profile's store
 *
 * Shows the meetings kept in @store.
 */
void
js_meetings_page_set_store (JsMeetingsPage *self,
                            JsStore        *store)
{
  g_return_if_fail (JS_IS_MEETINGS_PAGE (self));

  if (!g_set_object (&self->store, store))
    return;

  g_hash_table_remove_all (self->refused);
  self->refused_known = FALSE;
  g_signal_group_set_target (self->store_signals, store);
  refresh (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORE]);
}

/**
 * js_meetings_page_set_shared_pc:
 * @self: the page
 * @shared_pc: whether this is a shared PC (a library's)
 *
 * A shared PC reminds of nothing: the page says so and offers the
 * calendar file and printing instead of reminders when closed.
 */
void
js_meetings_page_set_shared_pc (JsMeetingsPage *self,
                                gboolean        shared_pc)
{
  g_return_if_fail (JS_IS_MEETINGS_PAGE (self));

  gtk_widget_set_visible (self->reminders_home, !shared_pc);
  gtk_widget_set_visible (self->reminders_shared, shared_pc);
}

/**
 * js_meetings_page_reveal:
 * @self: the page
 * @id: the UUID of a meeting or of a call to book one
 *
 * Puts the keyboard (and so a screen reader) on that meeting, or on the
 * call's "Book" button, as when a reminder of it was clicked.
 */
void
js_meetings_page_reveal (JsMeetingsPage *self,
                         const char     *id)
{
  g_return_if_fail (JS_IS_MEETINGS_PAGE (self));
  g_return_if_fail (id != NULL);

  g_free (self->focus_id);
  self->focus_id = g_strdup (id);
  refresh (self);
}

/**
 * js_meetings_page_set_clock_off:
 * @self: the page
 * @clock_off: whether this PC's clock differs from the jobcenter's by
 *   more than the sync tolerates
 *
 * Says so above the meetings: the limits shown are by this PC's clock.
 */
void
js_meetings_page_set_clock_off (JsMeetingsPage *self,
                                gboolean        clock_off)
{
  g_return_if_fail (JS_IS_MEETINGS_PAGE (self));

  gtk_widget_set_visible (self->clock_label, clock_off);
}
