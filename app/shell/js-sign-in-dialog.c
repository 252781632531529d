/* js-sign-in-dialog.c: signing in to the jobcenter
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The citizen number and the one-time code the jobcenter gave. The
 * request runs in the background (js_sync_sign_in_async()); every refusal is said in plain words
 * and nothing typed is cleared. This step is the one to replace with MitID
 * (OpenID Connect) in production: it only has to produce a token.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "js-a11y.h"
#include "js-sign-in-dialog.h"
#include "js-sync-status.h"
#include "js-sync.h"

struct _JsSignInDialog {
  AdwWindow       parent_instance;

  char           *url;
  GCancellable   *cancellable;

  AdwWindowTitle *window_title;
  GtkLabel       *intro;
  AdwEntryRow    *number_row;
  AdwEntryRow    *code_row;
  GtkLabel       *problem;
  GtkButton      *sign_in_button;
};

G_DEFINE_FINAL_TYPE (JsSignInDialog, js_sign_in_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNED_IN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_problem (JsSignInDialog *self,
              const char     *text)
{
  gtk_label_set_label (self->problem, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem), text != NULL);
}

static void
signed_in_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  JsSignInDialog *self = JS_SIGN_IN_DIALOG (source);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsSession) session = js_sync_sign_in_finish (result, &error);

  /* Closed while asking: the dialog's widgets are gone. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  gtk_widget_set_sensitive (GTK_WIDGET (self->sign_in_button), TRUE);

  if (session == NULL)
    {
      if (g_error_matches (error, JS_SYNC_ERROR, JS_SYNC_ERROR_INVALID_CODE))
        show_problem (self, _("The citizen number or the code is wrong. Check both, or ask "
                              "the jobcenter for a new code: a code works only once."));
      else if (g_error_matches (error, JS_SYNC_ERROR, JS_SYNC_ERROR_BUSY))
        show_problem (self, _("Too many wrong codes. Wait 15 minutes, then try again."));
      else if (g_error_matches (error, JS_SYNC_ERROR, JS_SYNC_ERROR_OFFLINE) ||
               g_error_matches (error, JS_SYNC_ERROR, JS_SYNC_ERROR_TIMEOUT))
        show_problem (self, _("Jobspor can’t reach the jobcenter. Check that the computer is "
                              "online, then try again."));
      else
        show_problem (self, js_sync_error_words (error));
      return;
    }

  g_signal_emit (self, signals[SIGNED_IN], 0, session);
  gtk_window_destroy (GTK_WINDOW (self));
}

/* The number as typed, trimmed and without the spaces and dashes people
 * write in it. */
static char *
clean_citizen_number (const char *typed)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (typed));
  GString *number = g_string_new (NULL);

  for (const char *p = trimmed; *p != '\0'; p++)
    {
      if (*p != ' ' && *p != '-')
        g_string_append_c (number, *p);
    }

  return g_string_free (number, FALSE);
}

static void
sign_in_clicked_cb (JsSignInDialog *self)
{
  g_autofree char *number = clean_citizen_number (gtk_editable_get_text (GTK_EDITABLE (self->number_row)));
  g_autofree char *code = js_normalize_code (gtk_editable_get_text (
                                               GTK_EDITABLE (self->code_row)));

  if (!js_citizen_number_valid (number))
    {
      show_problem (self, _("Write the 10 digits of your citizen number."));
      gtk_widget_grab_focus (GTK_WIDGET (self->number_row));
      return;
    }
  if (code == NULL)
    {
      show_problem (self, _("Write the code from the jobcenter: 8 letters and digits, such as "
                            "K7QD-4M2X."));
      gtk_widget_grab_focus (GTK_WIDGET (self->code_row));
      return;
    }

  show_problem (self, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->sign_in_button), FALSE);

  js_sync_sign_in_async (self, self->url, number, code, self->cancellable, signed_in_cb, NULL);
}

static void
js_sign_in_dialog_dispose (GObject *object)
{
  JsSignInDialog *self = JS_SIGN_IN_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->url, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), JS_TYPE_SIGN_IN_DIALOG);

  G_OBJECT_CLASS (js_sign_in_dialog_parent_class)->dispose (object);
}

static void
js_sign_in_dialog_class_init (JsSignInDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = js_sign_in_dialog_dispose;

  /**
   * JsSignInDialog::signed-in:
   * @session: the new session
   */
  signals[SIGNED_IN] = g_signal_new ("signed-in", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_PREFIX "/ui/js-sign-in-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, JsSignInDialog, window_title);
  gtk_widget_class_bind_template_child (widget_class, JsSignInDialog, intro);
  gtk_widget_class_bind_template_child (widget_class, JsSignInDialog, number_row);
  gtk_widget_class_bind_template_child (widget_class, JsSignInDialog, code_row);
  gtk_widget_class_bind_template_child (widget_class, JsSignInDialog, problem);
  gtk_widget_class_bind_template_child (widget_class, JsSignInDialog, sign_in_button);
  gtk_widget_class_bind_template_callback (widget_class, sign_in_clicked_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
js_sign_in_dialog_init (JsSignInDialog *self)
{
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  js_a11y_describe_window_controls (GTK_WIDGET (self));

  gtk_window_set_title (GTK_WINDOW (self), _("Sign in to the jobcenter"));
  adw_window_title_set_title (self->window_title, _("Sign in to the jobcenter"));
  gtk_label_set_label (self->intro,
                       _("Sign in with your citizen number and the one-time code you got from "
                         "the jobcenter. Then your job log is sent to the jobcenter, and your "
                         "plan and meetings come to this computer."));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->number_row),
                                 _("Citizen number (10 digits)"));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->code_row), _("One-time code"));
  gtk_button_set_label (self->sign_in_button, _("Sign in"));
}

JsSignInDialog *
js_sign_in_dialog_new (GtkWindow  *parent,
                       const char *url)
{
  JsSignInDialog *self = g_object_new (JS_TYPE_SIGN_IN_DIALOG, "transient-for", parent, NULL);

  self->url = g_strdup (url);
  return self;
}
