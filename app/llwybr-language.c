/* llwybr-language.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-language"

#include "config.h"

#include <locale.h>
#include <string.h>

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

#define DESKTOP_LANGUAGE "LLWYBR_DESKTOP_LANGUAGE"

/* LANGUAGE is passed on to a relaunched Llwybr; so is what it was before
 * we changed it, so "follow the desktop" can really follow the desktop. */
static void
restore_desktop_language (void)
{
  const char *was = g_getenv (DESKTOP_LANGUAGE);

  if (was == NULL)
    {
      g_setenv (DESKTOP_LANGUAGE, g_getenv ("LANGUAGE") ? g_getenv ("LANGUAGE") : "", TRUE);
      return;
    }

  if (*was != '\0')
    g_setenv ("LANGUAGE", was, TRUE);
  else
    g_unsetenv ("LANGUAGE");
}

/**
 * llwybr_language_apply:
 * @code: "en", "cy", or "" to follow the desktop
 *
 * Makes @code the language of messages, dates and sorting for the rest of
 * the process. Call it before GTK starts: GTK translates a widget once,
 * when it is built. Sorting follows the language's locale, so in Welsh
 * "llyfr" comes after "lwc".
 *
 * Returns: %FALSE if the language's locale is not installed; messages are
 *   then still translated, but dates and sorting follow the desktop
 */
gboolean
llwybr_language_apply (const char *code)
{
  static const int categories[] = { LC_MESSAGES, LC_COLLATE, LC_TIME };
  g_autofree char *locale = NULL;
  gboolean ok = TRUE;

  g_return_val_if_fail (code != NULL, FALSE);

  restore_desktop_language ();
  setlocale (LC_ALL, "");
  if (*code == '\0')
    return TRUE;

  g_return_val_if_fail (llwybr_language_from_code (code, NULL), FALSE);

  g_setenv ("LANGUAGE", code, TRUE);
  locale = g_strdup_printf ("%s_GB.UTF-8", code);
  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    if (setlocale (categories[i], locale) == NULL)
      ok = FALSE;

  /* gettext ignores LANGUAGE under the C locale. */
  if (!ok && g_strcmp0 (setlocale (LC_MESSAGES, NULL), "C") == 0)
    setlocale (LC_MESSAGES, "C.UTF-8");

  return ok;
}

/* Welsh changes the first letter of a word after certain words (soft,
 * nasal and aspirate mutation, and h before a vowel): "cŵn" becomes "chŵn",
 * "plant" becomes "mhlant". For each way a word could have been mutated,
 * the radical it could have come from, longest prefix first. */
static const struct {
  const char *mutated;
  const char *radicals[2];
} mutations[] = {
  { "ngh", { "c", NULL } },
  { "mh", { "p", NULL } },
  { "nh", { "t", NULL } },
  { "ng", { "g", NULL } },
  { "ch", { "c", NULL } },
  { "ph", { "p", NULL } },
  { "th", { "t", NULL } },
  { "dd", { "d", NULL } },
  { "ff", { NULL } },
  { "ll", { NULL } },
  { "rh", { NULL } },
  { "f", { "b", "m" } },
  { "g", { "c", NULL } },
  { "b", { "p", NULL } },
  { "d", { "t", NULL } },
  { "l", { "ll", NULL } },
  { "r", { "rh", NULL } },
  { "m", { "b", NULL } },
  { "n", { "d", NULL } },
};

static gboolean
is_vowel (gunichar c)
{
  gunichar base[1];

  /* â, ŵ, ŷ… are vowels too. */
  if (g_unichar_fully_decompose (c, FALSE, base, 1) >= 1)
    c = base[0];

  return c != 0 && c < 128 && strchr ("aeiouwy", (int)c) != NULL;
}

