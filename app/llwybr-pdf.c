/* llwybr-pdf.c
 *
 * What the summary and the document file share: speaking English, Welsh
 * or both whatever the interface speaks, setting type the same way, and
 * writing a PDF so that a file at the destination is always whole.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-pdf"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "llwybr-partial-file-private.h"
#include "llwybr-pdf-private.h"

struct _LlwybrPdfWriter
{
  LlwybrPartialFile *file;
  GCancellable    *cancellable;
  GError          *error;
  cairo_surface_t *surface;
  gboolean         finished;
};

/* Languages */

LlwybrLanguage
_llwybr_pdf_main_language (LlwybrSummaryLanguage language)
{
  return language == LLWYBR_SUMMARY_ENGLISH ? LLWYBR_LANGUAGE_EN : LLWYBR_LANGUAGE_CY;
}

/* A label in the document's language; bilingual, "Welsh / English". */
char *
_llwybr_pdf_label (LlwybrSummaryLanguage  language,
                   LlwybrCatalog * const *catalogs,
                   const char            *msgid)
{
  const char *cy = llwybr_catalog_gettext (catalogs[LLWYBR_LANGUAGE_CY], msgid);

  if (language == LLWYBR_SUMMARY_BILINGUAL && g_strcmp0 (cy, msgid) != 0)
    return g_strdup_printf ("%s / %s", cy, msgid);

  return g_strdup (llwybr_catalog_gettext (catalogs[_llwybr_pdf_main_language (language)], msgid));
}

/* The same, for a message with arguments: each language formats its own
 * sentence, so word order may differ. */
char *
_llwybr_pdf_labelf (LlwybrSummaryLanguage  language,
                    LlwybrCatalog * const *catalogs,
                    const char            *format,
                    ...)
{
  g_autofree char *cy = NULL;
  g_autofree char *en = NULL;
  va_list args, copy;

  va_start (args, format);
  va_copy (copy, args);
  cy = g_strdup_vprintf (llwybr_catalog_gettext (catalogs[LLWYBR_LANGUAGE_CY], format), args);
  en = g_strdup_vprintf (format, copy);
  va_end (copy);
  va_end (args);

  if (language == LLWYBR_SUMMARY_ENGLISH)
    return g_steal_pointer (&en);
  if (language == LLWYBR_SUMMARY_WELSH || g_str_equal (cy, en))
    return g_steal_pointer (&cy);

  return g_strdup_printf ("%s / %s", cy, en);
}

/* "3 Mawrth 2025": dates are written the Welsh way in Welsh. */
char *
_llwybr_pdf_date (LlwybrCatalog *catalog,
                  guint          day,
                  guint          month,
                  guint          year)
{
  static const char * const months[] = {
    NC_("month", "January"), NC_("month", "February"), NC_("month", "March"),
    NC_("month", "April"), NC_("month", "May"), NC_("month", "June"),
    NC_("month", "July"), NC_("month", "August"), NC_("month", "September"),
    NC_("month", "October"), NC_("month", "November"), NC_("month", "December"),
  };

  return g_strdup_printf ("%u %s %u", day,
                          llwybr_catalog_pgettext (catalog, "month", months[(month - 1) % 12]),
                          year);
}

/* Type */

/* Points at 72 to the inch, and outlines and advances as the font draws
 * them: a PDF is scaled, not hinted, and a glyph rounded to a whole point
 * would be spaced unevenly (and need its own offset in the file). */
PangoContext *
_llwybr_pdf_context_new (void)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  cairo_font_options_t *options = cairo_font_options_create ();

  pango_cairo_context_set_resolution (context, 72);
  pango_context_set_round_glyph_positions (context, FALSE);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);

  return context;
}

void
_llwybr_pdf_set_metadata (cairo_surface_t *surface,
                          const char      *title,
                          const char      *author,
                          const char      *subject,
                          GDateTime       *made)
{
  g_autofree char *when = g_date_time_format (made, "%Y-%m-%dT%H:%M:%S");

  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, author);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Llwybr " PACKAGE_VERSION);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, when);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_MOD_DATE, when);
}

/* Writing: into a partial file, put in place only once the PDF is whole. */

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  LlwybrPdfWriter *self = closure;

  if (self->error != NULL ||
      !g_output_stream_write_all (_llwybr_partial_file_get_stream (self->file), data, length, NULL,
                                  self->cancellable, &self->error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

/**
 * _llwybr_pdf_writer_new:
 * @destination: the PDF to write; replaced only when the new one is whole
 * @width: of the first page, in points
 * @height: of the first page, in points
 *
 * Returns: (transfer full) (nullable): the writer; draw on its surface
 */
LlwybrPdfWriter *
_llwybr_pdf_writer_new (GFile         *destination,
                        double         width,
                        double         height,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(LlwybrPdfWriter) self = g_new0 (LlwybrPdfWriter, 1);

  g_assert (G_IS_FILE (destination));

  self->cancellable = cancellable ? g_object_ref (cancellable) : NULL;
  if (!(self->file = _llwybr_partial_file_new (destination, G_FILE_CREATE_NONE, cancellable, error)))
    return NULL;

  self->surface = cairo_pdf_surface_create_for_stream (write_cb, self, width, height);
  return g_steal_pointer (&self);
}

cairo_surface_t *
_llwybr_pdf_writer_get_surface (LlwybrPdfWriter *self)
{
  return self->surface;
}

/**
 * _llwybr_pdf_writer_ok:
 *
 * Asked between pages: stop drawing when it says no, and let
 * _llwybr_pdf_writer_finish() report why.
 *
 * Returns: %FALSE once writing failed or was cancelled
 */
gboolean
_llwybr_pdf_writer_ok (LlwybrPdfWriter *self)
{
  if (self->error == NULL)
    g_cancellable_set_error_if_cancelled (self->cancellable, &self->error);

  return self->error == NULL;
}

/**
 * _llwybr_pdf_writer_finish:
 *
 * Completes the PDF and puts it in place of the destination.
 *
 * Returns: %FALSE, with the destination as it was, if anything failed
 */
gboolean
_llwybr_pdf_writer_finish (LlwybrPdfWriter  *self,
                           GError          **error)
{
  g_assert (!self->finished);

  cairo_surface_finish (self->surface);
  if (self->error == NULL && cairo_surface_status (self->surface) != CAIRO_STATUS_SUCCESS)
    g_set_error_literal (&self->error, G_IO_ERROR, G_IO_ERROR_FAILED,
                         cairo_status_to_string (cairo_surface_status (self->surface)));

  if (self->error == NULL)
    _llwybr_partial_file_commit (self->file, self->cancellable, &self->error);

  if (self->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&self->error));
      /* Nothing more is written: the writer is done, and failed. */
      g_set_error_literal (&self->error, G_IO_ERROR, G_IO_ERROR_FAILED, "");
      return FALSE;
    }

  self->finished = TRUE;
  return TRUE;
}

/* Without a successful finish, this throws the partial file away. */
void
_llwybr_pdf_writer_free (LlwybrPdfWriter *self)
{
  if (self->error == NULL && !self->finished)
    g_set_error_literal (&self->error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "");

  g_clear_pointer (&self->surface, cairo_surface_destroy);
  g_clear_pointer (&self->file, _llwybr_partial_file_free);
  g_clear_object (&self->cancellable);
  g_clear_error (&self->error);
  g_free (self);
}
