/* llwybr-language.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-language"

#include "config.h"

#include "llwybr-language.h"

static const char * const codes[LLWYBR_N_LANGUAGES] = { "en", "cy" };

/* The content language follows gettext's choice of UI language: the first
 * of the user's preferred languages that we have, English otherwise. */
LlwybrLanguage
llwybr_language_default (void)
{
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      LlwybrLanguage language;
      g_autofree char *code = g_strndup (names[i], strcspn (names[i], "_.@"));

      if (llwybr_language_from_code (code, &language))
        return language;
    }

  return LLWYBR_LANGUAGE_EN;
}

const char *
llwybr_language_to_code (LlwybrLanguage language)
{
  g_return_val_if_fail (language < LLWYBR_N_LANGUAGES, NULL);

  return codes[language];
}

gboolean
llwybr_language_from_code (const char     *code,
                           LlwybrLanguage *language)
{
  g_return_val_if_fail (code != NULL, FALSE);

  for (guint i = 0; i < LLWYBR_N_LANGUAGES; i++)
    {
      if (g_str_equal (code, codes[i]))
        {
          if (language != NULL)
            *language = i;
          return TRUE;
        }
    }

  return FALSE;
}
