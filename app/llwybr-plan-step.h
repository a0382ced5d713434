/* llwybr-plan-step.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LLWYBR_TYPE_PLAN_STEP (llwybr_plan_step_get_type())

typedef enum
{
  LLWYBR_PLAN_STEP_QUALIFICATION,
  LLWYBR_PLAN_STEP_UNIT,
  LLWYBR_PLAN_STEP_COURSE,
  LLWYBR_PLAN_STEP_CPD,
  LLWYBR_PLAN_STEP_REQUIREMENT,
} LlwybrPlanStepKind;

typedef enum
{
  LLWYBR_PLAN_STEP_PLANNED,
  LLWYBR_PLAN_STEP_IN_PROGRESS,
  LLWYBR_PLAN_STEP_DONE,
  LLWYBR_PLAN_STEP_DROPPED,
} LlwybrPlanStepStatus;

G_DECLARE_FINAL_TYPE (LlwybrPlanStep, llwybr_plan_step, LLWYBR, PLAN_STEP, GObject)

LlwybrPlanStep *llwybr_plan_step_new (LlwybrPlanStepKind kind,
                                      const char        *title);
const char     *llwybr_plan_step_get_uuid (LlwybrPlanStep *self);
int             llwybr_plan_step_get_hours_for (LlwybrPlanStep *self,
                                                int             credit_hours);

G_END_DECLS
