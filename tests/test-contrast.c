/* test-contrast.c: the colours Jobspor sets, read as people with low vision read them
 *
 * Copyright 2026 Jobspor developers
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every style class of ui/style.css that colours text or its background,
 * and the libadwaita styles the app leans on (the suggested action, dim
 * labels, a row's subtitle, the "success" status, the keyboard's focus
 * ring), drawn as the app draws them — through an AdwApplication that
 * loads the app's style sheets — in the light and the dark style, and
 * (JOBSPOR_TEST_HIGH_CONTRAST, with libadwaita's ADW_DEBUG_HIGH_CONTRAST)
 * in high contrast. The pixels are read back: text against its
 * background at least 4.5:1 (WCAG 2.1 AA), a focus ring against what it
 * stands on at least 3:1. The text is drawn large here so that its
 * strokes reach their full colour; the colour is what is measured.
 */

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "js-test-util.h"

typedef struct {
  const char *name;
  GtkWidget  *frame;   /* what the colours are read inside */
  GtkWidget  *text;    /* the label whose pixels are the text */
} Case;

static double
channel (guint8 value)
{
  double c = value / 255.0;

  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
luminance (const guint8 *bgra)
{
  return 0.2126 * channel (bgra[2]) + 0.7152 * channel (bgra[1]) + 0.0722 * channel (bgra[0]);
}

static double
ratio (const guint8 *a,
       const guint8 *b)
{
  double la = luminance (a);
  double lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

typedef struct {
  guint8 *pixels;
  gsize   stride;
  int     width;
  int     height;
} Picture;

static void
picture_clear (Picture *picture)
{
  g_clear_pointer (&picture->pixels, g_free);
}

/* The window as drawn on screen, at scale 1. */
static void
draw (GtkWidget *window,
      Picture   *picture)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));

  picture->width = gtk_widget_get_width (window);
  picture->height = gtk_widget_get_height (window);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), picture->width, picture->height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, picture->width,
                                                              picture->height));
  picture->stride = picture->width * 4;
  picture->pixels = g_malloc (picture->stride * picture->height);
  gdk_texture_download (texture, picture->pixels, picture->stride);
}

static const guint8 *
pixel (const Picture *picture,
       int            x,
       int            y)
{
  return picture->pixels + y * picture->stride + x * 4;
}

static void
bounds_in (GtkWidget       *widget,
           GtkWidget       *window,
           graphene_rect_t *rect)
{
  g_assert_true (gtk_widget_compute_bounds (widget, window, rect));
}

/* The most common colour inside @rect: the background. */
static guint32
background (const Picture         *picture,
            const graphene_rect_t *rect)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  guint32 best = 0;
  guint best_count = 0;

  for (int y = MAX (0, (int) rect->origin.y);
       y < MIN (picture->height, (int) (rect->origin.y + rect->size.height)); y++)
    for (int x = MAX (0, (int) rect->origin.x);
         x < MIN (picture->width, (int) (rect->origin.x + rect->size.width)); x++)
      {
        guint32 colour = *(const guint32 *) pixel (picture, x, y);
        guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (colour)));

        g_hash_table_insert (counts, GUINT_TO_POINTER (colour), GUINT_TO_POINTER (count + 1));
        if (count + 1 > best_count)
          {
            best_count = count + 1;
            best = colour;
          }
      }
  return best;
}

/* The highest contrast to @back inside @rect. */
static double
strongest (const Picture         *picture,
           const graphene_rect_t *rect,
           guint32                back)
{
  double best = 1.0;

  for (int y = MAX (0, (int) rect->origin.y);
       y < MIN (picture->height, (int) (rect->origin.y + rect->size.height)); y++)
    for (int x = MAX (0, (int) rect->origin.x);
         x < MIN (picture->width, (int) (rect->origin.x + rect->size.width)); x++)
      {
        best = MAX (best, ratio (pixel (picture, x, y), (const guint8 *) &back));
      }
  return best;
}

static GtkWidget *
text_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "contrast-test-big");
  return label;
}

