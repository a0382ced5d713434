/* test-ui.c: the window, under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>
#include <sqlite3.h>

#include "llwybr-test-util.h"
#include "llwybr-document-file-export.h"
#include "llwybr-document-group.h"
#include "llwybr-document-row.h"
#include "llwybr-date-button.h"
#include "llwybr-evidence-editor.h"
#include "llwybr-evidence-page.h"
#include "llwybr-evidence-row.h"
#include "llwybr-history-window.h"
#include "llwybr-overview-page.h"
#include "llwybr-plan-page.h"
#include "llwybr-preferences-window.h"
#include "llwybr-preview-window.h"
#include "llwybr-review-page.h"
#include "llwybr-reviewer.h"
#include "llwybr-standards-page.h"
#include "llwybr-task-section-editor.h"
#include "llwybr-tasks-page.h"
#include "llwybr-welcome-page.h"
#include "llwybr-window.h"
#include "llwybr-wrap-label.h"

/* Every widget of @type (with @css_class, if given) under @widget, in
 * tree order. */
static void
collect (GtkWidget  *widget,
         GType       type,
         const char *css_class,
         GPtrArray  *found)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type) &&
      (css_class == NULL || gtk_widget_has_css_class (widget, css_class)))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, type, css_class, found);
}

static void open_date_buttons (GtkWidget *widget);
static void pop_up (GtkWidget *menu_button);

static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect (widget, type, NULL, found);
  return found->len ? g_ptr_array_index (found, 0) : NULL;
}

static void
spin (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
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

static guint
count_children (gpointer widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    n++;

  return n;
}

/* How rows built a batch a frame came: waits, frame by frame, until
 * count() reaches @expected, and returns the most added in one frame. */
typedef struct {
  guint    (*count) (gpointer data);
  gpointer   data;
  guint      expected;
  guint      last;
  guint      most;
} Batches;

static void
batches_after_paint_cb (GdkFrameClock *clock,
                        Batches       *batches)
{
  guint n = batches->count (batches->data);

  batches->most = MAX (batches->most, n - batches->last);
  batches->last = n;
}

static gboolean
batches_done (gpointer data)
{
  Batches *batches = data;

  return batches->last == batches->expected;
}

static guint
wait_for_batches (GtkWidget *widget,
                  guint    (*count) (gpointer data),
                  gpointer   data,
                  guint      expected)
{
  Batches batches = { count, data, expected, count (data), 0 };
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (batches_after_paint_cb), &batches);

  g_assert_true (wait_for (batches_done, &batches));
  g_signal_handler_disconnect (clock, handler);
  return batches.most;
}

static gboolean
has_portfolio (gpointer data)
{
  return llwybr_window_get_portfolio (data) != NULL;
}

static gboolean
is_laid_out (gpointer data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (data);

  gtk_widget_queue_draw (data);
  return clock != NULL && gdk_frame_clock_get_frame_counter (clock) > 3 && gtk_widget_get_width (data) > 0;
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

static guint
count_standard_rows (gpointer window)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect (window, GTK_TYPE_WIDGET, "standard-row", rows);
  return rows->len;
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

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "standards");
  /* A screenful of rows at once, then the rest a few a frame. */
  g_assert_cmpuint (count_standard_rows (window), >=, 8);
  g_assert_cmpuint (count_standard_rows (window), <, 33);
  g_assert_cmpuint (wait_for_batches (GTK_WIDGET (window), count_standard_rows, window, 33), <=, 8);
  collect (GTK_WIDGET (window), GTK_TYPE_WIDGET, "standard-row", rows);
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
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static int
height_at (GtkWidget *widget,
           int        width)
{
  int height;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, &height, NULL, NULL, NULL);
  return height;
}

/* A long standard's row: its text wraps to more lines as the window
 * narrows, and a screen reader reads it with its code. */
static void
test_wrap_label_row (void)
{
  const char *text = "Use their expertise to plan their role in learning activities, "
                     "working within a framework set by the teacher.";
  GtkWidget *window = gtk_window_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *code = gtk_label_new ("12");
  GtkWidget *row = llwybr_wrap_label_row_new (text, "Needed for assessment", code, NULL);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  LlwybrWrapLabel *title;
  guint notified = 0;
  int wide, narrow;

  gtk_list_box_append (GTK_LIST_BOX (list), row);
  gtk_window_set_child (GTK_WINDOW (window), list);
  gtk_window_set_default_size (GTK_WINDOW (window), 300, -1);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for (is_mapped, window));

  collect (row, LLWYBR_TYPE_WRAP_LABEL, NULL, labels);
  g_assert_cmpuint (labels->len, ==, 2);
  title = g_ptr_array_index (labels, 0);
  g_assert_true (wait_for (is_laid_out, title));
  g_assert_cmpstr (llwybr_wrap_label_get_text (title), ==, text);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, text);

  /* Narrower, taller; and the same width again, the same height. */
  wide = height_at (GTK_WIDGET (title), 600);
  narrow = height_at (GTK_WIDGET (title), 150);
  g_assert_cmpint (narrow, >, wide);
  g_assert_cmpint (height_at (GTK_WIDGET (title), 600), ==, wide);
  g_assert_cmpint (height_at (GTK_WIDGET (title), 150), ==, narrow);
  /* It is given the height its width needs, text and all. */
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (title)), ==,
                   height_at (GTK_WIDGET (title), gtk_widget_get_width (GTK_WIDGET (title))));
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (title)), >, wide);

  gtk_test_accessible_assert_relation (row, GTK_ACCESSIBLE_RELATION_LABELLED_BY, code, title, NULL);
  gtk_test_accessible_assert_relation (row, GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, g_ptr_array_index (labels, 1), NULL);

  /* New text is told once, and measured anew. */
  g_signal_connect (title, "notify::text", G_CALLBACK (count_notify_cb), &notified);
  llwybr_wrap_label_set_text (title, text);
  g_assert_cmpuint (notified, ==, 0);
  llwybr_wrap_label_set_text (title, "Short");
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpint (height_at (GTK_WIDGET (title), 150), <, narrow);

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
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "standards");
  wait_for_batches (GTK_WIDGET (window), count_standard_rows, window, 33);
  collect (GTK_WIDGET (window), GTK_TYPE_WIDGET, "standard-row", rows);
  g_assert_cmpuint (rows->len, ==, 33);

  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 11)), ==,
                   llwybr_standard_get_text (llwybr_framework_lookup_standard (framework, "12"),
                                             LLWYBR_LANGUAGE_CY));
  g_assert_cmpstr (count_text (g_ptr_array_index (rows, 11)), ==, welsh_none);

  gtk_window_destroy (GTK_WINDOW (window));
  llwybr_test_use_welsh (FALSE);
}

/* Every English message Llwybr has (from po/cy.po, mnemonics removed),
 * and the strings of libadwaita, which has no Welsh at all, that a Llwybr
 * window could show. GTK's own strings come from the system's Welsh. */
static GHashTable *
english_strings (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "po", "cy.po", NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *english = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  static const char *upstream[] = { "Search preferences", "No Results Found", "Search", "Apply",
                                    "Copied to clipboard" };
  GString *msgid = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      gboolean starts = g_str_has_prefix (line, "msgid \"") || g_str_has_prefix (line, "msgid_plural \"");

      if (starts || (msgid != NULL && line[0] == '"'))
        {
          g_autofree char *quoted = g_strndup (strchr (line, '"') + 1, strlen (strchr (line, '"')) - 2);
          g_autofree char *text = g_strcompress (quoted);

          if (starts)
            msgid = g_string_new (NULL);
          g_string_append (msgid, text);
          continue;
        }

      if (msgid != NULL)
        {
          g_autofree char *text = g_string_free (msgid, FALSE);
          g_autoptr(GString) plain = g_string_new (text);

          g_string_replace (plain, "_", "", 0);
          if (plain->len > 0)
            g_hash_table_add (english, g_string_free (g_steal_pointer (&plain), FALSE));
          msgid = NULL;
        }
    }

  for (guint i = 0; i < G_N_ELEMENTS (upstream); i++)
    g_hash_table_add (english, g_strdup (upstream[i]));

  /* The name is the same in both languages, and so is "grid"
   * (shared/glossary-cy.md). */
  g_hash_table_remove (english, "Llwybr");
  g_hash_table_remove (english, "Grid");

  return english;
}

static void
find_english (GtkWidget  *widget,
              GHashTable *english,
              GString    *leaks)
{
  const char *texts[3] = { NULL };
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  /* What is on screen: not the pages of a stack that are not shown. */
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_LABEL (widget))
    texts[0] = gtk_label_get_text (GTK_LABEL (widget));
  if (GTK_IS_TEXT (widget))
    texts[1] = gtk_text_get_placeholder_text (GTK_TEXT (widget));
  texts[2] = tooltip;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    if (texts[i] != NULL && g_hash_table_contains (english, texts[i]))
      g_string_append_printf (leaks, "“%s” in a %s\n", texts[i], G_OBJECT_TYPE_NAME (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    find_english (child, english, leaks);
}

static void
find_english_in_menu (GMenuModel *menu,
                      GHashTable *english,
                      GString    *leaks)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *label = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        {
          g_autoptr(GString) plain = g_string_new (label);

          g_string_replace (plain, "_", "", 0);
          if (g_hash_table_contains (english, plain->str))
            g_string_append_printf (leaks, "“%s” in the menu\n", plain->str);
        }

      if (section != NULL)
        find_english_in_menu (section, english, leaks);
    }
}

static void
find_english_in_toplevels (GHashTable *english,
                           GString    *leaks)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      find_english (toplevel, english, leaks);
    }
}

static gboolean
all_mapped (gpointer data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (gtk_widget_get_visible (toplevel) && !gtk_widget_get_mapped (toplevel))
        return FALSE;
    }

  return TRUE;
}

static gboolean
has_dialog (gpointer data)
{
  return g_list_model_get_n_items (gtk_window_get_toplevels ()) > GPOINTER_TO_UINT (data);
}

static gboolean has_dialog_with (gpointer key);
static void     pop_up          (GtkWidget *menu_button);
static gpointer template_child  (GtkWidget  *widget,
                                 GType       type,
                                 const char *name);
static void     spin            (void);
static gpointer template_child  (GtkWidget  *widget,
                                 GType       type,
                                 const char *name);

static void
never_ready (GObject    *owner,
             const char *name,
             const char *role)
{
  g_assert_not_reached ();
}

