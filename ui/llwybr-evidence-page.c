/* llwybr-evidence-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-evidence-page"

#include "config.h"

#include <glib/gi18n.h>

#include "llwybr-error.h"
#include "llwybr-evidence-editor.h"
#include "llwybr-evidence-page.h"
#include "llwybr-evidence-row.h"

/* The evidence, searched as the user types, filtered and sorted, and the
 * editor for one piece. The list is a GtkListView over the portfolio's own
 * model: rows exist for the items around those on screen, and only those
 * in sight are laid out (see LlwybrEvidenceRow). The filter is above the sort:
 * a keystroke then filters the sorted list, where a sort above the filter
 * would sort all of it again. A deleted piece is hidden at
 * once and removed when its undo toast goes. */
struct _LlwybrEvidencePage
{
  GtkWidget             parent_instance;

  LlwybrPortfolio      *portfolio;
  GtkCustomFilter      *filter;
  GtkCustomSorter      *sorter;
  GtkFilterListModel   *filtered;
  GtkSortListModel     *sorted;
  GHashTable           *search_hits;
  GHashTable           *bound_rows;
  GHashTable           *unchecked_rows;
  guint                 check_source;
  GHashTable           *standard_hits;
  GDate                *since;
  LlwybrEvidence       *pending_delete;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  GtkStack             *results_stack;
  GtkSearchEntry       *search_entry;
  GtkDropDown          *kind_filter;
  GtkDropDown          *setting_filter;
  GtkDropDown          *standard_filter;
  GtkDropDown          *period_filter;
  GtkDropDown          *sort_order;
  GtkListView          *list_view;
  LlwybrEvidenceEditor *editor;
  GtkWidget          *delete_button;
};

G_DEFINE_FINAL_TYPE (LlwybrEvidencePage, llwybr_evidence_page, GTK_TYPE_WIDGET)

/* Helpers */

static gboolean
filter_func (gpointer item,
             gpointer data)
{
  LlwybrEvidencePage *self = data;
  LlwybrEvidence *evidence = item;
  guint kind = gtk_drop_down_get_selected (self->kind_filter);
  guint setting = gtk_drop_down_get_selected (self->setting_filter);

  /* The first entry of each list is "any". */
  return evidence != self->pending_delete &&
         (self->search_hits == NULL || g_hash_table_contains (self->search_hits, evidence)) &&
         (self->standard_hits == NULL || g_hash_table_contains (self->standard_hits, evidence)) &&
         (kind == 0 || kind == GTK_INVALID_LIST_POSITION || (guint)llwybr_evidence_get_kind (evidence) == kind - 1) &&
         (setting == 0 || setting == GTK_INVALID_LIST_POSITION || (guint)llwybr_evidence_get_setting (evidence) == setting - 1) &&
         llwybr_evidence_is_within (evidence, self->since);
}

static int
sort_func (gconstpointer a,
           gconstpointer b,
           gpointer      data)
{
  LlwybrEvidencePage *self = data;

  if (gtk_drop_down_get_selected (self->sort_order) == 1)
    return llwybr_evidence_compare_by_title ((LlwybrEvidence *)a, (LlwybrEvidence *)b);

  return llwybr_evidence_compare_by_date ((LlwybrEvidence *)a, (LlwybrEvidence *)b);
}

static void
update_results_state (LlwybrEvidencePage *self)
{
  const char *state = "results";

  if (self->portfolio == NULL || g_list_model_get_n_items (llwybr_portfolio_get_evidence (self->portfolio)) == 0)
    state = "empty";
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) == 0 &&
           gtk_filter_list_model_get_pending (self->filtered) == 0)
    state = "no-results";

  gtk_stack_set_visible_child_name (self->results_stack, state);
}

static void
refilter (LlwybrEvidencePage *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_results_state (self);
}

/* Sets of the evidence objects themselves: the filter asks one for each of
 * ten thousand pieces at every keystroke, and a pointer hashes at once. */
static GHashTable *
evidence_set (void)
{
  return g_hash_table_new (NULL, NULL);
}

