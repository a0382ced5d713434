/* llwybr-font.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <pango/pango.h>

G_BEGIN_DECLS

PangoFontMetrics *llwybr_font_metrics (PangoContext               *context,
                                       const PangoFontDescription *font);

G_END_DECLS
