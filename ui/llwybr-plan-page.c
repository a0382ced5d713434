/* llwybr-plan-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-plan-page"

#include "config.h"

#include <glib/gi18n.h>

#include "llwybr-career.h"
#include "llwybr-coverage.h"
#include "llwybr-error.h"
#include "llwybr-plan-page.h"

#define SAVE_DELAY_MS 500

/* HLTA standard 11 is the Level 2 English and maths the planner checks. */
#define LEVEL_2_STANDARD "11"

/* The TA's plan: her role now and the one she is working towards, the
 * steps she has chosen, and the steps the career framework suggests for
 * the way between. Edits save themselves, like everything else. */
struct _LlwybrPlanPage
{
  GtkWidget        parent_instance;

  LlwybrPortfolio *portfolio;
  LlwybrCareer    *career;
  GHashTable      *dirty;
  guint            save_source;
  gboolean         loading;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwComboRow     *current_row;
  AdwComboRow     *target_row;
  AdwExpanderRow  *profile_row;
  GtkLabel        *profile_label;
  AdwPreferencesGroup *steps_group;
  GtkListBox      *steps_list;
  GtkListBox      *suggestions_list;
};

G_DEFINE_FINAL_TYPE (LlwybrPlanPage, llwybr_plan_page, GTK_TYPE_WIDGET)

static void rebuild (LlwybrPlanPage *self);

static const char *
status_label (LlwybrPlanStepStatus status)
{
  switch (status)
    {
    case LLWYBR_PLAN_STEP_IN_PROGRESS: return _("In progress");
    case LLWYBR_PLAN_STEP_DONE: return _("Done");
    case LLWYBR_PLAN_STEP_DROPPED: return _("Dropped");
    case LLWYBR_PLAN_STEP_PLANNED:
    default: return _("Planned");
    }
}

static const char *
kind_label (LlwybrPlanStepKind kind)
{
  switch (kind)
    {
    case LLWYBR_PLAN_STEP_QUALIFICATION: return _("Qualification");
    case LLWYBR_PLAN_STEP_UNIT: return _("Unit");
    case LLWYBR_PLAN_STEP_CPD: return _("CPD activity");
    case LLWYBR_PLAN_STEP_REQUIREMENT: return _("Requirement");
    case LLWYBR_PLAN_STEP_COURSE:
    default: return _("Course");
    }
}

/* Helpers */

static const char *
role_id_at (LlwybrPlanPage *self,
            guint           position)
{
  if (position == 0 || position == GTK_INVALID_LIST_POSITION || position > llwybr_career_get_n_roles (self->career))
    return "";

  return llwybr_career_get_role (self->career, position - 1)->id;
}

static guint
role_position (LlwybrPlanPage *self,
               const char     *id)
{
  for (guint i = 0; i < llwybr_career_get_n_roles (self->career); i++)
    if (g_strcmp0 (llwybr_career_get_role (self->career, i)->id, id) == 0)
      return i + 1;

  return 0;
}

static void
update_totals (LlwybrPlanPage *self)
{
  LlwybrPlanTotals totals;
  g_autofree char *text = NULL;

  llwybr_career_plan_totals (self->career, llwybr_portfolio_get_plan_steps (self->portfolio), &totals);
  /* Translators: totals of a plan; credits and hours planned, then done */
  text = g_strdup_printf (_("Planned: %1$d credits, %2$d hours. Done: %3$d credits, %4$d hours."),
                          totals.credits_planned, totals.hours_planned, totals.credits_done, totals.hours_done);
  adw_preferences_group_set_description (self->steps_group, text);
}

static void
update_profile (LlwybrPlanPage *self)
{
  LlwybrLanguage language = llwybr_language_default ();
  const LlwybrCareerRole *role = llwybr_career_lookup_role (self->career, llwybr_portfolio_get_target_role (self->portfolio));
  g_autoptr(GString) text = g_string_new (NULL);

  if (role == NULL)
    role = llwybr_career_lookup_role (self->career, llwybr_portfolio_get_current_role (self->portfolio));

  gtk_widget_set_visible (GTK_WIDGET (self->profile_row), role != NULL);
  if (role == NULL)
    return;

  adw_expander_row_set_subtitle (self->profile_row, role->title[language]);
  g_string_append_printf (text, "%s\n", role->purpose[language]);
  for (guint i = 0; i < role->duties->len; i++)
    g_string_append_printf (text, "\n• %s", ((char **)g_ptr_array_index (role->duties, i))[language]);
  gtk_label_set_text (self->profile_label, text->str);
}

