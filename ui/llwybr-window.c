/* llwybr-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-window"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "llwybr-document-file-export.h"
#include "llwybr-error.h"
#include "llwybr-evidence-page.h"
#include "llwybr-form-dialog.h"
#include "llwybr-framework.h"
#include "llwybr-overview-page.h"
#include "llwybr-plan-page.h"
#include "llwybr-preview-window.h"
#include "llwybr-review-page.h"
#include "llwybr-sample.h"
#include "llwybr-standards-page.h"
#include "llwybr-tasks-page.h"
#include "llwybr-tick.h"
#include "llwybr-welcome-page.h"
#include "llwybr-window.h"

struct _LlwybrWindow
{
  AdwApplicationWindow  parent_instance;

  LlwybrLibrary        *library;
  LlwybrPortfolio      *portfolio;
  GSettings            *settings;
  GCancellable         *cancellable;
  guint                 back_up_tick;
  gboolean              discard_unsaved;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  AdwWindowTitle       *page_title;
  GtkStack             *stack;
  AdwLeaflet           *leaflet;
  GtkWidget            *content_pane;
  GtkListBox           *sidebar;
  GtkStack             *pages;
  AdwBin               *welcome_bin;
  GMenuModel           *primary_menu;
  GtkMenuButton        *main_menu_button;
  LlwybrOverviewPage   *overview_page;
  /* Built when first shown; until then NULL */
  LlwybrStandardsPage  *standards_page;
  LlwybrEvidencePage   *evidence_page;
  LlwybrTasksPage      *tasks_page;
  LlwybrPlanPage       *plan_page;
  LlwybrReviewPage     *review_page;
  GtkWidget            *review_copy_banner;
  GtkLabel             *review_badge;
};

G_DEFINE_FINAL_TYPE (LlwybrWindow, llwybr_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_LIBRARY,
  PROP_PORTFOLIO,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* What an import in a worker thread needs: the file, or none to import a
 * freshly written sample. */
typedef struct
{
  GFile *file;
  char  *existing_path;
} ImportJob;

/* Helpers */

static void
import_job_free (ImportJob *job)
{
  g_clear_object (&job->file);
  g_clear_pointer (&job->existing_path, g_free);
  g_free (job);
}

static void
show_toast (LlwybrWindow *self,
            const char   *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

/* Returns: whether the written tasks hold nothing that could not be saved */
static gboolean
save_tasks (LlwybrWindow *self)
{
  return self->tasks_page == NULL || llwybr_tasks_page_save (self->tasks_page);
}

/* What was typed a moment ago, on any page, before the file is read whole. */
static void
save_pages (LlwybrWindow *self)
{
  if (self->evidence_page != NULL)
    llwybr_evidence_page_save (self->evidence_page);
  save_tasks (self);
  if (self->standards_page != NULL)
    llwybr_standards_page_save (self->standards_page);
}

/* A snapshot a day of the portfolio being opened, so that an evening's
 * mistake can be undone from Preferences. It is taken in a thread of its
 * own, on a connection of its own, so a large portfolio opens without
 * waiting; and at the lowest priority, as copying and checking years of
 * evidence kept a core of a school laptop busy for seconds, and typing
 * stuttered (frames of 250 ms) while it did. On Linux a thread's
 * niceness is its own, and the thread ends with the backup. */
static gpointer
back_up_thread (gpointer data)
{
  g_autoptr(GTask) task = data;
  LlwybrLibrary *library = g_task_get_source_object (task);
  const char *path = g_task_get_task_data (task);
  g_autoptr(LlwybrPortfolio) portfolio = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  GError *error = NULL;

#ifdef __linux__
  setpriority (PRIO_PROCESS, (id_t)syscall (SYS_gettid), 19);
#endif

  if (!(portfolio = llwybr_portfolio_open (path, &error)) ||
      !llwybr_library_back_up (library, portfolio, now, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);

  return NULL;
}

static void
weak_ref_free (GWeakRef *ref)
{
  g_weak_ref_clear (ref);
  g_free (ref);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GWeakRef, weak_ref_free)

/* A failure is worth telling, not worth stopping the user's work for. The
 * backup holds no reference on the window: closing it must not wait for
 * the backup, or what the window still had to save would wait too. */
static void
back_up_done (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GWeakRef) ref = user_data;
  g_autoptr(LlwybrWindow) self = g_weak_ref_get (ref);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_task_propagate_boolean (G_TASK (result), &error) || self == NULL ||
      g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (result))))
    return;

  g_warning ("%s", error->message);
  /* Told of the portfolio still open: another is checked when it opens. */
  if (g_error_matches (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_DAMAGED))
    {
      g_autoptr(GError) damaged = NULL;

      if (self->portfolio == NULL ||
          g_strcmp0 (llwybr_portfolio_get_path (self->portfolio), g_task_get_task_data (G_TASK (result))) != 0)
        return;

      damaged = g_error_new (LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_DAMAGED,
                             _("Some of “%s” cannot be read, so no backup was made of it today. Restore a backup from Preferences, or ask for the file again, before adding more to it."),
                             llwybr_portfolio_get_title (self->portfolio));
      llwybr_error_present (GTK_WIDGET (self), _("This Portfolio Is Damaged"), damaged);
      return;
    }
  /* Translators: %s says why, e.g. that the disk is full */
  message = g_strdup_printf (_("Today’s backup could not be made: %s"), error->message);
  show_toast (self, message);
}