static void
update_standard_hits (LlwybrEvidencePage *self)
{
  guint selected = gtk_drop_down_get_selected (self->standard_filter);
  GListModel *standards;
  g_autoptr(LlwybrStandard) standard = NULL;
  g_autoptr(GListModel) links = NULL;

  g_clear_pointer (&self->standard_hits, g_hash_table_unref);
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || self->portfolio == NULL)
    return;

  standards = llwybr_framework_get_standards (llwybr_portfolio_get_framework (self->portfolio));
  standard = g_list_model_get_item (standards, selected - 1);
  links = llwybr_portfolio_list_links_for_standard (self->portfolio, llwybr_standard_get_code (standard));

  self->standard_hits = evidence_set ();
  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(LlwybrLink) link = g_list_model_get_item (links, i);
      LlwybrEvidence *evidence = llwybr_portfolio_lookup_evidence (self->portfolio, llwybr_link_get_evidence_uuid (link));

      if (evidence != NULL)
        g_hash_table_add (self->standard_hits, evidence);
    }
}

static void
fill_standard_filter (LlwybrEvidencePage *self)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  GListModel *standards = llwybr_framework_get_standards (llwybr_portfolio_get_framework (self->portfolio));

  gtk_string_list_append (list, _("Any standard"));
  for (guint i = 0; i < g_list_model_get_n_items (standards); i++)
    {
      g_autoptr(LlwybrStandard) standard = g_list_model_get_item (standards, i);
      g_autofree char *label = g_strdup_printf (_("Standard %s"), llwybr_standard_get_code (standard));

      gtk_string_list_append (list, label);
    }

  gtk_drop_down_set_model (self->standard_filter, G_LIST_MODEL (list));
}

static GtkStringList *
any_and (const char *any,
         const char *(*label) (guint),
         guint        n)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  gtk_string_list_append (list, any);
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (list, label (i));

  return list;
}

static const char *
kind_label (guint kind)
{
  return llwybr_evidence_kind_to_label (kind);
}

static const char *
setting_label (guint setting)
{
  return llwybr_evidence_setting_to_label (setting);
}

static void
commit_pending_delete (LlwybrEvidencePage *self)
{
  g_autoptr(LlwybrEvidence) evidence = g_steal_pointer (&self->pending_delete);
  g_autoptr(GError) error = NULL;

  if (evidence != NULL && !llwybr_portfolio_remove_evidence (self->portfolio, evidence, &error))
    llwybr_error_present (GTK_WIDGET (self), _("Could Not Delete the Evidence"), error);
}

static void
show_editor (LlwybrEvidencePage *self,
             LlwybrEvidence     *evidence)
{
  llwybr_evidence_editor_set_evidence (self->editor, self->portfolio, evidence);
  gtk_stack_set_visible_child_name (self->stack, "editor");
}

/* Rows: created once, given each item they show. */

/* Whether a piece changed since its review compares digests of all it
 * holds, a millisecond or two each: rows that scrolling or a keystroke
 * brings on screen are checked after the frame, a few at a time. */
#define CHECK_BUDGET_US 4000

static gboolean
check_rows_cb (gpointer data)
{
  LlwybrEvidencePage *self = data;
  gint64 deadline = g_get_monotonic_time () + CHECK_BUDGET_US;
  GHashTableIter iter;
  gpointer row;

  if (self->portfolio == NULL)
    g_hash_table_remove_all (self->unchecked_rows);

  g_hash_table_iter_init (&iter, self->unchecked_rows);
  while (g_get_monotonic_time () < deadline && g_hash_table_iter_next (&iter, &row, NULL))
    {
      LlwybrEvidence *evidence = llwybr_evidence_row_get_evidence (row);

      g_hash_table_iter_remove (&iter);
      if (evidence != NULL)
        llwybr_evidence_row_set_changed_since_review (row, llwybr_portfolio_evidence_changed_since_review (self->portfolio, evidence));
    }

  if (g_hash_table_size (self->unchecked_rows) > 0)
    return G_SOURCE_CONTINUE;

  self->check_source = 0;
  return G_SOURCE_REMOVE;
}

/* Only the rows in sight are checked against the mentor's review: the
 * list keeps up to 200 more. */
