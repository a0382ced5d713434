/* llwybr-overview-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "llwybr-coverage.h"
#include "llwybr-date-button.h"
#include "llwybr-overview-page.h"
#include "llwybr-readiness.h"
#include "llwybr-reviewer.h"
#include "llwybr-tick.h"
#include "llwybr-wrap-label.h"

#define SAVE_DELAY_MS 500
#define N_NEXT_STEPS 3
/* Findings shown before the rest fold away. */
#define N_FINDINGS 5

/* Coverage at a glance: a cell per standard coloured by status, the next
 * things to do, what is left before assessment, and the portfolio's own
 * details, edited in place. */
struct _LlwybrOverviewPage
{
  GtkWidget        parent_instance;

  LlwybrPortfolio *portfolio;
  GSettings       *settings;
  GHashTable      *cells;
  guint            save_source;
  guint            refresh_source;
  guint            below_fold_tick;
  gboolean         loading;
  gboolean         endorsement_dirty;

  /* Template widgets */
  AdwPreferencesPage *preferences_page;
  GtkLabel        *coverage_label;
  GtkFlowBox      *grid;
  GtkListBox      *steps_list;
  AdwPreferencesGroup *readiness_group;
  GtkListBox      *findings_list;
  GtkWidget       *verdict_legend;

  /* From llwybr-overview-details.ui, built when first shown: NULL until then */
  AdwEntryRow     *owner_row;
  AdwEntryRow     *school_row;
  AdwEntryRow     *role_row;
  AdwActionRow    *target_row;
  GtkWidget       *details_group;
  GtkWidget       *endorsement_group;
  AdwEntryRow     *endorsed_by_row;
  LlwybrDateButton *endorsed_on_button;
};

G_DEFINE_FINAL_TYPE (LlwybrOverviewPage, llwybr_overview_page, GTK_TYPE_WIDGET)

/* Helpers */

static const char * const verdict_classes[] = { "met", "partly-met", "not-yet-met" };

static void
update_cell (LlwybrOverviewPage *self,
             const char         *code,
             guint               count)
{
  GtkWidget *cell = g_hash_table_lookup (self->cells, code);
  LlwybrStandard *standard = llwybr_framework_lookup_standard (llwybr_portfolio_get_framework (self->portfolio), code);
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  LlwybrVerdict verdict;

  if (cell == NULL || standard == NULL)
    return;

  if (count == 0)
    /* Translators: %s is a standard's number */
    name = g_strdup_printf (_("Standard %s, no evidence yet"), code);
  else
    /* Translators: %1$s is a standard's number, %2$u how much evidence it has */
    name = g_strdup_printf (ngettext ("Standard %1$s, %2$u piece of evidence",
                                      "Standard %1$s, %2$u pieces of evidence", count), code, count);

  /* The mentor's verdict, as a mark that reads without colour. */
  verdict = llwybr_portfolio_get_verdict (self->portfolio, code);
  for (guint i = 0; i < G_N_ELEMENTS (verdict_classes); i++)
    gtk_widget_remove_css_class (cell, verdict_classes[i]);
  if (verdict != LLWYBR_VERDICT_NONE)
    {
      g_autofree char *with_verdict = NULL;

      gtk_widget_add_css_class (cell, verdict_classes[verdict - 1]);
      label = g_strdup_printf ("%s %s", code, llwybr_verdict_mark (verdict));
      /* Translators: %1$s says how much evidence a standard has, %2$s is the verdict, "Met" */
      with_verdict = g_strdup_printf (_("%1$s. Mentor’s verdict: %2$s"), name, llwybr_verdict_to_label (verdict));
      g_free (name);
      name = g_steal_pointer (&with_verdict);
    }
  gtk_button_set_label (GTK_BUTTON (cell), label ? label : code);

  gtk_accessible_update_property (GTK_ACCESSIBLE (cell), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_widget_set_tooltip_text (cell, llwybr_standard_get_text (standard, llwybr_language_default ()));

  if (count == 0)
    gtk_widget_add_css_class (cell, "none");
  else
    gtk_widget_remove_css_class (cell, "none");
}

/* The legend of the verdict marks, once there is a verdict to read. */
static void
update_legend (LlwybrOverviewPage *self)
{
  GListModel *reviews = llwybr_portfolio_get_reviews (self->portfolio);
  gboolean any = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (reviews) && !any; i++)
    {
      g_autoptr(LlwybrReview) review = g_list_model_get_item (reviews, i);

      any = llwybr_review_get_kind (review) == LLWYBR_REVIEW_VERDICT;
    }

  gtk_widget_set_visible (self->verdict_legend, any);
}

