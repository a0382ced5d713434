/* llwybr-standards-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-standards-page"

#include "config.h"

#include <glib/gi18n.h>

#include "llwybr-document-group.h"
#include "llwybr-error.h"
#include "llwybr-reviewer.h"
#include "llwybr-standards-page.h"
#include "llwybr-tick.h"
#include "llwybr-wrap-label.h"

/* The standards of the portfolio's framework, by heading and subheading,
 * each with how much evidence it has. A change to one standard's links
 * updates that one row. */
struct _LlwybrStandardsPage
{
  GtkWidget              parent_instance;

  LlwybrPortfolio    *portfolio;
  GSettings          *settings;
  GPtrArray          *groups;
  GHashTable         *count_labels;
  GHashTable         *counts;
  char               *shown;

  /* Building the list, a few rows a frame */
  guint                build_tick;
  guint                n_built;
  LlwybrStandardGroup *current_group;
  LlwybrStandardGroup *current_heading;
  AdwPreferencesGroup *group;

  /* Template widgets */
  GtkStack            *stack;
  AdwPreferencesPage  *page;
  AdwPreferencesGroup *detail_group;
  GtkLabel            *detail_text;
  GtkListBox          *links_list;
  GtkWidget           *add_button;
  LlwybrDocumentGroup *document_group;
  GtkListBox          *reviews_list;
  AdwComboRow         *verdict_row;
  AdwEntryRow         *review_comment_row;
};

/* The verdicts in the order the combo row offers them. */
static const LlwybrVerdict verdicts[] = {
  LLWYBR_VERDICT_MET, LLWYBR_VERDICT_PARTLY_MET, LLWYBR_VERDICT_NOT_YET_MET, LLWYBR_VERDICT_NONE,
};

G_DEFINE_FINAL_TYPE (LlwybrStandardsPage, llwybr_standards_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PORTFOLIO,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Helpers */

static void
show_count (LlwybrStandardsPage *self,
            const char          *code,
            guint                count)
{
  GtkLabel *label = g_hash_table_lookup (self->count_labels, code);
  g_autofree char *text = NULL;

  if (label == NULL)
    return;

  if (count == 0)
    text = g_strdup (_("No evidence yet"));
  else
    text = g_strdup_printf (ngettext ("%u piece of evidence", "%u pieces of evidence", count), count);

  gtk_label_set_text (label, text);
  if (count == 0)
    gtk_widget_add_css_class (GTK_WIDGET (label), "none");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (label), "none");
}

static AdwPreferencesGroup *
add_group (LlwybrStandardsPage *self,
           const char          *title,
           const char          *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_page_add (self->page, ADW_PREFERENCES_GROUP (group));
  g_ptr_array_add (self->groups, group);

  return ADW_PREFERENCES_GROUP (group);
}

/* "12", the standard's text, whole, and how much evidence it has: 33 of
 * them, so the title wraps without GtkLabel's cost. */
static GtkWidget *
create_row (LlwybrStandardsPage *self,
            LlwybrStandard      *standard,
            LlwybrLanguage       language)
{
  GtkWidget *code = gtk_label_new (llwybr_standard_get_code (standard));
  GtkWidget *count = gtk_label_new (NULL);
  GtkWidget *row;

  gtk_widget_add_css_class (code, "standard-code");
  gtk_label_set_xalign (GTK_LABEL (code), 1.0);
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "evidence-count");

  row = llwybr_wrap_label_row_new (llwybr_standard_get_text (standard, language), NULL, code, count);
  gtk_widget_add_css_class (row, "standard-row");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-standard");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", llwybr_standard_get_code (standard));

  g_hash_table_insert (self->count_labels, g_strdup (llwybr_standard_get_code (standard)), count);
  show_count (self, llwybr_standard_get_code (standard),
              GPOINTER_TO_UINT (g_hash_table_lookup (self->counts, llwybr_standard_get_code (standard))));

  return row;
}

/* A heading with subheadings gets a group of its own for its title and
 * note; each subheading (or a heading without any) holds the rows.
 *
 * The rows are built a few at a time, a screenful first and the rest
 * after each frame: each lays out a standard's whole text, and all 33 at
 * once held the first visit to the page for most of a tenth of a second. */
#define ROWS_AT_A_TIME 8

/* One batch a frame: an idle would run again and again before the next
 * frame and lay them all out in one. */