static void
row_shown_cb (LlwybrEvidencePage *self,
              LlwybrEvidenceRow  *row)
{
  if (self->portfolio == NULL || g_list_model_get_n_items (llwybr_portfolio_get_reviews (self->portfolio)) == 0)
    return;

  g_hash_table_add (self->unchecked_rows, row);
  if (self->check_source == 0)
    self->check_source = g_idle_add_full (G_PRIORITY_LOW, check_rows_cb, self, NULL);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              LlwybrEvidencePage       *self)
{
  GtkWidget *row = llwybr_evidence_row_new ();

  g_signal_connect_object (row, "shown", G_CALLBACK (row_shown_cb), self, G_CONNECT_SWAPPED);
  gtk_list_item_set_child (list_item, row);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             LlwybrEvidencePage       *self)
{
  GtkWidget *row = gtk_list_item_get_child (list_item);

  g_hash_table_add (self->bound_rows, row);
  llwybr_evidence_row_set_evidence (LLWYBR_EVIDENCE_ROW (row), gtk_list_item_get_item (list_item));
  llwybr_evidence_row_set_query (LLWYBR_EVIDENCE_ROW (row), gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               LlwybrEvidencePage       *self)
{
  GtkWidget *row = gtk_list_item_get_child (list_item);

  g_hash_table_remove (self->bound_rows, row);
  g_hash_table_remove (self->unchecked_rows, row);
  llwybr_evidence_row_set_evidence (LLWYBR_EVIDENCE_ROW (row), NULL);
}

/* Callbacks */

static void
search_changed_cb (LlwybrEvidencePage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  GHashTableIter iter;
  gpointer row;

  g_clear_pointer (&self->search_hits, g_hash_table_unref);

  if (self->portfolio != NULL && *text != '\0')
    {
      if (!(hits = llwybr_portfolio_search (self->portfolio, text, &error)))
        {
          g_warning ("Search failed: %s", error->message);
          return;
        }

      self->search_hits = evidence_set ();
      for (guint i = 0; i < hits->len; i++)
        g_hash_table_add (self->search_hits, g_ptr_array_index (hits, i));
    }

  refilter (self);
  /* Rows still bound show the new highlights when next drawn; those the
   * filter just bound have them. */
  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    llwybr_evidence_row_set_query (row, text);
}

static void
filters_changed_cb (LlwybrEvidencePage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  guint period = gtk_drop_down_get_selected (self->period_filter);

  g_clear_pointer (&self->since, g_date_free);
  if (period == 1 || period == 2)
    {
      g_autoptr(GDateTime) start = period == 1 ? g_date_time_add_months (now, -1) : g_date_time_add_years (now, -1);

      self->since = g_date_new_dmy (g_date_time_get_day_of_month (start), g_date_time_get_month (start),
                                    g_date_time_get_year (start));
    }

  update_standard_hits (self);
  if (self->filter != NULL)
    refilter (self);
}

static void
sort_changed_cb (LlwybrEvidencePage *self)
{
  if (self->sorter != NULL)
    gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
}

static void
item_activated_cb (LlwybrEvidencePage *self,
                   guint               position)
{
  g_autoptr(LlwybrEvidence) evidence = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

  show_editor (self, evidence);
}

static void
links_changed_cb (LlwybrEvidencePage *self)
{
  if (self->standard_hits == NULL)
    return;

  update_standard_hits (self);
  refilter (self);
}

static void
show_list_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LlwybrEvidencePage *self = LLWYBR_EVIDENCE_PAGE (widget);

  llwybr_evidence_editor_save (self->editor);
  gtk_stack_set_visible_child_name (self->stack, "list");
  /* What the edit changed may change where it sorts and whether it matches. */
  sort_changed_cb (self);
  search_changed_cb (self);
}

static void
toast_dismissed_cb (LlwybrEvidencePage *self)
{
  commit_pending_delete (self);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LlwybrEvidencePage *self = LLWYBR_EVIDENCE_PAGE (widget);
  LlwybrEvidence *evidence = llwybr_evidence_editor_get_evidence (self->editor);
  const char *title;
  g_autofree char *message = NULL;
  AdwToast *toast;

  if (evidence == NULL)
    return;

  commit_pending_delete (self);
  llwybr_evidence_editor_save (self->editor);
  self->pending_delete = g_object_ref (evidence);
  llwybr_evidence_editor_set_evidence (self->editor, NULL, NULL);
  gtk_stack_set_visible_child_name (self->stack, "list");
  refilter (self);

  title = llwybr_evidence_get_title (self->pending_delete);
  message = g_strdup_printf (_("“%s” deleted"), *title ? title : _("Untitled evidence"));
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "evidence.undo-delete");
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), self, G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LlwybrEvidencePage *self = LLWYBR_EVIDENCE_PAGE (widget);

  if (self->pending_delete == NULL)
    return;

  g_clear_object (&self->pending_delete);
  refilter (self);
}

