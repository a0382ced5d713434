/* test-document-file.c: the document file, read back with poppler
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <cairo-pdf.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <poppler.h>

#include "llwybr-pdf-private.h"
#include "llwybr-test-util.h"

/* poppler-glib 22 defines no autoptr cleanups of its own; newer ones do. */
#if !HAVE_POPPLER_AUTOPTR
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)
#endif

#define BAND 44.0

/* Helpers: real files to attach, made with cairo */

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A PDF whose pages say @texts; a page whose text starts with "Landscape"
 * is landscape. */
static GBytes *
make_pdf (const char * const *texts)
{
  GByteArray *data = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (append_cb, data, 595, 842);
  cairo_t *cr = cairo_create (surface);

  for (guint i = 0; texts[i] != NULL; i++)
    {
      g_autoptr(PangoLayout) layout = pango_cairo_create_layout (cr);
      PangoFontDescription *font = pango_font_description_from_string ("Sans 14");

      if (g_str_has_prefix (texts[i], "Landscape"))
        cairo_pdf_surface_set_size (surface, 842, 595);
      pango_layout_set_font_description (layout, font);
      pango_font_description_free (font);
      pango_layout_set_text (layout, texts[i], -1);
      /* Near the top, where a stamp would cover it if the page were not
       * moved down below the band. */
      cairo_move_to (cr, 20, 4);
      pango_cairo_show_layout (cr, layout);
      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);

  return g_byte_array_free_to_bytes (data);
}

static GBytes *
make_png (void)
{
  GByteArray *data = g_byte_array_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 300, 200);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 0.2, 0.5, 0.8);
  cairo_paint (cr);
  cairo_set_source_rgba (cr, 1, 0.8, 0, 0.5);
  cairo_arc (cr, 150, 100, 60, 0, 2 * G_PI);
  cairo_fill (cr);
  g_assert_cmpint (cairo_surface_write_to_png_stream (surface, append_cb, data), ==, CAIRO_STATUS_SUCCESS);

  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return g_byte_array_free_to_bytes (data);
}

static LlwybrAttachment *
attach (LlwybrPortfolio *portfolio,
        const char      *title,
        const char      *name,
        const char      *mime_type,
        GBytes          *bytes)
{
  g_autoptr(LlwybrEvidence) evidence = llwybr_evidence_new ();
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (bytes);
  g_autoptr(GError) error = NULL;
  LlwybrAttachment *attachment;

  llwybr_evidence_set_title (evidence, title);
  llwybr_portfolio_add_evidence (portfolio, evidence, &error);
  g_assert_no_error (error);
  attachment = llwybr_portfolio_attach_stream (portfolio, evidence, name, mime_type, stream,
                                               g_bytes_get_size (bytes), NULL, &error);
  g_assert_no_error (error);

  return attachment;
}