/* In Welsh, no page, dialog or menu shows a message in English. */
static void
test_no_english_in_welsh (void)
{
  g_autoptr(GHashTable) english = english_strings ();
  g_autoptr(GString) leaks = g_string_new (NULL);
  g_autofree char *dir = llwybr_test_tmp_path ("library");
  g_autofree char *bad = llwybr_test_tmp_path ("damaged.llwybr");
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad);
  g_autofree char *reviewed = llwybr_test_tmp_path ("reviewed.llwybr");
  g_autoptr(GFile) reviewed_file = g_file_new_for_path (reviewed);
  g_autoptr(LlwybrLibrary) library = llwybr_library_new (dir);
  g_autoptr(GPtrArray) menus = g_ptr_array_new ();
  g_autoptr(LlwybrPortfolio) sample_portfolio = NULL;
  LlwybrWindow *window;
  guint n_toplevels;

  g_assert_true (llwybr_test_use_welsh (TRUE));
  g_assert_cmpuint (g_hash_table_size (english), >, 100);

  /* The portfolio page, then the welcome page with the library listed. */
  window = open_sample_window (library);
  sample_portfolio = g_object_ref (llwybr_window_get_portfolio (window));
  find_english (GTK_WIDGET (window), english, leaks);

  /* The document file: standard 23's document and the note on the limit,
   * then standard 5's empty choice of attachments. */
  {
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    GtkWidget *group;

    g_settings_set_uint (settings, "documents-per-standard", 1);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-standard", "s", "23");
    spin ();
    group = find_widget (GTK_WIDGET (window), LLWYBR_TYPE_DOCUMENT_GROUP);
    g_assert_true (gtk_widget_get_visible (template_child (group, LLWYBR_TYPE_DOCUMENT_GROUP, "limit_note")));
    find_english (GTK_WIDGET (window), english, leaks);
    g_settings_reset (settings, "documents-per-standard");

    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-standard", "s", "5");
    pop_up (template_child (group, LLWYBR_TYPE_DOCUMENT_GROUP, "add_button"));
    find_english (GTK_WIDGET (window), english, leaks);
    gtk_menu_button_popdown (template_child (group, LLWYBR_TYPE_DOCUMENT_GROUP, "add_button"));
  }

  /* Mentor review: the copy for the mentor, a reviewed copy to merge, the
   * Review page, earlier versions, and who is reviewing. */
  {
    g_autoptr(LlwybrPortfolio) copy = NULL;
    g_autoptr(LlwybrReview) review = NULL;
    g_autoptr(LlwybrEvidence) evidence = g_list_model_get_item (llwybr_portfolio_get_evidence (sample_portfolio), 0);
    g_autoptr(GSettings) settings = g_settings_new (APP_ID);
    GtkWidget *tasks_page;

    g_assert_true (llwybr_portfolio_save_copy (sample_portfolio, reviewed_file, NULL, NULL));
    copy = llwybr_portfolio_open (reviewed, NULL);
    review = llwybr_portfolio_review_standard (copy, "3", LLWYBR_VERDICT_PARTLY_MET, "Un enghraifft arall",
                                               "Eleri Rowlands", NULL, NULL);
    g_assert_nonnull (review);
    g_clear_object (&copy);

    gtk_widget_activate_action (GTK_WIDGET (window), "win.send-to-mentor", NULL);
    llwybr_window_import (window, reviewed_file);
    g_assert_true (wait_for (has_dialog_with, (gpointer) "file"));
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "review");
    find_english (GTK_WIDGET (window), english, leaks);
    /* The written tasks: a task's sections, then the grid. */
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "tasks");
    spin ();
    find_english (GTK_WIDGET (window), english, leaks);
    tasks_page = find_widget (GTK_WIDGET (window), LLWYBR_TYPE_TASKS_PAGE);
    gtk_stack_set_visible_child_name (template_child (tasks_page, LLWYBR_TYPE_TASKS_PAGE, "view_stack"), "grid");
    spin ();
    find_english (GTK_WIDGET (window), english, leaks);
    gtk_stack_set_visible_child_name (template_child (tasks_page, LLWYBR_TYPE_TASKS_PAGE, "view_stack"), "writing");
    gtk_window_present (GTK_WINDOW (llwybr_history_window_new (GTK_WINDOW (window), sample_portfolio, evidence)));
    g_settings_reset (settings, "reviewer-name");
    llwybr_reviewer_ensure (GTK_WIDGET (window), never_ready, G_OBJECT (window));
  }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.close-portfolio", NULL);
  find_english (GTK_WIDGET (window), english, leaks);

  collect (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, NULL, menus);
  g_assert_cmpuint (menus->len, >, 0);
  for (guint i = 0; i < menus->len; i++)
    {
      GMenuModel *menu = gtk_menu_button_get_menu_model (g_ptr_array_index (menus, i));

      /* Some menu buttons hold a popover rather than a menu. */
      if (menu != NULL)
        find_english_in_menu (menu, english, leaks);
    }

  /* The new-portfolio dialog, an error, the preferences, the shortcuts. */
  n_toplevels = g_list_model_get_n_items (gtk_window_get_toplevels ());
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new", NULL);
  g_assert_true (g_file_set_contents (bad, "SQLite format 3", 16, NULL));
  llwybr_window_import (window, bad_file);
  g_assert_true (wait_for (has_dialog, GUINT_TO_POINTER (n_toplevels + 1)));
  gtk_window_present (GTK_WINDOW (llwybr_preferences_window_new (GTK_WINDOW (window))));
  gtk_window_present (GTK_WINDOW (llwybr_preview_window_new (GTK_WINDOW (window), sample_portfolio)));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  g_assert_true (wait_for (all_mapped, NULL));
  find_english_in_toplevels (english, leaks);

  if (leaks->len > 0)
    g_error ("English in the Welsh interface:\n%s", leaks->str);

  /* Every window it opened, so the next test counts only its own. */
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    g_autoptr(GPtrArray) open = g_ptr_array_new_with_free_func (g_object_unref);

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      g_ptr_array_add (open, g_list_model_get_item (toplevels, i));
    for (guint i = 0; i < open->len; i++)
      gtk_window_destroy (g_ptr_array_index (open, i));
  }
  spin ();
  llwybr_test_use_welsh (FALSE);
}

static gpointer
template_child (GtkWidget  *widget,
                GType       type,
                const char *name)
{
  GObject *child = gtk_widget_get_template_child (widget, type, name);

  g_assert_nonnull (child);
  return child;
}

static LlwybrWindow *
open_window_on (LlwybrLibrary *library,
                const char    *path)
{
  LlwybrWindow *window = llwybr_window_new (NULL, library);

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for (is_mapped, window));
  g_assert_true (llwybr_window_open_portfolio (window, path));

  return window;
}

/* A new, empty portfolio in @library, with the default standards. */
static LlwybrPortfolio *
create_portfolio (LlwybrLibrary *library)
{
  g_autoptr(LlwybrFramework) framework = llwybr_framework_new_default (NULL);
  g_autoptr(GError) error = NULL;
  LlwybrPortfolio *portfolio = llwybr_library_create (library, framework, &error);

  g_assert_no_error (error);
  return portfolio;
}

/* A TA's evening: new evidence, a title, a reflection, a link to standard
 * 23 with a note on why; she closes the window, and it is all there. */
static void
test_evidence_is_saved (void)
{
  g_autofree char *dir = llwybr_test_tmp_path ("library");
  g_autoptr(LlwybrLibrary) library = llwybr_library_new (dir);
  g_autoptr(LlwybrPortfolio) created = create_portfolio (library);
  g_autofree char *path = g_strdup (llwybr_portfolio_get_path (created));
  g_autoptr(LlwybrPortfolio) reopened = NULL;
  g_autoptr(LlwybrEvidence) saved = NULL;
  g_autoptr(GListModel) links = NULL;
  g_autoptr(LlwybrLink) link = NULL;
  LlwybrWindow *window;
  GtkWidget *editor;
  GtkListBox *picker;
  GtkListBox *links_list;
  GtkWidget *annotation;

  g_clear_object (&created);
  window = open_window_on (library, path);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-evidence", NULL);
  spin ();
  editor = find_widget (GTK_WIDGET (window), LLWYBR_TYPE_EVIDENCE_EDITOR);
  g_assert_nonnull (llwybr_evidence_editor_get_evidence (LLWYBR_EVIDENCE_EDITOR (editor)));

  gtk_editable_set_text (template_child (editor, LLWYBR_TYPE_EVIDENCE_EDITOR, "title_row"), "Grŵp darllen Coch");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (template_child (editor, LLWYBR_TYPE_EVIDENCE_EDITOR, "reflection_view")),
                            "Heddiw fe wnes i fonitro cynnydd y grŵp.", -1);

  /* Standard 23 from the picker, then the note on why. */
  picker = GTK_LIST_BOX (find_widget (template_child (editor, LLWYBR_TYPE_EVIDENCE_EDITOR, "picker"), GTK_TYPE_LIST_BOX));
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (picker)); row; row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "code"), "23") == 0)
      gtk_widget_activate (row);
  links_list = template_child (editor, LLWYBR_TYPE_EVIDENCE_EDITOR, "links_list");
  annotation = gtk_widget_get_first_child (GTK_WIDGET (links_list));
  g_assert_nonnull (annotation);
  gtk_editable_set_text (GTK_EDITABLE (annotation), "Monitro cynnydd i roi adborth penodol");
  spin ();

  /* Closing the window saves what was typed less than a second ago. */
  gtk_window_destroy (GTK_WINDOW (window));
  spin ();

  reopened = llwybr_portfolio_open (path, NULL);
  g_assert_nonnull (reopened);
  g_assert_cmpuint (g_list_model_get_n_items (llwybr_portfolio_get_evidence (reopened)), ==, 1);
  saved = g_list_model_get_item (llwybr_portfolio_get_evidence (reopened), 0);
  g_assert_cmpstr (llwybr_evidence_get_title (saved), ==, "Grŵp darllen Coch");
  g_assert_cmpstr (llwybr_evidence_get_reflection (saved), ==, "Heddiw fe wnes i fonitro cynnydd y grŵp.");
  g_assert_nonnull (llwybr_evidence_get_date (saved));
  links = llwybr_portfolio_list_links (reopened, saved);
  g_assert_cmpuint (g_list_model_get_n_items (links), ==, 1);
  link = g_list_model_get_item (links, 0);
  g_assert_cmpstr (llwybr_link_get_standard (link), ==, "23");
  g_assert_cmpstr (llwybr_link_get_annotation (link), ==, "Monitro cynnydd i roi adborth penodol");
}

static gboolean
is_filtered (gpointer model)
{
  return gtk_filter_list_model_get_pending (model) == 0;
}

/* Once the list has been filtered, a batch at a time, as it is. */
static guint
shown_evidence (LlwybrWindow *window)
{
  GtkWidget *page = find_widget (GTK_WIDGET (window), LLWYBR_TYPE_EVIDENCE_PAGE);
  GtkListView *view = template_child (page, LLWYBR_TYPE_EVIDENCE_PAGE, "list_view");
  GListModel *filtered = gtk_no_selection_get_model (GTK_NO_SELECTION (gtk_list_view_get_model (view)));

  g_assert_true (wait_for (is_filtered, filtered));
  return g_list_model_get_n_items (filtered);
}

/* Deleting shows an undo toast; undo really brings the evidence back, with
 * its links; without undo, it is gone for good. */
static void
test_delete_and_undo (void)
{
  g_autofree char *dir = llwybr_test_tmp_path ("library");
  g_autoptr(LlwybrLibrary) library = llwybr_library_new (dir);
  g_autofree char *sample = llwybr_test_write_sample ();
  g_autoptr(GFile) file = g_file_new_for_path (sample);
  g_autofree char *path = llwybr_library_import (library, file, NULL, NULL, NULL);
  g_autoptr(LlwybrPortfolio) reopened = NULL;
  LlwybrWindow *window = open_window_on (library, path);
  LlwybrPortfolio *portfolio = llwybr_window_get_portfolio (window);
  g_autoptr(LlwybrEvidence) evidence = g_list_model_get_item (llwybr_portfolio_get_evidence (portfolio), 0);
  g_autofree char *uuid = g_strdup (llwybr_evidence_get_uuid (evidence));
  guint total = g_list_model_get_n_items (llwybr_portfolio_get_evidence (portfolio));
  guint links = g_list_model_get_n_items (llwybr_portfolio_list_links (portfolio, evidence));
  GtkWidget *page;

  g_assert_cmpuint (links, >, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-evidence", "s", uuid);
  page = find_widget (GTK_WIDGET (window), LLWYBR_TYPE_EVIDENCE_PAGE);
  g_assert_cmpuint (shown_evidence (window), ==, total);

  gtk_widget_activate_action (page, "evidence.delete", NULL);
  g_assert_cmpuint (shown_evidence (window), ==, total - 1);

  gtk_widget_activate_action (page, "evidence.undo-delete", NULL);
  g_assert_cmpuint (shown_evidence (window), ==, total);
  g_assert_nonnull (llwybr_portfolio_lookup_evidence (portfolio, uuid));
  {
    g_autoptr(GListModel) back = llwybr_portfolio_list_links (portfolio, evidence);

    g_assert_cmpuint (g_list_model_get_n_items (back), ==, links);
  }

  /* Deleted, not undone, window closed: gone from the file. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-evidence", "s", uuid);
  gtk_widget_activate_action (page, "evidence.delete", NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  spin ();

  reopened = llwybr_portfolio_open (path, NULL);
  g_assert_null (llwybr_portfolio_lookup_evidence (reopened, uuid));
  g_assert_cmpuint (g_list_model_get_n_items (llwybr_portfolio_get_evidence (reopened)), ==, total - 1);
}

/* A screen reader names every button, even those that show only an icon. */
static void
check_buttons_named (GtkWidget *widget,
                     GString   *unnamed)
{
  if (!gtk_widget_get_mapped (widget))
    return;

  if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) == NULL &&
      gtk_button_get_child (GTK_BUTTON (widget)) != NULL && GTK_IS_IMAGE (gtk_button_get_child (GTK_BUTTON (widget))) &&
      !gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    {
      GtkWidget *parent = gtk_widget_get_parent (widget);

      /* A menu button's inner button is named by the menu button. */
      if (!(GTK_IS_MENU_BUTTON (parent) &&
            gtk_test_accessible_has_property (GTK_ACCESSIBLE (parent), GTK_ACCESSIBLE_PROPERTY_LABEL)))
        g_string_append_printf (unnamed, "%s (%s)\n", G_OBJECT_TYPE_NAME (widget),
                                gtk_widget_get_tooltip_text (widget) ? gtk_widget_get_tooltip_text (widget) : "no tooltip");
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_buttons_named (child, unnamed);
}

/* The main menu over a portfolio is built when first opened, whole. */
static void
test_main_menu (void)
{
  g_autofree char *dir = llwybr_test_tmp_path ("library");
  g_autoptr(LlwybrLibrary) library = llwybr_library_new (dir);
  LlwybrWindow *window = open_sample_window (library);
  GtkWidget *button = template_child (GTK_WIDGET (window), LLWYBR_TYPE_WINDOW, "main_menu_button");
  GMenuModel *menu = template_child (GTK_WIDGET (window), LLWYBR_TYPE_WINDOW, "primary_menu");

  g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  pop_up (button);
  g_assert_true (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)) == menu);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)))));
  g_assert_true (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)))) == menu);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_buttons_named (void)
{
  g_autofree char *dir = llwybr_test_tmp_path ("library");
  g_autoptr(LlwybrLibrary) library = llwybr_library_new (dir);
  g_autoptr(GString) unnamed = g_string_new (NULL);
  LlwybrWindow *window = open_sample_window (library);
  LlwybrPortfolio *portfolio = llwybr_window_get_portfolio (window);
  g_autoptr(LlwybrEvidence) evidence = g_list_model_get_item (llwybr_portfolio_get_evidence (portfolio), 0);
  static const char *pages[] = { "overview", "standards", "evidence", "tasks" };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", pages[i]);
      spin ();
      check_buttons_named (GTK_WIDGET (window), unnamed);
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-evidence", "s", llwybr_evidence_get_uuid (evidence));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-standard", "s", "23");
  spin ();
  check_buttons_named (GTK_WIDGET (window), unnamed);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-evidence", "s", llwybr_evidence_get_uuid (evidence));
  spin ();
  check_buttons_named (GTK_WIDGET (window), unnamed);

  if (unnamed->len > 0)
    g_error ("Buttons a screen reader cannot name:\n%s", unnamed->str);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The preview shows every page of the summary it would print. */
