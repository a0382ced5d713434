/* llwybr-document-file-pages.c
 *
 * An attachment in the document file: a PDF drawn page by page through
 * poppler, so its text stays text; an image through gdk-pixbuf, upright,
 * and no finer than a printer needs; each fitted into the box it is
 * given, keeping its shape. No GTK: the pixels go to cairo by hand.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-document-file"

#include "config.h"

#include <cairo-pdf.h>
#include <string.h>

#include "llwybr-document-file-private.h"
#include "llwybr-pdf-private.h"

#define PRINT_DPI 300.0

/* Helpers */

static gboolean
is_image_type (const char *type)
{
  GSList *formats = gdk_pixbuf_get_formats ();
  gboolean found = FALSE;

  for (GSList *l = formats; l != NULL && !found; l = l->next)
    {
      g_auto(GStrv) types = NULL;

      if (gdk_pixbuf_format_is_disabled (l->data))
        continue;

      types = gdk_pixbuf_format_get_mime_types (l->data);
      for (guint i = 0; types[i] != NULL && !found; i++)
        found = g_content_type_is_a (type, types[i]);
    }

  g_slist_free (formats);
  return found;
}

static GBytes *
read_attachment (LlwybrPortfolio   *portfolio,
                 LlwybrAttachment  *attachment,
                 GCancellable      *cancellable,
                 GError           **error)
{
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new_resizable ();

  if (!llwybr_portfolio_read_attachment (portfolio, attachment, stream, cancellable, error) ||
      !g_output_stream_close (stream, cancellable, error))
    return NULL;

  return g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (stream));
}

static GdkPixbuf *
load_image (LlwybrDocumentSource  *self,
            GError               **error)
{
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (self->bytes);
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new_from_stream (stream, NULL, error);
  GdkPixbuf *upright;

  if (pixbuf == NULL)
    return NULL;

  /* A photo taken with the phone on its side is shown the right way up. */
  upright = gdk_pixbuf_apply_embedded_orientation (pixbuf);
  self->turned = upright != pixbuf;
  return upright;
}

/* The scale that fits @width × @height into the box, and where it goes. */
static double
fit (double  width,
     double  height,
     double *x,
     double *y,
     double  box_width,
     double  box_height)
{
  double scale = MIN (box_width / width, box_height / height);

  *x += (box_width - width * scale) / 2;
  *y += (box_height - height * scale) / 2;

  return scale;
}

/* Cairo wants premultiplied native-endian pixels; gdk-pixbuf has bytes. */
static cairo_surface_t *
surface_from_pixbuf (GdkPixbuf *pixbuf)
{
  int width = gdk_pixbuf_get_width (pixbuf);
  int height = gdk_pixbuf_get_height (pixbuf);
  int channels = gdk_pixbuf_get_n_channels (pixbuf);
  int stride = gdk_pixbuf_get_rowstride (pixbuf);
  gboolean alpha = gdk_pixbuf_get_has_alpha (pixbuf);
  const guint8 *pixels = gdk_pixbuf_read_pixels (pixbuf);
  cairo_surface_t *surface = cairo_image_surface_create (alpha ? CAIRO_FORMAT_ARGB32 : CAIRO_FORMAT_RGB24,
                                                         width, height);
  guint8 *data;
  int data_stride;

  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    return surface;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  data_stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guint8 *p = pixels + (gsize)y * stride + (gsize)x * channels;
        guint32 a = alpha ? p[3] : 0xff;
        guint32 pixel = a << 24 | (p[0] * a + 127) / 255 << 16 | (p[1] * a + 127) / 255 << 8 | (p[2] * a + 127) / 255;

        memcpy (data + (gsize)y * data_stride + 4 * (gsize)x, &pixel, sizeof pixel);
      }
  cairo_surface_mark_dirty (surface);

  return surface;
}

static gboolean
is_jpeg (GBytes *bytes)
{
  gsize size;
  const guint8 *data = g_bytes_get_data (bytes, &size);

  return size > 3 && data[0] == 0xff && data[1] == 0xd8 && data[2] == 0xff;
}

/* A photo goes into the PDF as the JPEG it came as, not re-encoded, when
 * it needs no turning; anything else is kept at print resolution. */
static void
draw_image (LlwybrDocumentSource *self,
            cairo_t              *cr,
            double                x,
            double                y,
            double                box_width,
            double                box_height)
{
  double width = gdk_pixbuf_get_width (self->image);
  double height = gdk_pixbuf_get_height (self->image);
  double scale = fit (width, height, &x, &y, box_width, box_height);
  double wanted = width * scale * PRINT_DPI / 72;
  gboolean as_it_came = is_jpeg (self->bytes) && !self->turned;
  g_autoptr(GdkPixbuf) smaller = NULL;
  cairo_surface_t *surface;

  if (!as_it_came && width > wanted * 1.25)
    smaller = gdk_pixbuf_scale_simple (self->image, MAX (1, (int)wanted), MAX (1, (int)(height * wanted / width)),
                                       GDK_INTERP_BILINEAR);

  surface = surface_from_pixbuf (smaller ? smaller : self->image);
  if (as_it_came)
    cairo_surface_set_mime_data (surface, CAIRO_MIME_TYPE_JPEG, g_bytes_get_data (self->bytes, NULL),
                                 g_bytes_get_size (self->bytes), (cairo_destroy_func_t)g_bytes_unref,
                                 g_bytes_ref (self->bytes));

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, width * scale / cairo_image_surface_get_width (surface),
               height * scale / cairo_image_surface_get_height (surface));
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
  cairo_surface_destroy (surface);
}

