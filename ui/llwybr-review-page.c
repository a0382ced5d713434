/* llwybr-review-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-review-page"

#include "config.h"

#include <glib/gi18n.h>

#include "llwybr-error.h"
#include "llwybr-form-dialog.h"
#include "llwybr-review-page.h"
#include "llwybr-reviewer.h"

/* Every review of the portfolio, by standard and by evidence, the new ones
 * marked. For the TA: what her mentor said. For the mentor, in her copy
 * for review: what she has said so far, and her sign-off. */
struct _LlwybrReviewPage
{
  GtkWidget            parent_instance;

  LlwybrPortfolio     *portfolio;
  GPtrArray           *rows;
  guint                refresh_source;
  gboolean             stale;

  /* Template widgets */
  AdwPreferencesGroup *status_group;
  GtkWidget           *send_button;
  GtkWidget           *read_button;
  GtkWidget           *sign_off_button;
  GtkWidget           *send_back_button;
  AdwPreferencesGroup *sign_off_group;
  AdwPreferencesGroup *standards_group;
  AdwPreferencesGroup *evidence_group;
};

G_DEFINE_FINAL_TYPE (LlwybrReviewPage, llwybr_review_page, GTK_TYPE_WIDGET)

/* Helpers */

static void
update_status (LlwybrReviewPage *self,
               guint             n_reviews,
               guint             unread)
{
  gboolean review_copy = llwybr_portfolio_get_review_copy (self->portfolio);
  g_autofree char *description = NULL;

  gtk_widget_set_visible (self->send_button, !review_copy);
  gtk_widget_set_visible (self->read_button, !review_copy && unread > 0);
  gtk_widget_set_visible (self->sign_off_button, review_copy);
  gtk_widget_set_visible (self->send_back_button, review_copy);

  if (review_copy)
    {
      adw_preferences_group_set_title (self->status_group, _("You Are Reviewing This Portfolio"));
      adw_preferences_group_set_description (self->status_group,
                                             _("Comment on each piece of evidence from the Evidence page, and record a verdict on each standard from the Standards page. Then sign off here, and send the reviewed copy back."));
      return;
    }

  if (n_reviews == 0)
    {
      adw_preferences_group_set_title (self->status_group, _("No Reviews Yet"));
      adw_preferences_group_set_description (self->status_group,
                                             _("Send a copy of your portfolio to your mentor. When her reviewed copy comes back, open it: Llwybr merges her reviews in, and they appear here."));
      return;
    }

  adw_preferences_group_set_title (self->status_group, _("Your Mentor’s Reviews"));
  if (unread > 0)
    description = g_strdup_printf (ngettext ("%u review is new since you last looked.",
                                             "%u reviews are new since you last looked.", unread), unread);
  else
    description = g_strdup (_("You have read every review."));
  adw_preferences_group_set_description (self->status_group, description);
}

static void
clear_rows (LlwybrReviewPage *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      GtkWidget *group = gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (group), row);
    }

  g_ptr_array_set_size (self->rows, 0);
}

static int
compare_by_target (gconstpointer a,
                   gconstpointer b)
{
  LlwybrReview *x = *(LlwybrReview **)a, *y = *(LlwybrReview **)b;
  int n = g_ascii_strtoll (llwybr_review_get_target (x), NULL, 10) -
          g_ascii_strtoll (llwybr_review_get_target (y), NULL, 10);

  return n ? n : g_strcmp0 (llwybr_review_get_target (x), llwybr_review_get_target (y));
}

static AdwPreferencesGroup *
group_for (LlwybrReviewPage *self,
           LlwybrReview     *review)
{
  switch (llwybr_review_get_target_kind (review))
    {
    case LLWYBR_REVIEW_TARGET_STANDARD: return self->standards_group;
    case LLWYBR_REVIEW_TARGET_EVIDENCE: return self->evidence_group;
    case LLWYBR_REVIEW_TARGET_PORTFOLIO:
    default: return self->sign_off_group;
    }
}

static void row_activated_cb (AdwActionRow *row,
                              LlwybrReviewPage *self);