static void
test_preview (void)
{
  g_autofree char *dir = llwybr_test_tmp_path ("library");
  g_autoptr(LlwybrLibrary) library = llwybr_library_new (dir);
  LlwybrWindow *window = open_sample_window (library);
  LlwybrPortfolio *portfolio = llwybr_window_get_portfolio (window);
  g_autoptr(LlwybrSummary) summary = llwybr_summary_new (portfolio, LLWYBR_SUMMARY_BILINGUAL, FALSE);
  LlwybrPreviewWindow *preview = llwybr_preview_window_new (GTK_WINDOW (window), portfolio);
  GtkListView *pages = template_child (GTK_WIDGET (preview), LLWYBR_TYPE_PREVIEW_WINDOW, "pages_view");

  gtk_window_present (GTK_WINDOW (preview));
  g_assert_true (wait_for (is_mapped, preview));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (pages))), ==,
                    llwybr_summary_get_n_pages (summary));
  g_assert_nonnull (find_widget (GTK_WIDGET (pages), GTK_TYPE_PICTURE));

  gtk_window_destroy (GTK_WINDOW (preview));
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
totals_show_done (gpointer data)
{
  return strstr (adw_preferences_group_get_description (data), "Done: 12 credits, 120 hours") != NULL;
}

/* A long plan shows a screenful of steps at once and the rest a few a
 * frame, in order; the role's profile is laid out only when opened. */
static void
test_plan_many_steps (void)
{
  g_autofree char *dir = llwybr_test_tmp_path ("library");
  g_autoptr(LlwybrLibrary) library = llwybr_library_new (dir);
  g_autoptr(LlwybrPortfolio) created = create_portfolio (library);
  g_autofree char *path = g_strdup (llwybr_portfolio_get_path (created));
  LlwybrWindow *window;
  GtkWidget *page, *steps, *profile;
  guint n_rows = 0;

  g_assert_true (llwybr_portfolio_set_target_role (created, "ta4", NULL));
  for (guint i = 1; i <= 30; i++)
    {
      g_autofree char *title = g_strdup_printf ("Step %u", i);
      g_autoptr(LlwybrPlanStep) step = llwybr_plan_step_new (LLWYBR_PLAN_STEP_COURSE, title);

      g_assert_true (llwybr_portfolio_add_plan_step (created, step, NULL));
    }
  g_clear_object (&created);

  window = open_window_on (library, path);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "plan");
  page = find_widget (GTK_WIDGET (window), LLWYBR_TYPE_PLAN_PAGE);
  steps = template_child (page, LLWYBR_TYPE_PLAN_PAGE, "steps_list");
  g_assert_cmpuint (count_children (steps), >=, 8);
  g_assert_cmpuint (count_children (steps), <, 30);
  g_assert_cmpuint (wait_for_batches (steps, count_children, steps, 30), <=, 8);

  for (GtkWidget *row = gtk_widget_get_first_child (steps); row; row = gtk_widget_get_next_sibling (row))
    {
      g_autofree char *title = g_strdup_printf ("Step %u", ++n_rows);

      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, title);
    }
  g_assert_cmpuint (n_rows, ==, 30);

  profile = template_child (page, LLWYBR_TYPE_PLAN_PAGE, "profile_label");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (profile)), ==, "");
  adw_expander_row_set_expanded (template_child (page, LLWYBR_TYPE_PLAN_PAGE, "profile_row"), TRUE);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (profile)), "Teaching Assistant level 4"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* From TA level 2 towards level 4: a suggestion becomes a step in one
 * click; credits and Done move the totals; all of it is saved. */
static void
test_plan (void)
{
  g_autofree char *dir = llwybr_test_tmp_path ("library");
  g_autoptr(LlwybrLibrary) library = llwybr_library_new (dir);
  g_autoptr(LlwybrPortfolio) created = create_portfolio (library);
  g_autofree char *path = g_strdup (llwybr_portfolio_get_path (created));
  g_autoptr(LlwybrPortfolio) reopened = NULL;
  g_autoptr(LlwybrPlanStep) saved = NULL;
  g_autoptr(GPtrArray) adds = g_ptr_array_new ();
  g_autoptr(GPtrArray) combos = g_ptr_array_new ();
  g_autoptr(GPtrArray) spins = g_ptr_array_new ();
  g_autoptr(GPtrArray) calendars = g_ptr_array_new ();
  g_autoptr(GDateTime) september = g_date_time_new_local (2026, 9, 1, 12, 0, 0);
  g_autoptr(GDate) start = NULL;
  LlwybrWindow *window;
  GtkWidget *page;
  GtkListBox *suggestions;
  AdwPreferencesGroup *steps_group;
  g_autofree char *before = NULL;
  LlwybrPlanStepStatus status;
  char *qualification = NULL;
  char *proof = NULL;

  g_assert_true (llwybr_portfolio_set_current_role (created, "ta2", NULL));
  g_assert_true (llwybr_portfolio_set_target_role (created, "ta4", NULL));
  g_clear_object (&created);

  window = open_window_on (library, path);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "plan");
  spin ();
  page = find_widget (GTK_WIDGET (window), LLWYBR_TYPE_PLAN_PAGE);
  suggestions = template_child (page, LLWYBR_TYPE_PLAN_PAGE, "suggestions_list");
  steps_group = template_child (page, LLWYBR_TYPE_PLAN_PAGE, "steps_group");
  before = g_strdup (adw_preferences_group_get_description (steps_group));

  /* The first suggestion is the Level 3 certificate's first step. */
  collect (GTK_WIDGET (suggestions), GTK_TYPE_BUTTON, NULL, adds);
  g_assert_cmpuint (adds->len, >, 2);
  g_signal_emit_by_name (g_ptr_array_index (adds, 0), "clicked");
  spin ();
  g_assert_cmpuint (g_list_model_get_n_items (llwybr_portfolio_get_plan_steps (llwybr_window_get_portfolio (window))), ==, 1);

  /* The new step, opened: its status, to Done. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (gtk_widget_get_first_child (GTK_WIDGET (template_child (page, LLWYBR_TYPE_PLAN_PAGE, "steps_list")))), TRUE);
  collect (GTK_WIDGET (template_child (page, LLWYBR_TYPE_PLAN_PAGE, "steps_list")), ADW_TYPE_COMBO_ROW, NULL, combos);
  g_assert_cmpuint (combos->len, ==, 3);
  collect (GTK_WIDGET (template_child (page, LLWYBR_TYPE_PLAN_PAGE, "steps_list")), GTK_TYPE_SPIN_BUTTON, NULL, spins);
  gtk_spin_button_set_value (g_ptr_array_index (spins, 0), 12);

  /* A dated step appears on the timeline. */
  g_assert_false (gtk_widget_get_visible (template_child (page, LLWYBR_TYPE_PLAN_PAGE, "timeline")));
  open_date_buttons (GTK_WIDGET (template_child (page, LLWYBR_TYPE_PLAN_PAGE, "steps_list")));
  collect (GTK_WIDGET (template_child (page, LLWYBR_TYPE_PLAN_PAGE, "steps_list")), GTK_TYPE_CALENDAR, NULL, calendars);
  g_assert_cmpuint (calendars->len, ==, 2);
  gtk_calendar_select_day (g_ptr_array_index (calendars, 0), september);
  g_assert_true (gtk_widget_get_visible (template_child (page, LLWYBR_TYPE_PLAN_PAGE, "timeline")));
  adw_combo_row_set_selected (g_ptr_array_index (combos, 0), LLWYBR_PLAN_STEP_DONE);
  g_assert_true (wait_for (totals_show_done, steps_group));
  g_assert_cmpstr (before, !=, adw_preferences_group_get_description (steps_group));

  /* Recorded as evidence: the certificate proves the step. */
  {
    g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

    collect (GTK_WIDGET (template_child (page, LLWYBR_TYPE_PLAN_PAGE, "steps_list")), GTK_TYPE_BUTTON, NULL, buttons);
    for (guint i = 0; i < buttons->len; i++)
      if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), "_Record as Evidence") == 0)
        g_signal_emit_by_name (g_ptr_array_index (buttons, i), "clicked");
    spin ();
    g_assert_cmpuint (g_list_model_get_n_items (llwybr_portfolio_get_evidence (llwybr_window_get_portfolio (window))), ==, 1);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  spin ();

  reopened = llwybr_portfolio_open (path, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (llwybr_portfolio_get_plan_steps (reopened)), ==, 1);
  saved = g_list_model_get_item (llwybr_portfolio_get_plan_steps (reopened), 0);
  g_object_get (saved, "status", &status, "qualification", &qualification, "start-date", &start, "evidence", &proof, NULL);
  g_assert_nonnull (llwybr_portfolio_lookup_evidence (reopened, proof));
  g_free (proof);
  g_assert_cmpint (status, ==, LLWYBR_PLAN_STEP_DONE);
  g_assert_nonnull (start);
  g_assert_cmpuint (g_date_get_month (start), ==, G_DATE_SEPTEMBER);
  g_assert_cmpstr (qualification, !=, "");
  g_free (qualification);
}

/* The editor of @task's section @id on the Tasks page. */
static GtkWidget *
section_editor (GtkWidget  *page,
                const char *task,
                const char *id)
{
  g_autoptr(GPtrArray) editors = g_ptr_array_new ();

  collect (page, LLWYBR_TYPE_TASK_SECTION_EDITOR, NULL, editors);
  for (guint i = 0; i < editors->len; i++)
    {
      LlwybrTaskSection *section = llwybr_task_section_editor_get_section (g_ptr_array_index (editors, i));

      if (g_str_equal (llwybr_task_section_get_id (section), id) &&
          g_str_equal (llwybr_task_get_id (llwybr_task_section_get_task (section)), task))
        return g_ptr_array_index (editors, i);
    }

  return NULL;
}

static char *
buffer_text (GtkTextView *view)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
  return gtk_text_buffer_get_text (gtk_text_view_get_buffer (view), &start, &end, FALSE);
}

static gboolean
section_has_sounds (gpointer data)
{
  return g_str_has_suffix (llwybr_task_section_get_text (data), "[S23] and sounds");
}

/* The grid cell whose tooltip (and accessible label) is @description. */
static GtkWidget *
grid_cell (GtkWidget  *page,
           const char *description)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();

  collect (page, GTK_TYPE_LABEL, "task-grid-cell", cells);
  for (guint i = 0; i < cells->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (cells, i)), description) == 0)
      return g_ptr_array_index (cells, i);

  return NULL;
}

/* A TA writes Task 1's planning and claims standard 23 with the button:
 * the marker is in her text, the counts follow, the autosave puts it in
 * the file while the window is still open, and the grid shows it. */
