/* llwybr-summary.c
 *
 * The portfolio summary: laid out into A4 pages with pango, drawn with
 * cairo onto any surface — a PDF file, a print context, a preview — from
 * the same code. Everything it shows is copied out of the portfolio when
 * the summary is made, so laying out and drawing can run in a worker
 * thread while the TA goes on working.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-summary"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "llwybr-career.h"
#include "llwybr-catalog.h"
#include "llwybr-coverage.h"
#include "llwybr-pdf-private.h"
#include "llwybr-readiness.h"
#include "llwybr-summary.h"

#define MARGIN 56.0
#define HEADER_GAP 22.0
#define GRID_COLUMNS 11
#define GRID_CELL 40.0
/* The cross-reference grid: a column for the standard, then even ones. */
#define XREF_FIRST_COLUMN 60.0
#define EXCERPT_WORDS 60

typedef enum { STYLE_TITLE, STYLE_H1, STYLE_H2, STYLE_BODY, STYLE_META, STYLE_SMALL, N_STYLES } Style;

static const struct {
  const char *font;
  double      space_before;
} styles[N_STYLES] = {
  { "Sans Bold 22", 0 },
  { "Sans Bold 15", 20 },
  { "Sans Bold 11.5", 14 },
  { "Sans 10", 5 },
  { "Sans 8.5", 2 },
  { "Sans 8", 3 },
};

typedef enum { BLOCK_TEXT, BLOCK_GRID, BLOCK_BREAK } BlockKind;

typedef struct
{
  BlockKind    kind;
  Style        style;
  char        *markup;
  gboolean     tabular;
  double       indent;
  char        *dest;
  char        *outline;
  int          outline_level;
  PangoLayout *layout;
  GArray      *line_tops;
  GArray      *line_heights;
  GArray      *baselines;
  guint        page;
  double       y;
} Block;

typedef struct
{
  Block *block;
  int    first_line;
  int    n_lines;
  double y;
} Placement;

typedef struct
{
  char                  *title;
  GDate                 *date;
  LlwybrEvidenceKind     kind;
  LlwybrEvidenceSetting  setting;
  char                  *annotation;
  char                  *reflection;
  GPtrArray             *reviews;
} Entry;

typedef struct
{
  char      *code;
  guint      count;
  GPtrArray *entries;
  GPtrArray *reviews;
} Section;

struct _LlwybrSummary
{
  GObject                parent_instance;

  LlwybrSummaryLanguage  language;
  gboolean               full_reflections;
  LlwybrCatalog         *catalogs[LLWYBR_N_LANGUAGES];
  LlwybrFramework       *framework;
  char                  *title;
  char                  *owner;
  char                  *school;
  char                  *role;
  GDateTime             *made;
  GPtrArray             *sections;
  GPtrArray             *attachments;
  GPtrArray             *unlinked;
  GPtrArray             *unannotated;
  LlwybrCareer          *career;
  char                  *current_role;
  char                  *target_role;
  GPtrArray             *steps;
  GPtrArray             *sign_offs;
  LlwybrGrid            *grid;
  GPtrArray             *readiness[LLWYBR_N_LANGUAGES];

  double                 width;
  double                 height;
  GPtrArray             *blocks;
  GPtrArray             *pages;
  PangoContext          *context;
};

G_DEFINE_FINAL_TYPE (LlwybrSummary, llwybr_summary, G_TYPE_OBJECT)

/* Memory */

static void
entry_free (Entry *entry)
{
  g_free (entry->title);
  g_clear_pointer (&entry->date, g_date_free);
  g_free (entry->annotation);
  g_free (entry->reflection);
  g_ptr_array_unref (entry->reviews);
  g_free (entry);
}

static void
section_free (Section *section)
{
  g_free (section->code);
  g_ptr_array_unref (section->entries);
  g_ptr_array_unref (section->reviews);
  g_free (section);
}

static void
block_free (Block *block)
{
  g_free (block->markup);
  g_free (block->dest);
  g_free (block->outline);
  g_clear_object (&block->layout);
  g_clear_pointer (&block->line_tops, g_array_unref);
  g_clear_pointer (&block->line_heights, g_array_unref);
  g_clear_pointer (&block->baselines, g_array_unref);
  g_free (block);
}

/* Languages: the summary speaks English, Welsh, or both, Welsh first,
 * whatever the interface speaks. */

static const char *
in (LlwybrSummary  *self,
    LlwybrLanguage  language,
    const char     *msgid) G_GNUC_FORMAT (3);

static const char *
in (LlwybrSummary  *self,
    LlwybrLanguage  language,
    const char     *msgid)
{
  return llwybr_catalog_gettext (self->catalogs[language], msgid);
}

static LlwybrLanguage
main_language (LlwybrSummary *self)
{
  return _llwybr_pdf_main_language (self->language);
}

static char *
label (LlwybrSummary *self,
       const char    *msgid)
{
  return _llwybr_pdf_label (self->language, self->catalogs, msgid);
}

/* The same, for a message with arguments: each language formats its own
 * sentence, so word order may differ. */
#define labelv(self, ...) _llwybr_pdf_labelf ((self)->language, (self)->catalogs, __VA_ARGS__)

static char *
date_text (LlwybrSummary  *self,
           LlwybrLanguage  language,
           guint           day,
           guint           month,
           guint           year)
{
  return _llwybr_pdf_date (self->catalogs[language], day, month, year);
}

static char *
format_date (LlwybrSummary *self,
             const GDate   *date)
{
  if (date == NULL)
    return label (self, N_("No date"));

  return date_text (self, main_language (self), g_date_get_day (date), g_date_get_month (date),
                    g_date_get_year (date));
}

/* Building the document: blocks of text in reading order */

static Block *
add_block (LlwybrSummary *self,
           BlockKind      kind,
           Style          style,
           char          *markup)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->style = style;
  block->markup = markup;
  g_ptr_array_add (self->blocks, block);

  return block;
}

static Block *
add_text (LlwybrSummary *self,
          Style          style,
          const char    *text)
{
  return add_block (self, BLOCK_TEXT, style, g_markup_escape_text (text, -1));
}

static void
add_heading (LlwybrSummary *self,
             Style          style,
             const char    *text,
             const char    *dest,
             int            outline_level)
{
  Block *block = add_text (self, style, text);

  block->dest = g_strdup (dest);
  block->outline = g_strdup (text);
  block->outline_level = outline_level;
}

/* Text that exists in both languages: the summary's language, or Welsh
 * then English in italics. */
