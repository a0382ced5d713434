/* bench-ui.c: the window with a large portfolio, as a TA uses it
 *
 * Imports FILE into the library (XDG_DATA_HOME), then measures:
 *   - how long from importing FILE, and from opening the library's copy,
 *     to a painted evidence list with rows in it;
 *   - the intervals between frames while typing searches, scrolling the
 *     evidence list and switching pages. A tick callback keeps the frame
 *     clock running, so anything that blocks the main thread shows as a
 *     long interval, whether it happens inside a frame or between two.
 *
 * Each result is a line of JSON. The window is Llwybr's own, without the
 * application around it (as in test-ui), so without its style sheet.
 *
 * Usage: bench-ui FILE.llwybr
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <locale.h>

#include "llwybr-bench-util.h"
#include "llwybr-evidence-page.h"
#include "llwybr-evidence-row.h"
#include "llwybr-window.h"

/* Frames between keystrokes: a quick typist, about 7 keys a second. */
#define FRAMES_PER_KEY 8
/* Frames with nothing typed after each query, to read the results. */
#define FRAMES_READING 30

typedef struct _Drive Drive;

struct _Drive
{
  GtkWidget  *window;
  GtkWidget  *page;
  GArray     *intervals;
  gint64      last;
  guint       frame;
  gboolean  (*step) (Drive *self);
  gboolean    done;
  GPtrArray  *keys;   /* what the search entry holds at each keystroke */
  GRand      *rand;
};

static const char * const pages[] = { "overview", "standards", "evidence", "plan" };

/* Helpers */

/* The first @type under @widget in tree order, leaving out popovers: the
 * filter menu's drop-downs have list views of their own. */
static GtkWidget *
find_widget (GtkWidget *widget,
             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  if (GTK_IS_POPOVER (widget))
    return NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
wait_for (gboolean (*done) (gpointer),
          gpointer   data)
{
  while (!done (data))
    g_main_context_iteration (NULL, TRUE);
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

/* A row is on the list once it has a piece of evidence to show. */
static gboolean
list_has_rows (gpointer data)
{
  GtkWidget *list = find_widget (data, GTK_TYPE_LIST_VIEW);

  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *line = find_widget (row, LLWYBR_TYPE_EVIDENCE_ROW);

      if (line != NULL && llwybr_evidence_row_get_evidence (LLWYBR_EVIDENCE_ROW (line)) != NULL &&
          gtk_widget_get_mapped (line))
        return TRUE;
    }

  return FALSE;
}

static void
painted_cb (GdkFrameClock *clock,
            gboolean      *painted)
{
  *painted = TRUE;
}

static gboolean
is_true (gpointer data)
{
  return *(gboolean *)data;
}

static void
wait_for_paint (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), &painted);

  gtk_widget_queue_draw (widget);
  wait_for (is_true, &painted);
  g_signal_handler_disconnect (clock, handler);
}

static void
show_page (GtkWidget  *window,
           const char *name)
{
  gtk_widget_activate_action (window, "win.show-page", "s", name);
}

/* From the start, with the portfolio open and its evidence list painted. */
static double
ms_to_list (GtkWidget *window,
            gint64     start)
{
  LlwybrEvidencePage *page;

  wait_for (has_portfolio, window);
  show_page (window, "evidence");
  page = LLWYBR_EVIDENCE_PAGE (find_widget (window, LLWYBR_TYPE_EVIDENCE_PAGE));
  wait_for (list_has_rows, page);
  wait_for_paint (window);

  return (g_get_monotonic_time () - start) / 1e3;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

static void
print_intervals (const char *activity,
                 GArray     *intervals)
{
  guint over = 0;

  g_array_sort (intervals, compare_doubles);
  for (guint i = 0; i < intervals->len; i++)
    over += g_array_index (intervals, double, i) > 50;

  g_print ("{\"bench\": \"frames\", \"activity\": \"%s\", \"frames\": %u, \"p50_ms\": %.1f, "
           "\"p95_ms\": %.1f, \"max_ms\": %.1f, \"over_50_ms\": %u}\n",
           activity, intervals->len,
           g_array_index (intervals, double, intervals->len / 2),
           g_array_index (intervals, double, (guint)(intervals->len * 0.95)),
           g_array_index (intervals, double, intervals->len - 1), over);
}

/* A key pressed adds to the text; setting the whole text would first
 * empty the entry, and an empty search entry searches at once. */
static void
type_towards (GtkEditable *entry,
              const char  *text)
{
  const char *now = gtk_editable_get_text (entry);
  int position = g_utf8_strlen (now, -1);

  if (g_str_equal (now, text))
    return;

  if (*text != '\0' && g_str_has_prefix (text, now))
    gtk_editable_insert_text (entry, text + strlen (now), -1, &position);
  else
    gtk_editable_set_text (entry, text);
}

/* Scenarios: each step runs once a frame and says whether there is more. */

static gboolean
typing_step (Drive *self)
{
  guint key = self->frame / FRAMES_PER_KEY;
  GtkWidget *entry = find_widget (self->page, GTK_TYPE_SEARCH_ENTRY);

  if (key >= self->keys->len)
    return FALSE;

  if (self->frame % FRAMES_PER_KEY == 0)
    type_towards (GTK_EDITABLE (entry), g_ptr_array_index (self->keys, key));

  return TRUE;
}

/* A steady wheel scroll down the list, then drags of the scrollbar to
 * anywhere in it. */
static gboolean
scrolling_step (Drive *self)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (find_widget (self->page, GTK_TYPE_LIST_VIEW)));
  double end = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment);

  if (self->frame < 300)
    gtk_adjustment_set_value (adjustment, MIN (end, gtk_adjustment_get_value (adjustment) + 40));
  else if (self->frame % 10 == 0)
    gtk_adjustment_set_value (adjustment, end * g_rand_double (self->rand));

  return self->frame < 500;
}