static gboolean
refresh (gpointer data)
{
  LlwybrReviewPage *self = data;
  GListModel *reviews = llwybr_portfolio_get_reviews (self->portfolio);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean shown[3] = { FALSE, FALSE, FALSE };

  self->refresh_source = 0;
  self->stale = FALSE;
  clear_rows (self);

  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    g_ptr_array_add (sorted, g_list_model_get_item (reviews, i));
  /* Standards in their order, evidence by title; each newest first. */
  g_ptr_array_sort (sorted, compare_by_target);

  for (guint i = sorted->len; i > 0; i--)
    {
      LlwybrReview *review = g_ptr_array_index (sorted, i - 1);
      GtkWidget *row = llwybr_review_row_new (self->portfolio, review, TRUE);
      AdwPreferencesGroup *group = group_for (self, review);

      g_object_set_data_full (G_OBJECT (row), "review", g_object_ref (review), g_object_unref);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_signal_connect (row, "activated", G_CALLBACK (row_activated_cb), self);
      adw_preferences_group_add (group, row);
      g_ptr_array_add (self->rows, row);
      shown[llwybr_review_get_target_kind (review)] = TRUE;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->evidence_group), shown[LLWYBR_REVIEW_TARGET_EVIDENCE]);
  gtk_widget_set_visible (GTK_WIDGET (self->standards_group), shown[LLWYBR_REVIEW_TARGET_STANDARD]);
  gtk_widget_set_visible (GTK_WIDGET (self->sign_off_group), shown[LLWYBR_REVIEW_TARGET_PORTFOLIO]);
  update_status (self, g_list_model_get_n_items (reviews), llwybr_portfolio_count_unread_reviews (self->portfolio));
  return G_SOURCE_REMOVE;
}

/* The page is built when it is shown, not while the window opens: with a
 * sign-off, knowing whether a review is current means reading every piece
 * of evidence. */
static void
queue_refresh (LlwybrReviewPage *self)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    self->stale = TRUE;
  else if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh, self);
}

/* @owner is the sign-off dialog, which holds the comment. */
static void
sign_off_ready (GObject    *owner,
                const char *name,
                const char *role)
{
  LlwybrReviewPage *self = g_object_get_data (owner, "page");
  GtkEditable *comment = g_object_get_data (owner, "comment");
  g_autoptr(LlwybrReview) review = NULL;
  g_autoptr(GError) error = NULL;

  if (self->portfolio == NULL)
    return;

  review = llwybr_portfolio_sign_off (self->portfolio, gtk_editable_get_text (comment), name, role, &error);
  if (review == NULL)
    llwybr_error_present (GTK_WIDGET (self), _("Could Not Sign Off"), error);
}

/* Callbacks */

static void
row_activated_cb (AdwActionRow     *row,
                  LlwybrReviewPage *self)
{
  LlwybrReview *review = g_object_get_data (G_OBJECT (row), "review");
  const char *target = llwybr_review_get_target (review);
  g_autoptr(GError) error = NULL;

  if (!llwybr_portfolio_mark_review_read (self->portfolio, review, &error))
    g_warning ("A review could not be marked as read: %s", error->message);
  queue_refresh (self);

  /* The review is read where it belongs, beside what it is about. */
  if (llwybr_review_get_target_kind (review) == LLWYBR_REVIEW_TARGET_STANDARD)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-standard", "s", target);
  else if (llwybr_review_get_target_kind (review) == LLWYBR_REVIEW_TARGET_EVIDENCE &&
           llwybr_portfolio_lookup_evidence (self->portfolio, target) != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.show-evidence", "s", target);
}

static void
mark_all_read_cb (LlwybrReviewPage *self)
{
  GListModel *reviews = llwybr_portfolio_get_reviews (self->portfolio);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(LlwybrReview) review = g_list_model_get_item (reviews, i);

      if (!llwybr_portfolio_mark_review_read (self->portfolio, review, &error))
        {
          llwybr_error_present (GTK_WIDGET (self), _("Could Not Mark the Reviews as Read"), error);
          break;
        }
    }

  queue_refresh (self);
}

