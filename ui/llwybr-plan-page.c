/* llwybr-plan-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-plan-page"

#include "config.h"

#include <glib/gi18n.h>

#include "llwybr-career.h"
#include "llwybr-coverage.h"
#include "llwybr-date-button.h"
#include "llwybr-error.h"
#include "llwybr-plan-page.h"
#include "llwybr-tick.h"

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
  gboolean         stale;
  guint            steps_tick;
  guint            n_steps_built;
  GListModel      *proof_choices;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwComboRow     *current_row;
  AdwComboRow     *target_row;
  AdwExpanderRow  *profile_row;
  GtkLabel        *profile_label;
  GtkSwitch       *other_language;
  AdwPreferencesGroup *steps_group;
  GtkListBox      *steps_list;
  GtkListBox      *suggestions_list;
  GtkDrawingArea  *ladder;
  GtkDrawingArea  *timeline;
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

/* The profile reads in the UI language, or in the other one if asked:
 * the pack has both. It is a page of text, and GTK measures a collapsed
 * row's content all the same, so it is only there while the row is open. */
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
  if (!adw_expander_row_get_expanded (self->profile_row))
    {
      gtk_label_set_text (self->profile_label, "");
      return;
    }

  if (gtk_switch_get_active (self->other_language))
    language = language == LLWYBR_LANGUAGE_CY ? LLWYBR_LANGUAGE_EN : LLWYBR_LANGUAGE_CY;
  g_string_append_printf (text, "%s\n\n%s\n", role->title[language], role->purpose[language]);
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

/* Drawing: the ladder of roles and the timeline of steps */

static void
set_colour (cairo_t    *cr,
            GtkWidget  *widget,
            const char *name,
            double      alpha)
{
  GdkRGBA colour = { 0.5, 0.5, 0.5, 1 };
  GtkStyleContext *style = gtk_widget_get_style_context (widget);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_lookup_color (style, name, &colour);
  G_GNUC_END_IGNORE_DEPRECATIONS
  cairo_set_source_rgba (cr, colour.red, colour.green, colour.blue, colour.alpha * alpha);
}

static void
draw_text (cairo_t    *cr,
           GtkWidget  *widget,
           const char *text,
           double      x,
           double      y,
           gboolean    bold)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  g_autoptr(PangoAttrList) attributes = pango_attr_list_new ();

  if (bold)
    pango_attr_list_insert (attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attributes);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* Two rows of boxes, one per track, level 1 on the left: the role now is
 * filled, the target is drawn with a heavy outline. */
static void
draw_ladder (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        data)
{
  LlwybrPlanPage *self = data;
  GtkWidget *widget = GTK_WIDGET (area);
  const char *tracks[] = { "ta", "asna" };
  const char *names[] = { _("Teaching assistant"), _("Additional support needs assistant") };
  const char *current = self->portfolio ? llwybr_portfolio_get_current_role (self->portfolio) : "";
  const char *target = self->portfolio ? llwybr_portfolio_get_target_role (self->portfolio) : "";
  double box = 30, gap = 8;

  /* Each track's name on a line of its own, its boxes below: a long name
   * (in Welsh, most of them) never runs into them. */
  for (guint t = 0; t < G_N_ELEMENTS (tracks); t++)
    {
      double y = t * (box + 30) + 22;

      set_colour (cr, widget, "window_fg_color", 0.8);
      draw_text (cr, widget, names[t], 0, y - 20, FALSE);

      for (guint i = 0; i < llwybr_career_get_n_roles (self->career); i++)
        {
          const LlwybrCareerRole *role = llwybr_career_get_role (self->career, i);
          double x = (role->level - 1) * (box + gap);
          g_autofree char *level = g_strdup_printf ("%d", role->level);
          gboolean is_current = g_strcmp0 (role->id, current) == 0;
          gboolean is_target = g_strcmp0 (role->id, target) == 0;

          if (!g_str_equal (role->track, tracks[t]) || x + box > width)
            continue;

          cairo_rectangle (cr, x, y, box, box);
          set_colour (cr, widget, is_current ? "accent_bg_color" : "card_bg_color", 1);
          cairo_fill_preserve (cr);
          set_colour (cr, widget, is_target ? "accent_color" : "borders", 1);
          cairo_set_line_width (cr, is_target ? 3 : 1);
          cairo_stroke (cr);

          set_colour (cr, widget, is_current ? "accent_fg_color" : "window_fg_color", 1);
          draw_text (cr, widget, level, x + box / 2 - 4, y + 6, is_current || is_target);
        }
    }
}