static void
choose (LlwybrPortfolio  *portfolio,
        const char       *standard,
        LlwybrAttachment *attachment,
        const char       *why,
        const char       *highlight)
{
  g_autoptr(LlwybrDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = llwybr_portfolio_add_document (portfolio, standard, attachment, &error);
  g_assert_no_error (error);
  llwybr_document_set_why (document, why);
  llwybr_document_set_highlight (document, highlight);
  llwybr_portfolio_save_document (portfolio, document, &error);
  g_assert_no_error (error);
}

/* Standard 3: a two-page lesson plan, the second page landscape.
 * Standard 9: a "PDF" that is not one, and notes typed as plain text,
 * long enough for two pages. Standard 23: a photo of pupils' work and a
 * Word document. Chosen out of order, as a TA might. */
static LlwybrPortfolio *
new_portfolio (void)
{
  LlwybrPortfolio *portfolio = llwybr_test_new_portfolio ();
  const char * const pages[] = { "Gwers fathemateg: tudalen un", "Landscape: tudalen dau", NULL };
  g_autoptr(GBytes) pdf = make_pdf (pages);
  g_autoptr(GBytes) png = make_png ();
  static const char damaged_pdf[] = "%PDF-1.4 nothing follows";
  static const char not_docx[] = "PK\003\004 not really a Word file";
  g_autoptr(GBytes) damaged = g_bytes_new_static (damaged_pdf, sizeof damaged_pdf - 1);
  g_autoptr(GBytes) docx = g_bytes_new_static (not_docx, sizeof not_docx - 1);
  g_autoptr(GString) lines = g_string_new (NULL);
  g_autoptr(GBytes) text = NULL;
  g_autoptr(LlwybrAttachment) plan = NULL, photo = NULL, scan = NULL, statement = NULL, notes = NULL;

  for (guint i = 1; i <= 80; i++)
    g_string_append_printf (lines, "Nodyn %u am y grŵp.\r\n", i);
  text = g_bytes_new (lines->str, lines->len);

  g_assert_true (llwybr_portfolio_set_owner (portfolio, "Nia Jones", NULL));
  g_assert_true (llwybr_portfolio_set_school (portfolio, "Ysgol y Berllan", NULL));
  g_assert_true (llwybr_portfolio_set_title (portfolio, "Portffolio CALU", NULL));

  plan = attach (portfolio, "Lesson plan: fractions with Year 4", "cynllun-gwers.pdf", "application/pdf", pdf);
  photo = attach (portfolio, "Pupils’ fraction walls", "waliau-ffracsiynau.png", "image/png", png);
  scan = attach (portfolio, "Scanned observation", "sgan.pdf", "application/pdf", damaged);
  statement = attach (portfolio, "Witness statement", "datganiad-tyst.docx",
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx);

  choose (portfolio, "23", photo, "The pupils’ work after my intervention.", "The third wall, where Cai corrected himself.");
  choose (portfolio, "3", plan, "The plan I wrote with the class teacher.", "The differentiation column on page 1.");
  choose (portfolio, "23", statement, "The class teacher saw me assess the group.", "The second paragraph.");
  notes = attach (portfolio, "Notes on the group", "nodiadau.txt", "text/plain", text);
  choose (portfolio, "9", scan, "My observation notes.", "");
  choose (portfolio, "9", notes, "What I noticed each week.", "Weeks 3 and 4.");

  return portfolio;
}

static char *
export_to_path (LlwybrPortfolio       *portfolio,
                LlwybrSummaryLanguage  language)
{
  char *path = llwybr_test_tmp_path ("ffeil-ddogfennau.pdf");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  llwybr_document_file_write_pdf (portfolio, language, file, NULL, &error);
  g_assert_no_error (error);

  return path;
}

static PopplerDocument *
export (LlwybrPortfolio       *portfolio,
        LlwybrSummaryLanguage  language)
{
  g_autofree char *path = export_to_path (portfolio, language);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GError) error = NULL;
  PopplerDocument *document;

  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);

  return document;
}

static char *
page_text (PopplerDocument *document,
           int              index)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (document, index);

  return poppler_page_get_text (page);
}

/* The first of @text's places on the page, from the page's top. */
static gboolean
find (PopplerDocument  *document,
      int               index,
      const char       *text,
      PopplerRectangle *found)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (document, index);
  GList *matches = poppler_page_find_text (page, text);
  double width, height;

  if (matches == NULL)
    return FALSE;

  /* poppler gives PDF coordinates, from the bottom. */
  poppler_page_get_size (page, &width, &height);
  *found = *(PopplerRectangle *)matches->data;
  found->y1 = height - ((PopplerRectangle *)matches->data)->y2;
  found->y2 = height - ((PopplerRectangle *)matches->data)->y1;
  g_list_free_full (matches, (GDestroyNotify)poppler_rectangle_free);

  return TRUE;
}

static char *
outline (PopplerDocument *document)
{
  PopplerIndexIter *iter = poppler_index_iter_new (document);
  g_autoptr(GString) titles = g_string_new (NULL);

  g_assert_nonnull (iter);
  do
    {
      PopplerAction *action = poppler_index_iter_get_action (iter);

      g_string_append_printf (titles, "%s|", action->any.title);
      poppler_action_free (action);
    }
  while (poppler_index_iter_next (iter));
  poppler_index_iter_free (iter);

  return g_string_free (g_steal_pointer (&titles), FALSE);
}

