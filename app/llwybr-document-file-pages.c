/* llwybr-document-file-pages.c
 *
 * An attachment in the document file: a PDF drawn page by page through
 * poppler, so its text stays text; an image through gdk-pixbuf, upright,
 * and no finer than a printer needs; each fitted into the box it is
 * given, keeping its shape. No GTK: the pixels go to cairo by hand.
 * Plain text is only read here: the document file sets it in type.
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
#define PRINT_PIXELS 3508  /* the long side of A4 at PRINT_DPI */

/* Helpers */

/* The attachment's type as it was given when it was added, or failing
 * that as its name says: the bytes are read only to draw them. */
static char *
type_of (LlwybrAttachment *attachment)
{
  const char *type = llwybr_attachment_get_mime_type (attachment);

  if (type == NULL || *type == '\0' || g_content_type_is_unknown (type))
    return g_content_type_guess (llwybr_attachment_get_name (attachment), NULL, 0, NULL);

  return g_strdup (type);
}

/* The gdk-pixbuf loader for @type, named, not guessed from the bytes:
 * gdk-pixbuf guesses through the shared MIME database, which a sandbox
 * or a test's isolated XDG directories may not have. */
static GdkPixbufFormat *
image_format_for (const char *type)
{
  GSList *formats = gdk_pixbuf_get_formats ();
  GdkPixbufFormat *found = NULL;

  for (GSList *l = formats; l != NULL && found == NULL; l = l->next)
    {
      g_auto(GStrv) types = NULL;

      if (gdk_pixbuf_format_is_disabled (l->data))
        continue;

      types = gdk_pixbuf_format_get_mime_types (l->data);
      for (guint i = 0; types[i] != NULL && found == NULL; i++)
        if (g_content_type_is_a (type, types[i]))
          found = l->data;
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

/* A drawing (an SVG certificate, say) is drawn at the size it will be
 * printed, not at the small size it gives itself. */
static void
size_prepared_cb (GdkPixbufLoader *loader,
                  int              width,
                  int              height,
                  gpointer         user_data)
{
  double scale = (double)PRINT_PIXELS / MAX (width, height);

  gdk_pixbuf_loader_set_size (loader, MAX (1, (int)(width * scale)), MAX (1, (int)(height * scale)));
}

static GdkPixbuf *
load_image (LlwybrDocumentSource  *self,
            GdkPixbufFormat       *format,
            GError               **error)
{
  g_autofree char *name = gdk_pixbuf_format_get_name (format);
  g_autoptr(GdkPixbufLoader) loader = gdk_pixbuf_loader_new_with_type (name, error);
  GdkPixbuf *pixbuf;
  GdkPixbuf *upright;

  if (loader == NULL)
    return NULL;

  if (gdk_pixbuf_format_is_scalable (format))
    g_signal_connect (loader, "size-prepared", G_CALLBACK (size_prepared_cb), NULL);

  /* A loader is closed once, even when what it was given is no image. */
  if (!gdk_pixbuf_loader_write_bytes (loader, self->bytes, error))
    {
      gdk_pixbuf_loader_close (loader, NULL);
      return NULL;
    }
  if (!gdk_pixbuf_loader_close (loader, error))
    return NULL;

  if (!(pixbuf = gdk_pixbuf_loader_get_pixbuf (loader)))
    {
      g_set_error_literal (error, GDK_PIXBUF_ERROR, GDK_PIXBUF_ERROR_CORRUPT_IMAGE, "no image");
      return NULL;
    }

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

LlwybrDocumentContent
_llwybr_document_content_of (LlwybrAttachment *attachment)
{
  g_autofree char *type = type_of (attachment);

  if (g_content_type_is_a (type, "application/pdf"))
    return LLWYBR_DOCUMENT_PDF;
  if (image_format_for (type) != NULL)
    return LLWYBR_DOCUMENT_IMAGE;
  /* Every text/ type counts as plain text; a web page or a rich text file
   * shown as its source would not be what the TA chose. */
  if (g_content_type_is_a (type, "text/plain") && !g_content_type_is_a (type, "text/html") &&
      !g_content_type_is_a (type, "text/rtf") && !g_content_type_is_a (type, "application/rtf"))
    return LLWYBR_DOCUMENT_TEXT;

  return LLWYBR_DOCUMENT_OTHER;
}

/**
 * _llwybr_document_source_open:
 * @content: a PDF, an image or text, as _llwybr_document_content_of() says
 *
 * Reads the attachment whole and opens it.
 *
 * Returns: %FALSE if it cannot be read, or is a PDF with no pages
 */
gboolean
_llwybr_document_source_open (LlwybrDocumentSource   *self,
                              LlwybrPortfolio        *portfolio,
                              LlwybrAttachment       *attachment,
                              LlwybrDocumentContent   content,
                              GCancellable           *cancellable,
                              GError                **error)
{
  g_assert (content == LLWYBR_DOCUMENT_PDF || content == LLWYBR_DOCUMENT_IMAGE || content == LLWYBR_DOCUMENT_TEXT);
  g_assert (self->bytes == NULL);

  if (!(self->bytes = read_attachment (portfolio, attachment, cancellable, error)))
    return FALSE;

  if (content == LLWYBR_DOCUMENT_TEXT)
    {
      /* Whatever its encoding, the letters that are UTF-8 are shown. */
      self->text = g_utf8_make_valid (g_bytes_get_data (self->bytes, NULL), g_bytes_get_size (self->bytes));
      g_clear_pointer (&self->bytes, g_bytes_unref);
      return TRUE;
    }

  if (content == LLWYBR_DOCUMENT_IMAGE)
    {
      g_autofree char *type = type_of (attachment);

      return (self->image = load_image (self, image_format_for (type), error)) != NULL;
    }

  if (!(self->pdf = poppler_document_new_from_bytes (self->bytes, NULL, error)))
    return FALSE;

  if (poppler_document_get_n_pages (self->pdf) < 1)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "a PDF with no pages");
      return FALSE;
    }

  return TRUE;
}

/* Returns: the pages a PDF or an image fills; 0 for text, which flows */
guint
_llwybr_document_source_get_n_pages (LlwybrDocumentSource *self)
{
  if (self->pdf != NULL)
    return poppler_document_get_n_pages (self->pdf);

  return self->image != NULL ? 1 : 0;
}

void
_llwybr_document_source_clear (LlwybrDocumentSource *self)
{
  g_clear_object (&self->pdf);
  g_clear_object (&self->image);
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->text, g_free);
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