/* Overrides */

static void
llwybr_evidence_page_dispose (GObject *object)
{
  LlwybrEvidencePage *self = (LlwybrEvidencePage *)object;
  GtkWidget *child;

  llwybr_evidence_page_set_portfolio (self, NULL);
  g_clear_handle_id (&self->check_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), LLWYBR_TYPE_EVIDENCE_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->since, g_date_free);

  G_OBJECT_CLASS (llwybr_evidence_page_parent_class)->dispose (object);
}

static void
llwybr_evidence_page_finalize (GObject *object)
{
  LlwybrEvidencePage *self = (LlwybrEvidencePage *)object;

  g_hash_table_unref (self->bound_rows);
  g_hash_table_unref (self->unchecked_rows);

  G_OBJECT_CLASS (llwybr_evidence_page_parent_class)->finalize (object);
}

static void
llwybr_evidence_page_class_init (LlwybrEvidencePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = llwybr_evidence_page_dispose;
  object_class->finalize = llwybr_evidence_page_finalize;

  g_type_ensure (LLWYBR_TYPE_EVIDENCE_EDITOR);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/cymru/llwybr/Llwybr/ui/llwybr-evidence-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LlwybrEvidencePage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LlwybrEvidencePage, stack);
  gtk_widget_class_bind_template_child (widget_class, LlwybrEvidencePage, results_stack);
  gtk_widget_class_bind_template_child (widget_class, LlwybrEvidencePage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LlwybrEvidencePage, kind_filter);
  gtk_widget_class_bind_template_child (widget_class, LlwybrEvidencePage, setting_filter);
  gtk_widget_class_bind_template_child (widget_class, LlwybrEvidencePage, standard_filter);
  gtk_widget_class_bind_template_child (widget_class, LlwybrEvidencePage, period_filter);
  gtk_widget_class_bind_template_child (widget_class, LlwybrEvidencePage, sort_order);
  gtk_widget_class_bind_template_child (widget_class, LlwybrEvidencePage, list_view);
  gtk_widget_class_bind_template_child (widget_class, LlwybrEvidencePage, editor);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filters_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, sort_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, item_activated_cb);

  gtk_widget_class_bind_template_child (widget_class, LlwybrEvidencePage, delete_button);
  gtk_widget_class_install_action (widget_class, "evidence.show-list", NULL, show_list_action);
  gtk_widget_class_install_action (widget_class, "evidence.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "evidence.undo-delete", NULL, undo_delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "evidence.undo-delete", NULL);
}

static void
llwybr_evidence_page_init (LlwybrEvidencePage *self)
{
  g_autoptr(GtkStringList) kinds = NULL;
  g_autoptr(GtkStringList) settings = NULL;
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  self->bound_rows = g_hash_table_new (NULL, NULL);
  self->unchecked_rows = g_hash_table_new (NULL, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));

  kinds = any_and (_("Any kind"), kind_label, LLWYBR_EVIDENCE_KIND_OTHER + 1);
  settings = any_and (_("Any setting"), setting_label, LLWYBR_EVIDENCE_SETTING_WIDER_ROLE + 1);
  gtk_drop_down_set_model (self->kind_filter, G_LIST_MODEL (kinds));
  gtk_drop_down_set_model (self->setting_filter, G_LIST_MODEL (settings));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
}

/* Public API */

