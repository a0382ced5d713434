/* llwybr-task-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "llwybr-task.h"

G_BEGIN_DECLS

gboolean _llwybr_task_section_set_text (LlwybrTaskSection *self,
                                        const char        *text);

G_END_DECLS
