/* llwybr-tasks-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "llwybr-portfolio.h"

G_BEGIN_DECLS

#define LLWYBR_TYPE_TASKS_PAGE (llwybr_tasks_page_get_type())

G_DECLARE_FINAL_TYPE (LlwybrTasksPage, llwybr_tasks_page, LLWYBR, TASKS_PAGE, GtkWidget)

void  llwybr_tasks_page_set_portfolio (LlwybrTasksPage *self,
                                       LlwybrPortfolio *portfolio);
void  llwybr_tasks_page_show_task     (LlwybrTasksPage *self,
                                       const char      *id,
                                       const char      *section);
gboolean llwybr_tasks_page_save       (LlwybrTasksPage *self);

char *llwybr_tasks_page_progress_text (LlwybrTask      *task);
char *llwybr_tasks_page_cell_label    (const char      *standard,
                                       const char      *task,
                                       guint            count);

G_END_DECLS