/* Once the portfolio is on screen: it opens no later for its backup. */
static void
back_up (LlwybrWindow *self)
{
  GWeakRef *ref = g_new0 (GWeakRef, 1);
  g_autoptr(GTask) task = NULL;

  llwybr_clear_tick (GTK_WIDGET (self), &self->back_up_tick);
  g_weak_ref_init (ref, self);
  task = g_task_new (self->library, self->cancellable, back_up_done, ref);
  g_task_set_task_data (task, g_strdup (llwybr_portfolio_get_path (self->portfolio)), g_free);
  g_thread_unref (g_thread_new ("llwybr-backup", back_up_thread, g_steal_pointer (&task)));
}

/* Every page but the overview is built the first time it is shown, so a
 * portfolio opens as soon as its overview is drawn, and a page never
 * visited costs nothing. Until then the window holds it as NULL. */
typedef void (*SetPortfolioFunc) (gpointer         page,
                                  LlwybrPortfolio *portfolio);

static const struct {
  const char       *name;
  GType           (*get_type) (void);
  gsize             offset;
  SetPortfolioFunc  set_portfolio;
} lazy_pages[] = {
  /* The pages save what they hold before they let the old portfolio go. */
  { "evidence", llwybr_evidence_page_get_type, G_STRUCT_OFFSET (LlwybrWindow, evidence_page),
    (SetPortfolioFunc)llwybr_evidence_page_set_portfolio },
  { "tasks", llwybr_tasks_page_get_type, G_STRUCT_OFFSET (LlwybrWindow, tasks_page),
    (SetPortfolioFunc)llwybr_tasks_page_set_portfolio },
  { "standards", llwybr_standards_page_get_type, G_STRUCT_OFFSET (LlwybrWindow, standards_page),
    (SetPortfolioFunc)llwybr_standards_page_set_portfolio },
  { "plan", llwybr_plan_page_get_type, G_STRUCT_OFFSET (LlwybrWindow, plan_page),
    (SetPortfolioFunc)llwybr_plan_page_set_portfolio },
  { "review", llwybr_review_page_get_type, G_STRUCT_OFFSET (LlwybrWindow, review_page),
    (SetPortfolioFunc)llwybr_review_page_set_portfolio },
};

#define LAZY_PAGE(self, i) G_STRUCT_MEMBER (gpointer, self, lazy_pages[i].offset)

static void
build_page (LlwybrWindow *self,
            GtkWidget    *bin,
            const char   *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (lazy_pages); i++)
    if (g_str_equal (lazy_pages[i].name, name) && LAZY_PAGE (self, i) == NULL)
      {
        GtkWidget *page = g_object_new (lazy_pages[i].get_type (), NULL);

        LAZY_PAGE (self, i) = page;
        lazy_pages[i].set_portfolio (page, self->portfolio);
        adw_bin_set_child (ADW_BIN (bin), page);
      }
}

static void
show_page (LlwybrWindow *self,
           const char   *name)
{
  GtkWidget *page = gtk_stack_get_child_by_name (self->pages, name);

  g_return_if_fail (page != NULL);

  build_page (self, page, name);

  gtk_stack_set_visible_child (self->pages, page);
  adw_window_title_set_title (self->page_title, gtk_stack_page_get_title (gtk_stack_get_page (self->pages, page)));
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_str_equal (gtk_widget_get_name (row), name))
      gtk_list_box_select_row (self->sidebar, GTK_LIST_BOX_ROW (row));

  adw_leaflet_set_visible_child (self->leaflet, self->content_pane);
}

