/* test-readiness.c: the written tasks, the document file and what stands
 * between a portfolio and HLTA assessment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "llwybr-test-util.h"

/* Helpers */

static LlwybrTaskSection *
section (LlwybrPortfolio *portfolio,
         const char      *task,
         const char      *id)
{
  LlwybrTask *found = llwybr_portfolio_lookup_task (portfolio, task);

  g_assert_nonnull (found);
  g_assert_nonnull (llwybr_task_lookup_section (found, id));
  return llwybr_task_lookup_section (found, id);
}

static void
write_section (LlwybrPortfolio *portfolio,
       const char      *task,
       const char      *id,
       const char      *text)
{
  g_autoptr(GError) error = NULL;

  llwybr_portfolio_set_task_text (portfolio, section (portfolio, task, id), text, &error);
  g_assert_no_error (error);
}

static LlwybrAttachment *
attach (LlwybrPortfolio *portfolio,
        LlwybrEvidence  *evidence,
        const char      *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data (name, strlen (name), NULL);
  LlwybrAttachment *attachment;

  attachment = llwybr_portfolio_attach_stream (portfolio, evidence, name, "text/plain", stream, strlen (name), NULL, &error);
  g_assert_no_error (error);
  return attachment;
}

static LlwybrDocument *
choose (LlwybrPortfolio  *portfolio,
        const char       *standard,
        LlwybrAttachment *attachment,
        const char       *highlight)
{
  g_autoptr(GError) error = NULL;
  LlwybrDocument *document = llwybr_portfolio_add_document (portfolio, standard, attachment, &error);

  g_assert_no_error (error);
  llwybr_document_set_why (document, "It shows the standard.");
  llwybr_document_set_highlight (document, highlight);
  llwybr_portfolio_save_document (portfolio, document, &error);
  g_assert_no_error (error);
  return document;
}

/* A portfolio with nothing left to do: the certificate for standard 11,
 * the endorsement, every section written, every standard claimed in Task
 * 1's planning and given one highlighted document. */
static LlwybrPortfolio *
new_ready_portfolio (void)
{
  LlwybrPortfolio *portfolio = llwybr_test_new_portfolio ();
  g_autoptr(LlwybrEvidence) certificate = llwybr_evidence_new ();
  g_autoptr(LlwybrLink) link = NULL;
  g_autoptr(LlwybrAttachment) attachment = NULL;
  g_autoptr(GDate) day = g_date_new_dmy (1, G_DATE_SEPTEMBER, 2026);
  g_autoptr(GString) claims = g_string_new ("I planned it with the teacher.");
  g_autoptr(GError) error = NULL;
  GListModel *tasks = llwybr_portfolio_get_tasks (portfolio);

  llwybr_evidence_set_title (certificate, "Level 2 literacy and numeracy");
  g_object_set (certificate, "kind", LLWYBR_EVIDENCE_KIND_CERTIFICATE, NULL);
  llwybr_portfolio_add_evidence (portfolio, certificate, &error);
  g_assert_no_error (error);
  link = llwybr_portfolio_link_standard (portfolio, certificate, "11", "The certificate.", &error);
  g_assert_no_error (error);
  attachment = attach (portfolio, certificate, "certificate.txt");

  llwybr_portfolio_set_endorsement (portfolio, "Mr Rhys Pugh", day, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < g_list_model_get_n_items (tasks); i++)
    {
      g_autoptr(LlwybrTask) task = g_list_model_get_item (tasks, i);
      GListModel *sections = llwybr_task_get_sections (task);

      for (guint j = 0; j < g_list_model_get_n_items (sections); j++)
        {
          g_autoptr(LlwybrTaskSection) item = g_list_model_get_item (sections, j);

          write_section (portfolio, llwybr_task_get_id (task), llwybr_task_section_get_id (item), "What happened, and why.");
        }
    }

  for (guint i = 1; i <= 33; i++)
    {
      g_autofree char *code = g_strdup_printf ("%u", i);
      g_autoptr(LlwybrDocument) document = choose (portfolio, code, attachment, "The second paragraph.");

      g_string_append_printf (claims, " Standard %u here [S%u].", i, i);
    }
  write_section (portfolio, "1", "planning", claims->str);

  return portfolio;
}

