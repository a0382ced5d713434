/* llwybr-document-file.c
 *
 * The document file an HLTA assessor reads beside the written tasks: for
 * each standard, in standards order, a divider page saying which
 * documents follow and why, then the documents themselves, every page
 * stamped with its standard above the document, never over it. PDFs are
 * drawn page by page through poppler, images through gdk-pixbuf, plain
 * text set in type; any other file (a Word document, say) is named on
 * its divider page, to be printed separately, and so is one that cannot
 * be read, rather than the whole file failing.
 *
 * The file is made twice over: once only counting pages, so every page
 * can say "page 4 of 19" and the contents can give page numbers, then for
 * real. Attachments are read one at a time, so a file of large scans
 * needs no more memory than its largest.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-document-file"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "llwybr-document-file.h"
#include "llwybr-document-file-private.h"
#include "llwybr-page-flow-private.h"

typedef struct
{
  char                  *title;
  char                  *why;
  char                  *highlight;
  char                  *attachment;
  char                  *name;
  LlwybrDocumentContent  content;
  guint                  n_pages;
  guint                  first_page;
} Entry;

typedef struct
{
  char      *code;
  GPtrArray *entries;
  guint      page;
} Section;

typedef struct
{
  LlwybrPortfolio       *portfolio;
  LlwybrSummaryLanguage  language;
  LlwybrCatalog         *catalogs[LLWYBR_N_LANGUAGES];
  LlwybrFramework       *framework;
  GDateTime             *made;
  PangoContext          *context;
  GPtrArray             *sections;
  GPtrArray             *without;
  guint                  n_pages;
} DocumentFile;

/* Memory */

static void
entry_free (Entry *entry)
{
  g_free (entry->title);
  g_free (entry->why);
  g_free (entry->highlight);
  g_free (entry->attachment);
  g_free (entry->name);
  g_free (entry);
}

static void
section_free (Section *section)
{
  g_free (section->code);
  g_ptr_array_unref (section->entries);
  g_free (section);
}

static void
document_file_free (DocumentFile *self)
{
  for (guint i = 0; i < LLWYBR_N_LANGUAGES; i++)
    g_clear_pointer (&self->catalogs[i], llwybr_catalog_free);
  g_clear_object (&self->portfolio);
  g_clear_object (&self->framework);
  g_clear_pointer (&self->made, g_date_time_unref);
  g_clear_object (&self->context);
  g_clear_pointer (&self->sections, g_ptr_array_unref);
  g_clear_pointer (&self->without, g_ptr_array_unref);
  g_free (self);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DocumentFile, document_file_free)

/* Languages: as the summary, English, Welsh, or both with Welsh first. */

static char *
label (DocumentFile *self,
       const char   *msgid)
{
  return _llwybr_pdf_label (self->language, self->catalogs, msgid);
}

/* The same, for a message with arguments: each language formats its own
 * sentence, so word order may differ. */
#define labelv(self, ...) _llwybr_pdf_labelf ((self)->language, (self)->catalogs, __VA_ARGS__)

static void
field (DocumentFile   *self,
       LlwybrPageFlow *flow,
       const char     *msgid,
       const char     *value,
       double          indent)
{
  g_autofree char *name = label (self, msgid);

  _llwybr_page_flow_field (flow, name, value, indent);
}

/* Collecting: what the file shows, copied out of the portfolio */

static Entry *
entry_new (DocumentFile   *self,
           LlwybrDocument *document)
{
  const char *uuid = llwybr_document_get_attachment_uuid (document);
  g_autoptr(LlwybrAttachment) attachment = llwybr_portfolio_lookup_attachment (self->portfolio, uuid);
  LlwybrEvidence *evidence = llwybr_portfolio_lookup_evidence (self->portfolio,
                                                               llwybr_document_get_evidence_uuid (document));
  Entry *entry = g_new0 (Entry, 1);

  entry->title = g_strdup (evidence ? llwybr_evidence_get_title (evidence) : "");
  entry->why = g_strdup (llwybr_document_get_why (document));
  entry->highlight = g_strdup (llwybr_document_get_highlight (document));
  entry->attachment = g_strdup (uuid);
  entry->name = g_strdup (attachment ? llwybr_attachment_get_name (attachment) : "");
  entry->content = attachment ? _llwybr_document_content_of (attachment) : LLWYBR_DOCUMENT_MISSING;

  return entry;
}