static gboolean
step_dates (LlwybrPlanStep *step,
            GDate         **start,
            GDate         **end)
{
  g_object_get (step, "start-date", start, "target-date", end, NULL);
  if (*start == NULL && *end == NULL)
    return FALSE;

  /* One date alone stands for a month. */
  if (*start == NULL)
    {
      *start = g_date_copy (*end);
      g_date_subtract_months (*start, 1);
    }
  if (*end == NULL)
    {
      *end = g_date_copy (*start);
      g_date_add_months (*end, 1);
    }

  return TRUE;
}

/* Months across, a bar per dated step coloured by status, today marked. */
static void
draw_timeline (GtkDrawingArea *area,
               cairo_t        *cr,
               int             width,
               int             height,
               gpointer        data)
{
  LlwybrPlanPage *self = data;
  GtkWidget *widget = GTK_WIDGET (area);
  GListModel *steps = self->portfolio ? llwybr_portfolio_get_plan_steps (self->portfolio) : NULL;
  static const char *colours[] = { "accent_color", "accent_bg_color", "success_color", "borders" };
  g_autoptr(GDate) today = g_date_new ();
  guint32 first, last, row = 0;

  g_date_set_time_t (today, time (NULL));
  first = last = g_date_get_julian (today);
  for (guint i = 0; steps && i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(LlwybrPlanStep) step = g_list_model_get_item (steps, i);
      g_autoptr(GDate) start = NULL;
      g_autoptr(GDate) end = NULL;

      if (step_dates (step, &start, &end))
        {
          first = MIN (first, g_date_get_julian (start));
          last = MAX (last, g_date_get_julian (end));
        }
    }
  last = MAX (last, first + 90);

  for (guint i = 0; steps && i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(LlwybrPlanStep) step = g_list_model_get_item (steps, i);
      g_autoptr(GDate) start = NULL;
      g_autoptr(GDate) end = NULL;
      LlwybrPlanStepStatus status;
      double x0, x1, y = 24 + row * 22;

      if (!step_dates (step, &start, &end))
        continue;

      g_object_get (step, "status", &status, NULL);
      x0 = width * (double)(g_date_get_julian (start) - first) / (last - first);
      x1 = width * (double)(g_date_get_julian (end) - first) / (last - first);
      cairo_rectangle (cr, x0, y, MAX (x1 - x0, 4), 16);
      set_colour (cr, widget, colours[MIN ((guint)status, G_N_ELEMENTS (colours) - 1)],
                  status == LLWYBR_PLAN_STEP_PLANNED ? 0.35 : 0.9);
      cairo_fill (cr);
      row++;
    }

  /* Month ticks along the top, and today. */
  set_colour (cr, widget, "window_fg_color", 0.6);
  for (guint32 day = first; day <= last; day++)
    {
      g_autoptr(GDate) date = g_date_new_julian (day);

      if (g_date_get_day (date) == 1)
        {
          double x = width * (double)(day - first) / (last - first);

          cairo_rectangle (cr, x, 16, 1, height - 16);
          cairo_fill (cr);
          if (g_date_get_month (date) == G_DATE_JANUARY || day == first)
            {
              g_autofree char *year = g_strdup_printf ("%u", g_date_get_year (date));

              draw_text (cr, widget, year, x + 2, 0, FALSE);
            }
        }
    }

  set_colour (cr, widget, "error_color", 1);
  cairo_rectangle (cr, width * (double)(g_date_get_julian (today) - first) / (last - first), 12, 2, height - 12);
  cairo_fill (cr);
}

static void
update_timeline (LlwybrPlanPage *self)
{
  GListModel *steps = llwybr_portfolio_get_plan_steps (self->portfolio);
  guint dated = 0;

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(LlwybrPlanStep) step = g_list_model_get_item (steps, i);
      g_autoptr(GDate) start = NULL;
      g_autoptr(GDate) end = NULL;

      dated += step_dates (step, &start, &end);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->timeline), dated > 0);
  gtk_drawing_area_set_content_height (self->timeline, 32 + dated * 22);
  gtk_widget_queue_draw (GTK_WIDGET (self->timeline));
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
  update_timeline (self);
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