/* A copy sent for review takes reviews, not new evidence; it goes back to
 * its owner with Save a Copy, not to another mentor. */
static void
update_actions (LlwybrWindow *self)
{
  gboolean open = self->portfolio != NULL;
  gboolean own = open && !llwybr_portfolio_get_review_copy (self->portfolio);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-copy", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-document-file", open);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.send-to-mentor", own);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-evidence", own);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-evidence-for", own);
  gtk_widget_set_visible (self->review_copy_banner, open && !own);
}

/* How many reviews are new, beside the Review page's name. */
static void
update_review_badge (LlwybrWindow *self)
{
  guint unread = llwybr_portfolio_count_unread_reviews (self->portfolio);
  g_autofree char *text = NULL;

  text = g_strdup_printf ("%u", unread);
  gtk_label_set_text (self->review_badge, text);
  gtk_widget_set_visible (GTK_WIDGET (self->review_badge), unread > 0);
  g_clear_pointer (&text, g_free);
  /* Translators: the number of reviews not yet read */
  text = g_strdup_printf (ngettext ("%u new review", "%u new reviews", unread), unread);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->review_badge), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static void discard_and_switch_cb (LlwybrWindow     *self,
                                   const char       *response,
                                   AdwMessageDialog *dialog);
static void ask_before_discarding (LlwybrWindow   *self,
                                   GCallback       discard,
                                   gpointer        data,
                                   GDestroyNotify  destroy);

static void
set_portfolio (LlwybrWindow    *self,
               LlwybrPortfolio *portfolio)
{
  if (self->portfolio == portfolio)
    return;

  if (self->portfolio != NULL && !self->discard_unsaved && !save_tasks (self))
    {
      ask_before_discarding (self, G_CALLBACK (discard_and_switch_cb),
                             portfolio ? g_object_ref (portfolio) : NULL, portfolio ? g_object_unref : NULL);
      return;
    }

  if (self->portfolio != NULL)
    g_signal_handlers_disconnect_by_data (llwybr_portfolio_get_reviews (self->portfolio), self);
  g_set_object (&self->portfolio, portfolio);
  llwybr_clear_tick (GTK_WIDGET (self), &self->back_up_tick);

  for (guint i = 0; i < G_N_ELEMENTS (lazy_pages); i++)
    if (LAZY_PAGE (self, i) != NULL)
      lazy_pages[i].set_portfolio (LAZY_PAGE (self, i), portfolio);
  llwybr_overview_page_set_portfolio (self->overview_page, portfolio);

  if (portfolio != NULL)
    {
      adw_window_title_set_title (self->window_title, llwybr_portfolio_get_title (portfolio));
      adw_window_title_set_subtitle (self->window_title, llwybr_portfolio_get_owner (portfolio));
      gtk_stack_set_visible_child_name (self->stack, "portfolio");
      show_page (self, "overview");
      g_signal_connect_swapped (llwybr_portfolio_get_reviews (portfolio), "items-changed",
                                G_CALLBACK (update_review_badge), self);
      update_review_badge (self);
      g_settings_set_string (self->settings, "last-portfolio", llwybr_portfolio_get_path (portfolio));
      self->back_up_tick = llwybr_after_this_frame (GTK_WIDGET (self), (LlwybrAfterFrameFunc)back_up);
    }
  else
    {
      gtk_stack_set_visible_child_name (self->stack, "welcome");
      g_settings_set_string (self->settings, "last-portfolio", "");
      llwybr_library_reload (self->library);
    }

  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PORTFOLIO]);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  LlwybrLibrary *library = source_object;
  ImportJob *job = task_data;
  g_autoptr(GFile) sample = NULL;
  g_autofree char *sample_dir = NULL;
  GError *error = NULL;
  char *path;

  if (job->file == NULL)
    {
      if (!(sample_dir = g_dir_make_tmp ("llwybr-sample-XXXXXX", &error)))
        return g_task_return_error (task, error);

      sample = g_file_new_build_filename (sample_dir, "sample.llwybr", NULL);
      if (!llwybr_sample_write (sample, cancellable, &error))
        {
          g_rmdir (sample_dir);
          return g_task_return_error (task, error);
        }
    }

  path = llwybr_library_import (library, job->file ? job->file : sample,
                                &job->existing_path, cancellable, &error);

  if (sample != NULL)
    {
      g_file_delete (sample, NULL, NULL);
      g_rmdir (sample_dir);
    }

  if (path == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, path, g_free);
}