static LlwybrPortfolio *
new_portfolio_nothing_left (void)
{
  LlwybrPortfolio *portfolio = new_ready_portfolio ();
  LlwybrReadinessLimits limits;
  g_autoptr(GPtrArray) findings = NULL;

  llwybr_readiness_limits_init (&limits);
  findings = llwybr_readiness_findings (portfolio, &limits, NULL);
  if (findings->len > 0)
    g_error ("a ready portfolio has findings, the first: %s", ((LlwybrFinding *)g_ptr_array_index (findings, 0))->text);

  return portfolio;
}

static LlwybrDocument *
document_for (LlwybrPortfolio *portfolio,
              const char      *standard)
{
  g_autoptr(GPtrArray) documents = llwybr_portfolio_list_documents_for (portfolio, standard);

  g_assert_cmpuint (documents->len, >, 0);
  return g_object_ref (g_ptr_array_index (documents, 0));
}

static void
remove_document (LlwybrPortfolio *portfolio,
                 const char      *standard)
{
  g_autoptr(LlwybrDocument) document = document_for (portfolio, standard);
  g_autoptr(GError) error = NULL;

  llwybr_portfolio_remove_document (portfolio, document, &error);
  g_assert_no_error (error);
}

/* The changes a TA might leave undone */

static void
no_endorsement (LlwybrPortfolio *portfolio)
{
  g_autoptr(GError) error = NULL;

  llwybr_portfolio_set_endorsement (portfolio, "", NULL, &error);
  g_assert_no_error (error);
}

static void
no_certificate (LlwybrPortfolio *portfolio)
{
  LlwybrEvidence *certificate = g_list_model_get_item (llwybr_portfolio_get_evidence (portfolio), 0);
  g_autoptr(GError) error = NULL;

  g_object_set (certificate, "kind", LLWYBR_EVIDENCE_KIND_OTHER, NULL);
  llwybr_portfolio_save_evidence (portfolio, certificate, &error);
  g_assert_no_error (error);
  g_object_unref (certificate);
}

static void
empty_section (LlwybrPortfolio *portfolio)
{
  write_section (portfolio, "2", "delivery", "  \n ");
}

static void
empty_task (LlwybrPortfolio *portfolio)
{
  GListModel *sections = llwybr_task_get_sections (llwybr_portfolio_lookup_task (portfolio, "3"));

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(LlwybrTaskSection) item = g_list_model_get_item (sections, i);

      write_section (portfolio, "3", llwybr_task_section_get_id (item), "");
    }
}

static void
unclaimed (LlwybrPortfolio *portfolio)
{
  g_autofree char *text = g_strdup (llwybr_task_section_get_text (section (portfolio, "1", "planning")));
  g_auto(GStrv) parts = g_strsplit (text, " [S5]", -1);
  g_autofree char *without = g_strjoinv ("", parts);

  write_section (portfolio, "1", "planning", without);
}

static void
claimed_in_context (LlwybrPortfolio *portfolio)
{
  unclaimed (portfolio);
  write_section (portfolio, "2", "context", "Five pupils in Year 4 [S5], two new this term [S5].");
}

static void
undocumented (LlwybrPortfolio *portfolio)
{
  remove_document (portfolio, "9");
}

static void
crowded (LlwybrPortfolio *portfolio)
{
  LlwybrEvidence *evidence = g_list_model_get_item (llwybr_portfolio_get_evidence (portfolio), 0);
  g_autoptr(LlwybrAttachment) second = attach (portfolio, evidence, "observation.txt");
  g_autoptr(LlwybrAttachment) third = attach (portfolio, evidence, "plan.txt");
  g_autoptr(LlwybrDocument) a = choose (portfolio, "9", second, "All of it.");
  g_autoptr(LlwybrDocument) b = choose (portfolio, "9", third, "All of it.");

  g_object_unref (evidence);
}