static gboolean
pages_step (Drive *self)
{
  guint switches = 3 * G_N_ELEMENTS (pages);

  if (self->frame % 20 == 0 && self->frame / 20 < switches)
    show_page (self->window, pages[(self->frame / 20) % G_N_ELEMENTS (pages)]);

  return self->frame < 20 * switches + 20;
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  Drive *self = data;
  gint64 now = g_get_monotonic_time ();

  if (self->last != 0)
    {
      double ms = (now - self->last) / 1e3;

      g_array_append_val (self->intervals, ms);
    }
  self->last = now;

  if (!self->step (self))
    {
      self->done = TRUE;
      return G_SOURCE_REMOVE;
    }

  self->frame++;
  return G_SOURCE_CONTINUE;
}

static gboolean
drive_done (gpointer data)
{
  return ((Drive *)data)->done;
}

static void
drive (Drive       *self,
       const char  *activity,
       gboolean   (*step) (Drive *))
{
  g_autoptr(GArray) intervals = g_array_new (FALSE, FALSE, sizeof (double));

  self->intervals = intervals;
  self->step = step;
  self->frame = 0;
  self->last = 0;
  self->done = FALSE;
  gtk_widget_add_tick_callback (self->window, tick_cb, self, NULL);
  wait_for (drive_done, self);
  print_intervals (activity, intervals);
}

/* Each query typed letter by letter, then cleared, as a TA looking for
 * one piece after another does. */
static GPtrArray *
keystrokes (void)
{
  GPtrArray *keys = g_ptr_array_new_with_free_func (g_free);

  for (guint q = 0; llwybr_bench_queries[q]; q++)
    {
      const char *query = llwybr_bench_queries[q];

      for (const char *p = query; *p; p = g_utf8_next_char (p))
        g_ptr_array_add (keys, g_strndup (query, g_utf8_next_char (p) - query));
      for (guint i = 0; i < FRAMES_READING / FRAMES_PER_KEY; i++)
        g_ptr_array_add (keys, g_strdup (query));
      g_ptr_array_add (keys, g_strdup (""));
    }

  return keys;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(LlwybrLibrary) library = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) keys = keystrokes ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  g_autofree char *path = NULL;
  GtkWidget *window;
  Drive drive_data = { 0 };
  gint64 start;

  if (argc != 2)
    {
      g_printerr ("usage: bench-ui FILE.llwybr\n");
      return 2;
    }

  setlocale (LC_ALL, "");
  gtk_init ();
  adw_init ();

  file = g_file_new_for_commandline_arg (argv[1]);
  library = llwybr_library_new_default ();
  window = GTK_WIDGET (llwybr_window_new (NULL, library));
  gtk_window_present (GTK_WINDOW (window));
  wait_for (is_mapped, window);
  wait_for_paint (window);

  start = g_get_monotonic_time ();
  llwybr_window_import (LLWYBR_WINDOW (window), file);
  g_print ("{\"bench\": \"import-to-list\", \"ms\": %.1f}\n", ms_to_list (window, start));
  path = g_strdup (llwybr_portfolio_get_path (llwybr_window_get_portfolio (LLWYBR_WINDOW (window))));

  for (guint run = 0; run < 3; run++)
    {
      gtk_widget_activate_action (window, "win.close-portfolio", NULL);
      wait_for_paint (window);
      start = g_get_monotonic_time ();
      llwybr_window_open_portfolio (LLWYBR_WINDOW (window), path);
      g_print ("{\"bench\": \"open-to-list\", \"ms\": %.1f}\n", ms_to_list (window, start));
    }

  drive_data.window = window;
  drive_data.page = find_widget (window, LLWYBR_TYPE_EVIDENCE_PAGE);
  drive_data.keys = keys;
  drive_data.rand = rand;

  gtk_widget_activate_action (window, "win.search", NULL);
  drive (&drive_data, "typing", typing_step);
  drive (&drive_data, "scrolling", scrolling_step);
  drive (&drive_data, "switching-pages", pages_step);

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