/* The words whose letters lie in @area (PDF coordinates, from the
 * bottom, as link areas are), in reading order. */
static char *
text_in (PopplerPage            *page,
         const PopplerRectangle *area)
{
  g_autofree char *text = poppler_page_get_text (page);
  g_autofree PopplerRectangle *letters = NULL;
  g_autoptr(GString) found = g_string_new (NULL);
  guint n_letters = 0;
  double width, height;
  const char *c = text;

  poppler_page_get_size (page, &width, &height);
  g_assert_true (poppler_page_get_text_layout (page, &letters, &n_letters));
  for (guint i = 0; i < n_letters && *c; i++, c = g_utf8_next_char (c))
    {
      double x = (letters[i].x1 + letters[i].x2) / 2;
      double y = height - (letters[i].y1 + letters[i].y2) / 2;

      if (*c != '\n' && x > area->x1 && x < area->x2 && y > area->y1 && y < area->y2)
        g_string_append_len (found, c, g_utf8_next_char (c) - c);
      else if (found->len > 0 && found->str[found->len - 1] != ' ')
        g_string_append_c (found, ' ');
    }

  return g_strstrip (g_string_free (g_steal_pointer (&found), FALSE));
}

/* Each line of the contents as "what it says → the page it says", where
 * that is also the page its link goes to. */
static char *
follow_contents (PopplerDocument *document)
{
  g_autoptr(PopplerPage) cover = poppler_document_get_page (document, 0);
  g_autoptr(GString) lines = g_string_new (NULL);
  GList *links = poppler_page_get_link_mapping (cover);

  for (GList *l = g_list_last (links); l != NULL; l = l->prev)
    {
      PopplerLinkMapping *mapping = l->data;
      g_autofree char *text = text_in (cover, &mapping->area);
      char *number = strrchr (text, ' ');
      PopplerDest *dest;

      g_assert_cmpint (mapping->action->type, ==, POPPLER_ACTION_GOTO_DEST);
      dest = poppler_document_find_dest (document, mapping->action->goto_dest.dest->named_dest);
      g_assert_nonnull (dest);
      g_assert_nonnull (number);
      *number++ = '\0';
      g_assert_cmpint (dest->page_num, ==, atoi (number));
      g_string_append_printf (lines, "%s → %d|", text, dest->page_num);
      poppler_dest_free (dest);
    }
  poppler_page_free_link_mapping (links);

  return g_string_free (g_steal_pointer (&lines), FALSE);
}

/* Tests */

/* What an assessor turns through: the cover, then standard 3's divider and
 * its plan's two pages, standard 9's divider and the notes' two pages,
 * standard 23's divider and the photo; each page stamped above what it
 * shows. */
