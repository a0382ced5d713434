/* llwybr-readiness.c
 *
 * Is the TA ready for HLTA assessment? Pure functions from a portfolio to
 * what is still missing, in the order she would fix it: what the
 * assessment cannot go ahead without, then what an assessor would ask
 * about. Providers' limits differ, so they come in as settings.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-readiness"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "llwybr-coverage.h"
#include "llwybr-readiness.h"

/* The standard a Level 2 literacy and numeracy certificate shows. */
#define LEVEL_2_STANDARD "11"

typedef struct
{
  LlwybrPortfolio             *portfolio;
  const LlwybrReadinessLimits *limits;
  LlwybrCatalog               *catalog;
  LlwybrLanguage               language;
  GPtrArray                   *findings;
} Check;

static const char *tr (Check *check, const char *msgid) G_GNUC_FORMAT (2);

/* Helpers */

static const char *
tr (Check      *check,
    const char *msgid)
{
  return check->catalog ? llwybr_catalog_gettext (check->catalog, msgid) : g_dgettext (GETTEXT_PACKAGE, msgid);
}

/* @standards: (transfer full) (nullable): what the finding is about */
static LlwybrFinding *
add (Check                 *check,
     LlwybrFindingKind      kind,
     LlwybrFindingSeverity  severity,
     GStrv                  standards,
     char                  *text)
{
  LlwybrFinding *finding = g_new0 (LlwybrFinding, 1);

  finding->kind = kind;
  finding->severity = severity;
  finding->text = text;
  finding->standards = standards ? standards : g_new0 (char *, 1);
  g_ptr_array_add (check->findings, finding);

  return finding;
}

static GStrv
standards_strv (GPtrArray *codes)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < codes->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (codes, i));

  return g_strv_builder_end (builder);
}

/* "3, 5, 24": a list of standards reads the same in both languages. */
static char *
join_standards (GPtrArray *codes)
{
  g_auto(GStrv) strv = standards_strv (codes);

  return g_strjoinv (", ", strv);
}

static GStrv
one_standard (const char *code)
{
  char *codes[] = { (char *)code, NULL };

  return g_strdupv (codes);
}

static guint
count_claims (LlwybrPortfolio *portfolio,
              const char      *standard)
{
  GListModel *tasks = llwybr_portfolio_get_tasks (portfolio);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(LlwybrTask) task = g_list_model_get_item (tasks, i);

      n += llwybr_task_count_claims (task, standard);
    }

  return n;
}

static void
check_entry (Check *check)
{
  if (!llwybr_coverage_has_certificate (check->portfolio, LEVEL_2_STANDARD))
    add (check, LLWYBR_FINDING_NO_CERTIFICATE, LLWYBR_FINDING_REQUIRED, one_standard (LEVEL_2_STANDARD),
         g_strdup (tr (check, N_("No Level 2 literacy and numeracy certificate: add the certificate, or the exam board’s letter, as evidence of the kind Certificate and link it to standard 11."))));

  if (*llwybr_portfolio_get_endorsed_by (check->portfolio) == '\0')
    add (check, LLWYBR_FINDING_NO_ENDORSEMENT, LLWYBR_FINDING_REQUIRED, NULL,
         g_strdup (tr (check, N_("No headteacher’s endorsement recorded: your headteacher endorses your application before you prepare for assessment. Record who endorsed it and when in the portfolio’s details."))));
}

static void
check_task (Check      *check,
            LlwybrTask *task)
{
  GListModel *sections = llwybr_task_get_sections (task);
  const char *title = llwybr_task_get_short_title (task, check->language);
  guint n_sections = g_list_model_get_n_items (sections), n_empty = 0;

  for (guint i = 0; i < n_sections; i++)
    {
      g_autoptr(LlwybrTaskSection) section = g_list_model_get_item (sections, i);

      n_empty += llwybr_task_section_count_words (section) == 0;
    }

  if (n_empty == n_sections)
    {
      LlwybrFinding *finding = add (check, LLWYBR_FINDING_SECTION_EMPTY, LLWYBR_FINDING_REQUIRED, NULL,
                                    /* Translators: %s is a written task, “Task 1” */
                                    g_strdup_printf (tr (check, N_("%s is not written yet.")), title));

      finding->task = g_strdup (llwybr_task_get_id (task));
      return;
    }

  for (guint i = 0; i < n_sections; i++)
    {
      g_autoptr(LlwybrTaskSection) section = g_list_model_get_item (sections, i);
      const char *section_title = llwybr_task_section_get_title (section, check->language);
      guint words = llwybr_task_section_count_words (section);
      guint most = llwybr_task_section_get_max_words (section);
      LlwybrFinding *finding = NULL;

      if (words == 0)
        finding = add (check, LLWYBR_FINDING_SECTION_EMPTY, LLWYBR_FINDING_REQUIRED, NULL,
                       /* Translators: %1$s is a written task, %2$s one of its sections, “Planning” */
                       g_strdup_printf (tr (check, N_("%1$s: the section “%2$s” is empty.")), title, section_title));
      else if ((guint64)words * 100 > (guint64)most * (100 + check->limits->words_over_percent))
        finding = add (check, LLWYBR_FINDING_SECTION_TOO_LONG, LLWYBR_FINDING_WARNING, NULL,
                       /* Translators: %1$s is a written task, %2$s one of its sections, %3$u its words,
                        * %4$u and %5$u the word guidance, “250–500” */
                       g_strdup_printf (llwybr_catalog_ngettext (check->catalog,
                                                                 "%1$s: the section “%2$s” has %3$u word, far over the guidance of %4$u–%5$u.",
                                                                 "%1$s: the section “%2$s” has %3$u words, far over the guidance of %4$u–%5$u.",
                                                                 words),
                                        title, section_title, words,
                                        llwybr_task_section_get_min_words (section), most));

      if (finding != NULL)
        {
          finding->task = g_strdup (llwybr_task_get_id (task));
          finding->section = g_strdup (llwybr_task_section_get_id (section));
        }
    }
}