static void
collect (DocumentFile *self)
{
  GListModel *standards = llwybr_framework_get_standards (self->framework);

  for (guint i = 0; i < g_list_model_get_n_items (standards); i++)
    {
      g_autoptr(LlwybrStandard) standard = g_list_model_get_item (standards, i);
      const char *code = llwybr_standard_get_code (standard);
      g_autoptr(GPtrArray) documents = llwybr_portfolio_list_documents_for (self->portfolio, code);
      Section *section;

      if (documents->len == 0)
        {
          g_ptr_array_add (self->without, g_strdup (code));
          continue;
        }

      section = g_new0 (Section, 1);
      section->code = g_strdup (code);
      section->entries = g_ptr_array_new_with_free_func ((GDestroyNotify)entry_free);
      for (guint j = 0; j < documents->len; j++)
        g_ptr_array_add (section->entries, entry_new (self, g_ptr_array_index (documents, j)));
      g_ptr_array_add (self->sections, section);
    }
}

/* Attachments */

static gboolean
is_shown (Entry *entry)
{
  return entry->content == LLWYBR_DOCUMENT_PDF || entry->content == LLWYBR_DOCUMENT_IMAGE ||
         entry->content == LLWYBR_DOCUMENT_TEXT;
}

static gboolean
open_entry (DocumentFile          *self,
            Entry                 *entry,
            LlwybrDocumentSource  *source,
            GCancellable          *cancellable,
            GError               **error)
{
  g_autoptr(LlwybrAttachment) attachment = llwybr_portfolio_lookup_attachment (self->portfolio, entry->attachment);

  if (attachment == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "no such attachment");
      return FALSE;
    }

  return _llwybr_document_source_open (source, self->portfolio, attachment, entry->content, cancellable, error);
}

/* Each attachment is opened once before anything is drawn, to know its
 * pages, and whether its divider must say it could not be read. (Text's
 * pages are known once it is laid out.) */
static gboolean
probe (DocumentFile  *self,
       GCancellable  *cancellable,
       GError       **error)
{
  for (guint i = 0; i < self->sections->len; i++)
    {
      Section *section = g_ptr_array_index (self->sections, i);

      for (guint j = 0; j < section->entries->len; j++)
        {
          Entry *entry = g_ptr_array_index (section->entries, j);
          g_auto(LlwybrDocumentSource) source = { NULL };
          g_autoptr(GError) local_error = NULL;
          gboolean readable;

          if (!is_shown (entry))
            continue;

          readable = open_entry (self, entry, &source, cancellable, &local_error);
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return FALSE;

          entry->n_pages = _llwybr_document_source_get_n_pages (&source);
          if (!readable)
            {
              g_debug ("“%s” cannot be drawn: %s", entry->name, local_error ? local_error->message : "");
              entry->content = LLWYBR_DOCUMENT_UNREADABLE;
            }
        }
    }

  return TRUE;
}

/* The cover: whose file it is, what is in it, and what is not */

static char *
standards_list (DocumentFile *self,
                GPtrArray    *codes)
{
  g_autoptr(GString) list = g_string_new (NULL);
  /* Translators: the separator in a list of standard numbers, "5, 12, 31" */
  const char *separator = llwybr_catalog_gettext (self->catalogs[_llwybr_pdf_main_language (self->language)], N_(", "));

  for (guint i = 0; i < codes->len; i++)
    g_string_append_printf (list, "%s%s", i ? separator : "", (char *)g_ptr_array_index (codes, i));

  return g_string_free (g_steal_pointer (&list), FALSE);
}

static char *
entry_title (Entry *entry)
{
  if (*entry->title && *entry->name)
    return g_strdup_printf ("%s — %s", entry->title, entry->name);

  return g_strdup (*entry->title ? entry->title : *entry->name ? entry->name : "—");
}