static void
test_english (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = new_portfolio ();
  g_autoptr(PopplerDocument) document = export (portfolio, LLWYBR_SUMMARY_ENGLISH);
  const char *stamps[] = { NULL, "Standard 3", "Standard 3", "Standard 3", "Standard 9", "Standard 9", "Standard 9",
                           "Standard 23", "Standard 23" };
  g_autofree char *cover = page_text (document, 0);
  g_autofree char *titles = outline (document);
  g_autofree char *contents = follow_contents (document);
  g_autofree char *title = poppler_document_get_title (document);
  g_autofree char *author = poppler_document_get_author (document);
  PopplerRectangle where;

  g_assert_cmpint (poppler_document_get_n_pages (document), ==, G_N_ELEMENTS (stamps));
  g_assert_cmpstr (title, ==, "Document file — Nia Jones");
  g_assert_cmpstr (author, ==, "Nia Jones");

  g_assert_true (g_str_has_prefix (cover, "Document file\n"));
  g_assert_nonnull (strstr (cover, "Ysgol y Berllan"));
  g_assert_nonnull (strstr (cover, "Standards without a document: 1, 2, 4, 5, 6, 7, 8, 10, 11,"));
  g_assert_null (strstr (cover, " 3, "));
  g_assert_cmpstr (contents, ==, "Standard 3 → 2|Lesson plan: fractions with Year 4 — cynllun-gwers.pdf → 3|"
                                 "Standard 9 → 5|Scanned observation — sgan.pdf → 5|Notes on the group — nodiadau.txt → 6|"
                                 "Standard 23 → 8|Pupils’ fraction walls — waliau-ffracsiynau.png → 9|"
                                 "Witness statement — datganiad-tyst.docx → 8|");
  g_assert_true (strstr (cover, "Standard 3") < strstr (cover, "Standard 9"));
  g_assert_true (strstr (cover, "Standard 9") < strstr (cover, "Standard 23"));
  g_assert_nonnull (strstr (cover, "Page 1 of 9"));
  g_assert_true (g_str_has_prefix (titles, "Standard 3|Standard 9|Standard 23|"));

  for (int i = 1; i < (int)G_N_ELEMENTS (stamps); i++)
    {
      g_autofree char *text = page_text (document, i);
      g_autofree char *number = g_strdup_printf ("Page %d of 9", i + 1);

      if (!g_str_has_prefix (text, stamps[i]))
        g_error ("page %d does not begin “%s”: %s", i + 1, stamps[i], text);
      g_assert_true (find (document, i, stamps[i], &where));
      g_assert_cmpfloat (where.y2, <, BAND);
      g_assert_nonnull (strstr (text, number));
    }

  /* The dividers: the standard's own words, why, and where to look. */
  {
    g_autofree char *three = page_text (document, 1);
    g_autofree char *nine = page_text (document, 4);
    g_autofree char *twenty_three = page_text (document, 7);

    g_assert_nonnull (strstr (three, "The plan I wrote with the class teacher."));
    g_assert_nonnull (strstr (three, "The differentiation column on page 1."));
    g_assert_nonnull (strstr (nine, "“sgan.pdf” could not be read: print it separately"));
    g_assert_true (strstr (twenty_three, "Pupils’ fraction walls") < strstr (twenty_three, "Witness statement"));
    g_assert_nonnull (strstr (twenty_three, "“datganiad-tyst.docx” cannot be shown in this file: print it separately"));
  }

  /* The lesson plan itself, its words still words, below the band. */
  g_assert_true (find (document, 2, "Gwers fathemateg: tudalen un", &where));
  g_assert_cmpfloat (where.y1, >, BAND);
  g_assert_true (find (document, 3, "tudalen dau", &where));

  /* The notes, every line, set over two pages below the band. */
  {
    g_autofree char *first = page_text (document, 5);
    g_autofree char *second = page_text (document, 6);
    g_autofree char *both = g_strconcat (first, second, NULL);

    for (guint i = 1; i <= 80; i++)
      {
        g_autofree char *line = g_strdup_printf ("Nodyn %u am y grŵp.\n", i);

        g_assert_nonnull (strstr (both, line));
      }
    g_assert_nonnull (strstr (first, "Nodyn 1 am"));
    g_assert_nonnull (strstr (second, "Nodyn 80 am"));
    g_assert_true (find (document, 5, "Nodyn 1 am", &where));
    g_assert_cmpfloat (where.y1, >, BAND);
  }
  {
    g_autoptr(PopplerPage) portrait = poppler_document_get_page (document, 2);
    g_autoptr(PopplerPage) landscape = poppler_document_get_page (document, 3);
    g_autoptr(PopplerPage) photo = poppler_document_get_page (document, 8);
    double width, height;
    GList *images;

    poppler_page_get_size (portrait, &width, &height);
    g_assert_cmpfloat (width, <, height);
    poppler_page_get_size (landscape, &width, &height);
    g_assert_cmpfloat (width, >, height);

    images = poppler_page_get_image_mapping (photo);
    g_assert_cmpuint (g_list_length (images), ==, 1);
    g_assert_cmpfloat (((PopplerImageMapping *)images->data)->area.y1, >=, BAND);
    poppler_page_free_image_mapping (images);
  }
}