static void
date_chosen_cb (LlwybrDateButton *button,
                LlwybrPlanPage   *self)
{
  LlwybrPlanStep *step = g_object_get_data (G_OBJECT (button), "step");

  g_object_set (step, g_object_get_data (G_OBJECT (button), "property"), llwybr_date_button_get_date (button), NULL);
  queue_save (self, step);
  update_timeline (self);
}

static GtkWidget *
date_field (LlwybrPlanPage *self,
            LlwybrPlanStep *step,
            const char     *property,
            const char     *title)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = llwybr_date_button_new ();
  g_autoptr(GDate) date = NULL;

  g_object_get (step, property, &date, NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  llwybr_date_button_set_date (LLWYBR_DATE_BUTTON (button), date);
  g_object_set_data (G_OBJECT (button), "step", step);
  g_object_set_data (G_OBJECT (button), "property", (gpointer)property);
  g_signal_connect (button, "chosen", G_CALLBACK (date_chosen_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);

  return row;
}

static void
proof_selected_cb (AdwComboRow    *combo,
                   GParamSpec     *pspec,
                   LlwybrPlanPage *self)
{
  LlwybrPlanStep *step = g_object_get_data (G_OBJECT (combo), "step");
  GListModel *evidence = llwybr_portfolio_get_evidence (self->portfolio);
  guint selected = adw_combo_row_get_selected (combo);
  g_autoptr(LlwybrEvidence) chosen = NULL;

  if (self->loading)
    return;

  if (selected > 0 && selected <= g_list_model_get_n_items (evidence))
    chosen = g_list_model_get_item (evidence, selected - 1);
  g_object_set (step, "evidence", chosen ? llwybr_evidence_get_uuid (chosen) : "", NULL);
  queue_save (self, step);
}

static char *
proof_title (GObject  *item,
             gpointer  user_data)
{
  const char *title;

  if (!LLWYBR_IS_EVIDENCE (item))
    return g_strdup (gtk_string_object_get_string (GTK_STRING_OBJECT (item)));

  title = llwybr_evidence_get_title (LLWYBR_EVIDENCE (item));
  return g_strdup (*title ? title : _("Untitled evidence"));
}

/* "Nothing yet", then the portfolio's own evidence: one model for every
 * step, read as the popover scrolls, however much evidence there is. */
static GListModel *
proof_choices (LlwybrPlanPage *self)
{
  const char * const nothing[] = { _("Nothing yet"), NULL };
  g_autoptr(GtkStringList) none = NULL;
  GListStore *parts;

  if (self->proof_choices != NULL)
    return self->proof_choices;

  none = gtk_string_list_new (nothing);
  parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_list_store_append (parts, none);
  g_list_store_append (parts, llwybr_portfolio_get_evidence (self->portfolio));
  self->proof_choices = G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (parts)));

  return self->proof_choices;
}

/* The evidence that proves the step: a certificate, or the record of a
 * CPD activity with its reflection and links to standards. */
static GtkWidget *
proof_field (LlwybrPlanPage *self,
             LlwybrPlanStep *step)
{
  GtkWidget *combo = adw_combo_row_new ();
  GListModel *evidence = llwybr_portfolio_get_evidence (self->portfolio);
  g_autofree char *proof = NULL;
  LlwybrEvidence *chosen;
  guint selected = 0;

  g_object_get (step, "evidence", &proof, NULL);
  chosen = proof && *proof ? llwybr_portfolio_lookup_evidence (self->portfolio, proof) : NULL;
  for (guint i = 0; chosen != NULL && i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr(LlwybrEvidence) piece = g_list_model_get_item (evidence, i);

      if (piece == chosen)
        {
          selected = i + 1;
          break;
        }
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (combo), _("Proved by"));
  adw_combo_row_set_expression (ADW_COMBO_ROW (combo),
                                gtk_cclosure_expression_new (G_TYPE_STRING, NULL, 0, NULL,
                                                             G_CALLBACK (proof_title), NULL, NULL));
  adw_combo_row_set_model (ADW_COMBO_ROW (combo), proof_choices (self));
  adw_combo_row_set_selected (ADW_COMBO_ROW (combo), selected);
  g_object_set_data (G_OBJECT (combo), "step", step);
  g_signal_connect (combo, "notify::selected", G_CALLBACK (proof_selected_cb), self);

  return combo;
}