/* Claims in a context are not counted, and say so. */
static void
check_context_claims (Check      *check,
                      LlwybrTask *task)
{
  GListModel *sections = llwybr_task_get_sections (task);

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(LlwybrTaskSection) section = g_list_model_get_item (sections, i);
      g_autoptr(GPtrArray) codes = g_ptr_array_new ();
      g_autofree char *list = NULL;
      GArray *claims = llwybr_task_section_get_claims (section);
      LlwybrFinding *finding;

      if (llwybr_task_section_get_may_claim (section) || claims->len == 0)
        continue;

      for (guint j = 0; j < claims->len; j++)
        {
          char *code = g_array_index (claims, LlwybrClaim, j).standard;

          if (!g_ptr_array_find_with_equal_func (codes, code, g_str_equal, NULL))
            g_ptr_array_add (codes, code);
        }
      list = join_standards (codes);
      finding = add (check, LLWYBR_FINDING_CONTEXT_CLAIMS, LLWYBR_FINDING_WARNING, standards_strv (codes),
                     /* Translators: %1$s is a written task, %2$s its section “Context”, %3$s a list of standards, “3, 5” */
                     g_strdup_printf (llwybr_catalog_ngettext (check->catalog,
                                                               "%1$s claims standard %3$s in “%2$s”, where assessors do not count claims. Move the claim to the section that shows it.",
                                                               "%1$s claims standards %3$s in “%2$s”, where assessors do not count claims. Move the claims to the sections that show them.",
                                                               codes->len),
                                      llwybr_task_get_short_title (task, check->language),
                                      llwybr_task_section_get_title (section, check->language), list));
      finding->task = g_strdup (llwybr_task_get_id (task));
      finding->section = g_strdup (llwybr_task_section_get_id (section));
    }
}

static void
check_standards (Check *check)
{
  GListModel *standards = llwybr_framework_get_standards (llwybr_portfolio_get_framework (check->portfolio));
  g_autoptr(GPtrArray) unclaimed = g_ptr_array_new ();
  g_autoptr(GPtrArray) undocumented = g_ptr_array_new ();
  g_autoptr(GPtrArray) crowded = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);

  for (guint i = 0; i < g_list_model_get_n_items (standards); i++)
    {
      g_autoptr(LlwybrStandard) standard = g_list_model_get_item (standards, i);
      const char *code = llwybr_standard_get_code (standard);
      GPtrArray *documents = llwybr_portfolio_list_documents_for (check->portfolio, code);

      if (count_claims (check->portfolio, code) == 0)
        g_ptr_array_add (unclaimed, (char *)code);
      if (documents->len == 0)
        g_ptr_array_add (undocumented, (char *)code);
      if (documents->len > check->limits->documents_per_standard)
        g_ptr_array_add (crowded, g_ptr_array_ref (documents));
      g_ptr_array_unref (documents);
    }

  if (unclaimed->len > 0)
    {
      g_autofree char *list = join_standards (unclaimed);
      add (check, LLWYBR_FINDING_NOT_CLAIMED, LLWYBR_FINDING_REQUIRED, standards_strv (unclaimed),
           /* Translators: %s is a list of standards, “3, 5, 24”; [S3] is the claim marker */
           g_strdup_printf (llwybr_catalog_ngettext (check->catalog,
                                                     "Standard %s is not claimed in any written task. Claim it where a task shows it, with a marker such as [S3].",
                                                     "Standards %s are not claimed in any written task. Claim each where a task shows it, with a marker such as [S3].",
                                                     unclaimed->len),
                            list));
    }

  if (undocumented->len > check->limits->standards_without_document)
    {
      g_autofree char *list = join_standards (undocumented);
      add (check, LLWYBR_FINDING_NO_DOCUMENT, LLWYBR_FINDING_REQUIRED, standards_strv (undocumented),
           /* Translators: %s is a list of standards, “3, 5, 24” */
           g_strdup_printf (llwybr_catalog_ngettext (check->catalog,
                                                     "Standard %s has no supporting document in the document file.",
                                                     "Standards %s have no supporting document in the document file.",
                                                     undocumented->len),
                            list));
    }

  for (guint i = 0; i < crowded->len; i++)
    {
      GPtrArray *documents = g_ptr_array_index (crowded, i);
      const char *code = llwybr_document_get_standard (g_ptr_array_index (documents, 0));
      add (check, LLWYBR_FINDING_TOO_MANY_DOCUMENTS, LLWYBR_FINDING_REQUIRED, one_standard (code),
           /* Translators: %1$s is a standard's number, %2$u its documents, %3$u the most allowed */
           g_strdup_printf (llwybr_catalog_ngettext (check->catalog,
                                                     "Standard %1$s has %2$u document; the document file allows at most %3$u. Keep the ones that show it best.",
                                                     "Standard %1$s has %2$u documents; the document file allows at most %3$u. Keep the ones that show it best.",
                                                     documents->len),
                            code, documents->len, check->limits->documents_per_standard));
    }
}