static void
too_long (LlwybrPortfolio *portfolio)
{
  g_autoptr(GString) text = g_string_new (NULL);

  /* Evaluation's guidance is 200–400 words; half as much again is 600. */
  for (guint i = 0; i < 601; i++)
    g_string_append (text, "gair ");
  write_section (portfolio, "1", "evaluation", text->str);
}

static void
no_highlight (LlwybrPortfolio *portfolio)
{
  g_autoptr(LlwybrDocument) document = document_for (portfolio, "23");
  g_autoptr(GError) error = NULL;

  llwybr_document_set_highlight (document, " ");
  llwybr_portfolio_save_document (portfolio, document, &error);
  g_assert_no_error (error);
}

typedef struct
{
  const char            *name;
  void                 (*change) (LlwybrPortfolio *portfolio);
  LlwybrReadinessLimits  limits;     /* all zero: the defaults */
  const char            *expected;   /* "KIND/SEVERITY/standards/task/section;" for each finding */
} Case;

static const Case cases[] = {
  { "ready", NULL, { 0 }, "" },
  { "no-endorsement", no_endorsement, { 0 }, "1/0///;" },
  { "no-certificate", no_certificate, { 0 }, "0/0/11//;" },
  { "empty-section", empty_section, { 0 }, "2/0//2/delivery;" },
  { "empty-task", empty_task, { 0 }, "2/0//3/;" },
  { "unclaimed", unclaimed, { 0 }, "3/0/5//;" },
  { "claimed-in-context", claimed_in_context, { 0 }, "3/0/5//;6/1/5/2/context;" },
  { "undocumented", undocumented, { 0 }, "4/0/9//;" },
  { "undocumented-allowed", undocumented, { 2, 1, 50 }, "" },
  { "crowded", crowded, { 0 }, "5/0/9//;" },
  { "crowded-allowed", crowded, { 3, 0, 50 }, "" },
  { "too-long", too_long, { 0 }, "7/1//1/evaluation;" },
  { "too-long-allowed", too_long, { 2, 0, 100 }, "" },
  { "no-highlight", no_highlight, { 0 }, "8/1/23//;" },
};

static char *
describe (GPtrArray *findings)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      LlwybrFinding *finding = g_ptr_array_index (findings, i);
      g_autofree char *standards = g_strjoinv (",", finding->standards);

      g_assert_cmpstr (finding->text, !=, "");
      g_string_append_printf (text, "%d/%d/%s/%s/%s;", finding->kind, finding->severity, standards,
                              finding->task ? finding->task : "", finding->section ? finding->section : "");
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Each thing left undone gives its finding, and only that one; the
 * provider's limits move the line. */
static void
test_findings (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(LlwybrPortfolio) portfolio = new_portfolio_nothing_left ();
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *text = NULL;
  LlwybrReadinessLimits limits = c->limits;

  if (limits.documents_per_standard == 0)
    llwybr_readiness_limits_init (&limits);
  if (c->change != NULL)
    c->change (portfolio);

  findings = llwybr_readiness_findings (portfolio, &limits, NULL);
  text = describe (findings);
  g_assert_cmpstr (text, ==, c->expected);
}

/* A new portfolio: everything is left, what is needed first. */
static void
test_new_portfolio (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_test_new_portfolio ();
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *text = NULL;
  LlwybrReadinessLimits limits;

  llwybr_readiness_limits_init (&limits);
  findings = llwybr_readiness_findings (portfolio, &limits, NULL);
  text = describe (findings);

  g_assert_cmpuint (findings->len, ==, 12);
  g_assert_cmpuint (llwybr_readiness_count_required (findings), ==, 12);
  g_assert_true (g_str_has_prefix (text, "0/0/11//;1/0///;2/0//1/;2/0//2/;2/0//3/;2/0//4a/;"));
  g_assert_cmpuint (g_strv_length (((LlwybrFinding *)g_ptr_array_index (findings, 10))->standards), ==, 33);
  g_assert_cmpstr (((LlwybrFinding *)g_ptr_array_index (findings, 2))->text, ==, "Task 1 is not written yet.");
}

