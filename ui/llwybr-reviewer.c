/* llwybr-reviewer.c
 *
 * The mentor as the interface knows her: her name and role, asked for the
 * first time she reviews, and how her reviews are shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-reviewer"

#include "config.h"

#include <glib/gi18n.h>

#include "llwybr-form-dialog.h"
#include "llwybr-reviewer.h"

/* Helpers */

static gboolean
is_blank (const char *text)
{
  g_autofree char *copy = g_strdup (text ? text : "");

  return *g_strstrip (copy) == '\0';
}

static void
ask_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 GObject          *owner)
{
  GtkEditable *name = g_object_get_data (G_OBJECT (dialog), "name");
  GtkEditable *role = g_object_get_data (G_OBJECT (dialog), "role");
  LlwybrReviewerReady ready = g_object_get_data (G_OBJECT (dialog), "ready");
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  if (g_str_equal (response, "continue") && !is_blank (gtk_editable_get_text (name)))
    {
      g_settings_set_string (settings, "reviewer-name", gtk_editable_get_text (name));
      g_settings_set_string (settings, "reviewer-role", gtk_editable_get_text (role));
      ready (owner, gtk_editable_get_text (name), gtk_editable_get_text (role));
    }

  g_object_unref (owner);
}

static void
name_changed_cb (GtkEditable      *name,
                 AdwMessageDialog *dialog)
{
  adw_message_dialog_set_response_enabled (dialog, "continue", !is_blank (gtk_editable_get_text (name)));
}

/* Public API */

/**
 * llwybr_reviewer_ensure:
 * @ready: called with the reviewer's name and role, once there is a name
 * @owner: passed to @ready; kept alive until then
 *
 * A review carries its author: without a name in Preferences, one is
 * asked for first, and kept there.
 */
void
llwybr_reviewer_ensure (GtkWidget           *parent,
                        LlwybrReviewerReady  ready,
                        GObject             *owner)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *name = g_settings_get_string (settings, "reviewer-name");
  g_autofree char *role = g_settings_get_string (settings, "reviewer-role");
  AdwMessageDialog *dialog;
  GtkWidget *name_row;

  if (!is_blank (name))
    {
      ready (owner, name, role);
      return;
    }

  dialog = llwybr_form_dialog_new (parent, _("Who Is Reviewing?"),
                                   _("Your reviews carry your name and role. You can change them later in Preferences."),
                                   "continue", _("C_ontinue"),
                                   "name", _("Your name"),
                                   "role", _("Your role, such as class teacher, HLTA mentor or assessor"),
                                   NULL);
  name_row = g_object_get_data (G_OBJECT (dialog), "name");
  adw_message_dialog_set_response_enabled (dialog, "continue", FALSE);
  g_object_set_data (G_OBJECT (dialog), "ready", ready);
  g_signal_connect (name_row, "changed", G_CALLBACK (name_changed_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (ask_response_cb), g_object_ref (owner));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * llwybr_verdict_mark:
 *
 * Returns: a sign for @verdict that reads without colour, or ""
 */
const char *
llwybr_verdict_mark (LlwybrVerdict verdict)
{
  switch (verdict)
    {
    case LLWYBR_VERDICT_MET: return "✓";
    case LLWYBR_VERDICT_PARTLY_MET: return "◐";
    case LLWYBR_VERDICT_NOT_YET_MET: return "✗";
    case LLWYBR_VERDICT_NONE:
    default: return "";
    }
}

/**
 * llwybr_review_describe:
 *
 * Returns: (transfer full): what @review is about, for a heading: "Standard
 *   12: Met", a piece of evidence's title, or "Sign-off"
 */
char *
llwybr_review_describe (LlwybrPortfolio *portfolio,
                        LlwybrReview    *review)
{
  const char *target = llwybr_review_get_target (review);
  LlwybrEvidence *evidence;

  switch (llwybr_review_get_target_kind (review))
    {
    case LLWYBR_REVIEW_TARGET_STANDARD:
      if (llwybr_review_get_kind (review) == LLWYBR_REVIEW_VERDICT)
        /* Translators: %1$s is a standard's number, %2$s the mentor's verdict, "Met" */
        return g_strdup_printf (_("Standard %1$s: %2$s"), target,
                                llwybr_verdict_to_label (llwybr_review_get_verdict (review)));
      return g_strdup_printf (_("Standard %s"), target);

    case LLWYBR_REVIEW_TARGET_EVIDENCE:
      evidence = llwybr_portfolio_lookup_evidence (portfolio, target);
      if (evidence == NULL)
        return g_strdup (_("Evidence since deleted"));
      return g_strdup (*llwybr_evidence_get_title (evidence) ? llwybr_evidence_get_title (evidence)
                                                             : _("Untitled evidence"));

    case LLWYBR_REVIEW_TARGET_PORTFOLIO:
    default:
      return g_strdup (_("Sign-off"));
    }
}

/**
 * llwybr_review_row_new:
 * @show_target: whether the row says what the review is about, as on the
 *   Review page; beside the evidence or standard itself it need not
 *
 * Returns: (transfer floating): a row showing @review: its text, who wrote
 *   it and when, whether it is new, and whether what it saw has changed
 */
GtkWidget *
llwybr_review_row_new (LlwybrPortfolio *portfolio,
                       LlwybrReview    *review,
                       gboolean         show_target)
{
  GtkWidget *row = adw_action_row_new ();
  const char *role = llwybr_review_get_author_role (review);
  const char *text = llwybr_review_get_text (review);
  g_autoptr(GDateTime) local = g_date_time_to_local (llwybr_review_get_created (review));
  g_autofree char *date = g_date_time_format (local, _("%-d %B %Y"));
  g_autofree char *signed_by = NULL;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (*role)
    /* Translators: who wrote a review and when: "Eleri Rowlands, Class teacher, 23 November 2026" */
    signed_by = g_strdup_printf (_("%1$s, %2$s, %3$s"), llwybr_review_get_author (review), role, date);
  else
    /* Translators: who wrote a review and when: "Eleri Rowlands, 23 November 2026" */
    signed_by = g_strdup_printf (_("%1$s, %2$s"), llwybr_review_get_author (review), date);

  /* Beside what it is about, a comment is its own heading. */
  if (show_target || llwybr_review_get_kind (review) != LLWYBR_REVIEW_COMMENT)
    {
      title = llwybr_review_describe (portfolio, review);
      subtitle = *text ? g_strdup_printf ("%s\n%s", text, signed_by) : g_strdup (signed_by);
    }
  else
    {
      title = g_strdup (text);
      subtitle = g_strdup (signed_by);
    }

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);

  if (llwybr_review_get_unread (review))
    {
      GtkWidget *label = gtk_label_new (_("New"));

      gtk_widget_add_css_class (label, "review-badge");
      gtk_widget_add_css_class (label, "new");
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }

  if (!llwybr_portfolio_review_is_current (portfolio, review))
    {
      GtkWidget *label = gtk_label_new (_("Changed since review"));

      gtk_widget_add_css_class (label, "review-badge");
      gtk_widget_add_css_class (label, "changed");
      gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
    }

  return row;
}
