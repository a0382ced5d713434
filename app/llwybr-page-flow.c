/* llwybr-page-flow.c
 *
 * Text set line by line onto A4 pages that each carry a label in a band
 * at the top (the document file's standard) and a page number at the
 * foot. Pages are drawn as the text reaches them, never held, and the
 * same calls with no writer only count them, so a document can be laid
 * out once to number its pages and once to draw them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-page-flow"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "llwybr-page-flow-private.h"

#define MARGIN 56.0
#define EDGE 28.0     /* the band's and the documents' distance from the paper's edge */
#define BAND 44.0     /* the band's rule, above everything else on the page */
#define FOOTER 34.0   /* the page number */
#define NUMBER_WIDTH 40.0

static const struct {
  const char *font;
  double      space_before;
  const char *structure;
} fonts[LLWYBR_N_FONTS] = {
  { "Sans Bold 22", 0, "H1" },
  { "Sans Bold 15", 20, "H1" },
  { "Sans Bold 11.5", 14, "H2" },
  { "Sans 10", 5, "P" },
  { "Sans 8.5", 2, "P" },
  { "Sans Bold 13", 0, "P" },
  { "Sans 8", 0, "P" },
  { "Sans 10", 0, "P" },
};

/* Helpers */

static PangoLayout *
new_layout (LlwybrPageFlow *self,
            LlwybrFont      font,
            double          width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *description = pango_font_description_from_string (fonts[font].font);

  pango_layout_set_font_description (layout, description);
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_font_description_free (description);

  return layout;
}

static double
content_top (LlwybrPageFlow *self)
{
  return self->band ? BAND + 24 : MARGIN;
}

static double
content_bottom (LlwybrPageFlow *self)
{
  return self->height - MARGIN;
}

static double
content_width (LlwybrPageFlow *self)
{
  return self->width - 2 * MARGIN;
}

static void
show_line (LlwybrPageFlow *self,
           LlwybrFont      font,
           const char     *text,
           double          x,
           double          y,
           double          width,
           PangoAlignment  alignment)
{
  g_autoptr(PangoLayout) layout = new_layout (self, font, width);

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_alignment (layout, alignment);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  cairo_move_to (self->cr, x, y);
  pango_cairo_show_layout (self->cr, layout);
}

/* The label above the page's content, never over it; what the page shows
 * beside it, quieter, on the right. */
static void
draw_band (LlwybrPageFlow *self)
{
  g_autoptr(PangoLayout) layout = new_layout (self, LLWYBR_FONT_BAND, self->width - 2 * EDGE);
  PangoRectangle extents;
  double right;

  pango_layout_set_text (layout, self->band, -1);
  pango_layout_get_extents (layout, NULL, &extents);
  right = EDGE + pango_units_to_double (extents.width) + 16;

  cairo_set_source_rgb (self->cr, 0.1, 0.1, 0.1);
  cairo_move_to (self->cr, EDGE, EDGE - 8);
  pango_cairo_show_layout (self->cr, layout);

  cairo_set_source_rgb (self->cr, 0.4, 0.4, 0.4);
  if (self->note != NULL && right < self->width - EDGE - 40)
    show_line (self, LLWYBR_FONT_SMALL, self->note, right, EDGE - 4, self->width - EDGE - right, PANGO_ALIGN_RIGHT);

  cairo_set_line_width (self->cr, 1.0);
  cairo_move_to (self->cr, EDGE, BAND);
  cairo_line_to (self->cr, self->width - EDGE, BAND);
  cairo_stroke (self->cr);
}

static void
draw_footer (LlwybrPageFlow *self)
{
  g_autofree char *number = _llwybr_pdf_labelf (self->language, self->catalogs, N_("Page %1$u of %2$u"),
                                                      self->page, self->n_pages);

  cairo_set_source_rgb (self->cr, 0.4, 0.4, 0.4);
  show_line (self, LLWYBR_FONT_SMALL, number, EDGE, self->height - FOOTER + 12, self->width - 2 * EDGE,
             PANGO_ALIGN_CENTER);
}

static void
next_page (LlwybrPageFlow *self)
{
  _llwybr_page_flow_end_page (self);
  _llwybr_page_flow_begin_page (self, LLWYBR_A4_WIDTH, LLWYBR_A4_HEIGHT);
}

/* Private API */

void
_llwybr_page_flow_clear (LlwybrPageFlow *self)
{
  g_clear_pointer (&self->note, g_free);
}

void
_llwybr_page_flow_set_note (LlwybrPageFlow *self,
                            const char     *note)
{
  g_free (self->note);
  self->note = g_strdup (note);
}

/* Asks the writer between pages whether to go on: once it says no,
 * @stopped is set, and what is drawn after goes nowhere. */
void
_llwybr_page_flow_begin_page (LlwybrPageFlow *self,
                              double          width,
                              double          height)
{
  self->page++;
  self->width = width;
  self->height = height;
  self->y = content_top (self);

  if (self->writer == NULL)
    return;

  if (!_llwybr_pdf_writer_ok (self->writer))
    self->stopped = TRUE;

  cairo_pdf_surface_set_size (_llwybr_pdf_writer_get_surface (self->writer), width, height);
  if (self->band != NULL)
    draw_band (self);
  draw_footer (self);
}

void
_llwybr_page_flow_end_page (LlwybrPageFlow *self)
{
  if (self->cr != NULL)
    cairo_show_page (self->cr);
}

/* The room for a document's page: below the band, above the number. */
void
_llwybr_page_flow_get_box (LlwybrPageFlow *self,
                           double         *x,
                           double         *y,
                           double         *width,
                           double         *height)
{
  *x = EDGE;
  *y = BAND + 12;
  *width = self->width - 2 * EDGE;
  *height = self->height - BAND - 12 - FOOTER;
}

