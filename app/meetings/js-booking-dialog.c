/* js-booking-dialog.c: choosing a free time, to book a meeting or move one
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The free times of the last sync, by day in Danish time, with when they
 * were fetched; a note to the caseworker and, for a booking, whether an
 * interpreter is needed and in which language. Made for the keyboard:
 * the first time has the focus, Space chooses one, Enter (or Ctrl+Enter
 * anywhere) asks for it, Escape leaves. What is asked waits on this PC
 * until the sync sends it; the jobcenter's answer decides.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "js-a11y.h"
#include "js-booking-dialog.h"
#include "js-date-format.h"
#include "js-meeting-text.h"

#define MAX_NOTE 500

struct _JsBookingDialog {
  AdwWindow        parent_instance;

  AdwWindowTitle  *window_title;
  GtkWidget       *book_button;
  GtkLabel        *intro_label;
  GtkLabel        *error_label;
  GtkLabel        *fetched_label;
  GtkBox          *days_box;
  AdwEntryRow     *note_row;
  GtkWidget       *interpreter_row;
  GtkSwitch       *interpreter_switch;
  AdwComboRow     *language_row;

  JsStore         *store;
  char            *call_id;          /* the call whose times to offer, or NULL */
  char            *meeting_id;       /* moving: the meeting */
  char            *refused_id;       /* booking again: the refused booking */
  char            *chosen;           /* the slot chosen */
  GtkWidget       *first_check;
};

G_DEFINE_FINAL_TYPE (JsBookingDialog, js_booking_dialog, ADW_TYPE_WINDOW)

enum {
  ASKED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
slot_toggled_cb (GtkCheckButton  *check,
                 JsBookingDialog *self)
{
  if (!gtk_check_button_get_active (check))
    return;

  g_free (self->chosen);
  self->chosen = g_strdup (g_object_get_data (G_OBJECT (check), "js-slot"));
  gtk_widget_set_sensitive (self->book_button, TRUE);
}

static GtkWidget *
slot_row (JsBookingDialog       *self,
          const JsMeetingRecord *slot,
          const char            *day)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *times = js_meeting_times_text (slot);
  /* Translators: how a meeting happens ("By phone"), and with whom */
  g_autofree char *subtitle = g_strdup_printf (_("%1$s, with %2$s"),
                                               js_meeting_kind_name (slot->kind),
                                               slot->caseworker);
  /* Translators: read out for a time to choose: %1$s is the day, %2$s the times */
  g_autofree char *name = g_strdup_printf (C_("free time: 1 day, 2 times", "%1$s, %2$s"), day,
                                           times);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), times);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);

  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle, -1);
  g_object_set_data_full (G_OBJECT (check), "js-slot", g_strdup (slot->id), g_free);
  if (self->first_check == NULL)
    self->first_check = check;
  else
    gtk_check_button_set_group (GTK_CHECK_BUTTON (check), GTK_CHECK_BUTTON (self->first_check));
  g_signal_connect (check, "toggled", G_CALLBACK (slot_toggled_cb), self);

  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  return row;
}

/* The free times as the last sync brought them, by day. */
static void
load_slots (JsBookingDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GDateTime) fetched = NULL;
  g_autoptr(GPtrArray) days = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->days_box))) != NULL)
    gtk_box_remove (self->days_box, child);
  self->first_check = NULL;
  g_clear_pointer (&self->chosen, g_free);
  gtk_widget_set_sensitive (self->book_button, FALSE);

  days = js_store_meetings_free_slots (self->store, self->call_id, self->meeting_id != NULL,
                                       now, &fetched, &error);
  if (days == NULL)
    g_warning ("Could not read the free times: %s", error->message);

  if (fetched != NULL)
    {
      g_autofree char *when = js_meeting_moment_text (fetched);
      /* Translators: %s is a day and a time */
      g_autofree char *text = g_strdup_printf (_("Free times as of %s, when Jobspor last synced "
                                                 "with the jobcenter. All times are Danish "
                                                 "time."),
                                               when);

      gtk_label_set_label (self->fetched_label, text);
    }
  else
    gtk_label_set_label (self->fetched_label,
                         _("Jobspor has not synced with the jobcenter yet, so it knows no free "
                           "times."));

  for (guint d = 0; days != NULL && d < days->len; d++)
    {
      JsSlotDay *day = days->pdata[d];
      g_autofree char *title = js_format_weekday_date (&day->day);
      GtkWidget *group = adw_preferences_group_new ();

      adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
      for (guint s = 0; s < day->slots->len; s++)
        adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                                   slot_row (self, day->slots->pdata[s], title));
      gtk_box_append (self->days_box, group);
    }

  if (days == NULL || days->len == 0)
    {
      GtkWidget *none = gtk_label_new (_("There are no free times as of the last sync. Sync "
                                         "again later, or contact your caseworker."));

      gtk_label_set_wrap (GTK_LABEL (none), TRUE);
      gtk_label_set_xalign (GTK_LABEL (none), 0);
      gtk_box_append (self->days_box, none);
    }
}