static void
test_tasks (void)
{
  g_autofree char *dir = llwybr_test_tmp_path ("library");
  g_autoptr(LlwybrLibrary) library = llwybr_library_new (dir);
  g_autoptr(LlwybrPortfolio) created = create_portfolio (library);
  g_autofree char *path = g_strdup (llwybr_portfolio_get_path (created));
  g_autoptr(LlwybrPortfolio) reopened = NULL;
  g_autofree char *before = NULL;
  g_autofree char *typed = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *words = NULL;
  LlwybrWindow *window;
  LlwybrTaskSection *section;
  GtkWidget *page, *editor, *context, *cell, *popover;
  GtkListBox *tasks_list, *picker = NULL;
  GtkTextView *view;
  GtkLabel *word_count;

  g_clear_object (&created);
  window = open_window_on (library, path);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "tasks");
  spin ();
  page = find_widget (GTK_WIDGET (window), LLWYBR_TYPE_TASKS_PAGE);
  tasks_list = template_child (page, LLWYBR_TYPE_TASKS_PAGE, "tasks_list");
  g_assert_cmpuint (g_list_model_get_n_items (llwybr_portfolio_get_tasks (llwybr_window_get_portfolio (window))), ==, 8);
  g_assert_nonnull (gtk_list_box_get_row_at_index (tasks_list, 7));

  /* Task 2 (as a finding would show it), then Task 1 from the list. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-task", "s", "2");
  spin ();
  g_assert_true (gtk_widget_get_mapped (section_editor (page, "2", "planning")));
  gtk_widget_activate (GTK_WIDGET (gtk_list_box_get_row_at_index (tasks_list, 0)));
  spin ();
  editor = section_editor (page, "1", "planning");
  g_assert_nonnull (editor);
  g_assert_true (gtk_widget_get_mapped (editor));
  g_assert_false (gtk_widget_get_mapped (section_editor (page, "2", "planning")));

  view = template_child (editor, LLWYBR_TYPE_TASK_SECTION_EDITOR, "text_view");
  word_count = template_child (editor, LLWYBR_TYPE_TASK_SECTION_EDITOR, "word_count");
  before = g_strdup (gtk_label_get_text (word_count));
  gtk_widget_grab_focus (GTK_WIDGET (view));
  gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (view),
                                    "I planned a phonics session for one pupil, with his targets in mind", -1);
  g_assert_cmpstr (gtk_label_get_text (word_count), !=, before);

  /* Standard 23 from the button's list of standards, at the cursor. */
  gtk_menu_button_popup (template_child (editor, LLWYBR_TYPE_TASK_SECTION_EDITOR, "claim_button"));
  spin ();
  popover = GTK_WIDGET (gtk_menu_button_get_popover (template_child (editor, LLWYBR_TYPE_TASK_SECTION_EDITOR, "claim_button")));
  g_assert_nonnull (popover);
  picker = GTK_LIST_BOX (find_widget (popover, GTK_TYPE_LIST_BOX));
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (picker)); row; row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "code"), "23") == 0)
      gtk_widget_activate (row);
  typed = buffer_text (view);
  g_assert_cmpstr (typed, ==, "I planned a phonics session for one pupil, with his targets in mind [S23]");
  g_assert_cmpstr (gtk_label_get_text (template_child (editor, LLWYBR_TYPE_TASK_SECTION_EDITOR, "claims_label")), ==,
                   "Standard claimed: 23");

  section = llwybr_task_section_editor_get_section (LLWYBR_TASK_SECTION_EDITOR (editor));
  expected = llwybr_task_section_word_count_text (llwybr_count_words (typed),
                                                  llwybr_task_section_get_min_words (section),
                                                  llwybr_task_section_get_max_words (section));
  g_assert_cmpstr (gtk_label_get_text (word_count), ==, expected);
  words = g_strdup_printf ("%u words", llwybr_count_words (typed));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (word_count), words));

  /* She goes on typing, in the section still: saved by itself within a
   * second, with the window open, and the file has it. */
  spin ();
  g_assert_true (gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (view))) == GTK_WIDGET (view));
  gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (view), " and sounds", -1);
  g_clear_pointer (&typed, g_free);
  typed = buffer_text (view);
  section = llwybr_task_lookup_section (llwybr_portfolio_lookup_task (llwybr_window_get_portfolio (window), "1"), "planning");
  g_assert_true (wait_for (section_has_sounds, section));
  reopened = llwybr_portfolio_open (path, NULL);
  g_assert_nonnull (reopened);
  g_assert_cmpstr (llwybr_task_section_get_text (llwybr_task_lookup_section (llwybr_portfolio_lookup_task (reopened, "1"), "planning")),
                   ==, typed);
  g_clear_object (&reopened);
  /* The save did not put the text back under her cursor. */
  g_clear_pointer (&expected, g_free);
  expected = buffer_text (view);
  g_assert_cmpstr (expected, ==, typed);

  /* No claims in the context: a marker typed there is pointed out. */
  context = section_editor (page, "1", "context");
  g_assert_nonnull (context);
  g_assert_false (gtk_widget_get_visible (template_child (context, LLWYBR_TYPE_TASK_SECTION_EDITOR, "warning_label")));
  g_assert_false (gtk_widget_get_visible (template_child (context, LLWYBR_TYPE_TASK_SECTION_EDITOR, "claim_button")));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (template_child (context, LLWYBR_TYPE_TASK_SECTION_EDITOR, "text_view")),
                            "Cai is eight [S5]", -1);
  g_assert_true (gtk_widget_get_visible (template_child (context, LLWYBR_TYPE_TASK_SECTION_EDITOR, "warning_label")));

  /* The grid: Task 1's column has standard 23, and nothing else. */
  gtk_stack_set_visible_child_name (template_child (page, LLWYBR_TYPE_TASKS_PAGE, "view_stack"), "grid");
  spin ();
  cell = grid_cell (page, "Standard 23, Task 1: claimed 1 time");
  g_assert_nonnull (cell);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (cell)), ==, "✓");
  g_assert_nonnull (grid_cell (page, "Standard 22, Task 1: not claimed"));
  g_assert_nonnull (grid_cell (page, "Standard 23, Task 2: not claimed"));
  /* The context's marker is not a claim. */
  g_assert_nonnull (grid_cell (page, "Standard 5, Task 1: not claimed"));

  gtk_window_destroy (GTK_WINDOW (window));
  spin ();

  /* Closing the window saved the context, typed a moment before. */
  reopened = llwybr_portfolio_open (path, NULL);
  g_assert_cmpstr (llwybr_task_section_get_text (llwybr_task_lookup_section (llwybr_portfolio_lookup_task (reopened, "1"), "context")),
                   ==, "Cai is eight [S5]");
}

static guint
count_message_dialogs (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) toplevel = g_list_model_get_item (toplevels, i);

      n += ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (GTK_WIDGET (toplevel));
    }

  return n;
}

/* The first picture brings a reminder about pupils' photos; a document
 * does not, and the reminder comes once. */
static void
test_photo_reminder (void)
{
  static const guint8 png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R' };
  g_autofree char *dir = llwybr_test_tmp_path ("library");
  g_autoptr(LlwybrLibrary) library = llwybr_library_new (dir);
  g_autoptr(LlwybrPortfolio) created = create_portfolio (library);
  g_autofree char *path = g_strdup (llwybr_portfolio_get_path (created));
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *photo_path = llwybr_test_tmp_path ("dosbarth.png");
  g_autofree char *notes_path = llwybr_test_tmp_path ("nodiadau.txt");
  g_autoptr(GFile) photo = g_file_new_for_path (photo_path);
  g_autoptr(GFile) notes = g_file_new_for_path (notes_path);
  LlwybrWindow *window;
  GtkWidget *editor;

  g_assert_true (g_file_set_contents (photo_path, (const char *)png, sizeof png, NULL));
  g_assert_true (g_file_set_contents (notes_path, "Nodiadau\n", -1, NULL));
  g_settings_reset (settings, "photo-reminder-shown");

  g_clear_object (&created);
  window = open_window_on (library, path);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.new-evidence", NULL);
  spin ();
  editor = g_object_ref (find_widget (GTK_WIDGET (window), LLWYBR_TYPE_EVIDENCE_EDITOR));

  llwybr_evidence_editor_attach_file (LLWYBR_EVIDENCE_EDITOR (editor), notes);
  spin ();
  g_assert_cmpuint (count_message_dialogs (), ==, 0);

  llwybr_evidence_editor_attach_file (LLWYBR_EVIDENCE_EDITOR (editor), photo);
  spin ();
  g_assert_cmpuint (count_message_dialogs (), ==, 1);
  g_assert_true (g_settings_get_boolean (settings, "photo-reminder-shown"));

  llwybr_evidence_editor_attach_file (LLWYBR_EVIDENCE_EDITOR (editor), photo);
  spin ();
  g_assert_cmpuint (count_message_dialogs (), ==, 1);

  g_object_unref (editor);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The backup is taken in a worker once the sample is open. */
static gboolean
has_backup (gpointer data)
{
  g_autoptr(GListModel) backups = llwybr_library_list_backups (data, LLWYBR_SAMPLE_UUID);

  return g_list_model_get_n_items (backups) > 0;
}

/* Opening a portfolio leaves the day's backup; Preferences lists it, and
 * restoring it opens a second portfolio while the first stays as it was. */
static void
test_restore_backup (void)
{
  g_autofree char *dir = llwybr_test_tmp_path ("library");
  g_autoptr(LlwybrLibrary) library = llwybr_library_new (dir);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  g_autofree char *original_path = NULL;
  LlwybrWindow *window = open_sample_window (library);
  LlwybrPreferencesWindow *preferences;
  LlwybrPortfolio *restored;
  GtkWidget *group;

  original_path = g_strdup (llwybr_portfolio_get_path (llwybr_window_get_portfolio (window)));
  g_assert_true (wait_for (has_backup, library));

  preferences = llwybr_preferences_window_new (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (preferences));
  g_assert_true (wait_for (is_mapped, preferences));
  group = template_child (GTK_WIDGET (preferences), LLWYBR_TYPE_PREFERENCES_WINDOW, "backups_group");
  g_assert_true (gtk_widget_get_visible (group));
  collect (group, ADW_TYPE_ACTION_ROW, NULL, rows);
  g_assert_cmpuint (rows->len, ==, 1);
  collect (group, GTK_TYPE_BUTTON, NULL, buttons);
  g_assert_cmpuint (buttons->len, ==, 1);

  g_signal_emit_by_name (g_ptr_array_index (buttons, 0), "clicked");
  spin ();

  restored = llwybr_window_get_portfolio (window);
  g_assert_cmpstr (llwybr_portfolio_get_path (restored), !=, original_path);
  g_assert_cmpstr (llwybr_portfolio_get_uuid (restored), !=, LLWYBR_SAMPLE_UUID);
  g_assert_true (g_file_test (original_path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (g_list_model_get_n_items (llwybr_library_get_items (library)), ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && gtk_widget_get_visible (toplevel))
        return toplevel;
    }

  return NULL;
}

/* The open dialog that holds @key: the one a test is waiting for, not
 * one an earlier test left behind. */
static GtkWidget *
find_dialog (const char *key)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (toplevel) &&
          g_object_get_data (G_OBJECT (toplevel), key) != NULL)
        return toplevel;
    }

  return NULL;
}

static gboolean
has_dialog_with (gpointer key)
{
  return find_dialog (key) != NULL;
}

/* A TA's portfolio with one piece of evidence for standard 1, and the copy
 * she sends her mentor. */
static LlwybrPortfolio *
create_sent_portfolio (LlwybrLibrary *library,
                       GFile         *sent)
{
  LlwybrPortfolio *portfolio = create_portfolio (library);
  g_autoptr(LlwybrEvidence) evidence = llwybr_evidence_new ();
  g_autoptr(LlwybrLink) link = NULL;
  g_autoptr(GError) error = NULL;

  llwybr_evidence_set_title (evidence, "Grŵp darllen Coch");
  llwybr_portfolio_add_evidence (portfolio, evidence, &error);
  g_assert_no_error (error);
  link = llwybr_portfolio_link_standard (portfolio, evidence, "1", "Disgwyliadau uchel", &error);
  g_assert_no_error (error);
  llwybr_portfolio_send_for_review (portfolio, sent, NULL, &error);
  g_assert_no_error (error);

  return portfolio;
}

static const char *
first_evidence_uuid (LlwybrPortfolio *portfolio)
{
  g_autoptr(LlwybrEvidence) evidence = g_list_model_get_item (llwybr_portfolio_get_evidence (portfolio), 0);

  return llwybr_evidence_get_uuid (evidence);
}

/* A mentor's evening with the copy the TA sent: the evidence is shown as
 * written, her first comment asks her name, her verdict shows in the
 * overview, and she signs off. */