void
llwybr_evidence_page_set_portfolio (LlwybrEvidencePage *self,
                                    LlwybrPortfolio    *portfolio)
{
  g_return_if_fail (LLWYBR_IS_EVIDENCE_PAGE (self));
  g_return_if_fail (portfolio == NULL || LLWYBR_IS_PORTFOLIO (portfolio));

  if (self->portfolio == portfolio)
    return;

  /* Nothing the user did is left behind: a waiting edit is saved, a
   * deletion whose undo toast is still up is carried out. */
  llwybr_evidence_editor_set_evidence (self->editor, NULL, NULL);
  if (self->portfolio != NULL)
    {
      commit_pending_delete (self);
      g_signal_handlers_disconnect_by_data (self->portfolio, self);
      g_signal_handlers_disconnect_by_data (llwybr_portfolio_get_evidence (self->portfolio), self);
    }

  /* The models may outlive the page (the list view lets them go late),
   * so they must not call back into it, nor go on filtering. */
  gtk_list_view_set_model (self->list_view, NULL);
  if (self->filtered != NULL)
    {
      gtk_filter_list_model_set_filter (self->filtered, NULL);
      gtk_sort_list_model_set_sorter (self->sorted, NULL);
    }
  g_clear_object (&self->filtered);
  self->sorted = NULL;
  self->filter = NULL;
  self->sorter = NULL;
  g_clear_pointer (&self->search_hits, g_hash_table_unref);
  g_clear_pointer (&self->standard_hits, g_hash_table_unref);
  g_set_object (&self->portfolio, portfolio);
  gtk_stack_set_visible_child_name (self->stack, "list");

  if (portfolio == NULL)
    return;

  /* In a copy sent for review the evidence stays as its owner wrote it. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "evidence.delete", !llwybr_portfolio_get_review_copy (portfolio));
  gtk_widget_set_visible (self->delete_button, !llwybr_portfolio_get_review_copy (portfolio));

  fill_standard_filter (self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->sorter = gtk_custom_sorter_new (sort_func, self, NULL);
  self->sorted = gtk_sort_list_model_new (g_object_ref (llwybr_portfolio_get_evidence (portfolio)),
                                          GTK_SORTER (self->sorter));
  self->filtered = gtk_filter_list_model_new (G_LIST_MODEL (self->sorted), GTK_FILTER (self->filter));
  /* Ten thousand pieces are filtered a batch at a time between frames, so
   * a keystroke never holds up the next frame for all of them. */
  gtk_filter_list_model_set_incremental (self->filtered, TRUE);
  g_signal_connect_object (self->filtered, "notify::pending", G_CALLBACK (update_results_state), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->filtered)))));

  g_signal_connect_swapped (llwybr_portfolio_get_evidence (portfolio), "items-changed",
                            G_CALLBACK (update_results_state), self);
  g_signal_connect_swapped (portfolio, "links-changed", G_CALLBACK (links_changed_cb), self);
  update_results_state (self);
}

/**
 * llwybr_evidence_page_show_evidence:
 * @uuid: a piece of evidence of the portfolio
 *
 * Opens the editor on it.
 */
void
llwybr_evidence_page_show_evidence (LlwybrEvidencePage *self,
                                    const char         *uuid)
{
  LlwybrEvidence *evidence;

  g_return_if_fail (LLWYBR_IS_EVIDENCE_PAGE (self));
  g_return_if_fail (self->portfolio != NULL);

  if ((evidence = llwybr_portfolio_lookup_evidence (self->portfolio, uuid)) != NULL)
    show_editor (self, evidence);
}

/**
 * llwybr_evidence_page_add_evidence:
 * @standard: (nullable): a standard to link the new evidence to
 *
 * Adds a piece of evidence dated today and opens it for writing.
 */
void
llwybr_evidence_page_add_evidence (LlwybrEvidencePage *self,
                                   const char         *standard)
{
  g_autoptr(LlwybrEvidence) evidence = llwybr_evidence_new ();
  g_autoptr(LlwybrLink) link = NULL;
  g_autoptr(GDate) today = g_date_new ();
  g_autoptr(GError) error = NULL;

  g_return_if_fail (LLWYBR_IS_EVIDENCE_PAGE (self));
  g_return_if_fail (self->portfolio != NULL);

  g_date_set_time_t (today, time (NULL));
  llwybr_evidence_set_date (evidence, today);

  if (!llwybr_portfolio_add_evidence (self->portfolio, evidence, &error) ||
      (standard != NULL &&
       !(link = llwybr_portfolio_link_standard (self->portfolio, evidence, standard, "", &error))))
    {
      llwybr_error_present (GTK_WIDGET (self), _("Could Not Add Evidence"), error);
      return;
    }

  show_editor (self, evidence);
  llwybr_evidence_editor_focus_title (self->editor);
}

void
llwybr_evidence_page_focus_search (LlwybrEvidencePage *self)
{
  g_return_if_fail (LLWYBR_IS_EVIDENCE_PAGE (self));

  llwybr_evidence_editor_save (self->editor);
  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * llwybr_evidence_page_save:
 *
 * Saves an edit still waiting for its half second, before something reads
 * the portfolio as a whole.
 */
void
llwybr_evidence_page_save (LlwybrEvidencePage *self)
{
  g_return_if_fail (LLWYBR_IS_EVIDENCE_PAGE (self));

  llwybr_evidence_editor_save (self->editor);
}
