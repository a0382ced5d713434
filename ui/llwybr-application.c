/* llwybr-application.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-application"

#include "config.h"

#include <glib/gi18n.h>

#include "llwybr-application.h"
#include "llwybr-library.h"
#include "llwybr-preferences-window.h"
#include "llwybr-window.h"

struct _LlwybrApplication
{
  AdwApplication  parent_instance;

  LlwybrLibrary  *library;
  GThread        *preload;
};

/* The portfolio left open, read in a worker while GTK starts: the two
 * take about as long, and a school laptop has two cores. */
typedef struct
{
  char            *path;
  LlwybrPortfolio *portfolio;
  GError          *error;
} Preload;

G_DEFINE_FINAL_TYPE (LlwybrApplication, llwybr_application, ADW_TYPE_APPLICATION)

/* Helpers */

static void
preload_free (Preload *preload)
{
  g_free (preload->path);
  g_clear_object (&preload->portfolio);
  g_clear_error (&preload->error);
  g_free (preload);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Preload, preload_free)

static gpointer
preload_thread (gpointer data)
{
  Preload *preload = data;

  preload->portfolio = llwybr_portfolio_open_without_page_check (preload->path, &preload->error);
  /* The overview's first frame colours each standard by how much evidence
   * it has: counted here, while GTK starts, the counts are kept. */
  if (preload->portfolio != NULL)
    g_hash_table_unref (llwybr_portfolio_count_evidence_by_standard (preload->portfolio));
  return preload;
}

static void
start_preload (LlwybrApplication *self)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *last = g_settings_get_string (settings, "last-portfolio");
  Preload *preload;

  if (*last == '\0' || !g_file_test (last, G_FILE_TEST_EXISTS))
    return;

  preload = g_new0 (Preload, 1);
  preload->path = g_steal_pointer (&last);
  self->preload = g_thread_new ("llwybr-preload", preload_thread, preload);
}

/* Returns: (transfer full) (nullable): what the worker read, once */
static Preload *
finish_preload (LlwybrApplication *self)
{
  return self->preload ? g_thread_join (g_steal_pointer (&self->preload)) : NULL;
}

static LlwybrWindow *
get_window (LlwybrApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  /* The library reads every portfolio's header, so not while the worker
   * may be bringing the one left open up to date: it comes after. */
  g_assert (self->preload == NULL);
  if (self->library == NULL)
    self->library = llwybr_library_new_default ();
  if (window == NULL)
    window = GTK_WINDOW (llwybr_window_new (self, self->library));

  return LLWYBR_WINDOW (window);
}

/* Callbacks */

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  LlwybrApplication *self = user_data;
  const char *developers[] = { _("The Llwybr developers"), NULL };

  gtk_show_about_dialog (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "program-name", "Llwybr",
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("A portfolio of evidence for the HLTA professional standards"),
                         "authors", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (user_data));

  /* Closing each window lets it save its size first. */
  for (GList *l = g_list_copy (windows); l != NULL; l = g_list_delete_link (l, l))
    gtk_window_close (l->data);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (llwybr_preferences_window_new (parent)));
}

/* Starts a new Llwybr that takes over from this one: it applies the
 * language setting in main() and opens the portfolio that was open.
 * Every edit is already on disk, so nothing is lost. */
static void
relaunch_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  g_autofree char *executable = g_file_read_link ("/proc/self/exe", NULL);
  const char *argv[] = { executable, "--gapplication-replace", NULL };
  g_autoptr(GError) error = NULL;

  if (executable == NULL ||
      !g_spawn_async (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &error))
    {
      g_warning ("Could not start Llwybr again: %s", error ? error->message : "no executable");
      return;
    }

  quit_action (NULL, NULL, user_data);
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "preferences", preferences_action },
  { "relaunch", relaunch_action },
  { "quit", quit_action },
};

/* Overrides */

static void
llwybr_application_startup (GApplication *application)
{
  LlwybrApplication *self = LLWYBR_APPLICATION (application);
  static const struct {
    const char *action;
    const char *accels[2];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.new", { "<Control><Shift>n", NULL } },
    { "win.new-evidence", { "<Control>n", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "win.export", { "<Control>e", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
    { "win.save-copy", { "<Control><Shift>s", NULL } },
  };

  start_preload (self);
  G_APPLICATION_CLASS (llwybr_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action, accels[i].accels);
}

/* Started with no file, Llwybr opens where the user left off. */
static void
llwybr_application_activate (GApplication *application)
{
  LlwybrApplication *self = LLWYBR_APPLICATION (application);
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (application));
  g_autoptr(Preload) preload = finish_preload (self);
  LlwybrWindow *window = get_window (self);

  if (active == NULL && preload != NULL)
    llwybr_window_show_opened (window, preload->portfolio, preload->error);

  gtk_window_present (GTK_WINDOW (window));
}

static void
llwybr_application_open (GApplication  *application,
                         GFile        **files,
                         int            n_files,
                         const char    *hint)
{
  /* Started on a file, Llwybr opens that, not the one left open. */
  g_autoptr(Preload) unused = finish_preload (LLWYBR_APPLICATION (application));
  LlwybrWindow *window = get_window (LLWYBR_APPLICATION (application));

  for (int i = 0; i < n_files; i++)
    llwybr_window_import (window, files[i]);

  gtk_window_present (GTK_WINDOW (window));
}

static void
llwybr_application_dispose (GObject *object)
{
  LlwybrApplication *self = (LlwybrApplication *)object;
  g_autoptr(Preload) unused = finish_preload (self);

  g_clear_object (&self->library);

  G_OBJECT_CLASS (llwybr_application_parent_class)->dispose (object);
}

static void
llwybr_application_class_init (LlwybrApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = llwybr_application_dispose;

  app_class->startup = llwybr_application_startup;
  app_class->activate = llwybr_application_activate;
  app_class->open = llwybr_application_open;
}

static void
llwybr_application_init (LlwybrApplication *self)
{
}

/* Public API */

LlwybrApplication *
llwybr_application_new (void)
{
  return g_object_new (LLWYBR_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_ALLOW_REPLACEMENT,
                       "resource-base-path", "/cymru/llwybr/Llwybr",
                       NULL);
}
