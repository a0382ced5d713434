/* llwybr-history-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-history-window"

#include "config.h"

#include <glib/gi18n.h>

#include "llwybr-error.h"
#include "llwybr-history-window.h"

/* The versions a piece of evidence has had, newest first, each with what
 * it said and the standards it was linked to, and a way back to it. */
struct _LlwybrHistoryWindow
{
  AdwWindow            parent_instance;

  LlwybrPortfolio     *portfolio;
  LlwybrEvidence      *evidence;

  /* Template widgets */
  AdwWindowTitle      *window_title;
  AdwPreferencesGroup *versions_group;
};

G_DEFINE_FINAL_TYPE (LlwybrHistoryWindow, llwybr_history_window, ADW_TYPE_WINDOW)

/* Helpers */

static const char *
reason_text (LlwybrVersionReason reason)
{
  switch (reason)
    {
    case LLWYBR_VERSION_REPLACED_BY_MERGE:
      return _("Replaced when a copy was merged.");
    case LLWYBR_VERSION_REPLACED_BY_RESTORE:
      return _("Replaced when an earlier version was restored.");
    case LLWYBR_VERSION_REPLACED_BY_EDIT:
    default:
      return _("Replaced by an edit.");
    }
}

static char *
standards_text (LlwybrEvidenceVersion *version)
{
  const char * const *standards = llwybr_evidence_version_get_standards (version);
  g_autoptr(GString) list = g_string_new (NULL);

  if (standards[0] == NULL)
    return g_strdup (_("Not linked to any standard."));

  for (guint i = 0; standards[i] != NULL; i++)
    /* Translators: the separator in a list of standard numbers, "5, 12, 31" */
    g_string_append_printf (list, "%s%s", i ? _(", ") : "", standards[i]);

  /* Translators: %s is a list of standard numbers, "5, 12, 31" */
  return g_strdup_printf (_("Linked to standards %s."), list->str);
}

static GtkWidget *
detail_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_start (label, 12);
  gtk_widget_set_margin_end (label, 12);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  return label;
}

static void restore_clicked_cb (GtkButton           *button,
                                LlwybrHistoryWindow *self);

static GtkWidget *
create_row (LlwybrHistoryWindow   *self,
            LlwybrEvidenceVersion *version,
            gboolean               can_restore)
{
  LlwybrEvidence *old = llwybr_evidence_version_get_evidence (version);
  g_autoptr(GDateTime) saved = g_date_time_to_local (llwybr_evidence_version_get_saved (version));
  g_autofree char *when = g_date_time_format (saved, _("%-d %B %Y, %H:%M"));
  g_autofree char *subtitle = NULL;
  g_autofree char *standards = standards_text (version);
  const char *reflection = llwybr_evidence_get_reflection (old);
  GtkWidget *row = adw_expander_row_new ();

  /* Translators: %1$s is when a version was saved, %2$s why it was replaced */
  subtitle = g_strdup_printf (_("Saved %1$s. %2$s"), when, reason_text (llwybr_evidence_version_get_reason (version)));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), *llwybr_evidence_get_title (old) ? llwybr_evidence_get_title (old)
                                                                                               : _("Untitled evidence"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (row), subtitle);

  if (can_restore)
    {
      GtkWidget *restore = gtk_button_new_with_mnemonic (_("_Restore"));

      gtk_widget_set_valign (restore, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (restore), "version", g_object_ref (version), g_object_unref);
      g_signal_connect (restore, "clicked", G_CALLBACK (restore_clicked_cb), self);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (row), restore);
    }

  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), detail_label (*reflection ? reflection : _("No reflection.")));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), detail_label (standards));

  return row;
}

/* Callbacks */

static void
restore_clicked_cb (GtkButton           *button,
                    LlwybrHistoryWindow *self)
{
  LlwybrEvidenceVersion *version = g_object_get_data (G_OBJECT (button), "version");
  g_autoptr(GError) error = NULL;

  if (!llwybr_portfolio_restore_version (self->portfolio, self->evidence, version, &error))
    {
      llwybr_error_present (GTK_WIDGET (self), _("Could Not Restore the Version"), error);
      return;
    }

  gtk_window_close (GTK_WINDOW (self));
}

/* Overrides */

static void
llwybr_history_window_dispose (GObject *object)
{
  LlwybrHistoryWindow *self = (LlwybrHistoryWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LLWYBR_TYPE_HISTORY_WINDOW);
  g_clear_object (&self->portfolio);
  g_clear_object (&self->evidence);

  G_OBJECT_CLASS (llwybr_history_window_parent_class)->dispose (object);
}

static void
llwybr_history_window_class_init (LlwybrHistoryWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = llwybr_history_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/cymru/llwybr/Llwybr/ui/llwybr-history-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LlwybrHistoryWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, LlwybrHistoryWindow, versions_group);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
llwybr_history_window_init (LlwybrHistoryWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

LlwybrHistoryWindow *
llwybr_history_window_new (GtkWindow       *parent,
                           LlwybrPortfolio *portfolio,
                           LlwybrEvidence  *evidence)
{
  LlwybrHistoryWindow *self;
  g_autoptr(GListModel) versions = NULL;
  gboolean can_restore;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (portfolio), NULL);
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE (evidence), NULL);

  self = g_object_new (LLWYBR_TYPE_HISTORY_WINDOW, "transient-for", parent, NULL);
  self->portfolio = g_object_ref (portfolio);
  self->evidence = g_object_ref (evidence);
  adw_window_title_set_subtitle (self->window_title, llwybr_evidence_get_title (evidence));

  /* In a copy for review the history can be read, not restored. */
  can_restore = !llwybr_portfolio_get_review_copy (portfolio);
  versions = llwybr_portfolio_list_history (portfolio, evidence);
  for (guint i = 0; i < g_list_model_get_n_items (versions); i++)
    {
      g_autoptr(LlwybrEvidenceVersion) version = g_list_model_get_item (versions, i);
      adw_preferences_group_add (self->versions_group, create_row (self, version, can_restore));
    }

  if (g_list_model_get_n_items (versions) == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No earlier versions yet"));
      adw_preferences_group_add (self->versions_group, row);
    }

  return self;
}