static void
add_bilingual (LlwybrSummary *self,
               const char    *cy,
               const char    *en)
{
  if (self->language != LLWYBR_SUMMARY_ENGLISH)
    add_text (self, STYLE_BODY, cy);
  if (self->language != LLWYBR_SUMMARY_WELSH)
    {
      g_autofree char *escaped = g_markup_escape_text (en, -1);

      add_block (self, BLOCK_TEXT, STYLE_BODY,
                 self->language == LLWYBR_SUMMARY_BILINGUAL ? g_strdup_printf ("<i>%s</i>", escaped)
                                                             : g_strdup (escaped));
    }
}

/* "Label: value", the label quiet, the value plain; the value is the
 * TA's own words, so a bilingual label still shows it once. */
static Block *
add_field (LlwybrSummary *self,
           const char    *msgid,
           const char    *value)
{
  g_autofree char *name = label (self, msgid);
  g_autofree char *escaped = g_markup_escape_text (value && *value ? value : "—", -1);
  g_autofree char *name_escaped = g_markup_escape_text (name, -1);

  return add_block (self, BLOCK_TEXT, STYLE_BODY,
                    g_strdup_printf ("<span foreground=\"#555555\">%s:</span>  %s", name_escaped, escaped));
}

static char *
excerpt (const char *text,
         gboolean    full)
{
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) out = NULL;

  if (full)
    return g_strdup (text);

  words = g_strsplit_set (text, " \n\t", -1);
  out = g_string_new (NULL);
  for (guint i = 0, n = 0; words[i] && n < EXCERPT_WORDS; i++)
    if (*words[i])
      {
        g_string_append_printf (out, "%s%s", n ? " " : "", words[i]);
        n++;
      }

  if (g_strv_length (words) > EXCERPT_WORDS)
    g_string_append (out, " …");

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* A review's heading in one language: what the mentor said, who, when. */
static char *
review_heading (LlwybrSummary  *self,
                LlwybrReview   *review,
                LlwybrLanguage  language)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (llwybr_review_get_created (review));
  g_autofree char *date = date_text (self, language, g_date_time_get_day_of_month (local),
                                     g_date_time_get_month (local), g_date_time_get_year (local));
  const char *role = llwybr_review_get_author_role (review);
  g_autofree char *who = *role ? g_strdup_printf ("%s, %s", llwybr_review_get_author (review), role)
                               : g_strdup (llwybr_review_get_author (review));

  switch (llwybr_review_get_kind (review))
    {
    case LLWYBR_REVIEW_VERDICT:
      /* Translators: %1$s is the verdict ("Met"), %2$s who gave it, %3$s when */
      return g_strdup_printf (in (self, language, N_("Mentor’s verdict: %1$s (%2$s, %3$s)")),
                              llwybr_verdict_to_label_in (llwybr_review_get_verdict (review), self->catalogs[language]),
                              who, date);

    case LLWYBR_REVIEW_SIGN_OFF:
      /* Translators: %1$s is who signed off the review, %2$s when */
      return g_strdup_printf (in (self, language, N_("Review signed off by %1$s, %2$s")), who, date);

    case LLWYBR_REVIEW_COMMENT:
    default:
      /* Translators: %1$s is who wrote the comment, %2$s when */
      return g_strdup_printf (in (self, language, N_("Mentor’s comment (%1$s, %2$s)")), who, date);
    }
}

/* A mentor's review, in her own words, under its heading. */
static void
add_review (LlwybrSummary *self,
            LlwybrReview  *review,
            double         indent)
{
  g_autofree char *heading = NULL;
  g_autofree char *escaped = NULL;
  const char *text = llwybr_review_get_text (review);
  Block *block;

  if (self->language == LLWYBR_SUMMARY_BILINGUAL)
    {
      g_autofree char *cy = review_heading (self, review, LLWYBR_LANGUAGE_CY);
      g_autofree char *en = review_heading (self, review, LLWYBR_LANGUAGE_EN);

      heading = g_str_equal (cy, en) ? g_steal_pointer (&cy) : g_strdup_printf ("%s / %s", cy, en);
    }
  else
    heading = review_heading (self, review, main_language (self));

  escaped = g_markup_escape_text (heading, -1);
  block = add_block (self, BLOCK_TEXT, STYLE_META, g_strdup_printf ("<span foreground=\"#1c5a8a\">%s</span>", escaped));
  block->indent = indent;

  if (*text)
    {
      block = add_text (self, STYLE_BODY, text);
      block->indent = indent + 12;
    }
}

static void
add_cover (LlwybrSummary *self)
{
  LlwybrLanguage language = main_language (self);
  g_autofree char *title = label (self, N_("Portfolio summary"));
  g_autofree char *made = date_text (self, language, g_date_time_get_day_of_month (self->made),
                                     g_date_time_get_month (self->made), g_date_time_get_year (self->made));
  g_autofree char *target = NULL;
  const char *language_names[] = { "English", "Cymraeg", "Cymraeg / English" };

  if (self->language == LLWYBR_SUMMARY_BILINGUAL)
    target = g_strdup_printf ("%s / %s (%s)", llwybr_framework_get_title (self->framework, LLWYBR_LANGUAGE_CY),
                              llwybr_framework_get_title (self->framework, LLWYBR_LANGUAGE_EN),
                              llwybr_framework_get_version (self->framework));
  else
    target = g_strdup_printf ("%s (%s)", llwybr_framework_get_title (self->framework, language),
                              llwybr_framework_get_version (self->framework));

  add_text (self, STYLE_TITLE, title);
  add_text (self, STYLE_H2, self->title);
  add_field (self, N_("Name"), self->owner);
  add_field (self, N_("School"), self->school);
  add_field (self, N_("Role"), self->role);
  add_field (self, N_("Working towards"), target);
  add_field (self, N_("Prepared on"), made);
  add_field (self, N_("Language"), language_names[self->language]);

  for (guint i = 0; i < self->sign_offs->len; i++)
    add_review (self, g_ptr_array_index (self->sign_offs, i), 0);
}

static void
add_coverage (LlwybrSummary *self)
{
  g_autofree char *heading = label (self, N_("Coverage"));
  g_autofree char *counts = NULL;
  g_autofree char *legend = label (self, N_("Each square is a standard: shaded squares have evidence, with how many pieces; dashed squares have none yet. Select a square to go to its standard."));
  guint covered = 0;

  for (guint i = 0; i < self->sections->len; i++)
    covered += ((Section *)g_ptr_array_index (self->sections, i))->count > 0;

  counts = labelv (self, N_("Standards with evidence: %1$u of %2$u"), covered, self->sections->len);
  add_heading (self, STYLE_H1, heading, "coverage", 0);
  add_text (self, STYLE_BODY, counts);
  add_block (self, BLOCK_GRID, STYLE_BODY, NULL);
  add_text (self, STYLE_META, legend);
}