static void
check_highlights (Check *check)
{
  GListModel *documents = llwybr_portfolio_get_documents (check->portfolio);

  for (guint i = 0; i < g_list_model_get_n_items (documents); i++)
    {
      g_autoptr(LlwybrDocument) document = g_list_model_get_item (documents, i);
      g_autoptr(LlwybrAttachment) attachment = NULL;
      g_autofree char *stripped = g_strstrip (g_strdup (llwybr_document_get_highlight (document)));
      LlwybrFinding *finding;

      if (*stripped != '\0')
        continue;

      attachment = llwybr_portfolio_lookup_attachment (check->portfolio, llwybr_document_get_attachment_uuid (document));
      finding = add (check, LLWYBR_FINDING_NO_HIGHLIGHT, LLWYBR_FINDING_WARNING, one_standard (llwybr_document_get_standard (document)),
                     /* Translators: %1$s is an attachment's file name, %2$s a standard's number */
                     g_strdup_printf (tr (check, N_("The document “%1$s” for standard %2$s does not say which part is highlighted. Note the part that shows the standard, so the assessor finds it.")),
                                      attachment ? llwybr_attachment_get_name (attachment) : "", llwybr_document_get_standard (document)));
      finding->document = g_strdup (llwybr_document_get_uuid (document));
    }
}

static int
by_severity (gconstpointer a,
             gconstpointer b)
{
  const LlwybrFinding *x = *(LlwybrFinding **)a, *y = *(LlwybrFinding **)b;

  return (int)x->severity - (int)y->severity;
}

/* Public API */

void
llwybr_readiness_limits_init (LlwybrReadinessLimits *limits)
{
  g_return_if_fail (limits != NULL);

  limits->documents_per_standard = 2;
  limits->standards_without_document = 0;
  limits->words_over_percent = 50;
}

/**
 * llwybr_readiness_limits_load:
 *
 * Fills @limits from the user's settings, or with the defaults where
 * Llwybr's settings are not installed.
 */
void
llwybr_readiness_limits_load (LlwybrReadinessLimits *limits)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;

  g_return_if_fail (limits != NULL);

  llwybr_readiness_limits_init (limits);
  if (source == NULL || !(schema = g_settings_schema_source_lookup (source, APP_ID, TRUE)) ||
      !g_settings_schema_has_key (schema, "documents-per-standard"))
    return;

  settings = g_settings_new_full (schema, NULL, NULL);
  limits->documents_per_standard = g_settings_get_uint (settings, "documents-per-standard");
  limits->standards_without_document = g_settings_get_uint (settings, "standards-without-document");
  limits->words_over_percent = g_settings_get_uint (settings, "words-over-percent");
}

/**
 * llwybr_readiness_findings:
 * @catalog: (nullable): the language of the findings' texts, or %NULL for
 *   the interface's
 *
 * Returns: (transfer full) (element-type LlwybrFinding): what stands
 *   between the portfolio and assessment, what must be done first
 */