static void
update_cells (LlwybrOverviewPage *self)
{
  g_autoptr(GHashTable) counts = llwybr_portfolio_count_evidence_by_standard (self->portfolio);
  GHashTableIter iter;
  gpointer code;

  g_hash_table_iter_init (&iter, self->cells);
  while (g_hash_table_iter_next (&iter, &code, NULL))
    update_cell (self, code, GPOINTER_TO_UINT (g_hash_table_lookup (counts, code)));
}

static void
update_verdicts (LlwybrOverviewPage *self)
{
  update_cells (self);

  update_legend (self);
}

static void
update_counts (LlwybrOverviewPage *self)
{
  guint total = g_list_model_get_n_items (llwybr_framework_get_standards (llwybr_portfolio_get_framework (self->portfolio)));
  g_autofree char *text = NULL;

  /* Translators: %1$u of the %2$u standards have evidence linked to them */
  text = g_strdup_printf (_("Standards with evidence: %1$u of %2$u"),
                          llwybr_coverage_count_covered (self->portfolio), total);
  gtk_label_set_text (self->coverage_label, text);
}

/* The overview's rows wrap without GtkLabel's cost: they are most of
 * what its first frame lays out. */
static GtkWidget *
create_step_row (LlwybrNextStep *step)
{
  GtkWidget *row = llwybr_wrap_label_row_new (step->text, NULL, NULL, gtk_image_new_from_icon_name ("go-next-symbolic"));

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  /* Each step opens what it is about. */
  if (step->evidence_uuid != NULL)
    gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", step->evidence_uuid);
  else if (step->standard != NULL)
    gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", step->standard);

  switch (step->kind)
    {
    case LLWYBR_NEXT_STEP_ADD_EVIDENCE:
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.new-evidence");
      break;

    case LLWYBR_NEXT_STEP_LINK_EVIDENCE:
    case LLWYBR_NEXT_STEP_ANNOTATE_LINK:
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", step->evidence_uuid);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-evidence");
      break;

    case LLWYBR_NEXT_STEP_FIND_EVIDENCE:
    case LLWYBR_NEXT_STEP_ANSWER_VERDICT:
    default:
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.show-standard");
      break;
    }

  return row;
}

static void
update_steps (LlwybrOverviewPage *self)
{
  g_autoptr(GPtrArray) steps = llwybr_coverage_next_steps (self->portfolio, N_NEXT_STEPS);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_list))) != NULL)
    gtk_list_box_remove (self->steps_list, child);

  for (guint i = 0; i < steps->len; i++)
    gtk_list_box_append (self->steps_list, create_step_row (g_ptr_array_index (steps, i)));
}