static void
test_mentor_reviews (void)
{
  g_autofree char *ta_dir = llwybr_test_tmp_path ("ta");
  g_autofree char *mentor_dir = llwybr_test_tmp_path ("mentor");
  g_autofree char *sent_path = llwybr_test_tmp_path ("for-mentor.llwybr");
  g_autoptr(GFile) sent = g_file_new_for_path (sent_path);
  g_autoptr(LlwybrLibrary) ta_library = llwybr_library_new (ta_dir);
  g_autoptr(LlwybrLibrary) mentor_library = llwybr_library_new (mentor_dir);
  g_autoptr(LlwybrPortfolio) ta = create_sent_portfolio (ta_library, sent);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();
  LlwybrWindow *window = llwybr_window_new (NULL, mentor_library);
  LlwybrPortfolio *mentor;
  GtkWidget *editor, *standards, *review_page, *dialog, *comment;

  g_settings_reset (settings, "reviewer-name");
  g_settings_reset (settings, "reviewer-role");
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for (is_mapped, window));
  llwybr_window_import (window, sent);
  g_assert_true (wait_for (has_portfolio, window));
  mentor = llwybr_window_get_portfolio (window);
  g_assert_true (llwybr_portfolio_get_review_copy (mentor));
  g_assert_true (gtk_widget_get_visible (template_child (GTK_WIDGET (window), LLWYBR_TYPE_WINDOW, "review_copy_banner")));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-evidence", "s", first_evidence_uuid (mentor));
  spin ();
  editor = find_widget (GTK_WIDGET (window), LLWYBR_TYPE_EVIDENCE_EDITOR);
  g_assert_false (gtk_widget_get_sensitive (template_child (editor, LLWYBR_TYPE_EVIDENCE_EDITOR, "details_group")));
  g_assert_false (gtk_text_view_get_editable (template_child (editor, LLWYBR_TYPE_EVIDENCE_EDITOR, "reflection_view")));

  /* The written tasks are read, not written, in her copy. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "tasks");
  spin ();
  {
    GtkWidget *section = section_editor (find_widget (GTK_WIDGET (window), LLWYBR_TYPE_TASKS_PAGE), "1", "planning");

    g_assert_nonnull (section);
    g_assert_false (gtk_text_view_get_editable (template_child (section, LLWYBR_TYPE_TASK_SECTION_EDITOR, "text_view")));
    g_assert_false (gtk_widget_get_visible (template_child (section, LLWYBR_TYPE_TASK_SECTION_EDITOR, "claim_button")));
  }

  /* Her first comment: who is she? */
  comment = template_child (editor, LLWYBR_TYPE_EVIDENCE_EDITOR, "comment_row");
  gtk_editable_set_text (GTK_EDITABLE (comment), "Pa ddisgyblion oedd yn y grŵp?");
  g_signal_emit_by_name (comment, "apply");
  g_assert_true (wait_for (has_dialog_with, (gpointer) "name"));
  dialog = find_dialog ("name");
  g_assert_false (adw_message_dialog_get_response_enabled (ADW_MESSAGE_DIALOG (dialog), "continue"));
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "name"), "Eleri Rowlands");
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "role"), "Athrawes dosbarth");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "continue");
  spin ();
  g_assert_cmpuint (g_list_model_get_n_items (llwybr_portfolio_get_reviews (mentor)), ==, 1);
  g_assert_cmpstr (g_settings_get_string (settings, "reviewer-name"), ==, "Eleri Rowlands");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (comment)), ==, "");
  g_assert_nonnull (gtk_widget_get_first_child (template_child (editor, LLWYBR_TYPE_EVIDENCE_EDITOR, "reviews_list")));

  /* Her verdict on standard 1, marked in the overview grid. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-standard", "s", "1");
  spin ();
  standards = find_widget (GTK_WIDGET (window), LLWYBR_TYPE_STANDARDS_PAGE);
  /* She reads the document file; she does not choose for it. */
  g_assert_false (gtk_widget_get_visible (template_child (find_widget (standards, LLWYBR_TYPE_DOCUMENT_GROUP),
                                                          LLWYBR_TYPE_DOCUMENT_GROUP, "add_button")));
  adw_combo_row_set_selected (template_child (standards, LLWYBR_TYPE_STANDARDS_PAGE, "verdict_row"), 0);
  g_signal_emit_by_name (template_child (standards, LLWYBR_TYPE_STANDARDS_PAGE, "review_comment_row"), "apply");
  spin ();
  g_assert_cmpint (llwybr_portfolio_get_verdict (mentor, "1"), ==, LLWYBR_VERDICT_MET);
  collect (GTK_WIDGET (window), GTK_TYPE_BUTTON, "coverage-cell", cells);
  g_assert_cmpstr (gtk_button_get_label (g_ptr_array_index (cells, 0)), ==, "1 ✓");
  g_assert_true (gtk_widget_has_css_class (g_ptr_array_index (cells, 0), "met"));

  /* The sign-off, from the Review page. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "review");
  spin ();
  review_page = find_widget (GTK_WIDGET (window), LLWYBR_TYPE_REVIEW_PAGE);
  g_assert_false (gtk_widget_get_visible (template_child (review_page, LLWYBR_TYPE_REVIEW_PAGE, "send_button")));
  g_signal_emit_by_name (template_child (review_page, LLWYBR_TYPE_REVIEW_PAGE, "sign_off_button"), "clicked");
  g_assert_true (wait_for (has_dialog_with, (gpointer) "comment"));
  dialog = find_dialog ("comment");
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "comment"), "Yn barod i'w asesu.");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "sign-off");
  spin ();
  g_assert_cmpuint (g_list_model_get_n_items (llwybr_portfolio_get_reviews (mentor)), ==, 3);
  g_assert_cmpuint (llwybr_portfolio_count_unread_reviews (mentor), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A row's properties notify once for each change, and new evidence
 * clears what the row said about the last piece's review. */
static void
test_evidence_row (void)
{
  GtkWidget *row = g_object_ref_sink (llwybr_evidence_row_new ());
  g_autoptr(LlwybrEvidence) evidence = llwybr_evidence_new ();
  guint notified = 0;

  llwybr_evidence_set_title (evidence, "Grŵp darllen Coch");
  g_signal_connect (row, "notify", G_CALLBACK (count_notify_cb), &notified);

  llwybr_evidence_row_set_evidence (LLWYBR_EVIDENCE_ROW (row), evidence);
  llwybr_evidence_row_set_evidence (LLWYBR_EVIDENCE_ROW (row), evidence);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_false (g_str_has_suffix (llwybr_evidence_row_get_details (LLWYBR_EVIDENCE_ROW (row)), "changed since review"));

  llwybr_evidence_row_set_query (LLWYBR_EVIDENCE_ROW (row), "darllen");
  llwybr_evidence_row_set_query (LLWYBR_EVIDENCE_ROW (row), "darllen");
  g_assert_cmpuint (notified, ==, 2);

  llwybr_evidence_row_set_changed_since_review (LLWYBR_EVIDENCE_ROW (row), TRUE);
  llwybr_evidence_row_set_changed_since_review (LLWYBR_EVIDENCE_ROW (row), TRUE);
  g_assert_cmpuint (notified, ==, 3);
  g_assert_true (g_str_has_suffix (llwybr_evidence_row_get_details (LLWYBR_EVIDENCE_ROW (row)), " · changed since review"));

  llwybr_evidence_row_set_evidence (LLWYBR_EVIDENCE_ROW (row), NULL);
  g_assert_false (llwybr_evidence_row_get_changed_since_review (LLWYBR_EVIDENCE_ROW (row)));
  g_assert_null (llwybr_evidence_row_get_details (LLWYBR_EVIDENCE_ROW (row)));

  g_object_unref (row);
}

static gboolean
record_shown (GSignalInvocationHint *hint,
              guint                  n_values,
              const GValue          *values,
              gpointer               drawn)
{
  g_hash_table_add (drawn, g_value_get_object (&values[0]));
  return TRUE;
}

static gboolean
is_in_sight (GtkWidget *row,
             GtkWidget *view)
{
  graphene_rect_t visible;
  graphene_rect_t bounds;

  graphene_rect_init (&visible, 0, 0, gtk_widget_get_width (view), gtk_widget_get_height (view));
  return gtk_widget_compute_bounds (row, view, &bounds) && graphene_rect_intersection (&bounds, &visible, NULL);
}

typedef struct {
  GtkWidget  *view;
  GHashTable *drawn;
  guint       drawn_before;
} RowsInSight;

/* Whether the list has rows, and all those in sight have been drawn,
 * more of them than before. */
static gboolean
rows_in_sight_drawn (gpointer data)
{
  RowsInSight *sight = data;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect (sight->view, LLWYBR_TYPE_EVIDENCE_ROW, NULL, rows);
  for (guint i = 0; i < rows->len; i++)
    if (is_in_sight (g_ptr_array_index (rows, i), sight->view) &&
        !g_hash_table_contains (sight->drawn, g_ptr_array_index (rows, i)))
      return FALSE;

  return rows->len > 0 && g_hash_table_size (sight->drawn) > sight->drawn_before;
}

/* Sixty pieces: the list holds a row for each, and draws those in sight,
 * the rest as scrolling brings them in, so that a search on thousands
 * costs a screenful of rows. */
static void
test_evidence_rows_in_sight (void)
{
  g_autofree char *dir = llwybr_test_tmp_path ("library");
  g_autoptr(LlwybrLibrary) library = llwybr_library_new (dir);
  g_autoptr(LlwybrPortfolio) created = create_portfolio (library);
  g_autofree char *path = g_strdup (llwybr_portfolio_get_path (created));
  g_autoptr(GHashTable) drawn = g_hash_table_new (NULL, NULL);
  g_autoptr(GTypeClass) row_class = g_type_class_ref (LLWYBR_TYPE_EVIDENCE_ROW);
  g_autoptr(GError) error = NULL;
  RowsInSight sight = { NULL, drawn, 0 };
  GtkAdjustment *adjustment;
  LlwybrWindow *window;
  guint first_screen;
  gulong hook;

  for (guint i = 0; i < 60; i++)
    {
      g_autoptr(LlwybrEvidence) evidence = llwybr_evidence_new ();
      g_autofree char *title = g_strdup_printf ("Darn %02u", i);

      llwybr_evidence_set_title (evidence, title);
      llwybr_portfolio_add_evidence (created, evidence, &error);
      g_assert_no_error (error);
    }
  g_clear_object (&created);

  hook = g_signal_add_emission_hook (g_signal_lookup ("shown", LLWYBR_TYPE_EVIDENCE_ROW), 0, record_shown, drawn, NULL);
  window = open_window_on (library, path);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "evidence");
  sight.view = template_child (find_widget (GTK_WIDGET (window), LLWYBR_TYPE_EVIDENCE_PAGE),
                               LLWYBR_TYPE_EVIDENCE_PAGE, "list_view");
  g_assert_true (wait_for (rows_in_sight_drawn, &sight));
  spin ();
  first_screen = g_hash_table_size (drawn);
  g_assert_cmpuint (first_screen, <, 30);

  /* At the end of the list, the last piece in sight has been drawn. */
  sight.drawn_before = first_screen;
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (sight.view));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  g_assert_true (wait_for (rows_in_sight_drawn, &sight));
  spin ();
  g_assert_true (rows_in_sight_drawn (&sight));

  g_signal_remove_emission_hook (g_signal_lookup ("shown", LLWYBR_TYPE_EVIDENCE_ROW), hook);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
shows_changed_since_review (gpointer window)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect (find_widget (window, LLWYBR_TYPE_EVIDENCE_PAGE), LLWYBR_TYPE_EVIDENCE_ROW, NULL, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      const char *details = llwybr_evidence_row_get_details (g_ptr_array_index (rows, i));

      if (details != NULL && g_str_has_suffix (details, " · changed since review"))
        return TRUE;
    }

  return FALSE;
}

/* The reviewed copy comes back: opening it offers to merge, says what
 * comes in, and the reviews arrive marked new, beside the TA's own edit
 * made meanwhile. */
static void
test_merge_back (void)
{
  g_autofree char *ta_dir = llwybr_test_tmp_path ("ta");
  g_autofree char *mentor_dir = llwybr_test_tmp_path ("mentor");
  g_autofree char *sent_path = llwybr_test_tmp_path ("for-mentor.llwybr");
  g_autofree char *back_path = llwybr_test_tmp_path ("reviewed.llwybr");
  g_autoptr(GFile) sent = g_file_new_for_path (sent_path);
  g_autoptr(GFile) back = g_file_new_for_path (back_path);
  g_autoptr(LlwybrLibrary) ta_library = llwybr_library_new (ta_dir);
  g_autoptr(LlwybrLibrary) mentor_library = llwybr_library_new (mentor_dir);
  g_autoptr(LlwybrPortfolio) ta = create_sent_portfolio (ta_library, sent);
  g_autoptr(LlwybrPortfolio) mentor = NULL;
  g_autoptr(LlwybrReview) comment = NULL, verdict = NULL;
  g_autoptr(GPtrArray) badges = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *imported = NULL;
  g_autofree char *ta_path = g_strdup (llwybr_portfolio_get_path (ta));
  LlwybrEvidence *evidence;
  LlwybrWindow *window;
  GtkWidget *dialog, *review_page;
  const char *body;

  imported = llwybr_library_import (mentor_library, sent, NULL, NULL, &error);
  g_assert_no_error (error);
  mentor = llwybr_portfolio_open (imported, &error);
  evidence = llwybr_portfolio_lookup_evidence (mentor, first_evidence_uuid (ta));
  comment = llwybr_portfolio_review_evidence (mentor, evidence, "Da iawn.", "Eleri Rowlands", NULL, &error);
  verdict = llwybr_portfolio_review_standard (mentor, "1", LLWYBR_VERDICT_PARTLY_MET, NULL, "Eleri Rowlands", NULL, &error);
  llwybr_portfolio_save_copy (mentor, back, NULL, &error);
  g_assert_no_error (error);

  /* Meanwhile the TA went on working. */
  evidence = llwybr_portfolio_lookup_evidence (ta, first_evidence_uuid (ta));
  llwybr_evidence_set_reflection (evidence, "Ychwanegais nodyn ar y disgyblion.");
  llwybr_portfolio_save_evidence (ta, evidence, &error);
  g_assert_no_error (error);
  g_clear_object (&ta);

  window = open_window_on (ta_library, ta_path);
  llwybr_window_import (window, back);
  g_assert_true (wait_for (has_dialog_with, (gpointer) "file"));
  dialog = find_dialog ("file");
  body = adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog));
  g_assert_nonnull (strstr (body, "2 reviews"));
  g_assert_null (strstr (body, "updated"));
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "merge");
  spin ();

  ta = g_object_ref (llwybr_window_get_portfolio (window));
  g_assert_cmpuint (llwybr_portfolio_count_unread_reviews (ta), ==, 2);
  g_assert_cmpint (llwybr_portfolio_get_verdict (ta, "1"), ==, LLWYBR_VERDICT_PARTLY_MET);
  evidence = llwybr_portfolio_lookup_evidence (ta, first_evidence_uuid (ta));
  g_assert_cmpstr (llwybr_evidence_get_reflection (evidence), ==, "Ychwanegais nodyn ar y disgyblion.");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (GTK_WIDGET (window), LLWYBR_TYPE_WINDOW, "pages")), ==, "review");

  /* New reviews say so, until she has read them. */
  review_page = find_widget (GTK_WIDGET (window), LLWYBR_TYPE_REVIEW_PAGE);
  collect (review_page, GTK_TYPE_LABEL, "new", badges);
  g_assert_cmpuint (badges->len, ==, 2);
  g_assert_cmpstr (gtk_label_get_text (template_child (GTK_WIDGET (window), LLWYBR_TYPE_WINDOW, "review_badge")), ==, "2");
  g_signal_emit_by_name (template_child (review_page, LLWYBR_TYPE_REVIEW_PAGE, "read_button"), "clicked");
  spin ();
  g_ptr_array_set_size (badges, 0);
  collect (review_page, GTK_TYPE_LABEL, "new", badges);
  g_assert_cmpuint (badges->len, ==, 0);
  g_assert_cmpuint (llwybr_portfolio_count_unread_reviews (ta), ==, 0);
  g_assert_false (gtk_widget_get_visible (template_child (GTK_WIDGET (window), LLWYBR_TYPE_WINDOW, "review_badge")));

  /* Her edit came after the mentor's comment: the evidence list says so,
   * once the row has been checked, after it is drawn. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "evidence");
  g_assert_true (wait_for (shows_changed_since_review, window));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A mistaken edit, undone from the evidence's earlier versions. */