static gboolean
build_some (GtkWidget     *widget,
            GdkFrameClock *clock,
            gpointer       data)
{
  LlwybrStandardsPage *self = LLWYBR_STANDARDS_PAGE (widget);
  LlwybrLanguage language = llwybr_language_default ();
  GListModel *standards = llwybr_framework_get_standards (llwybr_portfolio_get_framework (self->portfolio));
  guint end = MIN (self->n_built + ROWS_AT_A_TIME, g_list_model_get_n_items (standards));

  for (; self->n_built < end; self->n_built++)
    {
      g_autoptr(LlwybrStandard) standard = g_list_model_get_item (standards, self->n_built);
      LlwybrStandardGroup *standard_group = llwybr_standard_get_group (standard);
      LlwybrStandardGroup *heading = llwybr_standard_group_get_parent (standard_group);

      if (standard_group != self->current_group)
        {
          if (heading != NULL && heading != self->current_heading)
            add_group (self, llwybr_standard_group_get_title (heading, language),
                       llwybr_standard_group_get_note (heading, language));

          self->current_group = standard_group;
          self->current_heading = heading;
          self->group = add_group (self, llwybr_standard_group_get_title (standard_group, language),
                                   llwybr_standard_group_get_lead_in (standard_group, language));
          if (heading != NULL)
            gtk_widget_add_css_class (GTK_WIDGET (self->group), "subheading");
        }

      adw_preferences_group_add (self->group, create_row (self, standard, language));
    }

  if (self->n_built < g_list_model_get_n_items (standards))
    return G_SOURCE_CONTINUE;

  self->build_tick = 0;
  return G_SOURCE_REMOVE;
}

static void
build (LlwybrStandardsPage *self)
{
  self->counts = llwybr_portfolio_count_evidence_by_standard (self->portfolio);
  if (build_some (GTK_WIDGET (self), NULL, NULL))
    self->build_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), build_some, NULL, NULL);
}

static void
clear (LlwybrStandardsPage *self)
{
  llwybr_clear_tick (GTK_WIDGET (self), &self->build_tick);
  self->n_built = 0;
  self->current_group = self->current_heading = NULL;
  self->group = NULL;
  g_clear_pointer (&self->counts, g_hash_table_unref);

  for (guint i = 0; i < self->groups->len; i++)
    adw_preferences_page_remove (self->page, g_ptr_array_index (self->groups, i));

  g_ptr_array_set_size (self->groups, 0);
  g_hash_table_remove_all (self->count_labels);
}

static GtkWidget *
create_link_row (LlwybrStandardsPage *self,
                 LlwybrLink          *link)
{
  LlwybrEvidence *evidence = llwybr_portfolio_lookup_evidence (self->portfolio, llwybr_link_get_evidence_uuid (link));
  const char *annotation = llwybr_link_get_annotation (link);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 *llwybr_evidence_get_title (evidence) ? llwybr_evidence_get_title (evidence)
                                                                       : _("Untitled evidence"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), *annotation ? annotation : _("No note yet on why it shows this standard"));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-evidence");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", llwybr_evidence_get_uuid (evidence));

  return row;
}

static void
update_reviews (LlwybrStandardsPage *self)
{
  GListModel *reviews = llwybr_portfolio_get_reviews (self->portfolio);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->reviews_list))) != NULL)
    gtk_list_box_remove (self->reviews_list, child);

  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(LlwybrReview) review = g_list_model_get_item (reviews, i);

      if (llwybr_review_get_target_kind (review) == LLWYBR_REVIEW_TARGET_STANDARD &&
          g_strcmp0 (llwybr_review_get_target (review), self->shown) == 0)
        gtk_list_box_append (self->reviews_list, llwybr_review_row_new (self->portfolio, review, FALSE));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->reviews_list),
                          gtk_widget_get_first_child (GTK_WIDGET (self->reviews_list)) != NULL);
}

/* The shown standard: its full text, where it sits, and every piece of
 * evidence linked to it with the note on why. */
static void
update_detail (LlwybrStandardsPage *self)
{
  LlwybrLanguage language = llwybr_language_default ();
  LlwybrStandard *standard = llwybr_framework_lookup_standard (llwybr_portfolio_get_framework (self->portfolio), self->shown);
  LlwybrStandardGroup *group = llwybr_standard_get_group (standard);
  LlwybrStandardGroup *heading = llwybr_standard_group_get_parent (group);
  g_autoptr(GListModel) links = llwybr_portfolio_list_links_for_standard (self->portfolio, self->shown);
  g_autofree char *title = g_strdup_printf (_("Standard %s"), self->shown);
  g_autofree char *where = NULL;
  GtkWidget *child;

  if (heading != NULL)
    /* Translators: a heading and its subheading, "Professional skills — Planning and expectations" */
    where = g_strdup_printf (_("%1$s — %2$s"), llwybr_standard_group_get_title (heading, language),
                             llwybr_standard_group_get_title (group, language));
  else
    where = g_strdup (llwybr_standard_group_get_title (group, language));

  adw_preferences_group_set_title (self->detail_group, title);
  adw_preferences_group_set_description (self->detail_group, where);
  gtk_label_set_text (self->detail_text, llwybr_standard_get_text (standard, language));
  llwybr_document_group_set_standard (self->document_group, self->shown);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->add_button), "s", self->shown);
  gtk_widget_set_visible (self->add_button, !llwybr_portfolio_get_review_copy (self->portfolio));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->links_list))) != NULL)
    gtk_list_box_remove (self->links_list, child);

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(LlwybrLink) link = g_list_model_get_item (links, i);

      gtk_list_box_append (self->links_list, create_link_row (self, link));
    }

  if (g_list_model_get_n_items (links) == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No evidence yet"));
      gtk_list_box_append (self->links_list, row);
    }

  update_reviews (self);
}