/* A CPD activity or a qualification recorded as evidence: dated, ready
 * for its reflection and its links to standards, and proving the step. */
static void
record_cb (GtkButton      *button,
           LlwybrPlanPage *self)
{
  LlwybrPlanStep *step = g_object_get_data (G_OBJECT (button), "step");
  g_autoptr(LlwybrEvidence) evidence = llwybr_evidence_new ();
  g_autoptr(GDate) date = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  LlwybrPlanStepKind kind;

  flush (self);
  g_object_get (step, "title", &title, "kind", &kind, "target-date", &date, NULL);
  if (date == NULL)
    {
      date = g_date_new ();
      g_date_set_time_t (date, time (NULL));
    }
  g_object_set (evidence, "title", title, "date", date,
                "kind", kind == LLWYBR_PLAN_STEP_QUALIFICATION ? LLWYBR_EVIDENCE_KIND_CERTIFICATE
                                                               : LLWYBR_EVIDENCE_KIND_TRAINING_RECORD, NULL);

  if (!llwybr_portfolio_add_evidence (self->portfolio, evidence, &error))
    {
      llwybr_error_present (GTK_WIDGET (self), _("Could Not Add Evidence"), error);
      return;
    }

  g_object_set (step, "evidence", llwybr_evidence_get_uuid (evidence), NULL);
  queue_save (self, step);
  flush (self);
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-evidence", "s", llwybr_evidence_get_uuid (evidence));
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

/* A step's fields, made when the step is first opened: a plan of thirty
 * steps would otherwise build sixty calendars before the page shows. */
static void
fill_step_row (AdwExpanderRow *expander,
               GParamSpec     *pspec,
               LlwybrPlanPage *self)
{
  LlwybrPlanStep *step = g_object_get_data (G_OBJECT (expander), "step");
  GtkWidget *actions, *record;

  if (!adw_expander_row_get_expanded (expander) || g_object_get_data (G_OBJECT (expander), "filled"))
    return;
  g_object_set_data (G_OBJECT (expander), "filled", GINT_TO_POINTER (TRUE));

  adw_expander_row_add_row (expander, entry_field (self, expander, step, "title", _("Title")));
  adw_expander_row_add_row (expander, choice_field (self, expander, step, "status", _("Status"),
                                                    status_label_of, LLWYBR_PLAN_STEP_DROPPED + 1));
  adw_expander_row_add_row (expander, choice_field (self, expander, step, "kind", _("Kind"),
                                                    kind_label_of, LLWYBR_PLAN_STEP_REQUIREMENT + 1));
  adw_expander_row_add_row (expander, date_field (self, step, "start-date", _("Starts")));
  adw_expander_row_add_row (expander, date_field (self, step, "target-date", _("To finish by")));
  adw_expander_row_add_row (expander, number_field (self, expander, step, "credits", _("Credits")));
  adw_expander_row_add_row (expander, number_field (self, expander, step, "hours", _("Hours, if not from the credits")));
  adw_expander_row_add_row (expander, entry_field (self, expander, step, "provider", _("Provider")));
  adw_expander_row_add_row (expander, entry_field (self, expander, step, "cost", _("Cost")));
  adw_expander_row_add_row (expander, entry_field (self, expander, step, "notes", _("Notes")));
  adw_expander_row_add_row (expander, proof_field (self, step));

  actions = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (actions), _("Order"));
  record = gtk_button_new_with_mnemonic (_("_Record as Evidence"));
  gtk_widget_set_valign (record, GTK_ALIGN_CENTER);
  g_object_set_data (G_OBJECT (record), "step", step);
  g_signal_connect (record, "clicked", G_CALLBACK (record_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (actions), record);
  adw_action_row_add_suffix (ADW_ACTION_ROW (actions), step_button ("go-up-symbolic", _("Move Up"), step, G_CALLBACK (move_up_cb), self));
  adw_action_row_add_suffix (ADW_ACTION_ROW (actions), step_button ("go-down-symbolic", _("Move Down"), step, G_CALLBACK (move_down_cb), self));
  adw_action_row_add_suffix (ADW_ACTION_ROW (actions), step_button ("user-trash-symbolic", _("Remove This Step"), step, G_CALLBACK (remove_cb), self));
  adw_expander_row_add_row (expander, actions);
}

/* A step's name and summary keep to a line each, ellipsized, as the
 * fields it opens to hold them whole: GTK 4.8 lays a wrapping label out
 * again for every width it is offered, and a plan of 30 steps took a
 * tenth of a second to show. libadwaita 1.2's AdwExpanderRow has no
 * title-lines of its own, so its header, the first AdwActionRow inside
 * it, is given them. That is 1.2's private make-up: where another
 * version builds its header otherwise, none is found, and the rows wrap
 * as they did. */
static gboolean
keep_header_to_one_line (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (ADW_IS_ACTION_ROW (child))
        {
          adw_action_row_set_title_lines (ADW_ACTION_ROW (child), 1);
          adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (child), 1);
          return TRUE;
        }
      if (keep_header_to_one_line (child))
        return TRUE;
    }

  return FALSE;
}