static void
add_entry (LlwybrSummary *self,
           Entry         *entry)
{
  g_autofree char *date = format_date (self, entry->date);
  g_autofree char *kind = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *text = excerpt (entry->reflection, self->full_reflections);
  Block *block;

  if (self->language == LLWYBR_SUMMARY_BILINGUAL)
    kind = g_strdup_printf ("%s / %s",
                            llwybr_evidence_kind_to_label_in (entry->kind, self->catalogs[LLWYBR_LANGUAGE_CY]),
                            llwybr_evidence_kind_to_label_in (entry->kind, self->catalogs[LLWYBR_LANGUAGE_EN]));
  else
    kind = g_strdup (llwybr_evidence_kind_to_label_in (entry->kind, self->catalogs[main_language (self)]));

  if (entry->setting != LLWYBR_EVIDENCE_SETTING_NONE)
    {
      const char *setting = llwybr_evidence_setting_to_label_in (entry->setting, self->catalogs[main_language (self)]);

      meta = g_strdup_printf ("%s · %s · %s", date, kind, setting);
    }
  else
    meta = g_strdup_printf ("%s · %s", date, kind);

  block = add_text (self, STYLE_H2, *entry->title ? entry->title : "—");
  block->indent = 12;
  block = add_text (self, STYLE_META, meta);
  block->indent = 12;

  if (*entry->annotation)
    {
      block = add_field (self, N_("Why it shows this standard"), entry->annotation);
      block->indent = 12;
    }

  if (*text)
    {
      g_autofree char *escaped = g_markup_escape_text (text, -1);

      block = add_block (self, BLOCK_TEXT, STYLE_BODY,
                         g_strdup_printf ("<span foreground=\"#333333\">%s</span>", escaped));
      block->indent = 24;
    }

  for (guint i = 0; i < entry->reviews->len; i++)
    add_review (self, g_ptr_array_index (entry->reviews, i), 24);
}

static void
add_standards (LlwybrSummary *self)
{
  g_autofree char *heading = label (self, N_("Standards"));

  add_block (self, BLOCK_BREAK, STYLE_BODY, NULL);
  add_heading (self, STYLE_H1, heading, "standards", 0);

  for (guint i = 0; i < self->sections->len; i++)
    {
      Section *section = g_ptr_array_index (self->sections, i);
      LlwybrStandard *standard = llwybr_framework_lookup_standard (self->framework, section->code);
      g_autofree char *title = labelv (self, N_("Standard %s"), section->code);
      g_autofree char *dest = g_strdup_printf ("standard-%s", section->code);

      add_heading (self, STYLE_H2, title, dest, 1);
      add_bilingual (self, llwybr_standard_get_text (standard, LLWYBR_LANGUAGE_CY),
                     llwybr_standard_get_text (standard, LLWYBR_LANGUAGE_EN));

      for (guint j = 0; j < section->reviews->len; j++)
        add_review (self, g_ptr_array_index (section->reviews, j), 0);

      if (section->entries->len == 0)
        {
          g_autofree char *none = label (self, N_("No evidence yet"));

          add_block (self, BLOCK_TEXT, STYLE_BODY,
                     g_strdup_printf ("<span foreground=\"#8a5a00\">%s</span>", none));
        }

      for (guint j = 0; j < section->entries->len; j++)
        add_entry (self, g_ptr_array_index (section->entries, j));
    }
}

static void
add_findings (LlwybrSummary *self)
{
  g_autofree char *heading = label (self, N_("Findings"));
  guint n = 0;

  add_heading (self, STYLE_H1, heading, "findings", 0);

  for (guint i = 0; i < self->sections->len; i++)
    {
      Section *section = g_ptr_array_index (self->sections, i);

      if (section->count == 0)
        {
          g_autofree char *text = labelv (self, N_("Standard %s has no evidence yet."), section->code);

          add_text (self, STYLE_BODY, text);
          n++;
        }
    }

  for (guint i = 0; i < self->unlinked->len; i++, n++)
    {
      g_autofree char *text = labelv (self, N_("“%s” is not linked to any standard."),
                                      (char *)g_ptr_array_index (self->unlinked, i));
      add_text (self, STYLE_BODY, text);
    }

  for (guint i = 0; i < self->unannotated->len; i++, n++)
    {
      g_autofree char *text = labelv (self, N_("Why “%s” shows its standard is not yet written."),
                                      (char *)g_ptr_array_index (self->unannotated, i));
      add_text (self, STYLE_BODY, text);
    }

  if (n == 0)
    {
      g_autofree char *text = label (self, N_("Every standard has evidence, and every piece says why."));

      add_text (self, STYLE_BODY, text);
    }
}

/* The grid assessors ask for: a row per standard, a column per written
 * task and one for the document file, as lines with tab stops. */
static void
add_written_tasks (LlwybrSummary *self)
{
  g_autofree char *heading = label (self, N_("Written tasks and documents"));
  /* Translators: the legend of the cross-reference grid; D is the heading of its documents column */
  g_autofree char *legend = label (self, N_("A row for each standard; a column for each written task, Task 4 in its five parts, and D for the document file. ✓ marks a standard claimed in a task, with the number of claims when there are several; under D, the number of supporting documents."));
  /* Translators: the heading of the cross-reference grid's documents column; keep it to a letter or two */
  g_autofree char *documents = label (self, N_("D"));
  g_autoptr(GString) markup = g_string_new ("<b>#</b>");
  guint n_tasks = self->grid->tasks->len;

  add_block (self, BLOCK_BREAK, STYLE_BODY, NULL);
  add_heading (self, STYLE_H1, heading, "tasks", 0);
  add_text (self, STYLE_META, legend);

  for (guint column = 0; column < n_tasks; column++)
    g_string_append_printf (markup, "\t<b>%s</b>", llwybr_task_get_id (g_ptr_array_index (self->grid->tasks, column)));
  g_string_append_printf (markup, "\t<b>%s</b>", documents);

  for (guint row = 0; row < self->grid->standards->len; row++)
    {
      g_string_append_printf (markup, "\n%s", llwybr_standard_get_code (g_ptr_array_index (self->grid->standards, row)));
      for (guint column = 0; column <= n_tasks; column++)
        {
          guint n = llwybr_grid_get (self->grid, row, column);

          g_string_append_c (markup, '\t');
          if (n > 0 && column < n_tasks)
            g_string_append (markup, "✓");
          if (n > 1 || (n > 0 && column == n_tasks))
            g_string_append_printf (markup, "%u", n);
        }
    }

  add_block (self, BLOCK_TEXT, STYLE_BODY, g_string_free (g_steal_pointer (&markup), FALSE))->tabular = TRUE;
}

