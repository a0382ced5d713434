/* llwybr-framework-private.h
 *
 * Constructors the framework loader uses; the rest of the world only reads
 * groups and standards.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "llwybr-standard.h"

G_BEGIN_DECLS

LlwybrStandardGroup *_llwybr_standard_group_new (const char          *id,
                                                 LlwybrStandardGroup *parent,
                                                 char               **title,
                                                 char               **lead_in,
                                                 char               **note);
LlwybrStandard      *_llwybr_standard_new       (const char          *code,
                                                 LlwybrStandardGroup *group,
                                                 char               **text);

G_END_DECLS