static void
write_contents (DocumentFile   *self,
                LlwybrPageFlow *flow)
{
  g_autofree char *heading = label (self, N_("Contents"));

  _llwybr_page_flow_text (flow, LLWYBR_FONT_H1, heading, 0);
  for (guint i = 0; i < self->sections->len; i++)
    {
      Section *section = g_ptr_array_index (self->sections, i);
      g_autofree char *title = labelv (self, N_("Standard %s"), section->code);
      g_autofree char *dest = g_strdup_printf ("standard-%s", section->code);

      _llwybr_page_flow_contents_line (flow, LLWYBR_FONT_H2, title, 0, section->page, dest);
      for (guint j = 0; j < section->entries->len; j++)
        {
          Entry *entry = g_ptr_array_index (section->entries, j);
          g_autofree char *text = entry_title (entry);
          g_autofree char *entry_dest = g_strdup_printf ("standard-%s-%u", section->code, j + 1);

          /* A file printed separately goes behind its divider page. */
          _llwybr_page_flow_contents_line (flow, LLWYBR_FONT_BODY, text, 16,
                                           entry->n_pages ? entry->first_page : section->page,
                                           entry->n_pages ? entry_dest : dest);
        }
    }
}

static void
write_cover (DocumentFile   *self,
             LlwybrPageFlow *flow)
{
  LlwybrLanguage language = _llwybr_pdf_main_language (self->language);
  g_autofree char *title = label (self, N_("Document file"));
  g_autofree char *made = _llwybr_pdf_date (self->catalogs[language], g_date_time_get_day_of_month (self->made),
                                            g_date_time_get_month (self->made), g_date_time_get_year (self->made));
  g_autofree char *target = NULL;

  if (self->language == LLWYBR_SUMMARY_BILINGUAL)
    target = g_strdup_printf ("%s / %s (%s)", llwybr_framework_get_title (self->framework, LLWYBR_LANGUAGE_CY),
                              llwybr_framework_get_title (self->framework, LLWYBR_LANGUAGE_EN),
                              llwybr_framework_get_version (self->framework));
  else
    target = g_strdup_printf ("%s (%s)", llwybr_framework_get_title (self->framework, language),
                              llwybr_framework_get_version (self->framework));

  flow->band = NULL;
  _llwybr_page_flow_begin_page (flow, LLWYBR_A4_WIDTH, LLWYBR_A4_HEIGHT);
  _llwybr_page_flow_text (flow, LLWYBR_FONT_TITLE, title, 0);
  if (*llwybr_portfolio_get_title (self->portfolio))
    _llwybr_page_flow_text (flow, LLWYBR_FONT_H2, llwybr_portfolio_get_title (self->portfolio), 0);
  field (self, flow, N_("Name"), llwybr_portfolio_get_owner (self->portfolio), 0);
  field (self, flow, N_("School"), llwybr_portfolio_get_school (self->portfolio), 0);
  field (self, flow, N_("Working towards"), target, 0);
  field (self, flow, N_("Prepared on"), made, 0);

  if (self->sections->len == 0)
    {
      g_autofree char *none = label (self, N_("No documents have been chosen for any standard yet."));

      _llwybr_page_flow_skip (flow, LLWYBR_FONT_H2);
      _llwybr_page_flow_warning (flow, none, 0);
      return;
    }

  /* What is missing first, where the TA sees it before printing. */
  if (self->without->len > 0)
    {
      g_autofree char *list = standards_list (self, self->without);
      g_autofree char *name = label (self, N_("Standards without a document"));
      g_autofree char *text = g_strdup_printf ("%s: %s", name, list);

      _llwybr_page_flow_skip (flow, LLWYBR_FONT_H2);
      _llwybr_page_flow_warning (flow, text, 0);
    }

  write_contents (self, flow);
}

/* Divider pages: the standard, and each document's reasons */

