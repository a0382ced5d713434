/* llwybr-document-file-private.h: an attachment as pages to draw
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <poppler.h>

#include "llwybr-portfolio.h"

G_BEGIN_DECLS

/* poppler-glib defines these itself only in releases after Debian 12's. */
#if !HAVE_POPPLER_AUTOPTR
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)
#endif

typedef enum
{
  LLWYBR_DOCUMENT_PDF,
  LLWYBR_DOCUMENT_IMAGE,
  LLWYBR_DOCUMENT_TEXT,        /* plain text, set in type: as many pages as it takes */
  LLWYBR_DOCUMENT_OTHER,       /* a kind of file the document file cannot show */
  LLWYBR_DOCUMENT_UNREADABLE,  /* says it is a PDF or an image, and is not one */
  LLWYBR_DOCUMENT_MISSING,     /* no longer in the portfolio */
} LlwybrDocumentContent;

/* An attachment read into memory and opened, to be drawn page by page. */
typedef struct
{
  GBytes          *bytes;
  PopplerDocument *pdf;
  GdkPixbuf       *image;
  gboolean         turned;
  char            *text;
} LlwybrDocumentSource;

LlwybrDocumentContent _llwybr_document_content_of          (LlwybrAttachment      *attachment);
gboolean              _llwybr_document_source_open         (LlwybrDocumentSource  *self,
                                                            LlwybrPortfolio       *portfolio,
                                                            LlwybrAttachment      *attachment,
                                                            LlwybrDocumentContent  content,
                                                            GCancellable          *cancellable,
                                                            GError               **error);
void                  _llwybr_document_source_clear        (LlwybrDocumentSource  *self);
guint                 _llwybr_document_source_get_n_pages  (LlwybrDocumentSource  *self);
void                  _llwybr_document_source_get_page_size (LlwybrDocumentSource *self,
                                                            guint                  page,
                                                            double                *width,
                                                            double                *height);
void                  _llwybr_document_source_draw_page    (LlwybrDocumentSource  *self,
                                                            guint                  page,
                                                            cairo_t               *cr,
                                                            double                 x,
                                                            double                 y,
                                                            double                 width,
                                                            double                 height);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LlwybrDocumentSource, _llwybr_document_source_clear)

G_END_DECLS