/* Each finding opens where it is put right. */
static GtkWidget *
create_finding_row (LlwybrFinding *finding)
{
  GtkWidget *icon = gtk_image_new_from_icon_name (finding->severity == LLWYBR_FINDING_REQUIRED
                                                  ? "emblem-important-symbolic" : "dialog-information-symbolic");
  const char *standard = finding->standards[0];
  const char *action = NULL;
  g_autofree char *target = NULL;
  GtkWidget *row;

  switch (finding->kind)
    {
    case LLWYBR_FINDING_NO_CERTIFICATE:
      action = "win.new-evidence-for";
      target = g_strdup (standard);
      break;

    case LLWYBR_FINDING_SECTION_EMPTY:
    case LLWYBR_FINDING_SECTION_TOO_LONG:
    case LLWYBR_FINDING_CONTEXT_CLAIMS:
      action = "win.show-task";
      target = finding->section ? g_strdup_printf ("%s/%s", finding->task, finding->section) : g_strdup (finding->task);
      break;

    case LLWYBR_FINDING_NOT_CLAIMED:
      action = "win.show-page";
      target = g_strdup ("tasks");
      break;

    case LLWYBR_FINDING_NO_DOCUMENT:
    case LLWYBR_FINDING_TOO_MANY_DOCUMENTS:
    case LLWYBR_FINDING_NO_HIGHLIGHT:
      action = "win.show-standard";
      target = g_strdup (standard);
      break;

    /* The endorsement is on this page, below. */
    case LLWYBR_FINDING_NO_ENDORSEMENT:
      action = "overview.edit-endorsement";
      break;

    default:
      break;
    }

  gtk_widget_add_css_class (icon, finding->severity == LLWYBR_FINDING_REQUIRED ? "error" : "dim-label");
  row = llwybr_wrap_label_row_new (finding->text, llwybr_finding_severity_to_label_in (finding->severity, NULL), icon,
                                   action ? gtk_image_new_from_icon_name ("go-next-symbolic") : NULL);
  if (action != NULL)
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action);
      if (target != NULL)
        gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", target);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
    }

  return row;
}

/* The findings past the first few are built when she opens the row that
 * holds them: a long list nobody opened costs the overview nothing. */
static void
more_findings_expanded_cb (AdwExpanderRow *more)
{
  GPtrArray *rest = g_object_get_data (G_OBJECT (more), "findings");

  if (rest == NULL || !adw_expander_row_get_expanded (more))
    return;

  for (guint i = 0; i < rest->len; i++)
    adw_expander_row_add_row (more, create_finding_row (g_ptr_array_index (rest, i)));
  g_object_set_data (G_OBJECT (more), "findings", NULL);
}

static void
update_findings (LlwybrOverviewPage *self)
{
  LlwybrReadinessLimits limits;
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *summary = NULL;
  GtkWidget *child, *more = NULL;

  llwybr_readiness_limits_load (&limits);
  findings = llwybr_readiness_findings (self->portfolio, &limits, NULL);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->findings_list))) != NULL)
    gtk_list_box_remove (self->findings_list, child);

  if (findings->len == 0)
    summary = g_strdup (_("Ready for assessment: nothing left to do"));
  else
    summary = g_strdup_printf (ngettext ("Ready for assessment: %u thing left", "Ready for assessment: %u things left",
                                         findings->len), findings->len);
  adw_preferences_group_set_description (self->readiness_group, summary);
  gtk_widget_set_visible (GTK_WIDGET (self->findings_list), findings->len > 0);

  for (guint i = 0; i < MIN (findings->len, N_FINDINGS); i++)
    gtk_list_box_append (self->findings_list, create_finding_row (g_ptr_array_index (findings, i)));

  if (findings->len > N_FINDINGS)
    {
      GPtrArray *rest = g_ptr_array_new_with_free_func ((GDestroyNotify)llwybr_finding_free);
      g_autofree char *title = g_strdup_printf (ngettext ("%u more thing", "%u more things", findings->len - N_FINDINGS),
                                                findings->len - N_FINDINGS);

      while (findings->len > N_FINDINGS)
        g_ptr_array_add (rest, g_ptr_array_steal_index (findings, N_FINDINGS));

      more = adw_expander_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (more), title);
      g_object_set_data_full (G_OBJECT (more), "findings", rest, (GDestroyNotify)g_ptr_array_unref);
      g_signal_connect (more, "notify::expanded", G_CALLBACK (more_findings_expanded_cb), NULL);
      gtk_list_box_append (self->findings_list, more);
    }
}

static void build_details (LlwybrOverviewPage *self);

/* What is below the fold (what is left before assessment, the details,
 * the endorsement) joins the page a frame after the rest: it is most of
 * what the page lays out, and none of it shows when the window opens.
 * The details and the endorsement are built then, too: their entry rows
 * were two thirds of what the page's template built. */
static gboolean
below_fold_shown (LlwybrOverviewPage *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->readiness_group));
}