static void
write_entry (DocumentFile   *self,
             LlwybrPageFlow *flow,
             Entry          *entry)
{
  g_autofree char *problem = NULL;

  _llwybr_page_flow_keep_room (flow, 80);
  _llwybr_page_flow_text (flow, LLWYBR_FONT_H2, *entry->title ? entry->title : "—", 0);
  if (*entry->name)
    {
      g_autofree char *escaped = g_markup_escape_text (entry->name, -1);
      g_autofree char *markup = g_strdup_printf ("<span foreground=\"#555555\">%s</span>", escaped);

      _llwybr_page_flow_markup (flow, LLWYBR_FONT_META, markup, 0);
    }
  field (self, flow, N_("Why it is included"), entry->why, 0);
  field (self, flow, N_("What to look at"), entry->highlight, 0);

  switch (entry->content)
    {
    case LLWYBR_DOCUMENT_OTHER:
      /* Translators: %s is the name of a file, a Word document for example */
      problem = labelv (self, N_("“%s” cannot be shown in this file: print it separately and put it after this page."),
                        entry->name);
      break;

    case LLWYBR_DOCUMENT_UNREADABLE:
      /* Translators: %s is the name of a file */
      problem = labelv (self, N_("“%s” could not be read: print it separately and put it after this page."),
                        entry->name);
      break;

    case LLWYBR_DOCUMENT_MISSING:
      problem = label (self, N_("The file chosen for this document is no longer in the portfolio."));
      break;

    case LLWYBR_DOCUMENT_PDF:
    case LLWYBR_DOCUMENT_IMAGE:
    case LLWYBR_DOCUMENT_TEXT:
    default:
      break;
    }

  if (problem != NULL)
    _llwybr_page_flow_warning (flow, problem, 0);
}

static void
write_divider (DocumentFile   *self,
               LlwybrPageFlow *flow,
               Section        *section,
               const char     *band)
{
  LlwybrStandard *standard = llwybr_framework_lookup_standard (self->framework, section->code);
  g_autofree char *dest = g_strdup_printf ("standard-%s", section->code);

  _llwybr_page_flow_set_note (flow, llwybr_portfolio_get_owner (self->portfolio));
  flow->band = band;
  _llwybr_page_flow_begin_page (flow, LLWYBR_A4_WIDTH, LLWYBR_A4_HEIGHT);
  section->page = flow->page;

  _llwybr_page_flow_heading (flow, LLWYBR_FONT_H1, band, dest);
  if (self->language != LLWYBR_SUMMARY_ENGLISH)
    _llwybr_page_flow_text (flow, LLWYBR_FONT_BODY, llwybr_standard_get_text (standard, LLWYBR_LANGUAGE_CY), 0);
  if (self->language != LLWYBR_SUMMARY_WELSH)
    {
      g_autofree char *escaped = g_markup_escape_text (llwybr_standard_get_text (standard, LLWYBR_LANGUAGE_EN), -1);
      g_autofree char *markup = self->language == LLWYBR_SUMMARY_BILINGUAL ? g_strdup_printf ("<i>%s</i>", escaped)
                                                                             : g_strdup (escaped);

      _llwybr_page_flow_markup (flow, LLWYBR_FONT_BODY, markup, 0);
    }

  for (guint i = 0; i < section->entries->len; i++)
    write_entry (self, flow, g_ptr_array_index (section->entries, i));

  _llwybr_page_flow_end_page (flow);
}

/* Document pages: the attachment itself, below the band */

static void
draw_lost_page (DocumentFile   *self,
                LlwybrPageFlow *flow,
                Entry          *entry)
{
  /* Translators: %s is the name of a file */
  g_autofree char *text = labelv (self, N_("“%s” could not be read: print it separately and put it after this page."),
                                  entry->name);

  _llwybr_page_flow_warning (flow, text, 0);
}

/* Plain text is set in type, line by line, over as many pages as it
 * takes: its pages are known once it is laid out. */
static void
write_text (DocumentFile   *self,
            LlwybrPageFlow *flow,
            Entry          *entry,
            const char     *dest,
            GCancellable   *cancellable)
{
  g_auto(LlwybrDocumentSource) source = { NULL };
  g_auto(GStrv) lines = NULL;
  guint n_lines = 0;

  entry->first_page = flow->page + 1;
  _llwybr_page_flow_set_note (flow, entry->name);
  _llwybr_page_flow_begin_page (flow, LLWYBR_A4_WIDTH, LLWYBR_A4_HEIGHT);
  _llwybr_page_flow_mark (flow, dest);

  if (open_entry (self, entry, &source, cancellable, NULL))
    {
      lines = g_strsplit (source.text, "\n", -1);
      n_lines = g_strv_length (lines);
      /* The newline that ends the last line begins no other. */
      if (n_lines > 0 && *lines[n_lines - 1] == '\0')
        n_lines--;
    }
  else
    draw_lost_page (self, flow, entry);

  for (guint i = 0; i < n_lines && !flow->stopped; i++)
    {
      g_strdelimit (lines[i], "\r", ' ');
      _llwybr_page_flow_text (flow, LLWYBR_FONT_TEXT, lines[i], 0);
    }

  _llwybr_page_flow_end_page (flow);
  entry->n_pages = flow->page - entry->first_page + 1;
}