/* The space a @font's block leaves before it, left empty. */
void
_llwybr_page_flow_skip (LlwybrPageFlow *self,
                        LlwybrFont      font)
{
  self->y += fonts[font].space_before;
}

/* A heading takes the first lines of what follows it to its page. */
void
_llwybr_page_flow_keep_room (LlwybrPageFlow *self,
                             double          height)
{
  if (self->y + height > content_bottom (self) && self->y > content_top (self))
    next_page (self);
}

void
_llwybr_page_flow_markup (LlwybrPageFlow *self,
                          LlwybrFont      font,
                          const char     *markup,
                          double          indent)
{
  g_autoptr(PangoLayout) layout = new_layout (self, font, content_width (self) - indent);
  const char *structure = fonts[font].structure;
  PangoLayoutIter *iter;
  int line = 0;

  pango_layout_set_markup (layout, markup, -1);
  if (self->y > content_top (self))
    self->y += fonts[font].space_before;

  if (self->cr != NULL)
    cairo_tag_begin (self->cr, structure, NULL);

  iter = pango_layout_get_iter (layout);
  do
    {
      PangoRectangle logical;
      double baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter));

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      /* A paragraph that goes on over the page is tagged on each. */
      if (self->y + pango_units_to_double (logical.height) > content_bottom (self) && self->y > content_top (self))
        {
          if (self->cr != NULL)
            cairo_tag_end (self->cr, structure);
          next_page (self);
          if (self->cr != NULL)
            cairo_tag_begin (self->cr, structure, NULL);
        }

      if (self->cr != NULL)
        {
          cairo_set_source_rgb (self->cr, 0.1, 0.1, 0.1);
          cairo_move_to (self->cr, MARGIN + indent, self->y + baseline - pango_units_to_double (logical.y));
          pango_cairo_show_layout_line (self->cr, pango_layout_get_line_readonly (layout, line));
        }
      self->y += pango_units_to_double (logical.height);
      line++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  if (self->cr != NULL)
    cairo_tag_end (self->cr, structure);
}

void
_llwybr_page_flow_text (LlwybrPageFlow *self,
                        LlwybrFont      font,
                        const char     *text,
                        double          indent)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  _llwybr_page_flow_markup (self, font, escaped, indent);
}

/* A heading that the outline and the contents lead to, as @dest. */
void
_llwybr_page_flow_heading (LlwybrPageFlow *self,
                           LlwybrFont      font,
                           const char     *text,
                           const char     *dest)
{
  g_autofree char *attributes = g_strdup_printf ("name='%s'", dest);

  _llwybr_page_flow_keep_room (self, 80);
  if (self->cr != NULL)
    cairo_tag_begin (self->cr, CAIRO_TAG_DEST, attributes);
  _llwybr_page_flow_text (self, font, text, 0);
  if (self->cr != NULL)
    cairo_tag_end (self->cr, CAIRO_TAG_DEST);
}

/* "Label: value", the label quiet, the value plain. */
void
_llwybr_page_flow_field (LlwybrPageFlow *self,
                         const char     *label,
                         const char     *value,
                         double          indent)
{
  g_autofree char *label_escaped = g_markup_escape_text (label, -1);
  g_autofree char *escaped = g_markup_escape_text (value && *value ? value : "—", -1);
  g_autofree char *markup = g_strdup_printf ("<span foreground=\"#555555\">%s:</span>  %s", label_escaped, escaped);

  _llwybr_page_flow_markup (self, LLWYBR_FONT_BODY, markup, indent);
}

void
_llwybr_page_flow_warning (LlwybrPageFlow *self,
                           const char     *text,
                           double          indent)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);
  g_autofree char *markup = g_strdup_printf ("<span foreground=\"#8a5a00\">%s</span>", escaped);

  _llwybr_page_flow_markup (self, LLWYBR_FONT_BODY, markup, indent);
}

/* One line of a contents list: a link to @dest, with its page number on
 * the right. */
void
_llwybr_page_flow_contents_line (LlwybrPageFlow *self,
                                 LlwybrFont      font,
                                 const char     *text,
                                 double          indent,
                                 guint           page,
                                 const char     *dest)
{
  g_autoptr(PangoLayout) layout = new_layout (self, font, content_width (self) - indent - NUMBER_WIDTH);
  g_autofree char *link = g_strdup_printf ("dest='%s'", dest);
  g_autofree char *number = g_strdup_printf ("%u", page);
  PangoRectangle extents;

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_get_extents (layout, NULL, &extents);

  self->y += fonts[font].space_before / 2;
  _llwybr_page_flow_keep_room (self, pango_units_to_double (extents.height));
  if (self->cr != NULL)
    {
      cairo_tag_begin (self->cr, CAIRO_TAG_LINK, link);
      cairo_set_source_rgb (self->cr, 0.1, 0.1, 0.1);
      cairo_move_to (self->cr, MARGIN + indent, self->y);
      pango_cairo_show_layout (self->cr, layout);
      show_line (self, font, number, self->width - MARGIN - NUMBER_WIDTH, self->y, NUMBER_WIDTH, PANGO_ALIGN_RIGHT);
      cairo_tag_end (self->cr, CAIRO_TAG_LINK);
    }
  self->y += pango_units_to_double (extents.height);
}

/* The top of this page as @dest, for links and the outline. */
void
_llwybr_page_flow_mark (LlwybrPageFlow *self,
                        const char     *dest)
{
  g_autofree char *attributes = g_strdup_printf ("name='%s' x=0 y=0", dest);

  if (self->cr == NULL)
    return;

  cairo_tag_begin (self->cr, CAIRO_TAG_DEST, attributes);
  cairo_tag_end (self->cr, CAIRO_TAG_DEST);
}