static gboolean
save_now (gpointer data)
{
  LlwybrPlanPage *self = data;
  GHashTableIter iter;
  gpointer step;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->save_source, g_source_remove);

  g_hash_table_iter_init (&iter, self->dirty);
  while (g_hash_table_iter_next (&iter, &step, NULL))
    if (error == NULL && !llwybr_portfolio_save_plan_step (self->portfolio, step, &error))
      llwybr_error_present (GTK_WIDGET (self), _("Could Not Save the Plan"), error);
  g_hash_table_remove_all (self->dirty);

  update_totals (self);
  return G_SOURCE_REMOVE;
}

static void
queue_save (LlwybrPlanPage *self,
            LlwybrPlanStep *step)
{
  if (self->loading)
    return;

  g_hash_table_add (self->dirty, g_object_ref (step));
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_now, self);
}

static void
flush (LlwybrPlanPage *self)
{
  if (self->save_source != 0)
    save_now (self);
}

static void
update_step_row (AdwExpanderRow *row,
                 LlwybrPlanStep *step,
                 int             credit_hours)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  LlwybrPlanStepStatus status;
  LlwybrPlanStepKind kind;
  int hours = llwybr_plan_step_get_hours_for (step, credit_hours);

  g_object_get (step, "title", &title, "status", &status, "kind", &kind, NULL);
  /* Translators: a plan step's kind, status and hours, "Course · Planned · 30 hours" */
  subtitle = g_strdup_printf (ngettext ("%1$s · %2$s · %3$d hour", "%1$s · %2$s · %3$d hours", hours),
                              kind_label (kind), status_label (status), hours);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title && *title ? title : _("Untitled step"));
  adw_expander_row_set_subtitle (row, subtitle);
}

/* Callbacks */

static void
field_changed_cb (GObject        *widget,
                  GParamSpec     *pspec,
                  LlwybrPlanPage *self)
{
  LlwybrPlanStep *step = g_object_get_data (widget, "step");
  const char *property = g_object_get_data (widget, "property");
  AdwExpanderRow *row = g_object_get_data (widget, "row");

  if (self->loading)
    return;

  if (ADW_IS_COMBO_ROW (widget))
    g_object_set (step, property, adw_combo_row_get_selected (ADW_COMBO_ROW (widget)), NULL);
  else if (GTK_IS_SPIN_BUTTON (widget))
    {
      int value = gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (widget));

      /* 0 means not known: a step is never worth no credits at all. */
      g_object_set (step, property, value > 0 ? value : -1, NULL);
    }
  else
    g_object_set (step, property, gtk_editable_get_text (GTK_EDITABLE (widget)), NULL);

  update_step_row (row, step, llwybr_career_get_credit_hours (self->career));
  queue_save (self, step);
}

static GtkWidget *
attach_field (LlwybrPlanPage *self,
              GtkWidget      *widget,
              AdwExpanderRow *row,
              LlwybrPlanStep *step,
              const char     *property,
              const char     *signal)
{
  g_object_set_data (G_OBJECT (widget), "step", step);
  g_object_set_data (G_OBJECT (widget), "row", row);
  g_object_set_data (G_OBJECT (widget), "property", (gpointer)property);
  g_signal_connect (widget, signal, G_CALLBACK (field_changed_cb), self);

  return widget;
}

static GtkWidget *
entry_field (LlwybrPlanPage *self,
             AdwExpanderRow *row,
             LlwybrPlanStep *step,
             const char     *property,
             const char     *title)
{
  GtkWidget *entry = adw_entry_row_new ();
  g_autofree char *value = NULL;

  g_object_get (step, property, &value, NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), title);
  gtk_editable_set_text (GTK_EDITABLE (entry), value ? value : "");
  return attach_field (self, entry, row, step, property, "notify::text");
}

static GtkWidget *
number_field (LlwybrPlanPage *self,
              AdwExpanderRow *row,
              LlwybrPlanStep *step,
              const char     *property,
              const char     *title)
{
  GtkWidget *action_row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 10000, 1);
  int value;

  g_object_get (step, property, &value, NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (action_row), title);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), MAX (value, 0));
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (action_row), spin);
  attach_field (self, spin, row, step, property, "notify::value");

  return action_row;
}