static GtkWidget *
create_step_row (LlwybrPlanPage *self,
                 LlwybrPlanStep *step)
{
  GtkWidget *row = adw_expander_row_new ();

  keep_header_to_one_line (row);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  update_step_row (ADW_EXPANDER_ROW (row), step, llwybr_career_get_credit_hours (self->career));
  gtk_widget_add_css_class (row, "plan-step");
  g_object_set_data_full (G_OBJECT (row), "step", g_object_ref (step), g_object_unref);
  g_signal_connect (row, "notify::expanded", G_CALLBACK (fill_step_row), self);

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
    [LLWYBR_SUGGESTION_HLTA_PREPARATION] = LLWYBR_PLAN_STEP_REQUIREMENT,
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

      /* A step just added has no qualification yet. */
      g_object_get (step, "qualification", &qualification, NULL);
      if (qualification != NULL)
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
                                   : suggestion->kind == LLWYBR_SUGGESTION_HLTA_PREPARATION ? kind_label (LLWYBR_PLAN_STEP_REQUIREMENT)
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

/* Rows for the steps not yet shown, at most @n of them; whether any are
 * left. An expander row is a dozen widgets, and a plan of 30 steps held
 * the first visit to the page, so that shows a screenful at once and the
 * rest after each frame. */
#define STEPS_AT_A_TIME 8

static gboolean
add_step_rows (LlwybrPlanPage *self,
               guint           n)
{
  GListModel *steps = llwybr_portfolio_get_plan_steps (self->portfolio);
  guint n_steps = g_list_model_get_n_items (steps);
  guint end = n_steps - self->n_steps_built <= n ? n_steps : self->n_steps_built + n;
  gboolean loading = self->loading;

  self->loading = TRUE;
  for (; self->n_steps_built < end; self->n_steps_built++)
    {
      g_autoptr(LlwybrPlanStep) step = g_list_model_get_item (steps, self->n_steps_built);

      gtk_list_box_append (self->steps_list, create_step_row (self, step));
    }
  self->loading = loading;

  return self->n_steps_built < n_steps;
}

/* One batch a frame: an idle would run again and again before the next
 * frame and lay them all out in one. */
static gboolean
add_more_step_rows (GtkWidget     *widget,
                    GdkFrameClock *clock,
                    gpointer       data)
{
  LlwybrPlanPage *self = LLWYBR_PLAN_PAGE (widget);

  if (add_step_rows (self, STEPS_AT_A_TIME))
    return G_SOURCE_CONTINUE;

  self->steps_tick = 0;
  return G_SOURCE_REMOVE;
}

/* With @n_now of the steps' rows at once, the rest after each frame. */
static void
rebuild_with (LlwybrPlanPage *self,
              guint           n_now)
{
  GListModel *steps = llwybr_portfolio_get_plan_steps (self->portfolio);
  GtkWidget *child;

  llwybr_clear_tick (GTK_WIDGET (self), &self->steps_tick);
  self->loading = TRUE;
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_list))) != NULL)
    gtk_list_box_remove (self->steps_list, child);
  self->n_steps_built = 0;
  if (add_step_rows (self, n_now))
    self->steps_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), add_more_step_rows, NULL, NULL);
  self->loading = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->steps_list), g_list_model_get_n_items (steps) > 0);

  update_totals (self);
  update_profile (self);
  update_timeline (self);
  gtk_widget_queue_draw (GTK_WIDGET (self->ladder));
  rebuild_suggestions (self);
}

