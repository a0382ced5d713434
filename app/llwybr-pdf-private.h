/* llwybr-pdf-private.h: what the PDFs Llwybr writes have in common
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>
#include <pango/pango.h>

#include "llwybr-catalog.h"
#include "llwybr-summary.h"

G_BEGIN_DECLS

#define LLWYBR_A4_WIDTH 595.276
#define LLWYBR_A4_HEIGHT 841.89

typedef struct _LlwybrPdfWriter LlwybrPdfWriter;

LlwybrLanguage   _llwybr_pdf_main_language (LlwybrSummaryLanguage   language);
char            *_llwybr_pdf_label         (LlwybrSummaryLanguage   language,
                                            LlwybrCatalog * const  *catalogs,
                                            const char             *msgid);
char            *_llwybr_pdf_labelf        (LlwybrSummaryLanguage   language,
                                            LlwybrCatalog * const  *catalogs,
                                            const char             *format,
                                            ...) G_GNUC_PRINTF (3, 4);
char            *_llwybr_pdf_date          (LlwybrCatalog          *catalog,
                                            guint                   day,
                                            guint                   month,
                                            guint                   year);
PangoContext    *_llwybr_pdf_context_new   (void);
void             _llwybr_pdf_set_metadata  (cairo_surface_t        *surface,
                                            const char             *title,
                                            const char             *author,
                                            const char             *subject,
                                            GDateTime              *made);

LlwybrPdfWriter *_llwybr_pdf_writer_new         (GFile            *destination,
                                                 double            width,
                                                 double            height,
                                                 GCancellable     *cancellable,
                                                 GError          **error);
cairo_surface_t *_llwybr_pdf_writer_get_surface (LlwybrPdfWriter  *self);
gboolean         _llwybr_pdf_writer_ok          (LlwybrPdfWriter  *self);
gboolean         _llwybr_pdf_writer_finish      (LlwybrPdfWriter  *self,
                                                 GError          **error);
void             _llwybr_pdf_writer_free        (LlwybrPdfWriter  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LlwybrPdfWriter, _llwybr_pdf_writer_free)

G_END_DECLS