static void
test_history_window (void)
{
  g_autofree char *dir = llwybr_test_tmp_path ("library");
  g_autoptr(LlwybrLibrary) library = llwybr_library_new (dir);
  g_autoptr(LlwybrPortfolio) portfolio = create_portfolio (library);
  g_autoptr(LlwybrEvidence) evidence = llwybr_evidence_new ();
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_strdup (llwybr_portfolio_get_path (portfolio));
  g_autofree char *uuid = NULL;
  LlwybrWindow *window;
  GtkWidget *editor, *history;

  llwybr_evidence_set_title (evidence, "Grŵp darllen Coch");
  llwybr_portfolio_add_evidence (portfolio, evidence, &error);
  g_assert_no_error (error);
  uuid = g_strdup (llwybr_evidence_get_uuid (evidence));
  llwybr_test_a_day_later (path);
  llwybr_evidence_set_title (evidence, "oops");
  llwybr_portfolio_save_evidence (portfolio, evidence, &error);
  g_assert_no_error (error);
  g_clear_object (&portfolio);

  window = open_window_on (library, path);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-evidence", "s", uuid);
  spin ();
  editor = find_widget (GTK_WIDGET (window), LLWYBR_TYPE_EVIDENCE_EDITOR);
  g_assert_cmpstr (adw_action_row_get_subtitle (template_child (editor, LLWYBR_TYPE_EVIDENCE_EDITOR, "history_row")),
                   ==, "1 earlier version kept");

  g_signal_emit_by_name (template_child (editor, LLWYBR_TYPE_EVIDENCE_EDITOR, "history_row"), "activated");
  spin ();
  history = find_toplevel (LLWYBR_TYPE_HISTORY_WINDOW);
  g_assert_nonnull (history);
  collect (history, GTK_TYPE_BUTTON, NULL, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), "_Restore") == 0)
      g_signal_emit_by_name (g_ptr_array_index (buttons, i), "clicked");
  spin ();

  g_assert_null (find_toplevel (LLWYBR_TYPE_HISTORY_WINDOW));
  g_assert_cmpstr (gtk_editable_get_text (template_child (editor, LLWYBR_TYPE_EVIDENCE_EDITOR, "title_row")), ==,
                   "Grŵp darllen Coch");
  g_assert_cmpstr (adw_action_row_get_subtitle (template_child (editor, LLWYBR_TYPE_EVIDENCE_EDITOR, "history_row")),
                   ==, "2 earlier versions kept");

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
button_with_tooltip_prefix (GtkWidget  *widget,
                            const char *prefix)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect (widget, GTK_TYPE_BUTTON, NULL, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_str_has_prefix (gtk_widget_get_tooltip_text (g_ptr_array_index (buttons, i)) ?: "", prefix))
      return g_ptr_array_index (buttons, i);

  return NULL;
}

/* A portfolio removed from the welcome page waits under Recently Removed,
 * and comes back whole. */
static void
test_remove_portfolio (void)
{
  g_autofree char *dir = llwybr_test_tmp_path ("library");
  g_autoptr(LlwybrLibrary) library = llwybr_library_new (dir);
  g_autoptr(LlwybrPortfolio) portfolio = create_portfolio (library);
  g_autofree char *path = g_strdup (llwybr_portfolio_get_path (portfolio));
  g_autofree char *print = NULL;
  g_autofree char *print_after = NULL;
  LlwybrWindow *window;
  GtkWidget *welcome, *remove, *restore;

  g_assert_true (llwybr_portfolio_set_title (portfolio, "Portffolio Siân", NULL));
  g_clear_object (&portfolio);
  print = llwybr_test_fingerprint (path);

  window = llwybr_window_new (NULL, library);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for (is_mapped, window));
  llwybr_library_reload (library);
  spin ();
  welcome = find_widget (GTK_WIDGET (window), LLWYBR_TYPE_WELCOME_PAGE);

  remove = button_with_tooltip_prefix (welcome, "Remove “Portffolio Siân”");
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  spin ();
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (g_list_model_get_n_items (llwybr_library_get_items (library)), ==, 0);
  g_assert_true (gtk_widget_get_visible (template_child (welcome, LLWYBR_TYPE_WELCOME_PAGE, "removed_group")));

  restore = button_with_tooltip_prefix (welcome, "Put “Portffolio Siân” Back");
  g_assert_nonnull (restore);
  g_signal_emit_by_name (restore, "clicked");
  spin ();
  g_clear_pointer (&print_after, g_free);
  print_after = llwybr_test_fingerprint (path);
  g_assert_cmpstr (print_after, ==, print);
  g_assert_cmpuint (g_list_model_get_n_items (llwybr_library_get_items (library)), ==, 1);
  g_assert_false (gtk_widget_get_visible (template_child (welcome, LLWYBR_TYPE_WELCOME_PAGE, "removed_group")));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The document rows a standard's Document File group shows. */
static GPtrArray *
document_rows (GtkWidget *group)
{
  GPtrArray *rows = g_ptr_array_new ();

  collect (group, LLWYBR_TYPE_DOCUMENT_ROW, NULL, rows);
  return rows;
}

typedef struct
{
  const char *path;
  const char *standard;
  const char *why;
  const char *highlight;
} SavedDocument;

/* Read from the file, on a connection of its own, as the next session
 * would read it. */
static gboolean
document_is_saved (gpointer data)
{
  SavedDocument *expected = data;
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_portfolio_open_read_only (expected->path, NULL);
  g_autoptr(GPtrArray) documents = llwybr_portfolio_list_documents_for (portfolio, expected->standard);
  LlwybrDocument *document;

  if (documents->len != 1)
    return FALSE;

  document = g_ptr_array_index (documents, 0);
  return g_strcmp0 (llwybr_document_get_why (document), expected->why) == 0 &&
         g_strcmp0 (llwybr_document_get_highlight (document), expected->highlight) == 0;
}

static GtkWidget *
button_with_label (GtkWidget  *widget,
                   const char *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect (widget, GTK_TYPE_BUTTON, NULL, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      return g_ptr_array_index (buttons, i);

  return NULL;
}

/* A popover is placed on the monitor its button is on: the button must be
 * on screen, scrolled into view and not sliding in, in a window X has
 * placed. */
static gboolean
on_screen (gpointer data)
{
  GtkWidget *widget = data;
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));
  GdkFrameClock *clock = gtk_widget_get_frame_clock (root);
  graphene_point_t point;

  gtk_widget_queue_draw (root);
  return clock != NULL && gdk_frame_clock_get_frame_counter (clock) > 3 &&
         gtk_widget_compute_point (widget, root, &GRAPHENE_POINT_INIT (0, 0), &point) &&
         point.x >= 0 && point.x + gtk_widget_get_width (widget) <= gtk_widget_get_width (root) &&
         point.y >= 0 && point.y + gtk_widget_get_height (widget) <= gtk_widget_get_height (root);
}

static void
pop_up (GtkWidget *menu_button)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (menu_button, GTK_TYPE_VIEWPORT);
  graphene_point_t point;

  /* Scrolled to, as she would: focus alone does not scroll to a widget
   * that had it before the window was shown. */
  g_assert_true (wait_for (is_laid_out, menu_button));
  if (scrolled != NULL &&
      gtk_widget_compute_point (menu_button, gtk_viewport_get_child (GTK_VIEWPORT (scrolled)),
                                &GRAPHENE_POINT_INIT (0, 0), &point))
    gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (scrolled)), point.y);
  gtk_widget_grab_focus (menu_button);
  g_assert_true (wait_for (on_screen, menu_button));
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu_button));
  spin ();
}

/* Opens each date button under @widget, as a click would: its calendar,
 * Today and No Date are built then. */
static void
open_date_buttons (GtkWidget *widget)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect (widget, LLWYBR_TYPE_DATE_BUTTON, NULL, buttons);
  g_assert_cmpuint (buttons->len, >, 0);
  for (guint i = 0; i < buttons->len; i++)
    pop_up (find_widget (g_ptr_array_index (buttons, i), GTK_TYPE_MENU_BUTTON));
}

/* For standard 24 she chooses the reading-age records from the Add
 * Document… list, says why and what to highlight, and it is in the file
 * as she types; at the provider's limit she can add no more and is told
 * why; a removed document comes back with Undo, notes and all. */