static void
sign_off_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      LlwybrReviewPage *self)
{
  if (g_str_equal (response, "sign-off"))
    llwybr_reviewer_ensure (GTK_WIDGET (self), sign_off_ready, G_OBJECT (dialog));
}

static void
sign_off_cb (LlwybrReviewPage *self)
{
  AdwMessageDialog *dialog;

  dialog = llwybr_form_dialog_new (GTK_WIDGET (self), _("Sign Off the Review?"),
                                   _("Your sign-off records that you reviewed the portfolio as it is now. If the evidence changes later, the changes show as changed since your review."),
                                   "sign-off", _("_Sign Off"),
                                   "comment", _("Overall comment (optional)"),
                                   NULL);
  g_object_set_data (G_OBJECT (dialog), "page", self);
  g_signal_connect (dialog, "response", G_CALLBACK (sign_off_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Overrides */

static void
llwybr_review_page_dispose (GObject *object)
{
  LlwybrReviewPage *self = (LlwybrReviewPage *)object;
  GtkWidget *child;

  llwybr_review_page_set_portfolio (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LLWYBR_TYPE_REVIEW_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (llwybr_review_page_parent_class)->dispose (object);
}

static void
llwybr_review_page_map (GtkWidget *widget)
{
  LlwybrReviewPage *self = LLWYBR_REVIEW_PAGE (widget);

  GTK_WIDGET_CLASS (llwybr_review_page_parent_class)->map (widget);

  if (self->stale && self->portfolio != NULL)
    refresh (self);
}

static void
llwybr_review_page_class_init (LlwybrReviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = llwybr_review_page_dispose;
  widget_class->map = llwybr_review_page_map;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/cymru/llwybr/Llwybr/ui/llwybr-review-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LlwybrReviewPage, status_group);
  gtk_widget_class_bind_template_child (widget_class, LlwybrReviewPage, send_button);
  gtk_widget_class_bind_template_child (widget_class, LlwybrReviewPage, read_button);
  gtk_widget_class_bind_template_child (widget_class, LlwybrReviewPage, sign_off_button);
  gtk_widget_class_bind_template_child (widget_class, LlwybrReviewPage, send_back_button);
  gtk_widget_class_bind_template_child (widget_class, LlwybrReviewPage, sign_off_group);
  gtk_widget_class_bind_template_child (widget_class, LlwybrReviewPage, standards_group);
  gtk_widget_class_bind_template_child (widget_class, LlwybrReviewPage, evidence_group);
  gtk_widget_class_bind_template_callback (widget_class, mark_all_read_cb);
  gtk_widget_class_bind_template_callback (widget_class, sign_off_cb);
}

static void
llwybr_review_page_init (LlwybrReviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->rows = g_ptr_array_new ();
}

/* Public API */

void
llwybr_review_page_set_portfolio (LlwybrReviewPage *self,
                                  LlwybrPortfolio  *portfolio)
{
  g_return_if_fail (LLWYBR_IS_REVIEW_PAGE (self));

  if (self->portfolio == portfolio)
    return;

  if (self->portfolio != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->portfolio, self);
      g_signal_handlers_disconnect_by_data (llwybr_portfolio_get_reviews (self->portfolio), self);
      g_clear_handle_id (&self->refresh_source, g_source_remove);
      clear_rows (self);
    }

  g_set_object (&self->portfolio, portfolio);
  if (portfolio == NULL)
    return;

  /* A new review, an edit that makes one out of date: shown at once. */
  g_signal_connect_swapped (llwybr_portfolio_get_reviews (portfolio), "items-changed", G_CALLBACK (queue_refresh), self);
  g_signal_connect_swapped (portfolio, "evidence-changed", G_CALLBACK (queue_refresh), self);
  g_signal_connect_swapped (portfolio, "links-changed", G_CALLBACK (queue_refresh), self);
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    refresh (self);
  else
    self->stale = TRUE;
}