static void
show_below_fold (LlwybrOverviewPage *self)
{
  llwybr_clear_tick (GTK_WIDGET (self), &self->below_fold_tick);
  if (below_fold_shown (self) || self->portfolio == NULL)
    return;

  update_findings (self);
  gtk_widget_set_visible (GTK_WIDGET (self->readiness_group), TRUE);
  build_details (self);
}

static void load_endorsement (LlwybrOverviewPage *self);

static gboolean
refresh (gpointer data)
{
  LlwybrOverviewPage *self = data;

  self->refresh_source = 0;
  if (self->portfolio == NULL)
    return G_SOURCE_REMOVE;

  update_counts (self);
  update_steps (self);
  if (below_fold_shown (self))
    update_findings (self);
  load_endorsement (self);
  return G_SOURCE_REMOVE;
}

/* Many edits in a row (a sample being written) refresh once. */
static void
queue_refresh (LlwybrOverviewPage *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_idle_add (refresh, self);
}

static void
build_grid (LlwybrOverviewPage *self)
{
  GListModel *standards = llwybr_framework_get_standards (llwybr_portfolio_get_framework (self->portfolio));

  for (guint i = 0; i < g_list_model_get_n_items (standards); i++)
    {
      g_autoptr(LlwybrStandard) standard = g_list_model_get_item (standards, i);
      const char *code = llwybr_standard_get_code (standard);
      GtkWidget *cell = gtk_button_new_with_label (code);

      gtk_widget_add_css_class (cell, "coverage-cell");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (cell), "win.show-standard");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (cell), "s", code);
      gtk_flow_box_append (self->grid, cell);
      g_hash_table_insert (self->cells, g_strdup (code), cell);
    }

  update_cells (self);
}

static void
clear (LlwybrOverviewPage *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->grid))) != NULL)
    gtk_flow_box_remove (self->grid, child);
  g_hash_table_remove_all (self->cells);
}

/* Text that is already there is left alone, cursor and all. */
static void
set_entry (AdwEntryRow *row,
           const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), text ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), text ? text : "");
}

/* From the portfolio: when it opens, and when a merge brings another
 * copy's endorsement while nothing typed here waits to be saved. */
static void
load_endorsement (LlwybrOverviewPage *self)
{
  if (self->endorsement_dirty || self->endorsement_group == NULL)
    return;

  self->loading = TRUE;
  set_entry (self->endorsed_by_row, llwybr_portfolio_get_endorsed_by (self->portfolio));
  llwybr_date_button_set_date (self->endorsed_on_button, llwybr_portfolio_get_endorsed_on (self->portfolio));
  self->loading = FALSE;
}

/* The details as the portfolio has them, once they are built. */
static void
load_details (LlwybrOverviewPage *self)
{
  LlwybrFramework *framework = llwybr_portfolio_get_framework (self->portfolio);
  g_autofree char *target = NULL;

  if (self->details_group == NULL)
    return;

  /* Translators: %1$s is a set of standards, %2$s its version */
  target = g_strdup_printf (_("%1$s (version %2$s)"),
                            llwybr_framework_get_title (framework, llwybr_language_default ()),
                            llwybr_framework_get_version (framework));

  self->loading = TRUE;
  set_entry (self->owner_row, llwybr_portfolio_get_owner (self->portfolio));
  set_entry (self->school_row, llwybr_portfolio_get_school (self->portfolio));
  set_entry (self->role_row, llwybr_portfolio_get_role (self->portfolio));
  adw_action_row_set_subtitle (self->target_row, target);
  self->loading = FALSE;
  load_endorsement (self);

  /* In a copy sent for review they stay as their owner wrote them. */
  gtk_widget_set_sensitive (self->details_group, !llwybr_portfolio_get_review_copy (self->portfolio));
  gtk_widget_set_sensitive (self->endorsement_group, !llwybr_portfolio_get_review_copy (self->portfolio));
}

static gboolean
save_endorsement (LlwybrOverviewPage  *self,
                  GError             **error)
{
  if (!self->endorsement_dirty)
    return TRUE;

  self->endorsement_dirty = FALSE;
  return llwybr_portfolio_set_endorsement (self->portfolio, gtk_editable_get_text (GTK_EDITABLE (self->endorsed_by_row)),
                                           llwybr_date_button_get_date (self->endorsed_on_button), error);
}