static void
test_document_file (void)
{
  g_autofree char *dir = llwybr_test_tmp_path ("library");
  g_autoptr(LlwybrLibrary) library = llwybr_library_new (dir);
  g_autofree char *sample = llwybr_test_write_sample ();
  g_autoptr(GFile) file = g_file_new_for_path (sample);
  g_autofree char *path = llwybr_library_import (library, file, NULL, NULL, NULL);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GPtrArray) rows = NULL;
  LlwybrWindow *window;
  LlwybrPortfolio *portfolio;
  GtkWidget *group, *add_button, *choices, *note, *row, *undo;
  SavedDocument expected = { path, "24", "Fy nadansoddiad i o’r oedrannau darllen", "" };

  g_settings_reset (settings, "documents-per-standard");
  window = open_window_on (library, path);
  portfolio = llwybr_window_get_portfolio (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-standard", "s", "24");
  spin ();
  group = find_widget (GTK_WIDGET (window), LLWYBR_TYPE_DOCUMENT_GROUP);
  add_button = template_child (group, LLWYBR_TYPE_DOCUMENT_GROUP, "add_button");
  choices = template_child (group, LLWYBR_TYPE_DOCUMENT_GROUP, "choices_list");
  note = template_child (group, LLWYBR_TYPE_DOCUMENT_GROUP, "limit_note");
  rows = document_rows (group);
  g_assert_cmpuint (rows->len, ==, 0);
  g_assert_true (gtk_widget_get_sensitive (add_button));
  g_assert_false (gtk_widget_get_visible (note));

  /* Of the three pieces of evidence for standard 24, one has an attachment. */
  pop_up (add_button);
  g_assert_cmpuint (count_children (choices), ==, 1);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (gtk_widget_get_first_child (choices))))),
                            "Reading ages 2026.csv"));
  gtk_widget_activate (gtk_widget_get_first_child (choices));
  spin ();
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = document_rows (group);
  g_assert_cmpuint (rows->len, ==, 1);
  row = g_ptr_array_index (rows, 0);
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "Reading ages 2026.csv");
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  /* Her next step is to say why: the focus is there. */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                         template_child (row, LLWYBR_TYPE_DOCUMENT_ROW, "why_row")));

  /* Saved as she types, without leaving the field. */
  gtk_editable_set_text (template_child (row, LLWYBR_TYPE_DOCUMENT_ROW, "why_row"), expected.why);
  g_assert_true (wait_for (document_is_saved, &expected));
  expected.highlight = "Y golofn cynnydd mewn misoedd";
  gtk_editable_set_text (template_child (row, LLWYBR_TYPE_DOCUMENT_ROW, "highlight_row"), expected.highlight);
  g_assert_true (wait_for (document_is_saved, &expected));

  /* The provider allows one document a standard: no more can be added. */
  g_settings_set_uint (settings, "documents-per-standard", 1);
  g_assert_false (gtk_widget_get_sensitive (add_button));
  g_assert_true (gtk_widget_get_visible (note));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (note)), ==, "The document file allows 1 document for each standard.");
  g_settings_reset (settings, "documents-per-standard");
  g_assert_true (gtk_widget_get_sensitive (add_button));
  g_assert_false (gtk_widget_get_visible (note));

  /* Removed, then put back with Undo, with its notes. */
  gtk_widget_activate_action (group, "document-group.remove", "s",
                              llwybr_document_get_uuid (llwybr_document_row_get_document (LLWYBR_DOCUMENT_ROW (row))));
  spin ();
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = document_rows (group);
  g_assert_cmpuint (rows->len, ==, 0);
  {
    g_autoptr(GPtrArray) documents = llwybr_portfolio_list_documents_for (portfolio, "24");

    g_assert_cmpuint (documents->len, ==, 0);
  }
  undo = button_with_label (GTK_WIDGET (window), "_Undo");
  g_assert_nonnull (undo);
  g_signal_emit_by_name (undo, "clicked");
  spin ();
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = document_rows (group);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_true (document_is_saved (&expected));

  /* Standard 23 has one document already; a second reaches the limit of two. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-standard", "s", "23");
  spin ();
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = document_rows (group);
  g_assert_cmpuint (rows->len, ==, 1);
  pop_up (add_button);
  g_assert_cmpuint (count_children (choices), ==, 1);
  gtk_widget_activate (gtk_widget_get_first_child (choices));
  spin ();
  g_assert_false (gtk_widget_get_sensitive (add_button));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (note)), ==, "The document file allows 2 documents for each standard.");

  /* Standard 5 has no evidence, so nothing to choose, and she is told so. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-standard", "s", "5");
  spin ();
  pop_up (add_button);
  g_assert_cmpuint (count_children (choices), ==, 0);
  g_assert_true (gtk_widget_get_visible (template_child (group, LLWYBR_TYPE_DOCUMENT_GROUP, "choices_empty")));
  g_assert_false (gtk_widget_get_visible (template_child (group, LLWYBR_TYPE_DOCUMENT_GROUP, "choices_scroller")));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (add_button));

  /* What was typed a moment before the window closed is in the file. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-standard", "s", "24");
  spin ();
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = document_rows (group);
  expected.why = "Dadansoddiad a rannais gyda’r athrawes";
  gtk_editable_set_text (template_child (g_ptr_array_index (rows, 0), LLWYBR_TYPE_DOCUMENT_ROW, "why_row"), expected.why);
  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
  g_assert_true (document_is_saved (&expected));
}

/* A part of the overview built after its first frame, by its id in the
 * .ui it is built from; NULL until then. */
static GtkWidget *
overview_part (GtkWidget  *widget,
               const char *id)
{
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();

  collect (widget, GTK_TYPE_WIDGET, NULL, widgets);
  for (guint i = 0; i < widgets->len; i++)
    if (g_strcmp0 (gtk_buildable_get_buildable_id (g_ptr_array_index (widgets, i)), id) == 0)
      return g_ptr_array_index (widgets, i);

  return NULL;
}

static gboolean
is_below_fold_shown (gpointer overview)
{
  GtkWidget *details = overview_part (overview, "details_group");
  GtkWidget *endorsement = overview_part (overview, "endorsement_group");

  return gtk_widget_get_visible (template_child (overview, LLWYBR_TYPE_OVERVIEW_PAGE, "readiness_group")) &&
         details != NULL && gtk_widget_get_mapped (details) &&
         endorsement != NULL && gtk_widget_get_mapped (endorsement);
}

/* The button or the calendar of the endorsement's date. */
static GtkWidget *
endorsed_on_part (GtkWidget *overview,
                  GType      type)
{
  GtkWidget *button = overview_part (overview, "endorsed_on_button");

  if (type == GTK_TYPE_CALENDAR)
    open_date_buttons (button);
  return find_widget (button, type);
}

/* The headteacher's name and the day she endorsed the entry, from the
 * overview, are in the file. */
static void
test_endorsement (void)
{
  g_autofree char *dir = llwybr_test_tmp_path ("library");
  g_autoptr(LlwybrLibrary) library = llwybr_library_new (dir);
  g_autoptr(LlwybrPortfolio) created = create_portfolio (library);
  g_autofree char *path = g_strdup (llwybr_portfolio_get_path (created));
  g_autoptr(LlwybrPortfolio) reopened = NULL;
  g_autoptr(GDateTime) day = g_date_time_new_local (2026, 11, 20, 12, 0, 0);
  LlwybrWindow *window;
  GtkWidget *overview;
  const GDate *endorsed_on;

  g_clear_object (&created);
  window = open_window_on (library, path);
  overview = find_widget (GTK_WIDGET (window), LLWYBR_TYPE_OVERVIEW_PAGE);
  g_assert_true (wait_for (is_below_fold_shown, overview));
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (endorsed_on_part (overview, GTK_TYPE_MENU_BUTTON))),
                   ==, "No date");

  /* What is left before assessment leads to where she puts it right. */
  {
    GtkListBox *findings = template_child (overview, LLWYBR_TYPE_OVERVIEW_PAGE, "findings_list");
    GtkWidget *focus;

    spin ();
    for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (findings)); row; row = gtk_widget_get_next_sibling (row))
      if (ADW_IS_PREFERENCES_ROW (row) &&
          g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), "No headteacher’s endorsement"))
        g_signal_emit_by_name (findings, "row-activated", row);
    focus = gtk_root_get_focus (GTK_ROOT (window));
    g_assert_nonnull (focus);
    g_assert_true (gtk_widget_is_ancestor (focus, overview_part (overview, "endorsed_by_row")));
  }

  gtk_calendar_select_day (GTK_CALENDAR (endorsed_on_part (overview, GTK_TYPE_CALENDAR)), day);
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (endorsed_on_part (overview, GTK_TYPE_MENU_BUTTON))),
                   ==, "20 November 2026");
  gtk_editable_set_text (GTK_EDITABLE (overview_part (overview, "endorsed_by_row")), "Mrs Gwenllian Price");
  spin ();
  gtk_window_destroy (GTK_WINDOW (window));
  spin ();

  reopened = llwybr_portfolio_open (path, NULL);
  g_assert_cmpstr (llwybr_portfolio_get_endorsed_by (reopened), ==, "Mrs Gwenllian Price");
  endorsed_on = llwybr_portfolio_get_endorsed_on (reopened);
  g_assert_nonnull (endorsed_on);
  g_assert_cmpint (g_date_get_year (endorsed_on), ==, 2026);
  g_assert_cmpint (g_date_get_month (endorsed_on), ==, 11);
  g_assert_cmpint (g_date_get_day (endorsed_on), ==, 20);
  g_clear_object (&reopened);

  /* Shown again when the portfolio opens, and cleared. */
  window = open_window_on (library, path);
  overview = find_widget (GTK_WIDGET (window), LLWYBR_TYPE_OVERVIEW_PAGE);
  g_assert_true (wait_for (is_below_fold_shown, overview));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (overview_part (overview, "endorsed_by_row"))),
                   ==, "Mrs Gwenllian Price");
  open_date_buttons (overview_part (overview, "endorsed_on_button"));
  g_signal_emit_by_name (button_with_label (overview, "_No Date"), "clicked");
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (endorsed_on_part (overview, GTK_TYPE_MENU_BUTTON))),
                   ==, "No date");
  g_assert_null (llwybr_portfolio_get_endorsed_on (llwybr_window_get_portfolio (window)));

  /* Endorsed today: the calendar rests on today and says nothing when it
   * is pressed, so today has its own button. */
  g_signal_emit_by_name (button_with_label (overview, "_Today"), "clicked");
  {
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();

    endorsed_on = llwybr_portfolio_get_endorsed_on (llwybr_window_get_portfolio (window));
    g_assert_nonnull (endorsed_on);
    g_assert_cmpint (g_date_get_day (endorsed_on), ==, g_date_time_get_day_of_month (now));
    g_assert_cmpint (g_date_get_month (endorsed_on), ==, g_date_time_get_month (now));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The provider's limits are settings, within the schema's ranges. */
static void
test_assessment_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  LlwybrPreferencesWindow *preferences = llwybr_preferences_window_new (NULL);
  GtkSpinButton *documents = template_child (GTK_WIDGET (preferences), LLWYBR_TYPE_PREFERENCES_WINDOW,
                                             "documents_per_standard_spin");
  GtkSpinButton *words = template_child (GTK_WIDGET (preferences), LLWYBR_TYPE_PREFERENCES_WINDOW,
                                         "words_over_percent_spin");
  double min, max;

  g_assert_cmpfloat (gtk_spin_button_get_value (documents), ==, 2);
  gtk_spin_button_get_range (documents, &min, &max);
  g_assert_cmpfloat (min, ==, 1);
  g_assert_cmpfloat (max, ==, 10);

  gtk_spin_button_set_value (documents, 3);
  g_assert_cmpuint (g_settings_get_uint (settings, "documents-per-standard"), ==, 3);
  gtk_spin_button_set_value (words, 25);
  g_assert_cmpuint (g_settings_get_uint (settings, "words-over-percent"), ==, 25);

  g_settings_reset (settings, "documents-per-standard");
  g_settings_reset (settings, "words-over-percent");
  gtk_window_destroy (GTK_WINDOW (preferences));
}

/* The overview says how much is left before assessment; as the TA puts
 * things right, the count goes down, and a finding opens where it is put
 * right. */
static void
test_readiness (void)
{
  g_autofree char *dir = llwybr_test_tmp_path ("library");
  g_autoptr(LlwybrLibrary) library = llwybr_library_new (dir);
  g_autoptr(GDate) day = g_date_new_dmy (14, G_DATE_SEPTEMBER, 2026);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GError) error = NULL;
  LlwybrWindow *window = open_sample_window (library);
  LlwybrPortfolio *portfolio = llwybr_window_get_portfolio (window);
  GtkWidget *overview = find_widget (GTK_WIDGET (window), LLWYBR_TYPE_OVERVIEW_PAGE);
  AdwPreferencesGroup *group = template_child (overview, LLWYBR_TYPE_OVERVIEW_PAGE, "readiness_group");
  GtkWidget *list = template_child (overview, LLWYBR_TYPE_OVERVIEW_PAGE, "findings_list");
  GtkWidget *focus, *editor;
  GtkListBoxRow *first;

  /* What is below the fold comes a frame after the rest. */
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (group)));
  g_assert_true (wait_for (is_below_fold_shown, overview));
  g_assert_cmpstr (adw_preferences_group_get_description (group), ==, "Ready for assessment: 16 things left");
  first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
  g_assert_true (g_str_has_prefix (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), "No headteacher’s endorsement"));

  /* Five, then the other eleven behind a row that opens. */
  {
    GtkListBoxRow *more = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 5);
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();

    g_assert_true (ADW_IS_EXPANDER_ROW (more));
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (more)), ==, "11 more things");
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (more), TRUE);
    collect (GTK_WIDGET (more), ADW_TYPE_PREFERENCES_ROW, NULL, rows);
    /* The expander and its own header are rows too. */
    g_ptr_array_remove_range (rows, 0, 2);
    g_assert_cmpuint (rows->len, ==, 11);
    g_assert_true (gtk_list_box_row_get_activatable (g_ptr_array_index (rows, 0)));
  }

  llwybr_portfolio_set_endorsement (portfolio, "Mrs Gwenan Puw", day, &error);
  g_assert_no_error (error);
  spin ();
  g_assert_cmpstr (adw_preferences_group_get_description (group), ==, "Ready for assessment: 15 things left");

  /* A provider that allows every standard without a document. */
  g_settings_set_uint (settings, "standards-without-document", 33);
  spin ();
  g_assert_cmpstr (adw_preferences_group_get_description (group), ==, "Ready for assessment: 14 things left");
  g_settings_reset (settings, "standards-without-document");
  spin ();

  /* The first finding now is an empty section of Task 1: it opens the tasks. */
  first = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first)), ==,
                   "Task 1: the section “Monitoring and assessment” is empty.");
  g_signal_emit_by_name (list, "row-activated", first);
  spin ();
  g_assert_cmpstr (gtk_stack_get_visible_child_name (template_child (GTK_WIDGET (window), LLWYBR_TYPE_WINDOW, "pages")), ==, "tasks");

  /* ...with the cursor in that section; what she writes there takes the
   * finding away. */
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (GTK_IS_TEXT_VIEW (focus));
  editor = gtk_widget_get_ancestor (focus, LLWYBR_TYPE_TASK_SECTION_EDITOR);
  g_assert_cmpstr (llwybr_task_section_get_id (llwybr_task_section_editor_get_section (LLWYBR_TASK_SECTION_EDITOR (editor))), ==, "monitoring");
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus)), "I asked him to show me each pair on the ten-frame [S22].", -1);
  llwybr_task_section_editor_save (LLWYBR_TASK_SECTION_EDITOR (editor));
  spin ();
  g_assert_cmpstr (adw_preferences_group_get_description (group), ==, "Ready for assessment: 14 things left");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A label with @data's text is on screen: a toast, say. */