static void
merge_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   LlwybrWindow     *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "file");
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  LlwybrMergeCounts counts;

  if (!g_str_equal (response, "merge") || self->portfolio == NULL)
    return;

  save_pages (self);
  if (!llwybr_portfolio_merge (self->portfolio, path, FALSE, &counts, &error))
    {
      llwybr_error_present (GTK_WIDGET (self), _("Could Not Merge the Copy"), error);
      return;
    }

  /* What came in was listed before the merge; the reviews are shown. */
  show_page (self, counts.reviews > 0 ? "review" : "overview");
  show_toast (self, _("Copy merged"));
}

/* A copy of the open portfolio, as a mentor sends it back: what it would
 * bring in is counted first, and the user decides.
 *
 * Returns: whether there is anything to merge, and the user was asked */
static gboolean
offer_merge (LlwybrWindow *self,
             GFile        *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *report = NULL;
  g_autofree char *body = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  LlwybrMergeCounts counts;

  if (path == NULL || !llwybr_portfolio_merge (self->portfolio, path, TRUE, &counts, &error))
    {
      if (error != NULL)
        llwybr_error_present (GTK_WIDGET (self), _("Could Not Merge the Copy"), error);
      return error != NULL;
    }

  if (counts.reviews + counts.evidence_added + counts.evidence_updated + counts.evidence_removed +
      counts.attachments_added + counts.plan_steps == 0)
    return FALSE;

  report = llwybr_merge_counts_to_string (&counts);
  body = g_strdup_printf (_("“%1$s” is a copy of this portfolio. Merging it brings in:\n\n%2$s\n\nNothing in your portfolio is lost: where both copies changed the same evidence, the newer change is kept and the older one stays in its history."),
                          name, report);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Merge the Copy?"), body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Not Now"), "merge", _("_Merge"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "merge", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "merge");
  g_object_set_data_full (G_OBJECT (dialog), "file", g_object_ref (file), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (merge_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
}

static void
import_done (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(LlwybrWindow) self = user_data;
  ImportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  llwybr_library_reload (self->library);

  if (g_error_matches (error, LLWYBR_LIBRARY_ERROR, LLWYBR_LIBRARY_ERROR_ALREADY_THERE))
    {
      /* Nothing is lost: the copy the user has been working on opens, and
       * what the file brings (a mentor's reviews) can be merged into it. */
      if (llwybr_window_open_portfolio (self, job->existing_path) &&
          (job->file == NULL || !offer_merge (self, job->file)))
        show_toast (self, job->file ? _("This portfolio was already in your library; your copy there is open")
                                    : _("The sample was already in your library; it is open"));
      return;
    }

  if (path == NULL)
    {
      llwybr_error_present (GTK_WIDGET (self), _("Could Not Open the Portfolio"), error);
      return;
    }

  llwybr_window_open_portfolio (self, path);
}

static void
start_import (LlwybrWindow *self,
              GFile        *file)
{
  g_autoptr(GTask) task = g_task_new (self->library, self->cancellable, import_done, g_object_ref (self));
  ImportJob *job = g_new0 (ImportJob, 1);

  job->file = file ? g_object_ref (file) : NULL;
  g_task_set_task_data (task, job, (GDestroyNotify)import_job_free);
  g_task_run_in_thread (task, import_thread);
}

static void
save_window_state (LlwybrWindow *self)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
}

/* Writing that could not be saved (the file locked, the disk full) is not
 * dropped without a word: she is asked before the window closes or
 * another portfolio takes its place. */