/* Callbacks */

static void
show_list_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LlwybrStandardsPage *self = LLWYBR_STANDARDS_PAGE (widget);

  g_clear_pointer (&self->shown, g_free);
  gtk_stack_set_visible_child_name (self->stack, "list");
}

static void
link_activated_cb (LlwybrStandardsPage *self,
                   GtkListBoxRow       *row)
{
  gtk_widget_activate (GTK_WIDGET (row));
}

static void
evidence_changed_cb (LlwybrStandardsPage *self)
{
  if (self->shown != NULL)
    update_detail (self);
}

static void
links_changed_cb (LlwybrStandardsPage *self,
                  const char          *code)
{
  guint count = llwybr_portfolio_count_evidence_for (self->portfolio, code);

  g_hash_table_insert (self->counts, g_strdup (code), GUINT_TO_POINTER (count));
  show_count (self, code, count);
  if (g_strcmp0 (self->shown, code) == 0)
    update_detail (self);
}

static void
record_ready (GObject    *owner,
              const char *name,
              const char *role)
{
  LlwybrStandardsPage *self = LLWYBR_STANDARDS_PAGE (owner);
  LlwybrVerdict verdict = verdicts[MIN (adw_combo_row_get_selected (self->verdict_row), G_N_ELEMENTS (verdicts) - 1)];
  g_autoptr(LlwybrReview) review = NULL;
  g_autoptr(GError) error = NULL;

  if (self->shown == NULL)
    return;

  review = llwybr_portfolio_review_standard (self->portfolio, self->shown, verdict,
                                             gtk_editable_get_text (GTK_EDITABLE (self->review_comment_row)),
                                             name, role, &error);
  if (review == NULL)
    {
      llwybr_error_present (GTK_WIDGET (self), _("Could Not Record the Review"), error);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->review_comment_row), "");
}

/* A comment alone needs words; a verdict may stand without. */
static void
record_review_cb (LlwybrStandardsPage *self)
{
  LlwybrVerdict verdict = verdicts[MIN (adw_combo_row_get_selected (self->verdict_row), G_N_ELEMENTS (verdicts) - 1)];
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->review_comment_row))));

  if (self->shown != NULL && (verdict != LLWYBR_VERDICT_NONE || *text != '\0'))
    llwybr_reviewer_ensure (GTK_WIDGET (self), record_ready, G_OBJECT (self));
}

/* Overrides */

static void
llwybr_standards_page_dispose (GObject *object)
{
  GtkWidget *child;
  LlwybrStandardsPage *self = (LlwybrStandardsPage *)object;

  if (self->portfolio != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->portfolio, self);
      g_signal_handlers_disconnect_by_data (llwybr_portfolio_get_reviews (self->portfolio), self);
    }
  llwybr_clear_tick (GTK_WIDGET (self), &self->build_tick);
  gtk_widget_dispose_template (GTK_WIDGET (self), LLWYBR_TYPE_STANDARDS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->portfolio);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->count_labels, g_hash_table_unref);
  g_clear_pointer (&self->counts, g_hash_table_unref);
  g_clear_pointer (&self->shown, g_free);

  G_OBJECT_CLASS (llwybr_standards_page_parent_class)->dispose (object);
}