static void
write_document (DocumentFile   *self,
                LlwybrPageFlow *flow,
                Section        *section,
                guint           index,
                GCancellable   *cancellable)
{
  Entry *entry = g_ptr_array_index (section->entries, index);
  g_autofree char *dest = g_strdup_printf ("standard-%s-%u", section->code, index + 1);
  g_auto(LlwybrDocumentSource) source = { NULL };
  gboolean readable;

  if (!is_shown (entry))
    return;

  if (entry->content == LLWYBR_DOCUMENT_TEXT)
    {
      write_text (self, flow, entry, dest, cancellable);
      return;
    }

  readable = flow->cr != NULL && open_entry (self, entry, &source, cancellable, NULL) &&
             _llwybr_document_source_get_n_pages (&source) == entry->n_pages;
  entry->first_page = flow->page + 1;
  for (guint i = 0; i < entry->n_pages && !flow->stopped; i++)
    {
      g_autofree char *note = entry->n_pages > 1 ? g_strdup_printf ("%s (%u/%u)", entry->name, i + 1, entry->n_pages)
                                                 : g_strdup (entry->name);
      double width, height, box_x, box_y, box_width, box_height;

      _llwybr_document_source_get_page_size (&source, i, &width, &height);
      _llwybr_page_flow_set_note (flow, note);
      /* Landscape pages go on landscape paper, so they are not shrunk. */
      if (width > height)
        _llwybr_page_flow_begin_page (flow, LLWYBR_A4_HEIGHT, LLWYBR_A4_WIDTH);
      else
        _llwybr_page_flow_begin_page (flow, LLWYBR_A4_WIDTH, LLWYBR_A4_HEIGHT);

      if (i == 0)
        _llwybr_page_flow_mark (flow, dest);
      _llwybr_page_flow_get_box (flow, &box_x, &box_y, &box_width, &box_height);
      if (flow->cr != NULL && !readable)
        draw_lost_page (self, flow, entry);
      else if (flow->cr != NULL)
        _llwybr_document_source_draw_page (&source, i, flow->cr, box_x, box_y, box_width, box_height);

      _llwybr_page_flow_end_page (flow);
    }
}

/* The whole file, counted or drawn */

static void
add_outline (DocumentFile   *self,
             LlwybrPageFlow *flow,
             Section        *section,
             const char     *title)
{
  cairo_surface_t *surface = _llwybr_pdf_writer_get_surface (flow->writer);
  g_autofree char *link = g_strdup_printf ("dest='standard-%s'", section->code);
  int parent = cairo_pdf_surface_add_outline (surface, CAIRO_PDF_OUTLINE_ROOT, title, link, 0);

  for (guint i = 0; i < section->entries->len; i++)
    {
      Entry *entry = g_ptr_array_index (section->entries, i);
      g_autofree char *text = entry_title (entry);
      g_autofree char *entry_link = entry->n_pages ? g_strdup_printf ("dest='standard-%s-%u'", section->code, i + 1)
                                                   : g_strdup (link);

      cairo_pdf_surface_add_outline (surface, parent, text, entry_link, 0);
    }
}

static void
write_file (DocumentFile   *self,
            LlwybrPageFlow *flow,
            GCancellable   *cancellable)
{
  write_cover (self, flow);
  _llwybr_page_flow_end_page (flow);

  for (guint i = 0; i < self->sections->len && !flow->stopped; i++)
    {
      Section *section = g_ptr_array_index (self->sections, i);
      g_autofree char *band = labelv (self, N_("Standard %s"), section->code);

      if (flow->writer != NULL)
        add_outline (self, flow, section, band);

      write_divider (self, flow, section, band);
      for (guint j = 0; j < section->entries->len && !flow->stopped; j++)
        write_document (self, flow, section, j, cancellable);
      flow->band = NULL;
    }

  _llwybr_page_flow_clear (flow);
}