/* The findings read in the language asked for, plurals included. */
static void
test_welsh (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = new_portfolio_nothing_left ();
  g_autoptr(LlwybrCatalog) welsh = llwybr_catalog_new (LLWYBR_LANGUAGE_CY);
  g_autoptr(GPtrArray) findings = NULL;
  LlwybrReadinessLimits limits;

  llwybr_readiness_limits_init (&limits);
  empty_task (portfolio);
  undocumented (portfolio);
  remove_document (portfolio, "10");
  findings = llwybr_readiness_findings (portfolio, &limits, welsh);

  g_assert_cmpuint (findings->len, ==, 2);
  g_assert_cmpstr (((LlwybrFinding *)g_ptr_array_index (findings, 0))->text, ==, "Nid yw Tasg 3 wedi’i hysgrifennu eto.");
  g_assert_cmpstr (((LlwybrFinding *)g_ptr_array_index (findings, 1))->text, ==,
                   "Does gan safonau 9, 10 ddim dogfen ategol yn y ffeil ddogfennau.");
}

static void
test_claims (void)
{
  g_autoptr(GArray) claims = llwybr_claims_in_text ("Planned [S17], asked [s 23] and [S0] [S] [S4 [Sx] [S33]");
  g_autofree char *marker = llwybr_claim_marker ("23");

  g_assert_cmpstr (marker, ==, "[S23]");
  g_assert_cmpuint (claims->len, ==, 3);
  g_assert_cmpstr (g_array_index (claims, LlwybrClaim, 0).standard, ==, "17");
  g_assert_cmpuint (g_array_index (claims, LlwybrClaim, 0).start, ==, 8);
  g_assert_cmpuint (g_array_index (claims, LlwybrClaim, 0).end, ==, 13);
  g_assert_cmpstr (g_array_index (claims, LlwybrClaim, 1).standard, ==, "23");
  g_assert_cmpstr (g_array_index (claims, LlwybrClaim, 2).standard, ==, "33");

  g_assert_cmpuint (llwybr_count_words ("One two [S3] three"), ==, 3);
  g_assert_cmpuint (llwybr_count_words ("I led the group [S23]. Then — briefly — I asked."), ==, 8);
  g_assert_cmpuint (llwybr_count_words ("Ŵyr a [nodyn heb ei gau"), ==, 6);
  g_assert_cmpuint (llwybr_count_words ("  \n\t "), ==, 0);
}

/* The templates are whole: three session tasks with a context that may
 * not claim, and Task 4's five parts. */
static void
test_templates (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) tasks = llwybr_task_templates_new (&error);
  const char *ids[] = { "1", "2", "3", "4a", "4b", "4c", "4d", "4e" };

  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (tasks), ==, G_N_ELEMENTS (ids));
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(LlwybrTask) task = g_list_model_get_item (tasks, i);
      GListModel *sections = llwybr_task_get_sections (task);
      g_autoptr(LlwybrTaskSection) first = g_list_model_get_item (sections, 0);

      g_assert_cmpstr (llwybr_task_get_id (task), ==, ids[i]);
      g_assert_cmpstr (llwybr_task_get_title (task, LLWYBR_LANGUAGE_CY), !=, llwybr_task_get_title (task, LLWYBR_LANGUAGE_EN));
      g_assert_cmpuint (g_list_model_get_n_items (sections), ==, i < 3 ? 5 : 1);
      g_assert_cmpint (llwybr_task_section_get_may_claim (first), ==, i >= 3);
      g_assert_cmpuint (llwybr_task_section_get_min_words (first), <, llwybr_task_section_get_max_words (first));
    }
}

static void
count (guint *n)
{
  (*n)++;
}