static void
add_radicals (GString    *out,
              const char *word)
{
  gunichar first = g_utf8_get_char (word);

  if (is_vowel (first))
    {
      /* Soft mutation drops an initial g: "ardd" from "gardd". */
      g_string_append_printf (out, "g%s ", word);
      return;
    }

  if (first == 'h' && is_vowel (g_utf8_get_char (word + 1)))
    {
      /* "ei hysgol" from "ysgol". */
      g_string_append_printf (out, "%s ", word + 1);
      return;
    }

  for (guint i = 0; i < G_N_ELEMENTS (mutations); i++)
    {
      gsize length = strlen (mutations[i].mutated);

      if (strncmp (word, mutations[i].mutated, length) != 0)
        continue;

      for (guint j = 0; j < G_N_ELEMENTS (mutations[i].radicals) && mutations[i].radicals[j]; j++)
        g_string_append_printf (out, "%s%s ", mutations[i].radicals[j], word + length);
      return;
    }
}

/**
 * llwybr_language_radicals:
 * @text: any text
 *
 * The forms the words of @text could have had before a Welsh mutation, so
 * a search index that also holds them lets "cwn" find "chŵn" and "plant"
 * find "mhlant". Words of fewer than three letters are left out: they are
 * mostly little words whose guesses would only add noise.
 *
 * Returns: (transfer full): the radicals, lower case, separated by spaces
 */
char *
llwybr_language_radicals (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GString) word = g_string_new (NULL);

  g_return_val_if_fail (text != NULL, NULL);

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c)))
        {
          g_string_append_unichar (word, g_unichar_tolower (c));
          continue;
        }

      if (g_utf8_strlen (word->str, -1) >= 3)
        add_radicals (out, word->str);
      g_string_truncate (word, 0);

      if (c == 0)
        break;
    }

  if (out->len > 0)
    g_string_truncate (out, out->len - 1);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* A word as search compares it: lower case, without diacritics. */
static char *
fold (const char *word,
      gssize      length)
{
  g_autofree char *decomposed = NULL;
  g_autoptr(GString) folded = NULL;
  gboolean ascii = TRUE;

  /* Most words of either language are plain ASCII: no marks to drop. */
  for (gssize i = 0; i < length && ascii; i++)
    ascii = !(word[i] & 0x80);
  if (ascii)
    return g_ascii_strdown (word, length);

  decomposed = g_utf8_normalize (word, length, G_NORMALIZE_NFD);
  folded = g_string_new (NULL);
  for (const char *p = decomposed; p && *p; p = g_utf8_next_char (p))
    if (!g_unichar_ismark (g_utf8_get_char (p)))
      g_string_append_unichar (folded, g_unichar_tolower (g_utf8_get_char (p)));

  return g_string_free (g_steal_pointer (&folded), FALSE);
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/**
 * llwybr_language_highlight:
 * @text: text to show
 * @query: what the user searched for
 *
 * Marks up @text for a label, with the words that match the search in
 * bold: a word matches when it begins with one of the query's words,
 * ignoring case and diacritics, as the search itself does.
 *
 * Returns: (transfer full): Pango markup
 */
char *
llwybr_language_highlight (const char *text,
                           const char *query)
{
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autoptr(GPtrArray) terms = g_ptr_array_new_with_free_func (g_free);
  const char *p = text;

  g_return_val_if_fail (text != NULL && query != NULL, NULL);

  for (const char *q = query; *q; )
    {
      const char *start = q;

      while (*q && is_word_char (g_utf8_get_char (q)))
        q = g_utf8_next_char (q);
      if (q > start)
        g_ptr_array_add (terms, fold (start, q - start));
      while (*q && !is_word_char (g_utf8_get_char (q)))
        q = g_utf8_next_char (q);
    }

  if (terms->len == 0)
    return g_markup_escape_text (text, -1);

  while (*p)
    {
      const char *start = p;
      gboolean word = is_word_char (g_utf8_get_char (p));
      g_autofree char *escaped = NULL;
      gboolean match = FALSE;

      while (*p && is_word_char (g_utf8_get_char (p)) == word)
        p = g_utf8_next_char (p);

      escaped = g_markup_escape_text (start, p - start);
      if (word)
        {
          g_autofree char *folded = fold (start, p - start);

          for (guint i = 0; i < terms->len && !match; i++)
            match = g_str_has_prefix (folded, g_ptr_array_index (terms, i));
        }

      if (match)
        g_string_append_printf (markup, "<b>%s</b>", escaped);
      else
        g_string_append (markup, escaped);
    }

  return g_string_free (g_steal_pointer (&markup), FALSE);
}