/* What is left before assessment, as llwybr_readiness_findings() says. */
static void
add_readiness (LlwybrSummary *self)
{
  GPtrArray *cy = self->readiness[LLWYBR_LANGUAGE_CY], *en = self->readiness[LLWYBR_LANGUAGE_EN];
  g_autofree char *heading = label (self, N_("Ready for assessment"));

  add_heading (self, STYLE_H2, heading, "readiness", 1);
  if (en->len == 0)
    {
      g_autofree char *none = label (self, N_("Nothing left to do."));

      add_text (self, STYLE_BODY, none);
      return;
    }

  for (guint i = 0; i < en->len; i++)
    add_bilingual (self, g_ptr_array_index (cy, i), g_ptr_array_index (en, i));
}

static void
add_attachments (LlwybrSummary *self)
{
  g_autofree char *heading = label (self, N_("Attachments"));
  g_autofree char *note = label (self, N_("The files themselves are in the portfolio, not in this summary."));

  add_heading (self, STYLE_H1, heading, "attachments", 0);
  add_text (self, STYLE_META, note);

  for (guint i = 0; i < self->attachments->len; i += 3)
    {
      g_autofree char *size = g_format_size (g_ascii_strtoull (g_ptr_array_index (self->attachments, i + 2), NULL, 10));
      g_autofree char *text = g_strdup_printf ("%s (%s) — %s", (char *)g_ptr_array_index (self->attachments, i),
                                               size, (char *)g_ptr_array_index (self->attachments, i + 1));

      add_text (self, STYLE_BODY, text);
    }
}

static char *
role_title (LlwybrSummary *self,
            const char    *id)
{
  const LlwybrCareerRole *role = self->career ? llwybr_career_lookup_role (self->career, id) : NULL;

  if (role == NULL)
    return g_strdup ("—");
  if (self->language == LLWYBR_SUMMARY_BILINGUAL)
    return g_strdup_printf ("%s / %s", role->title[LLWYBR_LANGUAGE_CY], role->title[LLWYBR_LANGUAGE_EN]);

  return g_strdup (role->title[main_language (self)]);
}

/* The plan, when the TA has one: her roles and her steps, as she wrote them. */
static void
add_plan (LlwybrSummary *self)
{
  static const char * const statuses[] = { N_("Planned"), N_("In progress"), N_("Done"), N_("Dropped") };
  g_autofree char *heading = label (self, N_("Qualification plan"));
  g_autofree char *now = role_title (self, self->current_role);
  g_autofree char *target = role_title (self, self->target_role);

  if (self->steps->len == 0 && *self->current_role == '\0' && *self->target_role == '\0')
    return;

  add_heading (self, STYLE_H1, heading, "plan", 0);
  add_field (self, N_("Now"), now);
  add_field (self, N_("Working towards"), target);

  for (guint i = 0; i < self->steps->len; i++)
    {
      LlwybrPlanStep *step = g_ptr_array_index (self->steps, i);
      g_autofree char *title = NULL;
      g_autofree char *status_text = NULL;
      g_autofree char *hours = NULL;
      g_autofree char *line = NULL;
      LlwybrPlanStepStatus status;

      g_object_get (step, "title", &title, "status", &status, NULL);
      status_text = label (self, statuses[MIN ((guint)status, G_N_ELEMENTS (statuses) - 1)]);
      hours = labelv (self, N_("%d hours"), llwybr_plan_step_get_hours_for (step, llwybr_career_get_credit_hours (self->career)));
      line = g_strdup_printf ("%u. %s — %s, %s", i + 1, title && *title ? title : "—", status_text, hours);
      add_text (self, STYLE_BODY, line);
    }
}

static void
build_document (LlwybrSummary *self)
{
  add_cover (self);
  add_coverage (self);
  add_standards (self);
  add_written_tasks (self);
  add_findings (self);
  add_readiness (self);
  add_plan (self);
  add_attachments (self);
}

/* Laying out: lines onto pages */

static double
content_width (LlwybrSummary *self)
{
  return self->width - 2 * MARGIN;
}

static double
content_top (void)
{
  return MARGIN + HEADER_GAP;
}

static double
content_bottom (LlwybrSummary *self)
{
  return self->height - MARGIN;
}

static double
grid_height (LlwybrSummary *self)
{
  guint rows = (self->sections->len + GRID_COLUMNS - 1) / GRID_COLUMNS;

  return rows * (GRID_CELL + 6) + 6;
}

static PangoLayout *
new_layout (PangoContext *context,
            Style         style,
            double        width)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_from_string (styles[style].font);

  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, pango_units_from_double (width));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_font_description_free (font);

  return layout;
}

static void
measure_block (LlwybrSummary *self,
               PangoContext  *context,
               Block         *block)
{
  PangoLayoutIter *iter;

  block->layout = new_layout (context, block->style, content_width (self) - block->indent);
  pango_layout_set_markup (block->layout, block->markup, -1);
  if (block->tabular)
    {
      guint n_columns = self->grid->tasks->len + 1;
      double step = (content_width (self) - XREF_FIRST_COLUMN) / n_columns;
      PangoTabArray *tabs = pango_tab_array_new (n_columns, FALSE);

      for (guint i = 0; i < n_columns; i++)
        pango_tab_array_set_tab (tabs, i, PANGO_TAB_LEFT, pango_units_from_double (XREF_FIRST_COLUMN + i * step));
      pango_layout_set_tabs (block->layout, tabs);
      pango_tab_array_free (tabs);
    }
  block->line_tops = g_array_new (FALSE, FALSE, sizeof (double));
  block->line_heights = g_array_new (FALSE, FALSE, sizeof (double));
  block->baselines = g_array_new (FALSE, FALSE, sizeof (double));

  iter = pango_layout_get_iter (block->layout);
  do
    {
      PangoRectangle logical;
      double top, height, baseline;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = pango_units_to_double (logical.y);
      height = pango_units_to_double (logical.height);
      baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter));
      g_array_append_val (block->line_tops, top);
      g_array_append_val (block->line_heights, height);
      g_array_append_val (block->baselines, baseline);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static GArray *
new_page (LlwybrSummary *self)
{
  GArray *page = g_array_new (FALSE, FALSE, sizeof (Placement));

  g_ptr_array_add (self->pages, page);
  return page;
}

