/* llwybr-language.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The languages every piece of content exists in. */
typedef enum
{
  LLWYBR_LANGUAGE_EN,
  LLWYBR_LANGUAGE_CY,
  LLWYBR_N_LANGUAGES
} LlwybrLanguage;

LlwybrLanguage  llwybr_language_default   (void);
gboolean        llwybr_language_apply     (const char     *code);
char           *llwybr_language_radicals  (const char     *text);
char           *llwybr_language_highlight (const char     *text,
                                           const char     *query);
const char     *llwybr_language_to_code   (LlwybrLanguage  language);
gboolean        llwybr_language_from_code (const char     *code,
                                           LlwybrLanguage *language);

G_END_DECLS
