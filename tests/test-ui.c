/* test-ui.c: the window, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "llwybr-test-util.h"
#include "llwybr-window.h"

static void
collect_rows (GtkWidget *widget,
              GPtrArray *rows)
{
  if (gtk_widget_has_css_class (widget, "standard-row"))
    g_ptr_array_add (rows, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_rows (child, rows);
}

static gboolean
wait_for (gboolean (*done) (gpointer),
          gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }

  return done (data);
}

static gboolean
has_portfolio (gpointer data)
{
  return llwybr_window_get_portfolio (data) != NULL;
}

static gboolean
is_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

/* The text of the label that says how much evidence a row's standard has. */
static const char *
count_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "evidence-count"))
    return gtk_label_get_text (GTK_LABEL (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *text = count_text (child);

      if (text != NULL)
        return text;
    }

  return NULL;
}

static LlwybrWindow *
open_sample_window (LlwybrLibrary *library)
{
  g_autofree char *sample = llwybr_test_write_sample ();
  g_autoptr(GFile) file = g_file_new_for_path (sample);
  LlwybrWindow *window = llwybr_window_new (NULL, library);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for (is_mapped, window));

  llwybr_window_import (window, file);
  g_assert_true (wait_for (has_portfolio, window));

  return window;
}

static void
test_sample_standards (void)
{
  g_autofree char *dir = llwybr_test_tmp_path ("library");
  g_autoptr(LlwybrLibrary) library = llwybr_library_new (dir);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  LlwybrWindow *window = open_sample_window (library);
  LlwybrFramework *framework = llwybr_portfolio_get_framework (llwybr_window_get_portfolio (window));
  LlwybrStandard *first = llwybr_framework_lookup_standard (framework, "1");

  collect_rows (GTK_WIDGET (window), rows);
  g_assert_cmpuint (rows->len, ==, 33);

  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 0)), ==,
                   llwybr_standard_get_text (first, LLWYBR_LANGUAGE_EN));
  /* Standard 5 has no evidence in the sample; standard 7 has some. */
  g_assert_cmpstr (count_text (g_ptr_array_index (rows, 4)), ==, "No evidence yet");
  g_assert_true (g_str_has_suffix (count_text (g_ptr_array_index (rows, 6)), "pieces of evidence"));

  /* Back on the welcome page, the library lists the imported sample. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.close-portfolio", NULL);
  g_assert_null (llwybr_window_get_portfolio (window));
  g_assert_cmpuint (g_list_model_get_n_items (llwybr_library_get_items (library)), ==, 1);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_welsh (void)
{
  g_autofree char *dir = llwybr_test_tmp_path ("library");
  g_autoptr(LlwybrLibrary) library = llwybr_library_new (dir);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  LlwybrWindow *window;
  LlwybrFramework *framework;
  const char *english_none = "No evidence yet";
  const char *welsh_none;

  g_assert_true (llwybr_test_use_welsh (TRUE));
  welsh_none = _("No evidence yet");
  g_assert_cmpstr (welsh_none, !=, english_none);

  window = open_sample_window (library);
  framework = llwybr_portfolio_get_framework (llwybr_window_get_portfolio (window));
  collect_rows (GTK_WIDGET (window), rows);
  g_assert_cmpuint (rows->len, ==, 33);

  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 11)), ==,
                   llwybr_standard_get_text (llwybr_framework_lookup_standard (framework, "12"),
                                             LLWYBR_LANGUAGE_CY));
  g_assert_cmpstr (count_text (g_ptr_array_index (rows, 11)), ==, welsh_none);

  gtk_window_destroy (GTK_WINDOW (window));
  llwybr_test_use_welsh (FALSE);
}

int
main (int   argc,
      char *argv[])
{
  /* A build without a display (a Flatpak build) skips rather than fails;
   * build-aux/dev test always gives it Xvfb. */
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("1..0 # SKIP no display\n");
      return 0;
    }

  llwybr_test_init (&argc, &argv);
  gtk_init ();
  adw_init ();

  g_test_add_func ("/ui/sample-standards", test_sample_standards);
  g_test_add_func ("/ui/welsh", test_welsh);

  return g_test_run ();
}