/* After a change she made: every row at once, as the one she added or
 * moved may be the one to open. */
static void
rebuild (LlwybrPlanPage *self)
{
  rebuild_with (self, G_MAXUINT);
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
  gtk_widget_queue_draw (GTK_WIDGET (self->ladder));
  rebuild_suggestions (self);
}

/* On opening the profile or asking for the other language; there is no
 * profile to show once the portfolio is closed. */
static void
refresh_profile_cb (LlwybrPlanPage *self)
{
  if (self->portfolio != NULL)
    update_profile (self);
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
llwybr_plan_page_map (GtkWidget *widget)
{
  LlwybrPlanPage *self = LLWYBR_PLAN_PAGE (widget);

  GTK_WIDGET_CLASS (llwybr_plan_page_parent_class)->map (widget);

  if (self->stale && self->portfolio != NULL)
    {
      self->stale = FALSE;
      rebuild_with (self, STEPS_AT_A_TIME);
    }
}

static void
llwybr_plan_page_class_init (LlwybrPlanPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = llwybr_plan_page_dispose;
  widget_class->map = llwybr_plan_page_map;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/cymru/llwybr/Llwybr/ui/llwybr-plan-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LlwybrPlanPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LlwybrPlanPage, current_row);
  gtk_widget_class_bind_template_child (widget_class, LlwybrPlanPage, target_row);
  gtk_widget_class_bind_template_child (widget_class, LlwybrPlanPage, profile_row);
  gtk_widget_class_bind_template_child (widget_class, LlwybrPlanPage, profile_label);
  gtk_widget_class_bind_template_child (widget_class, LlwybrPlanPage, other_language);
  gtk_widget_class_bind_template_child (widget_class, LlwybrPlanPage, steps_group);
  gtk_widget_class_bind_template_child (widget_class, LlwybrPlanPage, steps_list);
  gtk_widget_class_bind_template_child (widget_class, LlwybrPlanPage, suggestions_list);
  gtk_widget_class_bind_template_child (widget_class, LlwybrPlanPage, ladder);
  gtk_widget_class_bind_template_child (widget_class, LlwybrPlanPage, timeline);
  gtk_widget_class_bind_template_callback (widget_class, roles_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, refresh_profile_cb);
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

  gtk_drawing_area_set_draw_func (self->ladder, draw_ladder, self, NULL);
  gtk_drawing_area_set_draw_func (self->timeline, draw_timeline, self, NULL);

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
  llwybr_clear_tick (GTK_WIDGET (self), &self->steps_tick);
  g_clear_object (&self->proof_choices);
  g_set_object (&self->portfolio, portfolio);
  if (portfolio == NULL)
    return;

  /* A mentor reads the plan in her copy for review; it is not hers to change. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->current_row), !llwybr_portfolio_get_review_copy (portfolio));
  gtk_widget_set_sensitive (GTK_WIDGET (self->target_row), !llwybr_portfolio_get_review_copy (portfolio));
  gtk_widget_set_sensitive (GTK_WIDGET (self->steps_list), !llwybr_portfolio_get_review_copy (portfolio));
  gtk_widget_set_visible (gtk_widget_get_ancestor (GTK_WIDGET (self->suggestions_list), ADW_TYPE_PREFERENCES_GROUP),
                          !llwybr_portfolio_get_review_copy (portfolio));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "plan.add-step", !llwybr_portfolio_get_review_copy (portfolio));

  self->loading = TRUE;
  adw_combo_row_set_selected (self->current_row, role_position (self, llwybr_portfolio_get_current_role (portfolio)));
  adw_combo_row_set_selected (self->target_row, role_position (self, llwybr_portfolio_get_target_role (portfolio)));
  self->loading = FALSE;

  /* The page is built when it is first shown, not while the window opens. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild_with (self, STEPS_AT_A_TIME);
  else
    self->stale = TRUE;
}