static void
place (GArray *page,
       Block  *block,
       int     line,
       double  y)
{
  Placement *last = page->len ? &g_array_index (page, Placement, page->len - 1) : NULL;

  if (last != NULL && last->block == block && last->first_line + last->n_lines == line)
    {
      last->n_lines++;
      return;
    }

  g_array_append_val (page, ((Placement) { block, line, 1, y }));
}

/* Headings keep at least two lines of what follows them on their page. */
static double
keep_with_next (LlwybrSummary *self,
                guint          index)
{
  Block *block = g_ptr_array_index (self->blocks, index);
  Block *next = index + 1 < self->blocks->len ? g_ptr_array_index (self->blocks, index + 1) : NULL;
  double needed = 0;

  if (block->style != STYLE_H1 && block->style != STYLE_H2)
    return 0;

  if (next != NULL && next->kind == BLOCK_TEXT)
    for (guint i = 0; i < MIN (2, next->line_heights->len); i++)
      needed += g_array_index (next->line_heights, double, i);

  return needed + (next ? styles[next->style].space_before : 0);
}

static void
paginate (LlwybrSummary *self)
{
  GArray *page = new_page (self);
  double y = content_top ();

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      double space = y > content_top () ? styles[block->style].space_before : 0;

      if (block->kind == BLOCK_BREAK)
        {
          if (page->len > 0)
            page = new_page (self), y = content_top ();
          continue;
        }

      if (block->kind == BLOCK_GRID)
        {
          if (y + space + grid_height (self) > content_bottom (self))
            page = new_page (self), y = content_top (), space = 0;
          y += space;
          block->page = self->pages->len - 1;
          block->y = y;
          g_array_append_val (page, ((Placement) { block, 0, 0, y }));
          y += grid_height (self);
          continue;
        }

      if (y + space + g_array_index (block->line_heights, double, 0) + keep_with_next (self, i) > content_bottom (self))
        page = new_page (self), y = content_top (), space = 0;
      y += space;

      for (guint line = 0; line < block->line_heights->len; line++)
        {
          double height = g_array_index (block->line_heights, double, line);

          if (y + height > content_bottom (self) && y > content_top ())
            page = new_page (self), y = content_top ();
          if (line == 0)
            block->page = self->pages->len - 1, block->y = y;
          place (page, block, line, y);
          y += height;
        }
    }
}

/* Shaping text is most of a summary's work, so every core measures
 * blocks, a few at a time, each thread with a context of its own:
 * PangoCairo's default font map is one per thread. */
typedef struct
{
  LlwybrSummary *self;
  GPtrArray     *blocks;
  int            next;
} Measuring;

#define MEASURE_BATCH 16
#define MEASURE_MAX_THREADS 4

static gpointer
measure_blocks (gpointer data)
{
  Measuring *measuring = data;
  PangoContext *context = _llwybr_pdf_context_new ();
  guint first;

  while ((first = (guint) g_atomic_int_add (&measuring->next, MEASURE_BATCH)) < measuring->blocks->len)
    for (guint i = first; i < MIN (first + MEASURE_BATCH, measuring->blocks->len); i++)
      measure_block (measuring->self, context, g_ptr_array_index (measuring->blocks, i));

  g_object_unref (context);
  return NULL;
}

static void
measure_in_parallel (LlwybrSummary *self,
                     GPtrArray     *blocks)
{
  Measuring measuring = { self, blocks, 0 };
  guint n_threads = CLAMP (blocks->len / (4 * MEASURE_BATCH), 1, MIN (g_get_num_processors (), MEASURE_MAX_THREADS));
  GThread *threads[MEASURE_MAX_THREADS];

  for (guint i = 1; i < n_threads; i++)
    threads[i] = g_thread_new ("llwybr-summary", measure_blocks, &measuring);
  measure_blocks (&measuring);
  for (guint i = 1; i < n_threads; i++)
    g_thread_join (threads[i]);
}

/* Evidence linked to several standards appears under each: its text is
 * shaped once and the measured layout shared. */
static void
share_measured (Block *block,
                Block *twin)
{
  block->layout = g_object_ref (twin->layout);
  block->line_tops = g_array_ref (twin->line_tops);
  block->line_heights = g_array_ref (twin->line_heights);
  block->baselines = g_array_ref (twin->baselines);
}

static void
ensure_layout (LlwybrSummary *self)
{
  g_autoptr(GHashTable) measured = NULL;
  g_autoptr(GPtrArray) unique = NULL;
  g_autoptr(GPtrArray) twins = NULL;

  if (self->pages->len > 0)
    return;

  self->context = _llwybr_pdf_context_new ();
  measured = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  unique = g_ptr_array_new ();
  twins = g_ptr_array_new ();
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      g_autofree char *key = NULL;
      Block *twin;

      if (block->kind != BLOCK_TEXT)
        continue;

      key = g_strdup_printf ("%d|%g|%s", block->style, block->indent, block->markup);
      if ((twin = g_hash_table_lookup (measured, key)) != NULL)
        {
          g_ptr_array_add (twins, block);
          g_ptr_array_add (twins, twin);
          continue;
        }

      g_hash_table_insert (measured, g_steal_pointer (&key), block);
      g_ptr_array_add (unique, block);
    }

  measure_in_parallel (self, unique);
  for (guint i = 0; i < twins->len; i += 2)
    share_measured (g_ptr_array_index (twins, i), g_ptr_array_index (twins, i + 1));

  paginate (self);
}

/* Drawing */