static void
ask_before_discarding (LlwybrWindow *self,
                       GCallback     discard,
                       gpointer      data,
                       GDestroyNotify destroy)
{
  AdwMessageDialog *dialog;

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Your Writing Is Not Saved"),
                                                       _("What you wrote in a written task could not be saved, and it is lost if you go on. Keep writing and try again, or copy the text somewhere safe first.")));
  adw_message_dialog_add_responses (dialog, "keep", _("_Keep Writing"), "discard", _("_Discard It"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "keep");
  adw_message_dialog_set_close_response (dialog, "keep");
  g_object_set_data_full (G_OBJECT (dialog), "data", data, destroy);
  g_signal_connect_object (dialog, "response::discard", discard, self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
discard_and_close_cb (LlwybrWindow *self)
{
  self->discard_unsaved = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static gboolean
close_request_cb (LlwybrWindow *self)
{
  save_window_state (self);
  if (self->discard_unsaved || save_tasks (self))
    return FALSE;

  ask_before_discarding (self, G_CALLBACK (discard_and_close_cb), NULL, NULL);
  return TRUE;
}

static void
discard_and_switch_cb (LlwybrWindow     *self,
                       const char       *response,
                       AdwMessageDialog *dialog)
{
  self->discard_unsaved = TRUE;
  set_portfolio (self, g_object_get_data (G_OBJECT (dialog), "data"));
  self->discard_unsaved = FALSE;
}

/* Callbacks */

static void
new_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 LlwybrWindow     *self)
{
  GtkEditable *name = g_object_get_data (G_OBJECT (dialog), "name");
  GtkEditable *school = g_object_get_data (G_OBJECT (dialog), "school");
  g_autoptr(LlwybrFramework) framework = NULL;
  g_autoptr(LlwybrPortfolio) portfolio = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "create"))
    return;

  if (!(framework = llwybr_framework_new_default (&error)) ||
      !(portfolio = llwybr_library_create (self->library, framework, &error)) ||
      !llwybr_portfolio_set_title (portfolio, _("HLTA portfolio"), &error) ||
      !llwybr_portfolio_set_owner (portfolio, gtk_editable_get_text (name), &error) ||
      !llwybr_portfolio_set_school (portfolio, gtk_editable_get_text (school), &error))
    {
      llwybr_error_present (GTK_WIDGET (self), _("Could Not Create the Portfolio"), error);
      return;
    }

  set_portfolio (self, portfolio);
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  LlwybrWindow *self = LLWYBR_WINDOW (widget);
  AdwMessageDialog *dialog;

  dialog = llwybr_form_dialog_new (widget, _("New Portfolio"), _("You can change these later."),
                                   "create", _("C_reate"),
                                   "name", _("Your name"),
                                   "school", _("School"),
                                   NULL);
  g_signal_connect (dialog, "response", G_CALLBACK (new_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkFileFilter *
portfolio_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Llwybr portfolios"));
  gtk_file_filter_add_mime_type (filter, "application/x-llwybr");
  gtk_file_filter_add_suffix (filter, "llwybr");

  return filter;
}

static void
open_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  LlwybrWindow    *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (file != NULL)
    start_import (self, file);

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LlwybrWindow *self = LLWYBR_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = portfolio_filter ();

  chooser = gtk_file_chooser_native_new (_("Open a Portfolio"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_signal_connect (chooser, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

typedef gboolean (*WriteCopy) (LlwybrPortfolio  *portfolio,
                               GFile            *destination,
                               GCancellable     *cancellable,
                               GError          **error);

static void
copy_destination_cb (GtkNativeDialog *chooser,
                     int              response,
                     LlwybrWindow    *self)
{
  WriteCopy write = g_object_get_data (G_OBJECT (chooser), "write");
  const char *done = g_object_get_data (G_OBJECT (chooser), "done");
  const char *failed = g_object_get_data (G_OBJECT (chooser), "failed");
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  gtk_native_dialog_destroy (chooser);

  if (file != NULL && self->portfolio != NULL)
    {
      /* What was typed a moment ago goes with the copy. */
      save_pages (self);
      if (write (self->portfolio, file, NULL, &error))
        show_toast (self, done);
      else
        llwybr_error_present (GTK_WIDGET (self), failed, error);
    }

  g_object_unref (chooser);
}

/* Where a copy of the portfolio goes: @write writes it there, and the
 * user is told @done, or @failed with the reason. */
static void
choose_copy_destination (LlwybrWindow *self,
                         const char   *title,
                         const char   *name,
                         WriteCopy     write,
                         const char   *done,
                         const char   *failed)
{
  g_autoptr(GtkFileFilter) filter = portfolio_filter ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data (G_OBJECT (chooser), "write", write);
  g_object_set_data (G_OBJECT (chooser), "done", (gpointer)done);
  g_object_set_data (G_OBJECT (chooser), "failed", (gpointer)failed);
  g_signal_connect (chooser, "response", G_CALLBACK (copy_destination_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
save_copy_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LlwybrWindow *self = LLWYBR_WINDOW (widget);
  g_autofree char *name = NULL;

  g_return_if_fail (self->portfolio != NULL);

  /* Translators: the suggested file name for a copy; %s is the portfolio's title */
  name = g_strdup_printf (_("%s.llwybr"), llwybr_portfolio_get_title (self->portfolio));
  /* The title says what the copy holds: everything, attachments too. */
  choose_copy_destination (self, _("Save a Copy of the Whole Portfolio, Attachments Included"), name,
                           llwybr_portfolio_save_copy, _("Copy saved"), _("Could Not Save a Copy"));
}

static void
send_to_mentor_explained_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             LlwybrWindow     *self)
{
  g_autofree char *name = NULL;

  if (!g_str_equal (response, "choose") || self->portfolio == NULL)
    return;

  /* Translators: the suggested file name of the copy for a mentor; %s is the portfolio's owner */
  name = g_strdup_printf (_("%s for review.llwybr"), *llwybr_portfolio_get_owner (self->portfolio)
                                                       ? llwybr_portfolio_get_owner (self->portfolio)
                                                       : llwybr_portfolio_get_title (self->portfolio));
  choose_copy_destination (self, _("Save the Copy for Your Mentor"), name, llwybr_portfolio_send_for_review,
                           _("Copy for your mentor saved"), _("Could Not Save the Copy for Your Mentor"));
}

/* Before anything is written, the user is told what leaves with it. */
static void
send_to_mentor_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LlwybrWindow *self = LLWYBR_WINDOW (widget);
  AdwMessageDialog *dialog;

  g_return_if_fail (self->portfolio != NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Send to Your Mentor"),
                                                       _("The copy holds your whole portfolio: evidence, reflections, attachments, plan and reviews. Your mentor opens it in Llwybr, adds her comments and verdicts, and sends it back; she cannot change your evidence. Open the copy she sends back to merge her reviews into your portfolio.")));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "choose", _("_Choose Where to Save…"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "choose", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "choose");
  g_signal_connect (dialog, "response", G_CALLBACK (send_to_mentor_explained_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
sample_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  start_import (LLWYBR_WINDOW (widget), NULL);
}

/* GtkApplication would build the shortcuts window with the window, from
 * gtk/help-overlay.ui, though few ever open it: it is built when asked. */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/cymru/llwybr/Llwybr/ui/help-overlay.ui");
  GtkWindow *overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));

  gtk_window_set_transient_for (overlay, GTK_WINDOW (widget));
  gtk_window_present (overlay);
}

static void
close_portfolio_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  set_portfolio (LLWYBR_WINDOW (widget), NULL);
}

/* The welcome page and its header are built the first time they are
 * shown: Llwybr mostly opens on the portfolio left open, and then they
 * were a twentieth of what the window built before its first frame. */
static void
welcome_map_cb (LlwybrWindow *self)
{
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;

  if (adw_bin_get_child (self->welcome_bin) != NULL)
    return;

  /* The builder finds the page's type by its name. */
  g_type_ensure (LLWYBR_TYPE_WELCOME_PAGE);
  builder = gtk_builder_new ();
  gtk_builder_expose_object (builder, "primary_menu", G_OBJECT (self->primary_menu));
  gtk_builder_add_from_resource (builder, "/cymru/llwybr/Llwybr/ui/llwybr-welcome-view.ui", &error);
  g_assert_no_error (error);

  llwybr_welcome_page_set_library (LLWYBR_WELCOME_PAGE (gtk_builder_get_object (builder, "welcome_page")), self->library);
  adw_bin_set_child (self->welcome_bin, GTK_WIDGET (gtk_builder_get_object (builder, "welcome_view")));
}

/* GTK builds a menu's popover, every item of it, when it is given the
 * menu: this one waits until it is first opened (or F10 opens it), not
 * to cost the window's first frame. */
static void
main_menu_create_cb (GtkMenuButton *button,
                     gpointer       data)
{
  LlwybrWindow *self = data;

  gtk_menu_button_set_menu_model (button, self->primary_menu);
}

static void
sidebar_row_activated_cb (LlwybrWindow  *self,
                          GtkListBoxRow *row)
{
  show_page (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

static void
show_sidebar_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  LlwybrWindow *self = LLWYBR_WINDOW (widget);

  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  show_page (LLWYBR_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
show_standard_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LlwybrWindow *self = LLWYBR_WINDOW (widget);

  show_page (self, "standards");
  llwybr_standards_page_show_standard (self->standards_page, g_variant_get_string (parameter, NULL));
}

static void
show_evidence_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  LlwybrWindow *self = LLWYBR_WINDOW (widget);

  show_page (self, "evidence");
  llwybr_evidence_page_show_evidence (self->evidence_page, g_variant_get_string (parameter, NULL));
}

static void
show_task_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LlwybrWindow *self = LLWYBR_WINDOW (widget);
  g_auto(GStrv) target = g_strsplit (g_variant_get_string (parameter, NULL), "/", 2);

  /* "1", or "1/planning" for a section of it. */
  show_page (self, "tasks");
  llwybr_tasks_page_show_task (self->tasks_page, target[0], target[1]);
}

/* New evidence, for a standard when the parameter names one. */
static void
new_evidence_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  LlwybrWindow *self = LLWYBR_WINDOW (widget);
  const char *standard = parameter ? g_variant_get_string (parameter, NULL) : NULL;

  show_page (self, "evidence");
  llwybr_evidence_page_add_evidence (self->evidence_page, standard && *standard ? standard : NULL);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LlwybrWindow *self = LLWYBR_WINDOW (widget);

  g_return_if_fail (self->portfolio != NULL);

  save_pages (self);
  gtk_window_present (GTK_WINDOW (llwybr_preview_window_new (GTK_WINDOW (self), self->portfolio)));
}

static void
export_document_file_action (GtkWidget  *widget,
                             const char *action_name,
                             GVariant   *parameter)
{
  LlwybrWindow *self = LLWYBR_WINDOW (widget);

  g_return_if_fail (self->portfolio != NULL);

  save_pages (self);
  llwybr_document_file_export_choose (self->toast_overlay, self->portfolio, self->cancellable);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LlwybrWindow *self = LLWYBR_WINDOW (widget);

  show_page (self, "evidence");
  llwybr_evidence_page_focus_search (self->evidence_page);
}

static void
open_portfolio_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  llwybr_window_open_portfolio (LLWYBR_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* Overrides */

static void
llwybr_window_dispose (GObject *object)
{
  LlwybrWindow *self = (LlwybrWindow *)object;

  g_cancellable_cancel (self->cancellable);
  llwybr_clear_tick (GTK_WIDGET (self), &self->back_up_tick);
  gtk_widget_dispose_template (GTK_WIDGET (self), LLWYBR_TYPE_WINDOW);
  for (guint i = 0; i < G_N_ELEMENTS (lazy_pages); i++)
    LAZY_PAGE (self, i) = NULL;
  g_clear_object (&self->cancellable);
  if (self->portfolio != NULL)
    g_signal_handlers_disconnect_by_data (llwybr_portfolio_get_reviews (self->portfolio), self);
  g_clear_object (&self->portfolio);
  g_clear_object (&self->library);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (llwybr_window_parent_class)->dispose (object);
}

static void
llwybr_window_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LlwybrWindow *self = LLWYBR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    case PROP_PORTFOLIO:
      g_value_set_object (value, self->portfolio);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
llwybr_window_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LlwybrWindow *self = LLWYBR_WINDOW (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      self->library = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
llwybr_window_class_init (LlwybrWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = llwybr_window_dispose;
  object_class->get_property = llwybr_window_get_property;
  object_class->set_property = llwybr_window_set_property;

  properties [PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL,
                         LLWYBR_TYPE_LIBRARY,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_PORTFOLIO] =
    g_param_spec_object ("portfolio", NULL, NULL,
                         LLWYBR_TYPE_PORTFOLIO,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LLWYBR_TYPE_OVERVIEW_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class, "/cymru/llwybr/Llwybr/ui/llwybr-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LlwybrWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LlwybrWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, LlwybrWindow, page_title);
  gtk_widget_class_bind_template_child (widget_class, LlwybrWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, LlwybrWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, LlwybrWindow, content_pane);
  gtk_widget_class_bind_template_child (widget_class, LlwybrWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, LlwybrWindow, pages);
  gtk_widget_class_bind_template_child (widget_class, LlwybrWindow, welcome_bin);
  gtk_widget_class_bind_template_child (widget_class, LlwybrWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, LlwybrWindow, main_menu_button);
  gtk_widget_class_bind_template_child (widget_class, LlwybrWindow, overview_page);
  gtk_widget_class_bind_template_child (widget_class, LlwybrWindow, review_copy_banner);
  gtk_widget_class_bind_template_child (widget_class, LlwybrWindow, review_badge);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, welcome_map_cb);

  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.save-copy", NULL, save_copy_action);
  gtk_widget_class_install_action (widget_class, "win.send-to-mentor", NULL, send_to_mentor_action);
  gtk_widget_class_install_action (widget_class, "win.sample", NULL, sample_action);
  gtk_widget_class_install_action (widget_class, "win.close-portfolio", NULL, close_portfolio_action);
  gtk_widget_class_install_action (widget_class, "win.open-portfolio", "s", open_portfolio_action);
  gtk_widget_class_install_action (widget_class, "win.show-sidebar", NULL, show_sidebar_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.show-standard", "s", show_standard_action);
  gtk_widget_class_install_action (widget_class, "win.show-evidence", "s", show_evidence_action);
  gtk_widget_class_install_action (widget_class, "win.show-task", "s", show_task_action);
  gtk_widget_class_install_action (widget_class, "win.new-evidence", NULL, new_evidence_action);
  gtk_widget_class_install_action (widget_class, "win.new-evidence-for", "s", new_evidence_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.export-document-file", NULL, export_document_file_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_help_overlay_action);
}

static void
llwybr_window_init (LlwybrWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->main_menu_button, main_menu_create_cb, self, NULL);

  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_signal_connect (self, "close-request", G_CALLBACK (close_request_cb), NULL);
  update_actions (self);
}

/* Public API */

LlwybrWindow *
llwybr_window_new (LlwybrApplication *application,
                   LlwybrLibrary     *library)
{
  return g_object_new (LLWYBR_TYPE_WINDOW,
                       "application", application,
                       "library", library,
                       NULL);
}

/**
 * llwybr_window_get_portfolio:
 *
 * Returns: (nullable) (transfer none): the open portfolio
 */
LlwybrPortfolio *
llwybr_window_get_portfolio (LlwybrWindow *self)
{
  g_return_val_if_fail (LLWYBR_IS_WINDOW (self), NULL);

  return self->portfolio;
}

/**
 * llwybr_window_open_portfolio:
 * @path: a portfolio in the library
 *
 * Returns: %TRUE if it opened; otherwise the user was told why
 */
gboolean
llwybr_window_open_portfolio (LlwybrWindow *self,
                              const char   *path)
{
  g_autoptr(LlwybrPortfolio) portfolio = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (LLWYBR_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  portfolio = llwybr_portfolio_open_without_page_check (path, &error);
  return llwybr_window_show_opened (self, portfolio, error);
}

/**
 * llwybr_window_show_opened:
 * @portfolio: (nullable): a portfolio of the library, opened with
 *   llwybr_portfolio_open_without_page_check(), perhaps in a worker
 * @error: (nullable): why it could not be opened, when it could not
 *
 * Shows @portfolio, whose pages are checked by the day's backup, in a
 * worker; or tells the user @error.
 *
 * Returns: %TRUE if it is shown
 */
gboolean
llwybr_window_show_opened (LlwybrWindow    *self,
                           LlwybrPortfolio *portfolio,
                           const GError    *error)
{
  g_return_val_if_fail (LLWYBR_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (portfolio) || error != NULL, FALSE);

  if (portfolio == NULL)
    {
      llwybr_error_present (GTK_WIDGET (self), _("Could Not Open the Portfolio"), error);
      return FALSE;
    }

  set_portfolio (self, portfolio);
  return TRUE;
}

/**
 * llwybr_window_import:
 * @file: a portfolio file from anywhere
 *
 * Checks @file and copies it into the library in a worker thread, then
 * opens the copy. @file itself is only read.
 */
void
llwybr_window_import (LlwybrWindow *self,
                      GFile        *file)
{
  g_return_if_fail (LLWYBR_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  start_import (self, file);
}
