/* llwybr-task.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "llwybr-language.h"

G_BEGIN_DECLS

#define LLWYBR_TYPE_TASK_SECTION (llwybr_task_section_get_type())
#define LLWYBR_TYPE_TASK (llwybr_task_get_type())

G_DECLARE_FINAL_TYPE (LlwybrTaskSection, llwybr_task_section, LLWYBR, TASK_SECTION, GObject)
G_DECLARE_FINAL_TYPE (LlwybrTask, llwybr_task, LLWYBR, TASK, GObject)

/**
 * LlwybrClaim:
 * @standard: the standard's code, "23"
 * @start: the byte offset of the marker in the section's text
 * @end: the byte offset just after it
 *
 * A standard claimed at a place in a task's text, by a marker "[S23]".
 */
typedef struct
{
  char  *standard;
  gsize  start;
  gsize  end;
} LlwybrClaim;

const char  *llwybr_task_section_get_id        (LlwybrTaskSection *self);
const char  *llwybr_task_section_get_title     (LlwybrTaskSection *self,
                                                LlwybrLanguage     language);
const char  *llwybr_task_section_get_guidance  (LlwybrTaskSection *self,
                                                LlwybrLanguage     language);
guint        llwybr_task_section_get_min_words (LlwybrTaskSection *self);
guint        llwybr_task_section_get_max_words (LlwybrTaskSection *self);
gboolean     llwybr_task_section_get_may_claim (LlwybrTaskSection *self);
const char  *llwybr_task_section_get_text      (LlwybrTaskSection *self);
guint        llwybr_task_section_count_words   (LlwybrTaskSection *self);
GArray      *llwybr_task_section_get_claims    (LlwybrTaskSection *self);
LlwybrTask  *llwybr_task_section_get_task      (LlwybrTaskSection *self);

const char        *llwybr_task_get_id              (LlwybrTask     *self);
const char        *llwybr_task_get_title           (LlwybrTask     *self,
                                                    LlwybrLanguage  language);
const char        *llwybr_task_get_short_title     (LlwybrTask     *self,
                                                    LlwybrLanguage  language);
const char        *llwybr_task_get_guidance        (LlwybrTask     *self,
                                                    LlwybrLanguage  language);
GListModel        *llwybr_task_get_sections        (LlwybrTask     *self);
LlwybrTaskSection *llwybr_task_lookup_section      (LlwybrTask     *self,
                                                    const char     *id);
guint              llwybr_task_count_claims        (LlwybrTask     *self,
                                                    const char     *standard);

GListModel *llwybr_task_templates_new (GError     **error);
char       *llwybr_claim_marker       (const char  *standard);
GArray     *llwybr_claims_in_text     (const char  *text);
guint       llwybr_count_words        (const char  *text);

G_END_DECLS