static void
draw_pdf_page (LlwybrDocumentSource *self,
               guint                 index,
               cairo_t              *cr,
               double                x,
               double                y,
               double                box_width,
               double                box_height)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (self->pdf, index);
  double width, height, scale;

  poppler_page_get_size (page, &width, &height);
  scale = fit (width, height, &x, &y, box_width, box_height);

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, scale, scale);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  poppler_page_render_for_printing (page, cr);
  cairo_restore (cr);

  /* The page's edge, so a page with a white margin still reads as one. */
  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.7, 0.7, 0.7);
  cairo_set_line_width (cr, 0.5);
  cairo_rectangle (cr, x, y, width * scale, height * scale);
  cairo_stroke (cr);
  cairo_restore (cr);
}

/* Private API */

/* By the type the attachment was given when it was added, or failing
 * that by its name: the bytes themselves are read only to draw them. */
LlwybrDocumentContent
_llwybr_document_content_of (LlwybrAttachment *attachment)
{
  const char *type = llwybr_attachment_get_mime_type (attachment);
  g_autofree char *guessed = NULL;

  if (type == NULL || *type == '\0' || g_content_type_is_unknown (type))
    type = guessed = g_content_type_guess (llwybr_attachment_get_name (attachment), NULL, 0, NULL);

  if (g_content_type_is_a (type, "application/pdf"))
    return LLWYBR_DOCUMENT_PDF;
  if (is_image_type (type))
    return LLWYBR_DOCUMENT_IMAGE;

  return LLWYBR_DOCUMENT_OTHER;
}

/**
 * _llwybr_document_source_open:
 * @content: a PDF or an image, as _llwybr_document_content_of() says
 *
 * Reads the attachment whole and opens it.
 *
 * Returns: the pages it fills, or 0 if it cannot be read
 */
guint
_llwybr_document_source_open (LlwybrDocumentSource   *self,
                              LlwybrPortfolio        *portfolio,
                              LlwybrAttachment       *attachment,
                              LlwybrDocumentContent   content,
                              GCancellable           *cancellable,
                              GError                **error)
{
  g_assert (content == LLWYBR_DOCUMENT_PDF || content == LLWYBR_DOCUMENT_IMAGE);
  g_assert (self->bytes == NULL);

  if (!(self->bytes = read_attachment (portfolio, attachment, cancellable, error)))
    return 0;

  if (content == LLWYBR_DOCUMENT_IMAGE)
    return (self->image = load_image (self, error)) ? 1 : 0;

  if (!(self->pdf = poppler_document_new_from_bytes (self->bytes, NULL, error)))
    return 0;

  if (poppler_document_get_n_pages (self->pdf) < 1)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "a PDF with no pages");
      return 0;
    }

  return poppler_document_get_n_pages (self->pdf);
}

void
_llwybr_document_source_clear (LlwybrDocumentSource *self)
{
  g_clear_object (&self->pdf);
  g_clear_object (&self->image);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  self->turned = FALSE;
}

/* In points; A4 for a source that is not open. */
void
_llwybr_document_source_get_page_size (LlwybrDocumentSource *self,
                                       guint                 page,
                                       double               *width,
                                       double               *height)
{
  *width = LLWYBR_A4_WIDTH;
  *height = LLWYBR_A4_HEIGHT;

  if (self->pdf != NULL && page < (guint)poppler_document_get_n_pages (self->pdf))
    {
      g_autoptr(PopplerPage) pdf_page = poppler_document_get_page (self->pdf, page);

      poppler_page_get_size (pdf_page, width, height);
    }
  else if (self->image != NULL)
    {
      *width = gdk_pixbuf_get_width (self->image);
      *height = gdk_pixbuf_get_height (self->image);
    }
}

/**
 * _llwybr_document_source_draw_page:
 * @x: the box's left, in @cr's units
 * @y: the box's top
 *
 * Draws @page as large as fits in the box, keeping its shape, centred.
 */
void
_llwybr_document_source_draw_page (LlwybrDocumentSource *self,
                                   guint                 page,
                                   cairo_t              *cr,
                                   double                x,
                                   double                y,
                                   double                width,
                                   double                height)
{
  if (self->pdf != NULL && page < (guint)poppler_document_get_n_pages (self->pdf))
    draw_pdf_page (self, page, cr, x, y, width, height);
  else if (self->image != NULL && page == 0)
    draw_image (self, cr, x, y, width, height);
}