/* The app's own language, when it is one to offer: the likeliest need. */
static guint
default_language (const JsInterpreterLanguage *languages,
                  guint                        n_languages)
{
  const char *chosen = g_getenv ("LANGUAGE");

  for (guint i = 0; chosen != NULL && i < n_languages; i++)
    {
      if (g_str_has_prefix (chosen, languages[i].code) &&
          (chosen[strlen (languages[i].code)] == '\0' ||
           strchr ("_:.@", chosen[strlen (languages[i].code)]) != NULL))
        return i;
    }

  return 0;
}

static void
fill_languages (JsBookingDialog *self,
                const char      *asked)
{
  guint n_languages;
  const JsInterpreterLanguage *languages = js_interpreter_languages (&n_languages);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint selected = default_language (languages, n_languages);

  for (guint i = 0; i < n_languages; i++)
    {
      gtk_string_list_append (names, _(languages[i].name));
      if (g_strcmp0 (asked, languages[i].code) == 0)
        selected = i;
    }

  adw_combo_row_set_model (self->language_row, G_LIST_MODEL (names));
  adw_combo_row_set_selected (self->language_row, selected);
  gtk_switch_set_active (self->interpreter_switch, asked != NULL);
}

static const char *
interpreter (JsBookingDialog *self)
{
  guint n_languages;
  const JsInterpreterLanguage *languages = js_interpreter_languages (&n_languages);
  guint selected = adw_combo_row_get_selected (self->language_row);

  if (!gtk_widget_get_visible (self->interpreter_row) ||
      !gtk_switch_get_active (self->interpreter_switch) || selected >= n_languages)
    return NULL;

  return languages[selected].code;
}

static void
book_clicked_cb (JsBookingDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  g_autofree char *id = NULL;

  if (self->chosen == NULL)
    return;

  note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_row))));
  if (self->meeting_id != NULL)
    id = js_store_meetings_move (self->store, self->meeting_id, self->chosen, note, &error);
  else
    id = js_booking_dialog_book (self->store, self->chosen, note, interpreter (self),
                                 self->refused_id, &error);

  if (id == NULL)
    {
      g_warning ("Could not ask for a meeting time: %s", error->message);
      gtk_label_set_label (self->error_label,
                           _("That time could not be asked for: it is no longer free, or a "
                             "change of the meeting is waiting already. Choose another time."));
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      load_slots (self);
      if (self->first_check != NULL)
        gtk_widget_grab_focus (self->first_check);
      return;
    }

  if (self->meeting_id != NULL)
    g_signal_emit (self, signals[ASKED], 0, self->meeting_id,
                   _("Move asked for. The meeting stays at its time until the jobcenter "
                     "answers."));
  else
    g_signal_emit (self, signals[ASKED], 0, id, js_booking_dialog_booked_message ());
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
book_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  JsBookingDialog *self = JS_BOOKING_DIALOG (widget);

  if (gtk_widget_get_sensitive (self->book_button))
    book_clicked_cb (self);
}

static void
js_booking_dialog_dispose (GObject *object)
{
  JsBookingDialog *self = JS_BOOKING_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->call_id, g_free);
  g_clear_pointer (&self->meeting_id, g_free);
  g_clear_pointer (&self->refused_id, g_free);
  g_clear_pointer (&self->chosen, g_free);

  G_OBJECT_CLASS (js_booking_dialog_parent_class)->dispose (object);
}

static void
js_booking_dialog_class_init (JsBookingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = js_booking_dialog_dispose;

  /**
   * JsBookingDialog::asked:
   * @id: the booking's id, or the meeting's for a move
   * @message: what was done, in words, for a toast
   *
   * The citizen asked for a time; the wish waits to be sent.
   */
  signals[ASKED] = g_signal_new ("asked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL,
                                 NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "booking.book", NULL, book_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "booking.book", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "booking.book", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/js-booking-dialog.ui");
#define CHILD(name) gtk_widget_class_bind_template_child (widget_class, JsBookingDialog, name)
  CHILD (window_title);
  CHILD (book_button);
  CHILD (intro_label);
  CHILD (error_label);
  CHILD (fetched_label);
  CHILD (days_box);
  CHILD (note_row);
  CHILD (interpreter_row);
  CHILD (interpreter_switch);
  CHILD (language_row);
#undef CHILD
  gtk_widget_class_bind_template_callback (widget_class, book_clicked_cb);
}

static void
js_booking_dialog_init (JsBookingDialog *self)
{
  GtkWidget *text;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_window_set_default_widget (GTK_WINDOW (self), self->book_button);

  /* The API takes a note of 500 characters at most. */
  text = GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (self->note_row)));
  if (GTK_IS_TEXT (text))
    gtk_text_set_max_length (GTK_TEXT (text), MAX_NOTE);
}

