/* llwybr-page-flow-private.h: text set onto pages, each with its label
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "llwybr-pdf-private.h"

G_BEGIN_DECLS

typedef enum
{
  LLWYBR_FONT_TITLE,
  LLWYBR_FONT_H1,
  LLWYBR_FONT_H2,
  LLWYBR_FONT_BODY,
  LLWYBR_FONT_META,
  LLWYBR_FONT_BAND,
  LLWYBR_FONT_SMALL,
  LLWYBR_FONT_TEXT,   /* a document's own text, line after line */
  LLWYBR_N_FONTS
} LlwybrFont;

/**
 * LlwybrPageFlow:
 * @writer: where the pages go; %NULL while only counting them, when
 *   nothing is drawn but every page is begun all the same
 * @n_pages: the pages there will be, for "page 4 of 19", once counted
 * @band: the label stamped above every page's content; %NULL for none
 * @note: what the page shows, quieter, beside the label
 *
 * Where the next line goes.
 */
typedef struct
{
  PangoContext           *context;
  LlwybrSummaryLanguage   language;
  LlwybrCatalog * const  *catalogs;
  LlwybrPdfWriter        *writer;
  cairo_t                *cr;
  guint                   n_pages;

  double                  width;
  double                  height;
  double                  y;
  guint                   page;
  gboolean                stopped;
  const char             *band;
  char                   *note;
} LlwybrPageFlow;

void _llwybr_page_flow_clear         (LlwybrPageFlow *self);
void _llwybr_page_flow_set_note      (LlwybrPageFlow *self,
                                      const char     *note);
void _llwybr_page_flow_begin_page    (LlwybrPageFlow *self,
                                      double          width,
                                      double          height);
void _llwybr_page_flow_end_page      (LlwybrPageFlow *self);
void _llwybr_page_flow_get_box       (LlwybrPageFlow *self,
                                      double         *x,
                                      double         *y,
                                      double         *width,
                                      double         *height);
void _llwybr_page_flow_skip          (LlwybrPageFlow *self,
                                      LlwybrFont      font);
void _llwybr_page_flow_keep_room     (LlwybrPageFlow *self,
                                      double          height);
void _llwybr_page_flow_markup        (LlwybrPageFlow *self,
                                      LlwybrFont      font,
                                      const char     *markup,
                                      double          indent);
void _llwybr_page_flow_text          (LlwybrPageFlow *self,
                                      LlwybrFont      font,
                                      const char     *text,
                                      double          indent);
void _llwybr_page_flow_heading       (LlwybrPageFlow *self,
                                      LlwybrFont      font,
                                      const char     *text,
                                      const char     *dest);
void _llwybr_page_flow_field         (LlwybrPageFlow *self,
                                      const char     *label,
                                      const char     *value,
                                      double          indent);
void _llwybr_page_flow_warning       (LlwybrPageFlow *self,
                                      const char     *text,
                                      double          indent);
void _llwybr_page_flow_contents_line (LlwybrPageFlow *self,
                                      LlwybrFont      font,
                                      const char     *text,
                                      double          indent,
                                      guint           page,
                                      const char     *dest);
void _llwybr_page_flow_mark          (LlwybrPageFlow *self,
                                      const char     *dest);

G_END_DECLS