/* A box of @classes with a label in it. */
static Case
boxed (const char *name,
       const char *classes)
{
  g_auto(GStrv) list = g_strsplit (classes, " ", -1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *label = text_label ("Agh");

  for (guint i = 0; list[i] != NULL; i++)
    gtk_widget_add_css_class (box, list[i]);
  gtk_box_append (GTK_BOX (box), label);
  return (Case) { name, box, label };
}

/* A label of @classes on the window. */
static Case
label_with (const char *name,
            const char *classes)
{
  g_auto(GStrv) list = g_strsplit (classes, " ", -1);
  GtkWidget *label = text_label ("Agh");

  for (guint i = 0; list[i] != NULL; i++)
    gtk_widget_add_css_class (label, list[i]);
  return (Case) { name, label, label };
}

/* A button of @classes. */
static Case
button_with (const char *name,
             const char *classes)
{
  g_auto(GStrv) list = g_strsplit (classes, " ", -1);
  GtkWidget *button = gtk_button_new ();
  GtkWidget *label = text_label ("Agh");

  gtk_button_set_child (GTK_BUTTON (button), label);
  for (guint i = 0; list[i] != NULL; i++)
    gtk_widget_add_css_class (button, list[i]);
  return (Case) { name, button, label };
}

static void
check_style (AdwColorScheme scheme,
             const char     *style)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_flow_box_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *subtitle = NULL;
  GtkWidget *focused;
  GPtrArray *cases = g_ptr_array_new_with_free_func (g_free);
  Picture picture = { NULL };
  gboolean failed = FALSE;
  Case all[] = {
    boxed ("entry-status", "entry-status"),
    boxed ("draft-bar", "draft-bar"),
    boxed ("practice-badge", "practice-badge"),
    button_with ("exercise-target exercise-clicked", "exercise-target exercise-clicked"),
    boxed ("exercise-feedback right", "exercise-feedback right"),
    boxed ("exercise-feedback wrong", "exercise-feedback wrong"),
    boxed ("exercise-chip", "exercise-chip"),
    boxed ("plan-changes", "plan-changes"),
    label_with ("plan-mark", "plan-mark"),
    boxed ("meeting-call", "meeting-call"),
    boxed ("meeting-call meeting-warning", "meeting-call meeting-warning"),
    label_with ("success (exercise done)", "success"),
    label_with ("warning (week card)", "warning"),
    label_with ("error", "error"),
    label_with ("dim-label", "dim-label"),
    button_with ("suggested-action", "suggested-action"),
    button_with ("destructive-action", "destructive-action"),
    button_with ("button", ""),
  };

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 760);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (box), GTK_SELECTION_NONE);
  gtk_flow_box_set_min_children_per_line (GTK_FLOW_BOX (box), 4);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (box), 12);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (box), 12);
  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      gtk_widget_set_halign (all[i].frame, GTK_ALIGN_START);
      gtk_widget_set_valign (all[i].frame, GTK_ALIGN_START);
      gtk_flow_box_append (GTK_FLOW_BOX (box), all[i].frame);
    }

  /* A row's subtitle in a boxed list, as Meetings and My plan show them. */
  gtk_widget_add_css_class (list, "boxed-list");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), "Agh");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), "Agh");
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  gtk_flow_box_append (GTK_FLOW_BOX (box), list);

  /* A plain button with the keyboard's focus on it. */
  focused = gtk_button_new_with_label ("Agh");
  gtk_widget_set_halign (focused, GTK_ALIGN_START);
  gtk_widget_set_valign (focused, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_start (focused, 12);
  gtk_flow_box_append (GTK_FLOW_BOX (box), focused);

  gtk_window_present (GTK_WINDOW (window));
  js_test_wait_frames (5);
  /* As the keyboard leaves it (a window with no window manager is never
   * active, so GTK would not mark it by itself). */
  gtk_widget_set_state_flags (focused, GTK_STATE_FLAG_FOCUSED | GTK_STATE_FLAG_FOCUS_VISIBLE,
                              FALSE);
  js_test_wait_frames (5);

  /* The subtitle: the row's label that is not the title. */
  for (GtkWidget *w = gtk_widget_get_first_child (row); w != NULL && subtitle == NULL;)
    {
      GtkWidget *next = gtk_widget_get_first_child (w);

      if (GTK_IS_LABEL (w) && gtk_widget_has_css_class (w, "subtitle"))
        subtitle = w;
      while (next == NULL && w != row)
        {
          next = gtk_widget_get_next_sibling (w);
          if (next == NULL)
            w = gtk_widget_get_parent (w);
        }
      if (w == row)
        break;
      w = next;
    }
  g_assert_nonnull (subtitle);
  gtk_widget_add_css_class (subtitle, "contrast-test-big");
  js_test_wait_frames (5);

  draw (window, &picture);

  for (guint i = 0; i < G_N_ELEMENTS (all) + 1; i++)
    {
      const char *name = i < G_N_ELEMENTS (all) ? all[i].name : "row subtitle";
      GtkWidget *frame = i < G_N_ELEMENTS (all) ? all[i].frame : row;
      GtkWidget *text = i < G_N_ELEMENTS (all) ? all[i].text : subtitle;
      graphene_rect_t frame_rect;
      graphene_rect_t text_rect;
      guint32 back;
      double measured;

      bounds_in (frame, window, &frame_rect);
      bounds_in (text, window, &text_rect);
      back = background (&picture, &frame_rect);
      measured = strongest (&picture, &text_rect, back);
      g_test_message ("%s, %s: %.2f:1", style, name, measured);
      if (measured < 4.5)
        {
          g_printerr ("%s style: text of “%s” is %.2f:1 against its background, under 4.5:1\n",
                      style, name, measured);
          failed = TRUE;
        }
    }

  /* The focus ring: the pixels it changes, against what they were. */
  {
    Picture before = { NULL };
    graphene_rect_t area;
    double measured = 1.0;

    gtk_widget_unset_state_flags (focused, GTK_STATE_FLAG_FOCUSED | GTK_STATE_FLAG_FOCUS_VISIBLE);
    js_test_wait_frames (5);
    draw (window, &before);
    bounds_in (focused, window, &area);
    graphene_rect_inset (&area, -8, -8);
    for (int y = MAX (0, (int) area.origin.y);
         y < MIN (picture.height, (int) (area.origin.y + area.size.height)); y++)
      for (int x = MAX (0, (int) area.origin.x);
           x < MIN (picture.width, (int) (area.origin.x + area.size.width)); x++)
        measured = MAX (measured, ratio (pixel (&picture, x, y), pixel (&before, x, y)));
    picture_clear (&before);
    g_test_message ("%s, focus ring: %.2f:1", style, measured);
    if (measured < 3.0)
      {
        g_printerr ("%s style: the focus ring is %.2f:1 against what it covers, under 3:1\n",
                    style, measured);
        failed = TRUE;
      }
  }

  picture_clear (&picture);
  gtk_window_destroy (GTK_WINDOW (window));
  g_ptr_array_unref (cases);
  js_test_wait_frames (5);
  g_assert_false (failed);
}