static gboolean
save_details (gpointer data)
{
  LlwybrOverviewPage *self = data;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->save_source, g_source_remove);

  if (!llwybr_portfolio_set_owner (self->portfolio, gtk_editable_get_text (GTK_EDITABLE (self->owner_row)), &error) ||
      !llwybr_portfolio_set_school (self->portfolio, gtk_editable_get_text (GTK_EDITABLE (self->school_row)), &error) ||
      !llwybr_portfolio_set_role (self->portfolio, gtk_editable_get_text (GTK_EDITABLE (self->role_row)), &error) ||
      !save_endorsement (self, &error))
    g_warning ("The portfolio's details were not saved: %s", error->message);

  return G_SOURCE_REMOVE;
}

static void
flush (LlwybrOverviewPage *self)
{
  if (self->save_source != 0)
    save_details (self);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
}

/* Callbacks */

static void
details_changed_cb (LlwybrOverviewPage *self)
{
  if (self->loading || self->portfolio == NULL)
    return;

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_details, self);
}

static void
endorsement_changed_cb (LlwybrOverviewPage *self)
{
  if (self->loading || self->portfolio == NULL)
    return;

  self->endorsement_dirty = TRUE;
  details_changed_cb (self);
}

/* A date is saved as soon as it is chosen. */
static void
endorsed_on_chosen_cb (LlwybrOverviewPage *self)
{
  if (self->loading || self->portfolio == NULL)
    return;

  self->endorsement_dirty = TRUE;
  save_details (self);
}

static void
build_details (LlwybrOverviewPage *self)
{
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GtkBuilderScope) scope = gtk_builder_cscope_new ();
  g_autoptr(GError) error = NULL;

  if (self->details_group != NULL)
    return;

  gtk_builder_cscope_add_callback_symbols (GTK_BUILDER_CSCOPE (scope),
                                           "details_changed_cb", G_CALLBACK (details_changed_cb),
                                           "endorsement_changed_cb", G_CALLBACK (endorsement_changed_cb),
                                           "endorsed_on_chosen_cb", G_CALLBACK (endorsed_on_chosen_cb),
                                           NULL);
  builder = gtk_builder_new ();
  gtk_builder_set_scope (builder, scope);
  gtk_builder_set_current_object (builder, G_OBJECT (self));
  gtk_builder_add_from_resource (builder, "/cymru/llwybr/Llwybr/ui/llwybr-overview-details.ui", &error);
  g_assert_no_error (error);

  self->details_group = GTK_WIDGET (gtk_builder_get_object (builder, "details_group"));
  self->owner_row = ADW_ENTRY_ROW (gtk_builder_get_object (builder, "owner_row"));
  self->school_row = ADW_ENTRY_ROW (gtk_builder_get_object (builder, "school_row"));
  self->role_row = ADW_ENTRY_ROW (gtk_builder_get_object (builder, "role_row"));
  self->target_row = ADW_ACTION_ROW (gtk_builder_get_object (builder, "target_row"));
  self->endorsement_group = GTK_WIDGET (gtk_builder_get_object (builder, "endorsement_group"));
  self->endorsed_by_row = ADW_ENTRY_ROW (gtk_builder_get_object (builder, "endorsed_by_row"));
  self->endorsed_on_button = LLWYBR_DATE_BUTTON (gtk_builder_get_object (builder, "endorsed_on_button"));
  adw_preferences_page_add (self->preferences_page, ADW_PREFERENCES_GROUP (self->details_group));
  adw_preferences_page_add (self->preferences_page, ADW_PREFERENCES_GROUP (self->endorsement_group));

  load_details (self);
}

static void
edit_endorsement_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  LlwybrOverviewPage *self = LLWYBR_OVERVIEW_PAGE (widget);

  show_below_fold (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->endorsed_by_row));
}

static void
step_activated_cb (LlwybrOverviewPage *self,
                   GtkListBoxRow      *row)
{
  gtk_widget_activate (GTK_WIDGET (row));
}