static void
show_text (LlwybrSummary *self,
           cairo_t       *cr,
           const char    *text,
           Style          style,
           double         x,
           double         y,
           PangoAlignment alignment)
{
  g_autoptr(PangoLayout) layout = new_layout (self->context, style, content_width (self));

  pango_layout_set_text (layout, text, -1);
  pango_layout_set_alignment (layout, alignment);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_header_and_footer (LlwybrSummary *self,
                        cairo_t       *cr,
                        guint          page)
{
  g_autofree char *number = labelv (self, N_("Page %1$u of %2$u"), page + 1, self->pages->len);
  g_autofree char *running = NULL;

  if (*self->owner && *self->title)
    running = g_strdup_printf ("%s — %s", self->owner, self->title);
  else
    running = g_strdup (*self->owner ? self->owner : self->title);

  cairo_set_source_rgb (cr, 0.4, 0.4, 0.4);
  if (page > 0 && *running)
    {
      show_text (self, cr, running, STYLE_SMALL, MARGIN, MARGIN - 4, PANGO_ALIGN_LEFT);
      cairo_set_line_width (cr, 0.5);
      cairo_move_to (cr, MARGIN, MARGIN + 10);
      cairo_line_to (cr, self->width - MARGIN, MARGIN + 10);
      cairo_stroke (cr);
    }
  show_text (self, cr, number, STYLE_SMALL, MARGIN, self->height - MARGIN + 14, PANGO_ALIGN_CENTER);
}

/* The coverage grid: shade and a number for evidence, a dashed outline for
 * none, so it reads in greyscale; each square links to its standard. */
static void
draw_grid (LlwybrSummary *self,
           cairo_t       *cr,
           double         top)
{
  double step = content_width (self) / GRID_COLUMNS;

  for (guint i = 0; i < self->sections->len; i++)
    {
      Section *section = g_ptr_array_index (self->sections, i);
      double x = MARGIN + (i % GRID_COLUMNS) * step + (step - GRID_CELL) / 2;
      double y = top + (i / GRID_COLUMNS) * (GRID_CELL + 6) + 3;
      double shade = section->count == 0 ? 1.0 : MAX (0.45, 0.85 - 0.12 * section->count);
      g_autofree char *link = g_strdup_printf ("dest='standard-%s'", section->code);
      g_autofree char *count = g_strdup_printf ("%u", section->count);
      const double dash[] = { 3, 2 };

      cairo_tag_begin (cr, CAIRO_TAG_LINK, link);
      cairo_rectangle (cr, x, y, GRID_CELL, GRID_CELL);
      cairo_set_source_rgb (cr, shade, shade, shade);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
      cairo_set_line_width (cr, section->count == 0 ? 1.2 : 0.6);
      cairo_set_dash (cr, dash, section->count == 0 ? 2 : 0, 0);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);

      cairo_set_source_rgb (cr, shade < 0.6 ? 1 : 0, shade < 0.6 ? 1 : 0, shade < 0.6 ? 1 : 0);
      {
        g_autoptr(PangoLayout) code = new_layout (self->context, STYLE_H2, GRID_CELL);
        g_autoptr(PangoLayout) small = new_layout (self->context, STYLE_SMALL, GRID_CELL);

        pango_layout_set_text (code, section->code, -1);
        pango_layout_set_alignment (code, PANGO_ALIGN_CENTER);
        cairo_move_to (cr, x, y + 6);
        pango_cairo_show_layout (cr, code);
        if (section->count > 0)
          {
            pango_layout_set_text (small, count, -1);
            pango_layout_set_alignment (small, PANGO_ALIGN_CENTER);
            cairo_move_to (cr, x, y + GRID_CELL - 14);
            pango_cairo_show_layout (cr, small);
          }
      }
      cairo_tag_end (cr, CAIRO_TAG_LINK);
    }
}

static void
draw_placement (LlwybrSummary *self,
                cairo_t       *cr,
                Placement     *placement)
{
  Block *block = placement->block;
  double first_top = g_array_index (block->line_tops, double, placement->first_line);
  const char *structure = block->style == STYLE_H1 || block->style == STYLE_TITLE ? "H1"
                          : block->style == STYLE_H2 ? "H2" : "P";
  g_autofree char *dest = NULL;

  if (block->dest != NULL && placement->first_line == 0)
    {
      dest = g_strdup_printf ("name='%s'", block->dest);
      cairo_tag_begin (cr, CAIRO_TAG_DEST, dest);
    }

  cairo_tag_begin (cr, structure, NULL);
  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  for (int i = placement->first_line; i < placement->first_line + placement->n_lines; i++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (block->layout, i);
      double baseline = g_array_index (block->baselines, double, i);

      cairo_move_to (cr, MARGIN + block->indent, placement->y + baseline - first_top);
      pango_cairo_show_layout_line (cr, line);
    }
  cairo_tag_end (cr, structure);

  if (dest != NULL)
    cairo_tag_end (cr, CAIRO_TAG_DEST);
}

/* Collecting: everything the summary shows, copied while on the main thread */

/* Reviews are made once and never change, so the summary keeps them,
 * looked up by what each reviews: "kind|target" to its reviews, oldest
 * first. */
static GHashTable *
index_reviews (LlwybrPortfolio *portfolio)
{
  GListModel *reviews = llwybr_portfolio_get_reviews (portfolio);
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_ptr_array_unref);

  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      LlwybrReview *review = g_list_model_get_item (reviews, i);
      char *key = g_strdup_printf ("%d|%s", llwybr_review_get_target_kind (review), llwybr_review_get_target (review));
      GPtrArray *found = g_hash_table_lookup (index, key);

      if (found == NULL)
        g_hash_table_insert (index, key, (found = g_ptr_array_new_with_free_func (g_object_unref)));
      else
        g_free (key);
      g_ptr_array_add (found, review);
    }

  return index;
}

static GPtrArray *
reviews_of (GHashTable         *index,
            LlwybrReviewTarget  target_kind,
            const char         *target)
{
  g_autofree char *key = g_strdup_printf ("%d|%s", target_kind, target);
  GPtrArray *found = g_hash_table_lookup (index, key);

  return found ? g_ptr_array_ref (found) : g_ptr_array_new_with_free_func (g_object_unref);
}

static void
collect_sections (LlwybrSummary   *self,
                  LlwybrPortfolio *portfolio)
{
  GListModel *standards = llwybr_framework_get_standards (self->framework);
  g_autoptr(GHashTable) reviews = index_reviews (portfolio);

  for (guint i = 0; i < g_list_model_get_n_items (standards); i++)
    {
      g_autoptr(LlwybrStandard) standard = g_list_model_get_item (standards, i);
      g_autoptr(GListModel) links = llwybr_portfolio_list_links_for_standard (portfolio, llwybr_standard_get_code (standard));
      Section *section = g_new0 (Section, 1);

      section->code = g_strdup (llwybr_standard_get_code (standard));
      section->entries = g_ptr_array_new_with_free_func ((GDestroyNotify)entry_free);
      for (guint j = 0; j < g_list_model_get_n_items (links); j++)
        {
          g_autoptr(LlwybrLink) link = g_list_model_get_item (links, j);
          LlwybrEvidence *evidence = llwybr_portfolio_lookup_evidence (portfolio, llwybr_link_get_evidence_uuid (link));
          Entry *entry = g_new0 (Entry, 1);

          entry->title = g_strdup (llwybr_evidence_get_title (evidence));
          entry->date = llwybr_evidence_get_date (evidence) ? g_date_copy (llwybr_evidence_get_date (evidence)) : NULL;
          entry->kind = llwybr_evidence_get_kind (evidence);
          entry->setting = llwybr_evidence_get_setting (evidence);
          entry->annotation = g_strdup (llwybr_link_get_annotation (link));
          entry->reflection = g_strdup (llwybr_evidence_get_reflection (evidence));
          entry->reviews = reviews_of (reviews, LLWYBR_REVIEW_TARGET_EVIDENCE, llwybr_evidence_get_uuid (evidence));
          g_ptr_array_add (section->entries, entry);
        }
      section->count = section->entries->len;
      section->reviews = reviews_of (reviews, LLWYBR_REVIEW_TARGET_STANDARD, section->code);
      g_ptr_array_add (self->sections, section);
    }

  self->sign_offs = reviews_of (reviews, LLWYBR_REVIEW_TARGET_PORTFOLIO, "");
}

