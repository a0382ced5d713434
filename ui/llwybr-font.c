/* llwybr-font.c
 *
 * A font's metrics, for widgets that size their text without shaping it.
 * Pango works them out by shaping a sample text, so they are kept for
 * each font for the life of the app.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "llwybr-font.h"

/**
 * llwybr_font_metrics:
 * @context: a widget's Pango context
 * @font: (nullable): the font, or %NULL for the context's own
 *
 * Only for the main thread.
 *
 * Returns: (transfer none): the metrics of @font
 */
PangoFontMetrics *
llwybr_font_metrics (PangoContext               *context,
                     const PangoFontDescription *font)
{
  static GHashTable *kept;
  g_autofree char *name = NULL;
  PangoFontMetrics *metrics;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);

  if (font == NULL)
    font = pango_context_get_font_description (context);
  if (kept == NULL)
    kept = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)pango_font_metrics_unref);

  name = pango_font_description_to_string (font);
  if ((metrics = g_hash_table_lookup (kept, name)) == NULL)
    {
      metrics = pango_context_get_metrics (context, font, NULL);
      g_hash_table_insert (kept, g_steal_pointer (&name), metrics);
    }

  return metrics;
}