static GtkWidget *
choice_field (LlwybrPlanPage   *self,
              AdwExpanderRow   *row,
              LlwybrPlanStep   *step,
              const char       *property,
              const char       *title,
              const char     *(*label) (int),
              int               n)
{
  GtkWidget *combo = adw_combo_row_new ();
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  int value;

  for (int i = 0; i < n; i++)
    gtk_string_list_append (labels, label (i));
  g_object_get (step, property, &value, NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (combo), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (combo), G_LIST_MODEL (labels));
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), value);

  return attach_field (self, combo, row, step, property, "notify::selected");
}

static const char *
status_label_of (int value)
{
  return status_label (value);
}

static const char *
kind_label_of (int value)
{
  return kind_label (value);
}

static void
move_step (LlwybrPlanPage *self,
           LlwybrPlanStep *step,
           int             offset)
{
  GListModel *steps = llwybr_portfolio_get_plan_steps (self->portfolio);
  g_autoptr(GError) error = NULL;
  guint position;

  flush (self);
  if (!g_list_store_find (G_LIST_STORE (steps), step, &position) ||
      (int)position + offset < 0 || position + offset >= g_list_model_get_n_items (steps))
    return;

  if (!llwybr_portfolio_move_plan_step (self->portfolio, step, position + offset, &error))
    llwybr_error_present (GTK_WIDGET (self), _("Could Not Save the Plan"), error);
  rebuild (self);
}

static void
move_up_cb (GtkButton      *button,
            LlwybrPlanPage *self)
{
  move_step (self, g_object_get_data (G_OBJECT (button), "step"), -1);
}

static void
move_down_cb (GtkButton      *button,
              LlwybrPlanPage *self)
{
  move_step (self, g_object_get_data (G_OBJECT (button), "step"), 1);
}

static void
remove_cb (GtkButton      *button,
           LlwybrPlanPage *self)
{
  LlwybrPlanStep *step = g_object_get_data (G_OBJECT (button), "step");
  g_autoptr(GError) error = NULL;

  flush (self);
  if (!llwybr_portfolio_remove_plan_step (self->portfolio, step, &error))
    llwybr_error_present (GTK_WIDGET (self), _("Could Not Save the Plan"), error);
  rebuild (self);
}

static GtkWidget *
step_button (const char     *icon,
             const char     *label,
             LlwybrPlanStep *step,
             GCallback       callback,
             LlwybrPlanPage *self)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (button), "step", step);
  g_signal_connect (button, "clicked", callback, self);

  return button;
}

static GtkWidget *
create_step_row (LlwybrPlanPage *self,
                 LlwybrPlanStep *step)
{
  GtkWidget *row = adw_expander_row_new ();
  AdwExpanderRow *expander = ADW_EXPANDER_ROW (row);
  GtkWidget *actions = adw_action_row_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  update_step_row (expander, step, llwybr_career_get_credit_hours (self->career));
  gtk_widget_add_css_class (row, "plan-step");

  adw_expander_row_add_row (expander, entry_field (self, expander, step, "title", _("Title")));
  adw_expander_row_add_row (expander, choice_field (self, expander, step, "status", _("Status"),
                                                    status_label_of, LLWYBR_PLAN_STEP_DROPPED + 1));
  adw_expander_row_add_row (expander, choice_field (self, expander, step, "kind", _("Kind"),
                                                    kind_label_of, LLWYBR_PLAN_STEP_REQUIREMENT + 1));
  adw_expander_row_add_row (expander, number_field (self, expander, step, "credits", _("Credits")));
  adw_expander_row_add_row (expander, number_field (self, expander, step, "hours", _("Hours, if not from the credits")));
  adw_expander_row_add_row (expander, entry_field (self, expander, step, "provider", _("Provider")));
  adw_expander_row_add_row (expander, entry_field (self, expander, step, "cost", _("Cost")));
  adw_expander_row_add_row (expander, entry_field (self, expander, step, "notes", _("Notes")));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (actions), _("Order"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (actions), step_button ("go-up-symbolic", _("Move Up"), step, G_CALLBACK (move_up_cb), self));
  adw_action_row_add_suffix (ADW_ACTION_ROW (actions), step_button ("go-down-symbolic", _("Move Down"), step, G_CALLBACK (move_down_cb), self));
  adw_action_row_add_suffix (ADW_ACTION_ROW (actions), step_button ("user-trash-symbolic", _("Remove This Step"), step, G_CALLBACK (remove_cb), self));
  adw_expander_row_add_row (expander, actions);

  return row;
}

