/* llwybr-plan-step.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-plan-step"

#include "config.h"

#include "llwybr-enums.h"
#include "llwybr-plan-step-private.h"

/* A step of a TA's plan: a qualification, a unit, a course, a CPD
 * activity or a requirement, with where it has got to. Values only, as
 * LlwybrEvidence: LlwybrPortfolio stores it. Credits and hours of -1 are
 * not known; hours not given come from the credits. */
struct _LlwybrPlanStep
{
  GObject               parent_instance;

  gint64                row_id;
  char                 *uuid;
  LlwybrPlanStepKind    kind;
  char                 *title;
  char                 *qualification;
  LlwybrPlanStepStatus  status;
  GDate                *start_date;
  GDate                *target_date;
  int                   credits;
  int                   hours;
  char                 *cost;
  char                 *provider;
  char                 *notes;
  char                 *evidence;
};

G_DEFINE_FINAL_TYPE (LlwybrPlanStep, llwybr_plan_step, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_TITLE,
  PROP_QUALIFICATION,
  PROP_STATUS,
  PROP_START_DATE,
  PROP_TARGET_DATE,
  PROP_CREDITS,
  PROP_HOURS,
  PROP_COST,
  PROP_PROVIDER,
  PROP_NOTES,
  PROP_EVIDENCE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
replace_string (char       **field,
                const char  *value)
{
  g_free (*field);
  *field = g_strdup (value);
}

/* Every property is a plain value; one place sets any of them and notifies
 * only on a change. */
static gboolean
values_equal (const GValue *a,
              const GValue *b)
{
  if (G_VALUE_HOLDS_STRING (a))
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
  if (G_VALUE_HOLDS_BOXED (a))
    {
      const GDate *x = g_value_get_boxed (a), *y = g_value_get_boxed (b);

      return x == y || (x && y && g_date_compare (x, y) == 0);
    }
  if (G_VALUE_HOLDS_ENUM (a))
    return g_value_get_enum (a) == g_value_get_enum (b);

  return g_value_get_int (a) == g_value_get_int (b);
}

static void
llwybr_plan_step_finalize (GObject *object)
{
  LlwybrPlanStep *self = (LlwybrPlanStep *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->qualification, g_free);
  g_clear_pointer (&self->start_date, g_date_free);
  g_clear_pointer (&self->target_date, g_date_free);
  g_clear_pointer (&self->cost, g_free);
  g_clear_pointer (&self->provider, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->evidence, g_free);

  G_OBJECT_CLASS (llwybr_plan_step_parent_class)->finalize (object);
}

static void
llwybr_plan_step_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LlwybrPlanStep *self = LLWYBR_PLAN_STEP (object);

  switch (prop_id)
    {
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_QUALIFICATION: g_value_set_string (value, self->qualification); break;
    case PROP_STATUS: g_value_set_enum (value, self->status); break;
    case PROP_START_DATE: g_value_set_boxed (value, self->start_date); break;
    case PROP_TARGET_DATE: g_value_set_boxed (value, self->target_date); break;
    case PROP_CREDITS: g_value_set_int (value, self->credits); break;
    case PROP_HOURS: g_value_set_int (value, self->hours); break;
    case PROP_COST: g_value_set_string (value, self->cost); break;
    case PROP_PROVIDER: g_value_set_string (value, self->provider); break;
    case PROP_NOTES: g_value_set_string (value, self->notes); break;
    case PROP_EVIDENCE: g_value_set_string (value, self->evidence); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
llwybr_plan_step_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LlwybrPlanStep *self = LLWYBR_PLAN_STEP (object);
  g_auto(GValue) old = G_VALUE_INIT;

  g_value_init (&old, G_PARAM_SPEC_VALUE_TYPE (pspec));
  llwybr_plan_step_get_property (object, prop_id, &old, pspec);
  if (values_equal (&old, value))
    return;

  switch (prop_id)
    {
    case PROP_KIND: self->kind = g_value_get_enum (value); break;
    case PROP_TITLE: replace_string (&self->title, g_value_get_string (value)); break;
    case PROP_QUALIFICATION: replace_string (&self->qualification, g_value_get_string (value)); break;
    case PROP_STATUS: self->status = g_value_get_enum (value); break;
    case PROP_START_DATE:
      g_clear_pointer (&self->start_date, g_date_free);
      self->start_date = g_value_dup_boxed (value);
      break;
    case PROP_TARGET_DATE:
      g_clear_pointer (&self->target_date, g_date_free);
      self->target_date = g_value_dup_boxed (value);
      break;
    case PROP_CREDITS: self->credits = g_value_get_int (value); break;
    case PROP_HOURS: self->hours = g_value_get_int (value); break;
    case PROP_COST: replace_string (&self->cost, g_value_get_string (value)); break;
    case PROP_PROVIDER: replace_string (&self->provider, g_value_get_string (value)); break;
    case PROP_NOTES: replace_string (&self->notes, g_value_get_string (value)); break;
    case PROP_EVIDENCE: replace_string (&self->evidence, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec); return;
    }

  g_object_notify_by_pspec (object, pspec);
}

static void
llwybr_plan_step_class_init (LlwybrPlanStepClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = llwybr_plan_step_finalize;
  object_class->get_property = llwybr_plan_step_get_property;
  object_class->set_property = llwybr_plan_step_set_property;

  properties [PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, LLWYBR_TYPE_PLAN_STEP_KIND,
                                              LLWYBR_PLAN_STEP_QUALIFICATION, rw);
  properties [PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, rw);
  properties [PROP_QUALIFICATION] = g_param_spec_string ("qualification", NULL, NULL, NULL, rw);
  properties [PROP_STATUS] = g_param_spec_enum ("status", NULL, NULL, LLWYBR_TYPE_PLAN_STEP_STATUS,
                                                LLWYBR_PLAN_STEP_PLANNED, rw);
  properties [PROP_START_DATE] = g_param_spec_boxed ("start-date", NULL, NULL, G_TYPE_DATE, rw);
  properties [PROP_TARGET_DATE] = g_param_spec_boxed ("target-date", NULL, NULL, G_TYPE_DATE, rw);
  properties [PROP_CREDITS] = g_param_spec_int ("credits", NULL, NULL, -1, 10000, -1, rw);
  properties [PROP_HOURS] = g_param_spec_int ("hours", NULL, NULL, -1, 100000, -1, rw);
  properties [PROP_COST] = g_param_spec_string ("cost", NULL, NULL, NULL, rw);
  properties [PROP_PROVIDER] = g_param_spec_string ("provider", NULL, NULL, NULL, rw);
  properties [PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, NULL, rw);
  /* The evidence that proves the step done, such as its certificate. */
  properties [PROP_EVIDENCE] = g_param_spec_string ("evidence", NULL, NULL, NULL, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
llwybr_plan_step_init (LlwybrPlanStep *self)
{
  self->credits = -1;
  self->hours = -1;
}

/* Private API */

gint64
_llwybr_plan_step_get_row_id (LlwybrPlanStep *self)
{
  return self->row_id;
}

void
_llwybr_plan_step_set_record (LlwybrPlanStep *self,
                              gint64          row_id,
                              const char     *uuid)
{
  self->row_id = row_id;
  replace_string (&self->uuid, uuid);
}

/* Public API */

LlwybrPlanStep *
llwybr_plan_step_new (LlwybrPlanStepKind  kind,
                      const char         *title)
{
  return g_object_new (LLWYBR_TYPE_PLAN_STEP, "kind", kind, "title", title, NULL);
}

/**
 * llwybr_plan_step_get_uuid:
 *
 * Returns: (nullable): the identity, or %NULL until a portfolio stores it
 */
const char *
llwybr_plan_step_get_uuid (LlwybrPlanStep *self)
{
  g_return_val_if_fail (LLWYBR_IS_PLAN_STEP (self), NULL);

  return self->uuid;
}

/**
 * llwybr_plan_step_get_hours_for:
 * @credit_hours: how many hours of learning a credit stands for
 *
 * Returns: the hours entered, or else the hours the credits stand for, or
 *   0 when neither is known
 */
int
llwybr_plan_step_get_hours_for (LlwybrPlanStep *self,
                                int             credit_hours)
{
  g_return_val_if_fail (LLWYBR_IS_PLAN_STEP (self), 0);

  if (self->hours >= 0)
    return self->hours;

  return self->credits >= 0 ? self->credits * credit_hours : 0;
}