/* In Welsh, in Welsh; both, Welsh first. */
static void
test_welsh (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = new_portfolio ();
  g_autoptr(PopplerDocument) welsh = export (portfolio, LLWYBR_SUMMARY_WELSH);
  g_autoptr(PopplerDocument) both = export (portfolio, LLWYBR_SUMMARY_BILINGUAL);
  g_autofree char *photo = page_text (welsh, 8);
  g_autofree char *divider = page_text (welsh, 1);
  g_autofree char *both_divider = page_text (both, 1);
  g_autofree char *titles = outline (welsh);
  PopplerRectangle where;

  g_assert_true (g_str_has_prefix (photo, "Safon 23"));
  g_assert_null (strstr (photo, "Standard"));
  g_assert_nonnull (strstr (photo, "Tudalen 9 o 9"));
  g_assert_true (g_str_has_prefix (titles, "Safon 3|Safon 9|Safon 23|"));
  /* The standard's own words, from the Welsh standards. */
  g_assert_null (strstr (divider, "Standard 3"));
  g_assert_nonnull (strstr (divider, "arddangos y gwerthoedd"));
  g_assert_null (strstr (divider, "demonstrate the positive values"));

  g_assert_true (g_str_has_prefix (both_divider, "Safon 3 / Standard 3"));
  g_assert_true (strstr (both_divider, "arddangos y gwerthoedd") < strstr (both_divider, "demonstrate the positive values"));
  g_assert_true (find (both, 8, "Safon 23 / Standard 23", &where));
  g_assert_cmpfloat (where.y2, <, BAND);
}

static gboolean
contains (const char *haystack,
          gsize       length,
          GBytes     *needle)
{
  gsize size = g_bytes_get_size (needle);

  for (gsize i = 0; i + size <= length; i++)
    if (memcmp (haystack + i, g_bytes_get_data (needle, NULL), size) == 0)
      return TRUE;

  return FALSE;
}

/* A photo goes in as the JPEG it came as, not made bigger by re-encoding;
 * a picture that is not one is named on its divider page. */
static void
test_photos (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_test_new_portfolio ();
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, 640, 480);
  g_autoptr(GBytes) jpeg = NULL;
  g_autoptr(GBytes) png = make_png ();
  /* Cut off in its header: gdk-pixbuf draws what it has of a picture cut
   * off further on, but this one is not a picture at all. */
  g_autoptr(GBytes) half = g_bytes_new_from_bytes (png, 0, 20);
  g_autoptr(LlwybrAttachment) photo = NULL, cut_off = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GMappedFile) pdf = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *divider = NULL;
  char *data = NULL;
  gsize size = 0;

  gdk_pixbuf_fill (pixbuf, 0x3080c0ff);
  g_assert_true (gdk_pixbuf_save_to_buffer (pixbuf, &data, &size, "jpeg", &error, "quality", "90", NULL));
  jpeg = g_bytes_new_take (data, size);
  photo = attach (portfolio, "Display board", "bwrdd.jpg", "image/jpeg", jpeg);
  choose (portfolio, "5", photo, "The display I made with the class.", "The labels in Welsh and English.");
  cut_off = attach (portfolio, "Phonics game", "gem.png", "image/png", half);
  choose (portfolio, "6", cut_off, "The game I made for the group.", "");

  path = export_to_path (portfolio, LLWYBR_SUMMARY_ENGLISH);
  pdf = g_mapped_file_new (path, FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (contains (g_mapped_file_get_contents (pdf), g_mapped_file_get_length (pdf), jpeg));

  uri = g_filename_to_uri (path, NULL, NULL);
  document = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 4);
  divider = page_text (document, 3);
  g_assert_true (g_str_has_prefix (divider, "Standard 6"));
  g_assert_nonnull (strstr (divider, "“gem.png” could not be read: print it separately"));
}