static void
test_light (void)
{
  check_style (ADW_COLOR_SCHEME_FORCE_LIGHT, g_getenv ("ADW_DEBUG_HIGH_CONTRAST") != NULL
                                             ? "high-contrast light" : "light");
}

static void
test_dark (void)
{
  check_style (ADW_COLOR_SCHEME_FORCE_DARK, g_getenv ("ADW_DEBUG_HIGH_CONTRAST") != NULL
                                            ? "high-contrast dark" : "dark");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) application = NULL;
  g_autoptr(GtkCssProvider) big = gtk_css_provider_new ();
  g_autoptr(GError) error = NULL;

  if (g_getenv ("JOBSPOR_TEST_HIGH_CONTRAST") != NULL)
    g_setenv ("ADW_DEBUG_HIGH_CONTRAST", "1", TRUE);
  gtk_test_init (&argc, &argv, NULL);

  /* The app's style sheets load as in Jobspor: from its resources. */
  application = adw_application_new ("dk.jobspor.Jobspor.ContrastTest",
                                     G_APPLICATION_NON_UNIQUE);
  g_application_set_resource_base_path (G_APPLICATION (application), RESOURCE_PREFIX);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);

  gtk_css_provider_load_from_data (big, ".contrast-test-big { font-size: 40px; }", -1);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (big),
                                              GTK_STYLE_PROVIDER_PRIORITY_USER);

  g_test_add_func ("/contrast/light", test_light);
  g_test_add_func ("/contrast/dark", test_dark);

  return g_test_run ();
}
