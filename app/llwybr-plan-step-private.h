/* llwybr-plan-step-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "llwybr-plan-step.h"

G_BEGIN_DECLS

gint64 _llwybr_plan_step_get_row_id (LlwybrPlanStep *self);
void   _llwybr_plan_step_set_record (LlwybrPlanStep *self,
                                     gint64          row_id,
                                     const char     *uuid);

G_END_DECLS