static gboolean
shows_text (gpointer data)
{
  const char *text = data;
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();

      collect (toplevel, GTK_TYPE_LABEL, NULL, labels);
      for (guint j = 0; j < labels->len; j++)
        if (gtk_widget_get_mapped (g_ptr_array_index (labels, j)) &&
            g_strcmp0 (gtk_label_get_text (g_ptr_array_index (labels, j)), text) == 0)
          return TRUE;
    }

  return FALSE;
}

/* The document file is written while the window goes on; a toast says
 * when it is done, and a dialog why it could not be. */
static void
test_export_document_file (void)
{
  g_autofree char *dir = llwybr_test_tmp_path ("library");
  g_autoptr(LlwybrLibrary) library = llwybr_library_new (dir);
  g_autofree char *pdf = llwybr_test_tmp_path ("ffeil ddogfennau.pdf");
  g_autofree char *nowhere = llwybr_test_tmp_path ("no-such-folder/ffeil.pdf");
  g_autoptr(GFile) file = g_file_new_for_path (pdf);
  g_autoptr(GFile) bad_file = g_file_new_for_path (nowhere);
  g_autofree char *contents = NULL;
  gsize length = 0;
  LlwybrWindow *window = open_sample_window (library);
  AdwToastOverlay *toasts = template_child (GTK_WIDGET (window), LLWYBR_TYPE_WINDOW, "toast_overlay");

  llwybr_document_file_export_to (toasts, llwybr_window_get_portfolio (window), LLWYBR_SUMMARY_BILINGUAL, file, NULL);
  g_assert_true (wait_for (shows_text, (gpointer) "Document file exported"));
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  llwybr_document_file_export_to (toasts, llwybr_window_get_portfolio (window), LLWYBR_SUMMARY_ENGLISH, bad_file, NULL);
  g_assert_true (wait_for (shows_text, (gpointer) "Could Not Export the Document File"));

  gtk_window_destroy (GTK_WINDOW (find_toplevel (ADW_TYPE_MESSAGE_DIALOG)));
  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

static AdwMessageDialog *
dialog_with_heading (const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) && gtk_widget_get_visible (toplevel) &&
          g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (toplevel)), heading) == 0)
        return ADW_MESSAGE_DIALOG (toplevel);
    }

  return NULL;
}

/* Writing that could not be saved keeps the window, and the portfolio,
 * open until she says so; once it saves, the window closes with it saved. */
static void
test_unsaved_writing (void)
{
  g_autofree char *dir = llwybr_test_tmp_path ("library");
  g_autoptr(LlwybrLibrary) library = llwybr_library_new (dir);
  LlwybrWindow *window = open_sample_window (library);
  g_autofree char *path = g_strdup (llwybr_portfolio_get_path (llwybr_window_get_portfolio (window)));
  g_autoptr(LlwybrPortfolio) reopened = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *tasks_page, *focus;
  AdwMessageDialog *dialog;
  sqlite3 *lock = NULL;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-task", "s", "3/planning");
  spin ();
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (GTK_IS_TEXT_VIEW (focus));
  tasks_page = find_widget (GTK_WIDGET (window), LLWYBR_TYPE_TASKS_PAGE);

  /* Another program holds the file, once the day's backup has read it. */
  g_assert_true (wait_for (has_backup, library));
  g_assert_cmpint (sqlite3_open (path, &lock), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (lock, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (focus)), "The whole class, thirty pupils.", -1);
  g_assert_false (llwybr_tasks_page_save (LLWYBR_TASKS_PAGE (tasks_page)));

  gtk_window_close (GTK_WINDOW (window));
  spin ();
  g_assert_nonnull (window);
  dialog = dialog_with_heading ("Your Writing Is Not Saved");
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "keep");
  spin ();

  /* Nor does closing the portfolio drop it. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.close-portfolio", NULL);
  spin ();
  g_assert_nonnull (llwybr_window_get_portfolio (window));
  dialog = dialog_with_heading ("Your Writing Is Not Saved");
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "keep");
  spin ();

  /* The file is free again: now it saves, and the window closes. */
  sqlite3_exec (lock, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (lock);
  gtk_window_close (GTK_WINDOW (window));
  spin ();
  g_assert_null (window);

  reopened = llwybr_portfolio_open_read_only (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (llwybr_task_section_get_text (llwybr_task_lookup_section (llwybr_portfolio_lookup_task (reopened, "3"), "planning")),
                   ==, "The whole class, thirty pupils.");
}

static void
count_chosen (guint *n)
{
  (*n)++;
}

/* A date is chosen by her, today included, and only then said to be. */
static void
test_date_button (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *button = llwybr_date_button_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDate) day = g_date_new_dmy (3, G_DATE_MARCH, 2025);
  guint chosen = 0;

  gtk_window_set_child (GTK_WINDOW (window), button);
  g_signal_connect_swapped (button, "chosen", G_CALLBACK (count_chosen), &chosen);
  g_assert_null (llwybr_date_button_get_date (LLWYBR_DATE_BUTTON (button)));

  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (wait_for (is_mapped, window));
  open_date_buttons (button);
  g_signal_emit_by_name (button_with_label (button, "_Today"), "clicked");
  g_assert_cmpuint (chosen, ==, 1);
  g_assert_cmpint (g_date_get_day (llwybr_date_button_get_date (LLWYBR_DATE_BUTTON (button))), ==,
                   g_date_time_get_day_of_month (now));

  llwybr_date_button_set_date (LLWYBR_DATE_BUTTON (button), day);
  g_assert_cmpuint (chosen, ==, 1);
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (find_widget (button, GTK_TYPE_MENU_BUTTON))), ==, "3 March 2025");

  g_signal_emit_by_name (button_with_label (button, "_No Date"), "clicked");
  g_assert_cmpuint (chosen, ==, 2);
  g_assert_null (llwybr_date_button_get_date (LLWYBR_DATE_BUTTON (button)));
  g_assert_cmpstr (gtk_menu_button_get_label (GTK_MENU_BUTTON (find_widget (button, GTK_TYPE_MENU_BUTTON))), ==, "No date");

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
has_damage_dialog (gpointer data)
{
  return dialog_with_heading ("This Portfolio Is Damaged") != NULL;
}

/* The portfolio left open is shown at once, before its pages are read;
 * the worker that backs it up reads them, and a damaged page is told. */
static void
test_damaged_pages (void)
{
  static const guint8 zeros[4096] = { 0 };
  g_autofree char *dir = llwybr_test_tmp_path ("library");
  g_autoptr(LlwybrLibrary) library = llwybr_library_new (dir);
  LlwybrPortfolio *portfolio = create_portfolio (library);
  g_autofree char *path = g_strdup (llwybr_portfolio_get_path (portfolio));
  g_autoptr(LlwybrEvidence) evidence = llwybr_evidence_new ();
  g_autoptr(GByteArray) photo = g_byte_array_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(LlwybrPortfolio) reopened = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf before, after;
  LlwybrWindow *window;
  int fd;

  for (guint i = 0; i < 64 * 1024; i++)
    {
      guint32 word = g_test_rand_int ();

      g_byte_array_append (photo, (const guint8 *)&word, sizeof word);
    }
  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&photo));
  stream = g_memory_input_stream_new_from_bytes (bytes);
  llwybr_portfolio_set_title (portfolio, "Portffolio Siân", &error);
  g_assert_no_error (error);
  llwybr_evidence_set_title (evidence, "Arddangosfa");
  llwybr_portfolio_add_evidence (portfolio, evidence, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &before), ==, 0);
  g_object_unref (llwybr_portfolio_attach_stream (portfolio, evidence, "llun.png", "image/png", stream,
                                                  g_bytes_get_size (bytes), NULL, &error));
  g_assert_no_error (error);
  g_object_unref (portfolio);
  g_assert_cmpint (g_stat (path, &after), ==, 0);

  /* A page in the middle of the photograph, which opening does not read. */
  fd = g_open (path, O_WRONLY, 0);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (pwrite (fd, zeros, sizeof zeros, before.st_size + (((after.st_size - before.st_size) / 2) & ~4095)), ==, sizeof zeros);
  g_assert_cmpint (close (fd), ==, 0);
  g_assert_null (llwybr_portfolio_open (path, &error));
  g_assert_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_DAMAGED);
  g_clear_error (&error);

  window = open_window_on (library, path);
  g_assert_true (wait_for (has_damage_dialog, NULL));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog_with_heading ("This Portfolio Is Damaged")),
                            "“Portffolio Siân”"));
  gtk_window_destroy (GTK_WINDOW (dialog_with_heading ("This Portfolio Is Damaged")));
  gtk_window_destroy (GTK_WINDOW (window));
  spin ();
}

/* Llwybr starts on the portfolio left open, read while GTK starts. */
static void
test_start_where_left (void)
{
  g_autoptr(LlwybrLibrary) library = llwybr_library_new_default ();
  g_autoptr(LlwybrPortfolio) left = create_portfolio (library);
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(LlwybrApplication) app = llwybr_application_new ();
  g_autoptr(GError) error = NULL;
  GtkWindow *window;

  g_settings_set_string (settings, "last-portfolio", llwybr_portfolio_get_path (left));
  /* No D-Bus name: the test is its only instance. */
  g_application_set_flags (G_APPLICATION (app), g_application_get_flags (G_APPLICATION (app)) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  g_application_activate (G_APPLICATION (app));

  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (LLWYBR_IS_WINDOW (window));
  g_assert_nonnull (llwybr_window_get_portfolio (LLWYBR_WINDOW (window)));
  g_assert_cmpstr (llwybr_portfolio_get_path (llwybr_window_get_portfolio (LLWYBR_WINDOW (window))), ==,
                   llwybr_portfolio_get_path (left));
  g_assert_cmpstr (adw_window_title_get_title (template_child (GTK_WIDGET (window), LLWYBR_TYPE_WINDOW, "window_title")), ==,
                   llwybr_portfolio_get_title (left));

  gtk_window_destroy (window);
  spin ();
  g_settings_reset (settings, "last-portfolio");
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

  /* GIO reads the MIME database once, from the system's data directories,
   * before the tests isolate theirs: /ui/photo-reminder needs a PNG to be
   * known as one. */
  g_free (g_content_type_guess ("llun.png", NULL, 0, NULL));

  llwybr_test_init (&argc, &argv);
  /* In the tests' isolated XDG directories GTK warns that it cannot load
   * some of its own SVG icons; criticals still fail a test. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  /* The locale llwybr_test_init() chose stays: GTK would take the
   * environment's, and under C.UTF-8 GLib stops translating the core's
   * messages for good. */
  gtk_disable_setlocale ();
  gtk_init ();
  adw_init ();

  g_test_add_func ("/ui/sample-standards", test_sample_standards);
  g_test_add_func ("/ui/wrap-label-row", test_wrap_label_row);
  g_test_add_func ("/ui/welsh", test_welsh);
  g_test_add_func ("/ui/no-english-in-welsh", test_no_english_in_welsh);
  g_test_add_func ("/ui/evidence-is-saved", test_evidence_is_saved);
  g_test_add_func ("/ui/delete-and-undo", test_delete_and_undo);
  g_test_add_func ("/ui/buttons-named", test_buttons_named);
  g_test_add_func ("/ui/main-menu", test_main_menu);
  g_test_add_func ("/ui/preview", test_preview);
  g_test_add_func ("/ui/plan", test_plan);
  g_test_add_func ("/ui/plan-many-steps", test_plan_many_steps);
  g_test_add_func ("/ui/tasks", test_tasks);
  g_test_add_func ("/ui/restore-backup", test_restore_backup);
  g_test_add_func ("/ui/photo-reminder", test_photo_reminder);
  g_test_add_func ("/ui/mentor-reviews", test_mentor_reviews);
  g_test_add_func ("/ui/merge-back", test_merge_back);
  g_test_add_func ("/ui/evidence-row", test_evidence_row);
  g_test_add_func ("/ui/evidence-rows-in-sight", test_evidence_rows_in_sight);
  g_test_add_func ("/ui/history-window", test_history_window);
  g_test_add_func ("/ui/remove-portfolio", test_remove_portfolio);
  g_test_add_func ("/ui/document-file", test_document_file);
  g_test_add_func ("/ui/endorsement", test_endorsement);
  g_test_add_func ("/ui/assessment-settings", test_assessment_settings);
  g_test_add_func ("/ui/export-document-file", test_export_document_file);
  g_test_add_func ("/ui/readiness", test_readiness);
  g_test_add_func ("/ui/unsaved-writing", test_unsaved_writing);
  g_test_add_func ("/ui/date-button", test_date_button);
  g_test_add_func ("/ui/damaged-pages", test_damaged_pages);
  g_test_add_func ("/ui/start-where-left", test_start_where_left);

  return g_test_run ();
}
