/* llwybr-summary.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "llwybr-portfolio.h"

G_BEGIN_DECLS

#define LLWYBR_TYPE_SUMMARY (llwybr_summary_get_type())

typedef enum
{
  LLWYBR_SUMMARY_ENGLISH,
  LLWYBR_SUMMARY_WELSH,
  LLWYBR_SUMMARY_BILINGUAL,
} LlwybrSummaryLanguage;

G_DECLARE_FINAL_TYPE (LlwybrSummary, llwybr_summary, LLWYBR, SUMMARY, GObject)

LlwybrSummary *llwybr_summary_new                  (LlwybrPortfolio       *portfolio,
                                                    LlwybrSummaryLanguage  language,
                                                    gboolean               full_reflections);
gboolean       llwybr_summary_language_from_string (const char            *text,
                                                    LlwybrSummaryLanguage *language);
void           llwybr_summary_set_page_size        (LlwybrSummary         *self,
                                                    double                 width,
                                                    double                 height);
guint          llwybr_summary_get_n_pages          (LlwybrSummary         *self);
void           llwybr_summary_draw_page            (LlwybrSummary         *self,
                                                    cairo_t               *cr,
                                                    guint                  page);
gboolean       llwybr_summary_write_pdf            (LlwybrSummary         *self,
                                                    GFile                 *destination,
                                                    GCancellable          *cancellable,
                                                    GError               **error);

G_END_DECLS