static void
collect_the_rest (LlwybrSummary   *self,
                  LlwybrPortfolio *portfolio)
{
  GListModel *evidence = llwybr_portfolio_get_evidence (portfolio);
  g_autoptr(GPtrArray) unlinked = llwybr_portfolio_list_unlinked_evidence (portfolio);
  g_autoptr(GListModel) unannotated = llwybr_portfolio_list_unannotated_links (portfolio);

  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr(LlwybrEvidence) piece = g_list_model_get_item (evidence, i);
      g_autoptr(GListModel) files = llwybr_portfolio_list_attachments (portfolio, piece);

      for (guint j = 0; j < g_list_model_get_n_items (files); j++)
        {
          g_autoptr(LlwybrAttachment) attachment = g_list_model_get_item (files, j);

          g_ptr_array_add (self->attachments, g_strdup (llwybr_attachment_get_name (attachment)));
          g_ptr_array_add (self->attachments, g_strdup (llwybr_evidence_get_title (piece)));
          g_ptr_array_add (self->attachments, g_strdup_printf ("%" G_GOFFSET_FORMAT, llwybr_attachment_get_size (attachment)));
        }
    }

  for (guint i = 0; i < unlinked->len; i++)
    g_ptr_array_add (self->unlinked, g_strdup (llwybr_evidence_get_title (g_ptr_array_index (unlinked, i))));

  for (guint i = 0; i < g_list_model_get_n_items (unannotated); i++)
    {
      g_autoptr(LlwybrLink) link = g_list_model_get_item (unannotated, i);
      LlwybrEvidence *piece = llwybr_portfolio_lookup_evidence (portfolio, llwybr_link_get_evidence_uuid (link));

      g_ptr_array_add (self->unannotated, g_strdup (llwybr_evidence_get_title (piece)));
    }
}

/* The findings in each language, as text; the grid is numbers. */
static void
collect_readiness (LlwybrSummary   *self,
                   LlwybrPortfolio *portfolio)
{
  LlwybrReadinessLimits limits;

  llwybr_readiness_limits_load (&limits);
  self->grid = llwybr_grid_new (portfolio);
  for (guint i = 0; i < LLWYBR_N_LANGUAGES; i++)
    {
      g_autoptr(GPtrArray) findings = llwybr_readiness_findings (portfolio, &limits, self->catalogs[i]);

      self->readiness[i] = g_ptr_array_new_with_free_func (g_free);
      for (guint j = 0; j < findings->len; j++)
        g_ptr_array_add (self->readiness[i], g_strdup (((LlwybrFinding *)g_ptr_array_index (findings, j))->text));
    }
}

/* The steps are copied, not shared: a summary is drawn in another thread. */
static void
collect_plan (LlwybrSummary   *self,
              LlwybrPortfolio *portfolio)
{
  GListModel *steps = llwybr_portfolio_get_plan_steps (portfolio);

  self->career = llwybr_career_new_default (NULL);
  self->current_role = g_strdup (llwybr_portfolio_get_current_role (portfolio));
  self->target_role = g_strdup (llwybr_portfolio_get_target_role (portfolio));

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(LlwybrPlanStep) step = g_list_model_get_item (steps, i);
      g_autofree char *title = NULL;
      LlwybrPlanStep *copy;
      LlwybrPlanStepStatus status;
      int credits, hours;

      g_object_get (step, "title", &title, "status", &status, "credits", &credits, "hours", &hours, NULL);
      copy = llwybr_plan_step_new (LLWYBR_PLAN_STEP_COURSE, title);
      g_object_set (copy, "status", status, "credits", credits, "hours", hours, NULL);
      g_ptr_array_add (self->steps, copy);
    }
}

/* PDF */

static void
add_outline (LlwybrSummary    *self,
             cairo_surface_t  *surface)
{
  int parent = CAIRO_PDF_OUTLINE_ROOT;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);
      g_autofree char *link = NULL;
      int id;

      if (block->outline == NULL)
        continue;

      link = g_strdup_printf ("dest='%s'", block->dest);
      id = cairo_pdf_surface_add_outline (surface, block->outline_level == 0 ? CAIRO_PDF_OUTLINE_ROOT : parent,
                                          block->outline, link, 0);
      if (block->outline_level == 0)
        parent = id;
    }
}

static void
set_metadata (LlwybrSummary   *self,
              cairo_surface_t *surface)
{
  g_autofree char *title = g_strdup_printf ("%s — %s", self->title, self->owner);

  _llwybr_pdf_set_metadata (surface, title, self->owner,
                            llwybr_framework_get_title (self->framework, main_language (self)), self->made);
}

/* Overrides */

static void
llwybr_summary_finalize (GObject *object)
{
  LlwybrSummary *self = (LlwybrSummary *)object;

  for (guint i = 0; i < LLWYBR_N_LANGUAGES; i++)
    g_clear_pointer (&self->catalogs[i], llwybr_catalog_free);
  g_clear_object (&self->framework);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->owner, g_free);
  g_clear_pointer (&self->school, g_free);
  g_clear_pointer (&self->role, g_free);
  g_clear_pointer (&self->made, g_date_time_unref);
  g_clear_pointer (&self->sections, g_ptr_array_unref);
  g_clear_pointer (&self->attachments, g_ptr_array_unref);
  g_clear_pointer (&self->unlinked, g_ptr_array_unref);
  g_clear_pointer (&self->unannotated, g_ptr_array_unref);
  g_clear_object (&self->career);
  g_clear_pointer (&self->current_role, g_free);
  g_clear_pointer (&self->target_role, g_free);
  g_clear_pointer (&self->steps, g_ptr_array_unref);
  g_clear_pointer (&self->sign_offs, g_ptr_array_unref);
  g_clear_pointer (&self->grid, llwybr_grid_free);
  for (guint i = 0; i < LLWYBR_N_LANGUAGES; i++)
    g_clear_pointer (&self->readiness[i], g_ptr_array_unref);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (llwybr_summary_parent_class)->finalize (object);
}