static void
links_changed_cb (LlwybrOverviewPage *self,
                  const char         *code)
{
  update_cell (self, code, llwybr_portfolio_count_evidence_for (self->portfolio, code));
  queue_refresh (self);
}

/* Overrides */

static void
llwybr_overview_page_dispose (GObject *object)
{
  LlwybrOverviewPage *self = (LlwybrOverviewPage *)object;
  GtkWidget *child;

  llwybr_overview_page_set_portfolio (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LLWYBR_TYPE_OVERVIEW_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->cells, g_hash_table_unref);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (llwybr_overview_page_parent_class)->dispose (object);
}

static void
llwybr_overview_page_class_init (LlwybrOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = llwybr_overview_page_dispose;

  g_type_ensure (LLWYBR_TYPE_DATE_BUTTON);
  g_type_ensure (LLWYBR_TYPE_WRAP_LABEL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/cymru/llwybr/Llwybr/ui/llwybr-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LlwybrOverviewPage, preferences_page);
  gtk_widget_class_bind_template_child (widget_class, LlwybrOverviewPage, coverage_label);
  gtk_widget_class_bind_template_child (widget_class, LlwybrOverviewPage, grid);
  gtk_widget_class_bind_template_child (widget_class, LlwybrOverviewPage, steps_list);
  gtk_widget_class_bind_template_child (widget_class, LlwybrOverviewPage, readiness_group);
  gtk_widget_class_bind_template_child (widget_class, LlwybrOverviewPage, findings_list);
  gtk_widget_class_bind_template_child (widget_class, LlwybrOverviewPage, verdict_legend);

  gtk_widget_class_install_action (widget_class, "overview.edit-endorsement", NULL, edit_endorsement_action);
  gtk_widget_class_bind_template_callback (widget_class, step_activated_cb);
}

static void
llwybr_overview_page_init (LlwybrOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cells = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  /* The provider's limits decide what counts as left to do. */
  self->settings = g_settings_new (APP_ID);
  g_signal_connect_object (self->settings, "changed::documents-per-standard", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::standards-without-document", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::words-over-percent", G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
}

/* Public API */

void
llwybr_overview_page_set_portfolio (LlwybrOverviewPage *self,
                                    LlwybrPortfolio    *portfolio)
{
  g_return_if_fail (LLWYBR_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (portfolio == NULL || LLWYBR_IS_PORTFOLIO (portfolio));

  if (self->portfolio == portfolio)
    return;

  if (self->portfolio != NULL)
    {
      flush (self);
      g_signal_handlers_disconnect_by_data (self->portfolio, self);
      g_signal_handlers_disconnect_by_data (llwybr_portfolio_get_evidence (self->portfolio), self);
      g_signal_handlers_disconnect_by_data (llwybr_portfolio_get_reviews (self->portfolio), self);
      clear (self);
    }

  g_set_object (&self->portfolio, portfolio);
  if (portfolio == NULL)
    {
      llwybr_clear_tick (GTK_WIDGET (self), &self->below_fold_tick);
      return;
    }

  load_details (self);

  /* Each cell is filled, verdict and all, as the grid is built. */
  build_grid (self);
  refresh (self);
  if (!below_fold_shown (self) && self->below_fold_tick == 0)
    self->below_fold_tick = llwybr_after_this_frame (GTK_WIDGET (self), (LlwybrAfterFrameFunc)show_below_fold);
  update_legend (self);

  g_signal_connect_swapped (portfolio, "links-changed", G_CALLBACK (links_changed_cb), self);
  g_signal_connect_swapped (portfolio, "evidence-changed", G_CALLBACK (queue_refresh), self);
  g_signal_connect_swapped (portfolio, "changed", G_CALLBACK (queue_refresh), self);
  g_signal_connect_swapped (llwybr_portfolio_get_evidence (portfolio), "items-changed",
                            G_CALLBACK (queue_refresh), self);
  g_signal_connect_swapped (llwybr_portfolio_get_reviews (portfolio), "items-changed",
                            G_CALLBACK (update_verdicts), self);
  g_signal_connect_swapped (llwybr_portfolio_get_reviews (portfolio), "items-changed",
                            G_CALLBACK (queue_refresh), self);
}