static void
add_suggestion_cb (GtkButton      *button,
                   LlwybrPlanPage *self)
{
  LlwybrSuggestion *suggestion = g_object_get_data (G_OBJECT (button), "suggestion");
  const LlwybrCareerQualification *qualification = llwybr_career_lookup_qualification (self->career, suggestion->qualification);
  static const LlwybrPlanStepKind kinds[] = {
    [LLWYBR_SUGGESTION_QUALIFICATION] = LLWYBR_PLAN_STEP_QUALIFICATION,
    [LLWYBR_SUGGESTION_CPD] = LLWYBR_PLAN_STEP_CPD,
    [LLWYBR_SUGGESTION_REQUIREMENT] = LLWYBR_PLAN_STEP_REQUIREMENT,
  };
  g_autoptr(LlwybrPlanStep) step = llwybr_plan_step_new (kinds[suggestion->kind],
                                                         suggestion->text[llwybr_language_default ()]);
  g_autoptr(GError) error = NULL;

  g_object_set (step, "qualification", suggestion->qualification ? suggestion->qualification : "",
                "credits", qualification ? qualification->credits : -1, NULL);
  if (!llwybr_portfolio_add_plan_step (self->portfolio, step, &error))
    llwybr_error_present (GTK_WIDGET (self), _("Could Not Save the Plan"), error);
  rebuild (self);
}

static void
rebuild_suggestions (LlwybrPlanPage *self)
{
  GListModel *steps = llwybr_portfolio_get_plan_steps (self->portfolio);
  g_autoptr(GHashTable) done = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) suggestions = NULL;
  GtkWidget *child;

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(LlwybrPlanStep) step = g_list_model_get_item (steps, i);
      char *qualification = NULL;

      g_object_get (step, "qualification", &qualification, NULL);
      g_hash_table_add (done, qualification);
    }

  suggestions = llwybr_career_suggest (self->career, llwybr_portfolio_get_current_role (self->portfolio),
                                       llwybr_portfolio_get_target_role (self->portfolio), done,
                                       llwybr_coverage_has_certificate (self->portfolio, LEVEL_2_STANDARD));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->suggestions_list))) != NULL)
    gtk_list_box_remove (self->suggestions_list, child);

  for (guint i = 0; i < suggestions->len; i++)
    {
      LlwybrSuggestion *suggestion = g_ptr_array_index (suggestions, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *add = gtk_button_new_with_mnemonic (_("_Add"));

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), suggestion->text[llwybr_language_default ()]);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   suggestion->kind == LLWYBR_SUGGESTION_REQUIREMENT
                                   ? _("Needed: HLTA standard 11 asks for Level 2 English and maths, and your portfolio has no certificate for it yet")
                                   : kind_label (suggestion->kind == LLWYBR_SUGGESTION_CPD ? LLWYBR_PLAN_STEP_CPD : LLWYBR_PLAN_STEP_QUALIFICATION));
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
      g_object_set_data_full (G_OBJECT (add), "suggestion", g_ptr_array_steal_index (suggestions, i--),
                              (GDestroyNotify)llwybr_suggestion_free);
      g_signal_connect (add, "clicked", G_CALLBACK (add_suggestion_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), add);
      gtk_list_box_append (self->suggestions_list, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->suggestions_list), gtk_widget_get_first_child (GTK_WIDGET (self->suggestions_list)) != NULL);
}

static void
rebuild (LlwybrPlanPage *self)
{
  GListModel *steps = llwybr_portfolio_get_plan_steps (self->portfolio);
  GtkWidget *child;

  self->loading = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_list))) != NULL)
    gtk_list_box_remove (self->steps_list, child);

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(LlwybrPlanStep) step = g_list_model_get_item (steps, i);

      gtk_list_box_append (self->steps_list, create_step_row (self, step));
    }
  gtk_widget_set_visible (GTK_WIDGET (self->steps_list), g_list_model_get_n_items (steps) > 0);
  self->loading = FALSE;

  update_totals (self);
  update_profile (self);
  rebuild_suggestions (self);
}

static void
roles_changed_cb (LlwybrPlanPage *self)
{
  g_autoptr(GError) error = NULL;

  if (self->loading || self->portfolio == NULL)
    return;

  if (!llwybr_portfolio_set_current_role (self->portfolio, role_id_at (self, adw_combo_row_get_selected (self->current_row)), &error) ||
      !llwybr_portfolio_set_target_role (self->portfolio, role_id_at (self, adw_combo_row_get_selected (self->target_row)), &error))
    llwybr_error_present (GTK_WIDGET (self), _("Could Not Save the Plan"), error);

  update_profile (self);
  rebuild_suggestions (self);
}