static void
llwybr_standards_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  LlwybrStandardsPage *self = LLWYBR_STANDARDS_PAGE (object);

  switch (prop_id)
    {
    case PROP_PORTFOLIO:
      g_value_set_object (value, self->portfolio);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
llwybr_standards_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  LlwybrStandardsPage *self = LLWYBR_STANDARDS_PAGE (object);

  switch (prop_id)
    {
    case PROP_PORTFOLIO:
      llwybr_standards_page_set_portfolio (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
llwybr_standards_page_class_init (LlwybrStandardsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = llwybr_standards_page_dispose;
  object_class->get_property = llwybr_standards_page_get_property;
  object_class->set_property = llwybr_standards_page_set_property;

  properties [PROP_PORTFOLIO] =
    g_param_spec_object ("portfolio", NULL, NULL,
                         LLWYBR_TYPE_PORTFOLIO,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LLWYBR_TYPE_DOCUMENT_GROUP);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/cymru/llwybr/Llwybr/ui/llwybr-standards-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LlwybrStandardsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, LlwybrStandardsPage, page);
  gtk_widget_class_bind_template_child (widget_class, LlwybrStandardsPage, detail_group);
  gtk_widget_class_bind_template_child (widget_class, LlwybrStandardsPage, detail_text);
  gtk_widget_class_bind_template_child (widget_class, LlwybrStandardsPage, links_list);
  gtk_widget_class_bind_template_child (widget_class, LlwybrStandardsPage, add_button);
  gtk_widget_class_bind_template_child (widget_class, LlwybrStandardsPage, document_group);
  gtk_widget_class_bind_template_child (widget_class, LlwybrStandardsPage, reviews_list);
  gtk_widget_class_bind_template_child (widget_class, LlwybrStandardsPage, verdict_row);
  gtk_widget_class_bind_template_child (widget_class, LlwybrStandardsPage, review_comment_row);
  gtk_widget_class_bind_template_callback (widget_class, link_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, record_review_cb);
  gtk_widget_class_install_action (widget_class, "standards.show-list", NULL, show_list_action);
}

static void
llwybr_standards_page_init (LlwybrStandardsPage *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = 0; i < G_N_ELEMENTS (verdicts); i++)
    gtk_string_list_append (labels, verdicts[i] == LLWYBR_VERDICT_NONE ? _("None, a comment only")
                                                                     : llwybr_verdict_to_label (verdicts[i]));
  adw_combo_row_set_model (self->verdict_row, G_LIST_MODEL (labels));

  /* Assessment providers differ in how many documents they allow. */
  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "documents-per-standard", self->document_group, "limit", G_SETTINGS_BIND_GET);

  self->groups = g_ptr_array_new ();
  self->count_labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* Public API */

/**
 * llwybr_standards_page_get_portfolio:
 *
 * Returns: (nullable) (transfer none): the portfolio shown
 */
LlwybrPortfolio *
llwybr_standards_page_get_portfolio (LlwybrStandardsPage *self)
{
  g_return_val_if_fail (LLWYBR_IS_STANDARDS_PAGE (self), NULL);

  return self->portfolio;
}

void
llwybr_standards_page_set_portfolio (LlwybrStandardsPage *self,
                                     LlwybrPortfolio     *portfolio)
{
  g_return_if_fail (LLWYBR_IS_STANDARDS_PAGE (self));
  g_return_if_fail (portfolio == NULL || LLWYBR_IS_PORTFOLIO (portfolio));

  if (self->portfolio == portfolio)
    return;

  if (self->portfolio != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->portfolio, self);
      g_signal_handlers_disconnect_by_data (llwybr_portfolio_get_reviews (self->portfolio), self);
    }

  clear (self);
  g_clear_pointer (&self->shown, g_free);
  gtk_stack_set_visible_child_name (self->stack, "list");
  llwybr_document_group_set_standard (self->document_group, NULL);
  llwybr_document_group_set_portfolio (self->document_group, portfolio);
  g_set_object (&self->portfolio, portfolio);

  if (portfolio != NULL)
    {
      g_signal_connect_swapped (portfolio, "links-changed", G_CALLBACK (links_changed_cb), self);
      g_signal_connect_swapped (portfolio, "evidence-changed", G_CALLBACK (evidence_changed_cb), self);
      g_signal_connect_swapped (llwybr_portfolio_get_reviews (portfolio), "items-changed",
                                G_CALLBACK (evidence_changed_cb), self);
      build (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PORTFOLIO]);
}

/**
 * llwybr_standards_page_show_standard:
 * @code: a standard of the portfolio's framework
 *
 * Shows the standard's full text and the evidence linked to it.
 */
void
llwybr_standards_page_show_standard (LlwybrStandardsPage *self,
                                     const char          *code)
{
  g_return_if_fail (LLWYBR_IS_STANDARDS_PAGE (self));
  g_return_if_fail (self->portfolio != NULL);

  if (llwybr_framework_lookup_standard (llwybr_portfolio_get_framework (self->portfolio), code) == NULL)
    return;

  g_free (self->shown);
  self->shown = g_strdup (code);
  update_detail (self);
  gtk_stack_set_visible_child_name (self->stack, "detail");
}

/**
 * llwybr_standards_page_save:
 *
 * Writes the notes on documents typed a moment ago, now.
 */
void
llwybr_standards_page_save (LlwybrStandardsPage *self)
{
  g_return_if_fail (LLWYBR_IS_STANDARDS_PAGE (self));

  llwybr_document_group_save (self->document_group);
}