/* Nothing chosen yet: a file that says so. */
static void
test_empty (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_test_new_portfolio ();
  g_autoptr(PopplerDocument) document = export (portfolio, LLWYBR_SUMMARY_ENGLISH);
  g_autofree char *cover = page_text (document, 0);

  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1);
  g_assert_nonnull (strstr (cover, "No documents have been chosen for any standard yet."));
}

/* A cancelled export leaves what was there before, and nothing beside it. */
static void
test_cancelled (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = new_portfolio ();
  g_autofree char *path = llwybr_test_tmp_path ("ffeil.pdf");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) folder = NULL;
  g_autofree char *before = NULL, *after = NULL;

  g_assert_true (g_file_set_contents (path, "the old file", -1, NULL));
  before = llwybr_test_fingerprint (path);
  g_cancellable_cancel (cancellable);

  g_assert_false (llwybr_document_file_write_pdf (portfolio, LLWYBR_SUMMARY_ENGLISH, file, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  after = llwybr_test_fingerprint (path);
  g_assert_cmpstr (before, ==, after);

  folder = g_dir_open (dir, 0, NULL);
  g_assert_cmpstr (g_dir_read_name (folder), ==, "ffeil.pdf");
  g_assert_null (g_dir_read_name (folder));
}

/* Halfway through, whatever stops a PDF being written leaves no half of it,
 * where there was a file and where there was none. */
static void
test_writer_half_done (void)
{
  for (guint existed = 0; existed < 2; existed++)
    {
      g_autofree char *path = llwybr_test_tmp_path ("crynodeb.pdf");
      g_autofree char *dir = g_path_get_dirname (path);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autoptr(LlwybrPdfWriter) writer = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GDir) folder = NULL;
      g_autofree char *before = NULL, *after = NULL;
      cairo_t *cr;

      if (existed)
        g_assert_true (g_file_set_contents (path, "the old file", -1, NULL));
      before = llwybr_test_fingerprint (path);

      writer = _llwybr_pdf_writer_new (file, 595, 842, cancellable, &error);
      g_assert_no_error (error);
      cr = cairo_create (_llwybr_pdf_writer_get_surface (writer));
      cairo_rectangle (cr, 10, 10, 100, 100);
      cairo_fill (cr);
      cairo_show_page (cr);
      cairo_destroy (cr);
      g_assert_true (_llwybr_pdf_writer_ok (writer));

      g_cancellable_cancel (cancellable);
      g_assert_false (_llwybr_pdf_writer_ok (writer));
      g_assert_false (_llwybr_pdf_writer_finish (writer, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_clear_pointer (&writer, _llwybr_pdf_writer_free);

      after = llwybr_test_fingerprint (path);
      g_assert_cmpstr (before, ==, after);
      folder = g_dir_open (dir, 0, NULL);
      if (existed)
        g_assert_cmpstr (g_dir_read_name (folder), ==, "crynodeb.pdf");
      g_assert_null (g_dir_read_name (folder));
    }
}

/* The sample's documents, whatever kind of file each is, make a file. */
static void
test_sample (void)
{
  g_autofree char *path = llwybr_test_write_sample ();
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_portfolio_open_read_only (path, NULL);
  g_autoptr(PopplerDocument) document = export (portfolio, LLWYBR_SUMMARY_BILINGUAL);
  g_autofree char *titles = outline (document);

  g_assert_true (g_str_has_prefix (titles, "Safon 11 / Standard 11|Safon 17 / Standard 17|"));
}

int
main (int   argc,
      char *argv[])
{
  llwybr_test_init (&argc, &argv);

  g_test_add_func ("/document-file/english", test_english);
  g_test_add_func ("/document-file/welsh", test_welsh);
  g_test_add_func ("/document-file/photos", test_photos);
  g_test_add_func ("/document-file/empty", test_empty);
  g_test_add_func ("/document-file/cancelled", test_cancelled);
  g_test_add_func ("/document-file/writer-half-done", test_writer_half_done);
  g_test_add_func ("/document-file/sample", test_sample);

  return g_test_run ();
}
