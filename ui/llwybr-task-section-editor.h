/* llwybr-task-section-editor.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "llwybr-portfolio.h"

G_BEGIN_DECLS

#define LLWYBR_TYPE_TASK_SECTION_EDITOR (llwybr_task_section_editor_get_type())

G_DECLARE_FINAL_TYPE (LlwybrTaskSectionEditor, llwybr_task_section_editor, LLWYBR, TASK_SECTION_EDITOR, GtkWidget)

GtkWidget         *llwybr_task_section_editor_new         (LlwybrPortfolio         *portfolio,
                                                           LlwybrTaskSection       *section);
LlwybrTaskSection *llwybr_task_section_editor_get_section (LlwybrTaskSectionEditor *self);
void               llwybr_task_section_editor_save        (LlwybrTaskSectionEditor *self);

char              *llwybr_task_section_word_count_text    (guint                    words,
                                                           guint                    min_words,
                                                           guint                    max_words);
char              *llwybr_task_section_claims_text        (GArray                  *claims);

G_END_DECLS