static void
set_metadata (DocumentFile    *self,
              cairo_surface_t *surface)
{
  g_autofree char *name = label (self, N_("Document file"));
  const char *owner = llwybr_portfolio_get_owner (self->portfolio);
  g_autofree char *title = *owner ? g_strdup_printf ("%s — %s", name, owner) : g_strdup (name);
  const char *keywords[] = { "en", "cy", "cy, en" };

  _llwybr_pdf_set_metadata (surface, title, owner,
                            llwybr_framework_get_title (self->framework, _llwybr_pdf_main_language (self->language)),
                            self->made);
  /* cairo 1.16 cannot set the document's /Lang; its keywords say which
   * languages it is written in instead. */
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_KEYWORDS, keywords[self->language]);
}

static DocumentFile *
document_file_new (LlwybrPortfolio       *portfolio,
                   LlwybrSummaryLanguage  language)
{
  DocumentFile *self = g_new0 (DocumentFile, 1);

  self->portfolio = g_object_ref (portfolio);
  self->language = language;
  for (guint i = 0; i < LLWYBR_N_LANGUAGES; i++)
    self->catalogs[i] = llwybr_catalog_new (i);
  self->framework = g_object_ref (llwybr_portfolio_get_framework (portfolio));
  self->made = g_date_time_new_now_local ();
  self->context = _llwybr_pdf_context_new ();
  self->sections = g_ptr_array_new_with_free_func ((GDestroyNotify)section_free);
  self->without = g_ptr_array_new_with_free_func (g_free);

  return self;
}

static gboolean
write_pdf (DocumentFile  *self,
           GFile         *destination,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(LlwybrPdfWriter) writer = NULL;
  LlwybrPageFlow counting = { self->context, self->language, self->catalogs };
  LlwybrPageFlow drawing = { self->context, self->language, self->catalogs };

  write_file (self, &counting, cancellable);
  self->n_pages = counting.page;

  if (!(writer = _llwybr_pdf_writer_new (destination, LLWYBR_A4_WIDTH, LLWYBR_A4_HEIGHT, cancellable, error)))
    return FALSE;

  set_metadata (self, _llwybr_pdf_writer_get_surface (writer));
  drawing.writer = writer;
  drawing.n_pages = self->n_pages;
  drawing.cr = cairo_create (_llwybr_pdf_writer_get_surface (writer));
  write_file (self, &drawing, cancellable);
  cairo_destroy (drawing.cr);
  /* Both passes lay out the same text: the numbers in the contents hold. */
  g_warn_if_fail (drawing.stopped || drawing.page == self->n_pages);

  return _llwybr_pdf_writer_finish (writer, error);
}

/* Public API */

/**
 * llwybr_document_file_write_pdf:
 * @portfolio: the portfolio whose chosen documents make the file
 * @language: English, Welsh, or both with Welsh first
 * @destination: the PDF to write; replaced only once the new one is whole
 * @cancellable: (nullable): checked between pages
 *
 * Writes the document file: a cover with the contents and the standards
 * that have no document, then for each standard in standards order a
 * divider page and its documents, each page stamped with the standard.
 * An attachment that cannot be read is named on its divider page instead
 * of failing the file. It reads the portfolio as it goes: call it on the
 * thread that owns @portfolio.
 *
 * Returns: %FALSE, with @destination as it was, if the file could not be
 *   written or was cancelled (%G_IO_ERROR_CANCELLED)
 */
gboolean
llwybr_document_file_write_pdf (LlwybrPortfolio        *portfolio,
                                LlwybrSummaryLanguage   language,
                                GFile                  *destination,
                                GCancellable           *cancellable,
                                GError                **error)
{
  g_autoptr(DocumentFile) self = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (portfolio), FALSE);
  g_return_val_if_fail (language <= LLWYBR_SUMMARY_BILINGUAL, FALSE);
  g_return_val_if_fail (G_IS_FILE (destination), FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  self = document_file_new (portfolio, language);
  collect (self);
  if (probe (self, cancellable, &local_error) && write_pdf (self, destination, cancellable, &local_error))
    return TRUE;

  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  name = g_file_get_parse_name (destination);
  g_set_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_FAILED,
               /* Translators: %1$s is a file, %2$s the reason */
               _("The document file could not be written to “%1$s” (%2$s)."), name, local_error->message);
  return FALSE;
}