/* What she wrote and chose is in the file, not only in memory. */
static void
test_saved (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = new_ready_portfolio ();
  g_autofree char *path = g_strdup (llwybr_portfolio_get_path (portfolio));
  g_autoptr(LlwybrPortfolio) again = NULL;
  g_autoptr(LlwybrDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  guint notified = 0;

  g_signal_connect_swapped (section (portfolio, "2", "planning"), "notify::text", G_CALLBACK (count), &notified);
  write_section (portfolio, "2", "planning", "Cynllunio gyda’r athrawes [S17].");
  write_section (portfolio, "2", "planning", "Cynllunio gyda’r athrawes [S17].");
  g_assert_cmpuint (notified, ==, 1);
  g_clear_object (&portfolio);

  again = llwybr_portfolio_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (llwybr_task_section_get_text (section (again, "2", "planning")), ==, "Cynllunio gyda’r athrawes [S17].");
  g_assert_cmpuint (llwybr_task_count_claims (llwybr_portfolio_lookup_task (again, "2"), "17"), ==, 1);
  g_assert_cmpstr (llwybr_portfolio_get_endorsed_by (again), ==, "Mr Rhys Pugh");
  g_assert_cmpint (g_date_get_year (llwybr_portfolio_get_endorsed_on (again)), ==, 2026);
  g_assert_cmpuint (g_list_model_get_n_items (llwybr_portfolio_get_documents (again)), ==, 33);
  document = document_for (again, "7");
  g_assert_cmpstr (llwybr_document_get_highlight (document), ==, "The second paragraph.");
  g_assert_cmpstr (llwybr_document_get_why (document), ==, "It shows the standard.");

  /* Saving notes leaves the list's items be, so a view of it stays put,
   * and the list says what was saved. */
  {
    g_autoptr(LlwybrDocument) copy = NULL;
    guint changed = 0;

    g_signal_connect_swapped (llwybr_portfolio_get_documents (again), "items-changed", G_CALLBACK (count), &changed);
    llwybr_document_set_highlight (document, "The table on page 2.");
    llwybr_portfolio_save_document (again, document, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (changed, ==, 0);
    copy = document_for (again, "7");
    g_assert_cmpstr (llwybr_document_get_highlight (copy), ==, "The table on page 2.");
  }
}

/* Removing the attachment takes the document with it. */
static void
test_attachment_removed (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = new_ready_portfolio ();
  LlwybrEvidence *evidence = g_list_model_get_item (llwybr_portfolio_get_evidence (portfolio), 0);
  g_autoptr(GListModel) attachments = llwybr_portfolio_list_attachments (portfolio, evidence);
  g_autoptr(LlwybrAttachment) attachment = g_list_model_get_item (attachments, 0);
  g_autoptr(GError) error = NULL;

  llwybr_portfolio_remove_attachment (portfolio, attachment, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (llwybr_portfolio_get_documents (portfolio)), ==, 0);
  g_object_unref (evidence);
}

/* A copy sent to a mentor keeps the TA's tasks as she sent them. */
static void
test_review_copy (void)
{
  g_autoptr(LlwybrPortfolio) portfolio = new_ready_portfolio ();
  g_autofree char *sent = llwybr_test_tmp_path ("for-mentor.llwybr");
  g_autoptr(GFile) file = g_file_new_for_path (sent);
  g_autoptr(LlwybrPortfolio) copy = NULL;
  g_autoptr(LlwybrDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  llwybr_portfolio_send_for_review (portfolio, file, NULL, &error);
  g_assert_no_error (error);
  copy = llwybr_portfolio_open (sent, &error);
  g_assert_no_error (error);

  g_assert_false (llwybr_portfolio_set_task_text (copy, section (copy, "1", "context"), "Changed", &error));
  g_assert_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_REVIEW_COPY);
  g_clear_error (&error);
  document = document_for (copy, "1");
  g_assert_false (llwybr_portfolio_remove_document (copy, document, &error));
  g_assert_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_REVIEW_COPY);
  g_assert_cmpstr (llwybr_task_section_get_text (section (copy, "1", "context")), ==, "What happened, and why.");
}

/* Writing on two laptops: the later change to a section wins, a document
 * chosen on the other copy comes over, and merging again changes nothing. */
static void
test_merge (void)
{
  g_autoptr(LlwybrPortfolio) home = new_ready_portfolio ();
  g_autofree char *other_path = llwybr_test_tmp_path ("school.llwybr");
  g_autoptr(GFile) file = g_file_new_for_path (other_path);
  g_autoptr(LlwybrPortfolio) school = NULL;
  g_autoptr(LlwybrDocument) added = NULL;
  g_autoptr(GError) error = NULL;
  LlwybrMergeCounts counts = { 0 };
  g_autoptr(LlwybrEvidence) first = g_list_model_get_item (llwybr_portfolio_get_evidence (home), 0);
  LlwybrEvidence *evidence;

  llwybr_portfolio_save_copy (home, file, NULL, &error);
  g_assert_no_error (error);
  school = llwybr_portfolio_open (other_path, &error);
  g_assert_no_error (error);

  write_section (home, "2", "evaluation", "Written at home first.");
  write_section (school, "2", "evaluation", "Rewritten at school, later [S24].");
  evidence = llwybr_portfolio_lookup_evidence (school, llwybr_evidence_get_uuid (first));
  {
    g_autoptr(LlwybrAttachment) attachment = attach (school, evidence, "observation.txt");
    g_autoptr(GDate) day = g_date_new_dmy (2, G_DATE_SEPTEMBER, 2026);

    added = llwybr_portfolio_add_document (school, "24", attachment, &error);
    g_assert_no_error (error);
    llwybr_portfolio_set_endorsement (school, "Mrs Eleri Pugh", day, &error);
    g_assert_no_error (error);
  }
  g_clear_object (&school);

  llwybr_portfolio_merge (home, other_path, FALSE, &counts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (counts.assessment, ==, 3);
  g_assert_cmpstr (llwybr_task_section_get_text (section (home, "2", "evaluation")), ==, "Rewritten at school, later [S24].");
  g_assert_cmpuint (g_list_model_get_n_items (llwybr_portfolio_get_documents (home)), ==, 34);
  g_assert_cmpstr (llwybr_portfolio_get_endorsed_by (home), ==, "Mrs Eleri Pugh");

  memset (&counts, 0, sizeof counts);
  llwybr_portfolio_merge (home, other_path, FALSE, &counts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (counts.assessment, ==, 0);
}

/* The sample's grid: what Task 1 claims, and the four documents. */
static void
test_grid_on_sample (void)
{
  g_autofree char *path = llwybr_test_write_sample ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LlwybrPortfolio) portfolio = llwybr_portfolio_open_read_only (path, &error);
  g_autoptr(LlwybrGrid) grid = NULL;
  g_autoptr(GString) task1 = g_string_new (NULL);
  g_autoptr(GString) documents = g_string_new (NULL);

  g_assert_no_error (error);
  grid = llwybr_grid_new (portfolio);
  g_assert_cmpuint (grid->standards->len, ==, 33);
  g_assert_cmpuint (grid->tasks->len, ==, 8);

  for (guint row = 0; row < grid->standards->len; row++)
    {
      const char *code = llwybr_standard_get_code (g_ptr_array_index (grid->standards, row));

      if (llwybr_grid_get (grid, row, 0) > 0)
        g_string_append_printf (task1, "%s ", code);
      if (llwybr_grid_get (grid, row, grid->tasks->len) > 0)
        g_string_append_printf (documents, "%s ", code);
      for (guint column = 1; column < grid->tasks->len; column++)
        g_assert_cmpuint (llwybr_grid_get (grid, row, column), ==, 0);
    }

  g_assert_cmpstr (task1->str, ==, "1 9 17 18 20 21 22 27 29 ");
  g_assert_cmpstr (documents->str, ==, "11 17 23 25 ");
}

int
main (int   argc,
      char *argv[])
{
  llwybr_test_init (&argc, &argv);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/readiness/findings/%s", cases[i].name);

      g_test_add_data_func (name, &cases[i], test_findings);
    }
  g_test_add_func ("/readiness/new-portfolio", test_new_portfolio);
  g_test_add_func ("/readiness/welsh", test_welsh);
  g_test_add_func ("/readiness/claims", test_claims);
  g_test_add_func ("/readiness/templates", test_templates);
  g_test_add_func ("/readiness/saved", test_saved);
  g_test_add_func ("/readiness/attachment-removed", test_attachment_removed);
  g_test_add_func ("/readiness/review-copy", test_review_copy);
  g_test_add_func ("/readiness/merge", test_merge);
  g_test_add_func ("/readiness/grid-on-sample", test_grid_on_sample);

  return g_test_run ();
}