static void
add_step_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LlwybrPlanPage *self = LLWYBR_PLAN_PAGE (widget);
  g_autoptr(LlwybrPlanStep) step = llwybr_plan_step_new (LLWYBR_PLAN_STEP_COURSE, "");
  g_autoptr(GError) error = NULL;

  flush (self);
  if (!llwybr_portfolio_add_plan_step (self->portfolio, step, &error))
    llwybr_error_present (widget, _("Could Not Save the Plan"), error);
  rebuild (self);
  if (gtk_widget_get_last_child (GTK_WIDGET (self->steps_list)) != NULL)
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (gtk_widget_get_last_child (GTK_WIDGET (self->steps_list))), TRUE);
}

/* Role titles in the open list wrap rather than lose the level at the end. */
static void
setup_role_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 36);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_role_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (list_item)),
                      gtk_string_object_get_string (gtk_list_item_get_item (list_item)));
}

/* Overrides */

static void
llwybr_plan_page_dispose (GObject *object)
{
  LlwybrPlanPage *self = (LlwybrPlanPage *)object;
  GtkWidget *child;

  llwybr_plan_page_set_portfolio (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LLWYBR_TYPE_PLAN_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->career);
  g_clear_pointer (&self->dirty, g_hash_table_unref);

  G_OBJECT_CLASS (llwybr_plan_page_parent_class)->dispose (object);
}

static void
llwybr_plan_page_class_init (LlwybrPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = llwybr_plan_page_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/cymru/llwybr/Llwybr/ui/llwybr-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LlwybrPlanPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LlwybrPlanPage, current_row);
  gtk_widget_class_bind_template_child (widget_class, LlwybrPlanPage, target_row);
  gtk_widget_class_bind_template_child (widget_class, LlwybrPlanPage, profile_row);
  gtk_widget_class_bind_template_child (widget_class, LlwybrPlanPage, profile_label);
  gtk_widget_class_bind_template_child (widget_class, LlwybrPlanPage, steps_group);
  gtk_widget_class_bind_template_child (widget_class, LlwybrPlanPage, steps_list);
  gtk_widget_class_bind_template_child (widget_class, LlwybrPlanPage, suggestions_list);
  gtk_widget_class_bind_template_callback (widget_class, roles_changed_cb);
  gtk_widget_class_install_action (widget_class, "plan.add-step", NULL, add_step_action);
}

static void
llwybr_plan_page_init (LlwybrPlanPage *self)
{
  g_autoptr(GtkStringList) roles = gtk_string_list_new (NULL);
  g_autoptr(GError) error = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->dirty = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);

  /* The pack ships inside Llwybr: failing to load it is a broken build. */
  self->career = llwybr_career_new_default (&error);
  g_assert_no_error (error);

  gtk_string_list_append (roles, _("Not chosen"));
  for (guint i = 0; i < llwybr_career_get_n_roles (self->career); i++)
    gtk_string_list_append (roles, llwybr_career_get_role (self->career, i)->title[llwybr_language_default ()]);

  self->loading = TRUE;
  adw_combo_row_set_model (self->current_row, G_LIST_MODEL (roles));
  adw_combo_row_set_model (self->target_row, G_LIST_MODEL (roles));
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

      g_signal_connect (factory, "setup", G_CALLBACK (setup_role_cb), NULL);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_role_cb), NULL);
      adw_combo_row_set_list_factory (i == 0 ? self->current_row : self->target_row, factory);
    }
  self->loading = FALSE;
}

/* Public API */

void
llwybr_plan_page_set_portfolio (LlwybrPlanPage  *self,
                                LlwybrPortfolio *portfolio)
{
  g_return_if_fail (LLWYBR_IS_PLAN_PAGE (self));

  if (self->portfolio == portfolio)
    return;

  if (self->portfolio != NULL)
    flush (self);
  g_set_object (&self->portfolio, portfolio);
  if (portfolio == NULL)
    return;

  self->loading = TRUE;
  adw_combo_row_set_selected (self->current_row, role_position (self, llwybr_portfolio_get_current_role (portfolio)));
  adw_combo_row_set_selected (self->target_row, role_position (self, llwybr_portfolio_get_target_role (portfolio)));
  self->loading = FALSE;
  rebuild (self);
}