GPtrArray *
llwybr_readiness_findings (LlwybrPortfolio             *portfolio,
                           const LlwybrReadinessLimits *limits,
                           LlwybrCatalog               *catalog)
{
  GListModel *tasks;
  Check check = {
    .portfolio = portfolio,
    .limits = limits,
    .catalog = catalog,
    .language = catalog ? llwybr_catalog_get_language (catalog) : llwybr_language_default (),
    .findings = g_ptr_array_new_with_free_func ((GDestroyNotify)llwybr_finding_free),
  };

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (portfolio), check.findings);
  g_return_val_if_fail (limits != NULL, check.findings);

  tasks = llwybr_portfolio_get_tasks (portfolio);
  check_entry (&check);
  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(LlwybrTask) task = g_list_model_get_item (tasks, i);

      check_task (&check, task);
    }
  check_standards (&check);
  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(LlwybrTask) task = g_list_model_get_item (tasks, i);

      check_context_claims (&check, task);
    }
  check_highlights (&check);

  /* Stable: within a severity, the order above is the order to work in. */
  g_ptr_array_sort (check.findings, by_severity);

  return check.findings;
}

/**
 * llwybr_readiness_count_required:
 *
 * Returns: how many of @findings the assessment cannot go ahead without
 */
guint
llwybr_readiness_count_required (GPtrArray *findings)
{
  guint n = 0;

  g_return_val_if_fail (findings != NULL, 0);

  for (guint i = 0; i < findings->len; i++)
    n += ((LlwybrFinding *)g_ptr_array_index (findings, i))->severity == LLWYBR_FINDING_REQUIRED;

  return n;
}

void
llwybr_finding_free (LlwybrFinding *finding)
{
  if (finding == NULL)
    return;

  g_free (finding->text);
  g_strfreev (finding->standards);
  g_free (finding->task);
  g_free (finding->section);
  g_free (finding->document);
  g_free (finding);
}

/**
 * llwybr_finding_severity_to_label_in:
 * @catalog: (nullable): the language, or %NULL for the interface's
 */
const char *
llwybr_finding_severity_to_label_in (LlwybrFindingSeverity  severity,
                                     LlwybrCatalog         *catalog)
{
  Check check = { .catalog = catalog };

  switch (severity)
    {
    case LLWYBR_FINDING_REQUIRED:
      return tr (&check, N_("Needed for assessment"));
    case LLWYBR_FINDING_WARNING:
      return tr (&check, N_("Worth checking"));
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * llwybr_grid_new:
 *
 * The cross-reference grid assessors ask for: which standards each
 * written task claims, and how many documents each has in the file.
 *
 * Returns: (transfer full): the grid
 */
LlwybrGrid *
llwybr_grid_new (LlwybrPortfolio *portfolio)
{
  LlwybrGrid *grid = g_new0 (LlwybrGrid, 1);
  GListModel *standards, *tasks;
  guint n_columns;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (portfolio), grid);

  standards = llwybr_framework_get_standards (llwybr_portfolio_get_framework (portfolio));
  tasks = llwybr_portfolio_get_tasks (portfolio);
  grid->standards = g_ptr_array_new_with_free_func (g_object_unref);
  grid->tasks = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (standards); i++)
    g_ptr_array_add (grid->standards, g_list_model_get_item (standards, i));
  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    g_ptr_array_add (grid->tasks, g_list_model_get_item (tasks, i));

  n_columns = grid->tasks->len + 1;
  grid->cells = g_new0 (guint, grid->standards->len * n_columns);
  for (guint row = 0; row < grid->standards->len; row++)
    {
      const char *code = llwybr_standard_get_code (g_ptr_array_index (grid->standards, row));
      g_autoptr(GPtrArray) documents = llwybr_portfolio_list_documents_for (portfolio, code);

      for (guint column = 0; column < grid->tasks->len; column++)
        grid->cells[row * n_columns + column] = llwybr_task_count_claims (g_ptr_array_index (grid->tasks, column), code);
      grid->cells[row * n_columns + grid->tasks->len] = documents->len;
    }

  return grid;
}

/**
 * llwybr_grid_get:
 * @column: a task's index, or the number of tasks for the document file
 *
 * Returns: the claims of the standard in row @row in that task, or its
 *   documents
 */
guint
llwybr_grid_get (LlwybrGrid *grid,
                 guint       row,
                 guint       column)
{
  g_return_val_if_fail (grid != NULL, 0);
  g_return_val_if_fail (row < grid->standards->len, 0);
  g_return_val_if_fail (column <= grid->tasks->len, 0);

  return grid->cells[row * (grid->tasks->len + 1) + column];
}

void
llwybr_grid_free (LlwybrGrid *grid)
{
  if (grid == NULL)
    return;

  g_clear_pointer (&grid->standards, g_ptr_array_unref);
  g_clear_pointer (&grid->tasks, g_ptr_array_unref);
  g_free (grid->cells);
  g_free (grid);
}