static void
llwybr_summary_class_init (LlwybrSummaryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = llwybr_summary_finalize;
}

static void
llwybr_summary_init (LlwybrSummary *self)
{
  self->width = LLWYBR_A4_WIDTH;
  self->height = LLWYBR_A4_HEIGHT;
  self->sections = g_ptr_array_new_with_free_func ((GDestroyNotify)section_free);
  self->attachments = g_ptr_array_new_with_free_func (g_free);
  self->unlinked = g_ptr_array_new_with_free_func (g_free);
  self->unannotated = g_ptr_array_new_with_free_func (g_free);
  self->steps = g_ptr_array_new_with_free_func (g_object_unref);
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify)block_free);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);
}

/* Public API */

/**
 * llwybr_summary_new:
 * @language: English, Welsh, or both with Welsh first
 * @full_reflections: whether reflections are shown whole or as excerpts
 *
 * Copies what the summary shows out of @portfolio: call it on the thread
 * that owns the portfolio; the summary can then be laid out and drawn on
 * any one thread.
 *
 * Returns: (transfer full): the summary
 */
LlwybrSummary *
llwybr_summary_new (LlwybrPortfolio       *portfolio,
                    LlwybrSummaryLanguage  language,
                    gboolean               full_reflections)
{
  LlwybrSummary *self;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (portfolio), NULL);
  g_return_val_if_fail (language <= LLWYBR_SUMMARY_BILINGUAL, NULL);

  self = g_object_new (LLWYBR_TYPE_SUMMARY, NULL);
  self->language = language;
  self->full_reflections = full_reflections;
  for (guint i = 0; i < LLWYBR_N_LANGUAGES; i++)
    self->catalogs[i] = llwybr_catalog_new (i);
  self->framework = g_object_ref (llwybr_portfolio_get_framework (portfolio));
  self->title = g_strdup (llwybr_portfolio_get_title (portfolio));
  self->owner = g_strdup (llwybr_portfolio_get_owner (portfolio));
  self->school = g_strdup (llwybr_portfolio_get_school (portfolio));
  self->role = g_strdup (llwybr_portfolio_get_role (portfolio));
  self->made = g_date_time_new_now_local ();

  collect_sections (self, portfolio);
  collect_the_rest (self, portfolio);
  collect_plan (self, portfolio);
  collect_readiness (self, portfolio);
  build_document (self);

  return self;
}

gboolean
llwybr_summary_language_from_string (const char            *text,
                                     LlwybrSummaryLanguage *language)
{
  static const char * const names[] = { "en", "cy", "both" };

  g_return_val_if_fail (text != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_str_equal (text, names[i]))
      {
        *language = i;
        return TRUE;
      }

  return FALSE;
}

/**
 * llwybr_summary_set_page_size:
 * @width: in points
 * @height: in points
 *
 * Lays the summary out again for another paper size; A4 until then.
 */
void
llwybr_summary_set_page_size (LlwybrSummary *self,
                              double         width,
                              double         height)
{
  g_return_if_fail (LLWYBR_IS_SUMMARY (self));
  g_return_if_fail (width > 4 * MARGIN && height > 4 * MARGIN);

  if (width == self->width && height == self->height)
    return;

  self->width = width;
  self->height = height;
  g_ptr_array_set_size (self->pages, 0);
  g_clear_object (&self->context);
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = g_ptr_array_index (self->blocks, i);

      g_clear_object (&block->layout);
      g_clear_pointer (&block->line_tops, g_array_unref);
      g_clear_pointer (&block->line_heights, g_array_unref);
      g_clear_pointer (&block->baselines, g_array_unref);
    }
}

guint
llwybr_summary_get_n_pages (LlwybrSummary *self)
{
  g_return_val_if_fail (LLWYBR_IS_SUMMARY (self), 0);

  ensure_layout (self);
  return self->pages->len;
}

/**
 * llwybr_summary_draw_page:
 * @cr: any cairo context, in points, origin at the page's top left
 * @page: from 0
 */
void
llwybr_summary_draw_page (LlwybrSummary *self,
                          cairo_t       *cr,
                          guint          page)
{
  GArray *placements;

  g_return_if_fail (LLWYBR_IS_SUMMARY (self));
  g_return_if_fail (page < llwybr_summary_get_n_pages (self));

  placements = g_ptr_array_index (self->pages, page);
  cairo_save (cr);
  draw_header_and_footer (self, cr, page);

  for (guint i = 0; i < placements->len; i++)
    {
      Placement *placement = &g_array_index (placements, Placement, i);

      if (placement->block->kind == BLOCK_GRID)
        draw_grid (self, cr, placement->y);
      else
        draw_placement (self, cr, placement);
    }

  cairo_restore (cr);
}

/**
 * llwybr_summary_write_pdf:
 * @destination: the PDF to write; replaced atomically if it exists
 *
 * Writes the summary as a PDF with an outline, links from the coverage
 * grid to each standard, and the document's metadata. A failure leaves
 * whatever was at @destination before.
 */
gboolean
llwybr_summary_write_pdf (LlwybrSummary  *self,
                          GFile          *destination,
                          GCancellable   *cancellable,
                          GError        **error)
{
  g_autoptr(LlwybrPdfWriter) writer = NULL;
  g_autoptr(GError) local_error = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint n_pages;

  g_return_val_if_fail (LLWYBR_IS_SUMMARY (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (destination), FALSE);

  n_pages = llwybr_summary_get_n_pages (self);
  if (!(writer = _llwybr_pdf_writer_new (destination, self->width, self->height, cancellable, error)))
    return FALSE;

  surface = _llwybr_pdf_writer_get_surface (writer);
  set_metadata (self, surface);
  cr = cairo_create (surface);

  for (guint page = 0; page < n_pages && _llwybr_pdf_writer_ok (writer); page++)
    {
      llwybr_summary_draw_page (self, cr, page);
      cairo_show_page (cr);
    }

  add_outline (self, surface);
  cairo_destroy (cr);

  if (!_llwybr_pdf_writer_finish (writer, &local_error))
    {
      g_autofree char *name = g_file_get_parse_name (destination);

      g_set_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_FAILED,
                   /* Translators: %1$s is a file, %2$s the reason */
                   _("The summary could not be written to “%1$s” (%2$s)."), name, local_error->message);
      return FALSE;
    }

  return TRUE;
}