static JsBookingDialog *
dialog_new (GtkWindow  *parent,
            JsStore    *store,
            const char *title,
            const char *button,
            const char *intro)
{
  JsBookingDialog *self = g_object_new (JS_TYPE_BOOKING_DIALOG, "transient-for", parent, NULL);

  self->store = g_object_ref (store);
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  gtk_button_set_label (GTK_BUTTON (self->book_button), button);
  gtk_label_set_label (self->intro_label, intro);
  gtk_widget_set_visible (GTK_WIDGET (self->intro_label), intro != NULL);
  return self;
}

/* The keyboard starts on the first free time, else on the note. */
static JsBookingDialog *
dialog_ready (JsBookingDialog *self)
{
  load_slots (self);
  js_a11y_fix (GTK_WIDGET (self));
  gtk_widget_grab_focus (self->first_check != NULL ? self->first_check
                                                   : GTK_WIDGET (self->note_row));
  return self;
}

/**
 * js_booking_dialog_new_booking:
 * @parent: (nullable): the window it stands over
 * @store: the store
 * @call_id: (nullable): the call whose free times to offer; %NULL for
 *   every free time
 * @refused: (nullable): a booking the jobcenter refused: its reason is
 *   told, its note and interpreter kept, and it is dismissed when the new
 *   one is made
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
JsBookingDialog *
js_booking_dialog_new_booking (GtkWindow           *parent,
                               JsStore             *store,
                               const char          *call_id,
                               const JsMeetingItem *refused)
{
  g_autofree char *intro = NULL;
  JsBookingDialog *self;

  g_return_val_if_fail (JS_IS_STORE (store), NULL);

  if (refused != NULL)
    /* Translators: %s is why the jobcenter refused, in plain words */
    intro = g_strdup_printf (_("Your first choice was not accepted. %s"),
                             js_meeting_reason_text (refused->reason));
  else
    intro = g_strdup (_("Choose a time. Your booking waits on this PC until Jobspor can send it; "
                        "then the jobcenter confirms it, or says why not."));

  self = dialog_new (parent, store, _("Book a meeting"), _("_Book"), intro);
  self->call_id = g_strdup (call_id);
  if (refused != NULL)
    {
      self->refused_id = g_strdup (refused->id);
      gtk_editable_set_text (GTK_EDITABLE (self->note_row),
                             refused->note != NULL ? refused->note : "");
    }
  fill_languages (self, refused != NULL ? refused->interpreter : NULL);
  return dialog_ready (self);
}

/**
 * js_booking_dialog_new_move:
 * @parent: (nullable): the window it stands over
 * @store: the store
 * @meeting: a confirmed meeting the jobcenter lets the citizen move
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
JsBookingDialog *
js_booking_dialog_new_move (GtkWindow           *parent,
                            JsStore             *store,
                            const JsMeetingItem *meeting)
{
  g_autofree char *when = NULL;
  g_autofree char *intro = NULL;
  JsBookingDialog *self;

  g_return_val_if_fail (JS_IS_STORE (store), NULL);
  g_return_val_if_fail (meeting != NULL, NULL);

  when = js_meeting_when_text (meeting->record);
  /* Translators: %s is when the meeting is now */
  intro = g_strdup_printf (_("The meeting is now on %s. Choose the new time. The meeting stays "
                             "at its time until the jobcenter confirms the move."),
                           when);
  self = dialog_new (parent, store, _("Move the meeting"), _("_Move"), intro);
  /* A meeting that answers a call moves only to the call's times. */
  self->call_id = g_strdup (meeting->call_id);
  self->meeting_id = g_strdup (meeting->id);
  gtk_widget_set_visible (self->interpreter_row, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->language_row), FALSE);
  return dialog_ready (self);
}

/**
 * js_booking_dialog_book:
 * @store: the store
 * @slot_id: a free slot
 * @note: (nullable): the note to the caseworker
 * @interpreter: (nullable): the interpreter's language
 * @refused_id: (nullable): a refused booking this one replaces: it is
 *   dismissed
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the new booking's id, or %NULL
 */
char *
js_booking_dialog_book (JsStore     *store,
                        const char  *slot_id,
                        const char  *note,
                        const char  *interpreter,
                        const char  *refused_id,
                        GError     **error)
{
  g_autoptr(GError) dismiss_error = NULL;
  char *id = js_store_meetings_book (store, slot_id, note, interpreter, error);

  if (id != NULL && refused_id != NULL &&
      !js_store_meetings_dismiss (store, refused_id, &dismiss_error))
    g_warning ("Could not dismiss a refused booking: %s", dismiss_error->message);

  return id;
}

/**
 * js_booking_dialog_booked_message:
 *
 * Returns: (transfer none): what a booking did, in words, for a toast
 */
const char *
js_booking_dialog_booked_message (void)
{
  return _("Booking saved. Jobspor sends it to the jobcenter, and its answer is shown here.");
}
