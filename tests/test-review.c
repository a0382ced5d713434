/* test-review.c: a mentor's review, copies sent for review, merging them
 * back, and the history of a piece of evidence
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "llwybr-test-util.h"

#define MENTOR "Mrs Eleri Rowlands"
#define MENTOR_ROLE "Class teacher"

/* Two laptops: the TA's library and the mentor's, and a USB stick. */
typedef struct
{
  LlwybrLibrary   *ta_library;
  LlwybrLibrary   *mentor_library;
  char            *stick;
  LlwybrPortfolio *ta;
  LlwybrEvidence  *evidence[3];
} Laptops;

static LlwybrEvidence *
add_evidence (LlwybrPortfolio *portfolio,
              const char      *title,
              const char      *standard)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LlwybrLink) link = NULL;
  LlwybrEvidence *evidence = llwybr_evidence_new ();

  llwybr_evidence_set_title (evidence, title);
  llwybr_evidence_set_reflection (evidence, "I planned the session with the class teacher.");
  llwybr_portfolio_add_evidence (portfolio, evidence, &error);
  g_assert_no_error (error);
  link = llwybr_portfolio_link_standard (portfolio, evidence, standard, "Shows planning", &error);
  g_assert_no_error (error);

  return evidence;
}

static void
laptops_set_up (Laptops       *laptops,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *ta_dir = g_dir_make_tmp ("llwybr-ta-XXXXXX", NULL);
  g_autofree char *mentor_dir = g_dir_make_tmp ("llwybr-mentor-XXXXXX", NULL);
  g_autoptr(LlwybrFramework) framework = llwybr_framework_new_default (&error);

  laptops->ta_library = llwybr_library_new (ta_dir);
  laptops->mentor_library = llwybr_library_new (mentor_dir);
  laptops->stick = g_dir_make_tmp ("llwybr-stick-XXXXXX", NULL);
  laptops->ta = llwybr_library_create (laptops->ta_library, framework, &error);
  g_assert_no_error (error);
  llwybr_portfolio_set_owner (laptops->ta, "Siân Morgan", &error);
  g_assert_no_error (error);

  laptops->evidence[0] = add_evidence (laptops->ta, "Phonics group", "1");
  laptops->evidence[1] = add_evidence (laptops->ta, "Science lesson plan", "1");
  laptops->evidence[2] = add_evidence (laptops->ta, "First aid certificate", "2");
}

static void
laptops_tear_down (Laptops       *laptops,
                   gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (laptops->evidence); i++)
    g_clear_object (&laptops->evidence[i]);
  g_clear_object (&laptops->ta);
  g_clear_object (&laptops->ta_library);
  g_clear_object (&laptops->mentor_library);
  g_free (laptops->stick);
}

static char *
on_stick (Laptops    *laptops,
          const char *name)
{
  return g_build_filename (laptops->stick, name, NULL);
}

/* "Send to mentor…", then the mentor opens the file on her laptop. */
static LlwybrPortfolio *
send_to_mentor (Laptops *laptops)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sent = on_stick (laptops, "for-mentor.llwybr");
  g_autoptr(GFile) file = g_file_new_for_path (sent);
  g_autofree char *imported = NULL;
  LlwybrPortfolio *mentor;

  g_unlink (sent);
  llwybr_portfolio_send_for_review (laptops->ta, file, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (llwybr_portfolio_get_review_copy (laptops->ta));

  imported = llwybr_library_import (laptops->mentor_library, file, NULL, NULL, &error);
  g_assert_no_error (error);
  mentor = llwybr_portfolio_open (imported, &error);
  g_assert_no_error (error);
  g_assert_true (llwybr_portfolio_get_review_copy (mentor));

  return mentor;
}

static char *
send_back (Laptops         *laptops,
           LlwybrPortfolio *mentor)
{
  g_autoptr(GError) error = NULL;
  char *back = on_stick (laptops, "reviewed.llwybr");
  g_autoptr(GFile) file = g_file_new_for_path (back);

  llwybr_portfolio_save_copy (mentor, file, NULL, &error);
  g_assert_no_error (error);
  return back;
}

static gboolean
has_title (LlwybrPortfolio *portfolio,
           const char      *title)
{
  GListModel *evidence = llwybr_portfolio_get_evidence (portfolio);

  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr(LlwybrEvidence) item = g_list_model_get_item (evidence, i);

      if (g_strcmp0 (llwybr_evidence_get_title (item), title) == 0)
        return TRUE;
    }

  return FALSE;
}

/* TA → mentor → TA, with the TA working on meanwhile. */
static void
test_round_trip (Laptops       *laptops,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LlwybrPortfolio) mentor = send_to_mentor (laptops);
  g_autoptr(LlwybrPortfolio) reopened = NULL;
  g_autoptr(LlwybrReview) comment = NULL, verdict = NULL, sign_off = NULL;
  g_autoptr(LlwybrEvidence) added = NULL;
  g_autofree char *back = NULL;
  g_autofree char *back_print = NULL;
  g_autofree char *after = NULL;
  g_autofree char *path = g_strdup (llwybr_portfolio_get_path (laptops->ta));
  LlwybrEvidence *mentor_first;
  LlwybrMergeCounts counts;

  mentor_first = llwybr_portfolio_lookup_evidence (mentor, llwybr_evidence_get_uuid (laptops->evidence[0]));
  g_assert_nonnull (mentor_first);
  comment = llwybr_portfolio_review_evidence (mentor, mentor_first, "Say how you adapted it.", MENTOR, MENTOR_ROLE, &error);
  g_assert_no_error (error);
  verdict = llwybr_portfolio_review_standard (mentor, "1", LLWYBR_VERDICT_MET, "Well evidenced.", MENTOR, MENTOR_ROLE, &error);
  g_assert_no_error (error);
  sign_off = llwybr_portfolio_sign_off (mentor, "Ready for assessment.", MENTOR, MENTOR_ROLE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (llwybr_portfolio_count_unread_reviews (mentor), ==, 0);

  /* Meanwhile the TA edits one piece, adds one and deletes one. */
  llwybr_evidence_set_title (laptops->evidence[1], "Science lesson plan (revised)");
  llwybr_portfolio_save_evidence (laptops->ta, laptops->evidence[1], &error);
  g_assert_no_error (error);
  added = add_evidence (laptops->ta, "Behaviour plan", "3");
  llwybr_portfolio_remove_evidence (laptops->ta, laptops->evidence[2], &error);
  g_assert_no_error (error);

  back = send_back (laptops, mentor);
  back_print = llwybr_test_fingerprint (back);

  /* What will come in is shown before anything changes. */
  llwybr_portfolio_merge (laptops->ta, back, TRUE, &counts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (counts.reviews, ==, 3);
  g_assert_cmpuint (counts.evidence_added, ==, 0);
  g_assert_cmpuint (counts.evidence_updated, ==, 0);
  g_assert_cmpuint (counts.evidence_removed, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (llwybr_portfolio_get_reviews (laptops->ta)), ==, 0);

  llwybr_portfolio_merge (laptops->ta, back, FALSE, &counts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (counts.reviews, ==, 3);
  g_clear_pointer (&after, g_free);
  after = llwybr_test_fingerprint (back);
  g_assert_cmpstr (after, ==, back_print);

  /* The reviews are in, unread; nothing the TA did meanwhile is lost. */
  g_assert_cmpuint (llwybr_portfolio_count_unread_reviews (laptops->ta), ==, 3);
  g_assert_cmpint (llwybr_portfolio_get_verdict (laptops->ta, "1"), ==, LLWYBR_VERDICT_MET);
  g_assert_true (has_title (laptops->ta, "Science lesson plan (revised)"));
  g_assert_true (has_title (laptops->ta, "Behaviour plan"));
  g_assert_false (has_title (laptops->ta, "First aid certificate"));
  g_assert_cmpuint (g_list_model_get_n_items (llwybr_portfolio_get_evidence (laptops->ta)), ==, 3);

  /* The mentor saw the old science plan: that one, and only that one,
   * changed since her review. */
  {
    g_autoptr(GPtrArray) changed = llwybr_portfolio_list_changed_since_review (laptops->ta, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (changed->len, ==, 1);
    g_assert_true (g_ptr_array_index (changed, 0) == laptops->evidence[1]);
  }

  /* On disk, after reopening, as she will find it tomorrow. */
  g_clear_object (&laptops->ta);
  reopened = llwybr_portfolio_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (llwybr_portfolio_get_reviews (reopened)), ==, 3);
  g_assert_cmpuint (llwybr_portfolio_count_unread_reviews (reopened), ==, 3);
  {
    g_autoptr(LlwybrReview) first = g_list_model_get_item (llwybr_portfolio_get_reviews (reopened), 0);

    llwybr_portfolio_mark_review_read (reopened, first, &error);
    g_assert_no_error (error);
  }
  g_assert_cmpuint (llwybr_portfolio_count_unread_reviews (reopened), ==, 2);
  g_clear_object (&reopened);
  reopened = llwybr_portfolio_open (path, &error);
  g_assert_cmpuint (llwybr_portfolio_count_unread_reviews (reopened), ==, 2);
  {
    g_autoptr(GPtrArray) found = llwybr_portfolio_search (reopened, "revised", &error);

    g_assert_cmpuint (found->len, ==, 1);
  }
}

static void
test_merge_twice (Laptops       *laptops,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LlwybrPortfolio) mentor = send_to_mentor (laptops);
  g_autoptr(LlwybrReview) review = NULL;
  g_autofree char *back = NULL;
  g_autofree char *after_first = NULL;
  g_autofree char *after_second = NULL;
  LlwybrMergeCounts counts;

  review = llwybr_portfolio_review_standard (mentor, "2", LLWYBR_VERDICT_PARTLY_MET, NULL, MENTOR, NULL, &error);
  g_assert_no_error (error);
  back = send_back (laptops, mentor);

  llwybr_portfolio_merge (laptops->ta, back, FALSE, &counts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (counts.reviews, ==, 1);
  after_first = llwybr_test_fingerprint (llwybr_portfolio_get_path (laptops->ta));

  llwybr_portfolio_merge (laptops->ta, back, FALSE, &counts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (counts.reviews + counts.evidence_added + counts.evidence_updated +
                    counts.evidence_removed + counts.attachments_added + counts.plan_steps, ==, 0);
  g_clear_pointer (&after_second, g_free);
  after_second = llwybr_test_fingerprint (llwybr_portfolio_get_path (laptops->ta));
  g_assert_cmpstr (after_second, ==, after_first);
  g_assert_cmpuint (g_list_model_get_n_items (llwybr_portfolio_get_reviews (laptops->ta)), ==, 1);
}

/* The TA sends again after more work: the mentor's copy takes the newer
 * evidence, and the version she reviewed stays in its history. */
static void
test_newer_wins (Laptops       *laptops,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LlwybrPortfolio) mentor = send_to_mentor (laptops);
  g_autoptr(GListModel) history = NULL;
  g_autoptr(LlwybrEvidenceVersion) version = NULL;
  g_autofree char *second = on_stick (laptops, "second.llwybr");
  g_autoptr(GFile) file = g_file_new_for_path (second);
  LlwybrEvidence *in_mentor;
  LlwybrMergeCounts counts;

  llwybr_evidence_set_reflection (laptops->evidence[0], "I adapted the game for two pupils.");
  llwybr_portfolio_save_evidence (laptops->ta, laptops->evidence[0], &error);
  g_assert_no_error (error);
  llwybr_portfolio_send_for_review (laptops->ta, file, NULL, &error);
  g_assert_no_error (error);

  llwybr_portfolio_merge (mentor, second, FALSE, &counts, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (counts.evidence_updated, ==, 1);

  in_mentor = llwybr_portfolio_lookup_evidence (mentor, llwybr_evidence_get_uuid (laptops->evidence[0]));
  g_assert_cmpstr (llwybr_evidence_get_reflection (in_mentor), ==, "I adapted the game for two pupils.");
  history = llwybr_portfolio_list_history (mentor, in_mentor);
  g_assert_cmpuint (g_list_model_get_n_items (history), >=, 1);
  version = g_list_model_get_item (history, 0);
  g_assert_cmpstr (llwybr_evidence_get_reflection (llwybr_evidence_version_get_evidence (version)), ==,
                   "I planned the session with the class teacher.");
  g_assert_cmpstrv (llwybr_evidence_version_get_standards (version), ((const char *[]) { "1", NULL }));
}

static void
test_unrelated_refused (Laptops       *laptops,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LlwybrPortfolio) stranger = llwybr_test_new_portfolio ();
  g_autofree char *before = llwybr_test_fingerprint (llwybr_portfolio_get_path (laptops->ta));
  g_autofree char *stranger_print = llwybr_test_fingerprint (llwybr_portfolio_get_path (stranger));
  g_autofree char *after = NULL;
  LlwybrMergeCounts counts;

  g_assert_false (llwybr_portfolio_merge (laptops->ta, llwybr_portfolio_get_path (stranger), FALSE, &counts, &error));
  g_assert_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_NOT_SAME);
  g_assert_nonnull (strstr (error->message, "different portfolio"));
  g_clear_pointer (&after, g_free);
  after = llwybr_test_fingerprint (llwybr_portfolio_get_path (laptops->ta));
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&after, g_free);
  after = llwybr_test_fingerprint (llwybr_portfolio_get_path (stranger));
  g_assert_cmpstr (after, ==, stranger_print);
}

/* The core refuses, whatever the interface shows. */
static void
test_review_copy_refuses_edits (Laptops       *laptops,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LlwybrPortfolio) mentor = send_to_mentor (laptops);
  g_autoptr(LlwybrEvidence) fresh = llwybr_evidence_new ();
  g_autoptr(LlwybrPlanStep) step = llwybr_plan_step_new (LLWYBR_PLAN_STEP_COURSE, "Maths");
  g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_data ("x", 1, NULL);
  g_autoptr(LlwybrReview) review = NULL;
  g_autoptr(GListModel) links = NULL;
  g_autoptr(LlwybrLink) link = NULL;
  LlwybrEvidence *evidence = llwybr_portfolio_lookup_evidence (mentor, llwybr_evidence_get_uuid (laptops->evidence[0]));
  g_autofree char *before = g_strdup (llwybr_evidence_get_title (evidence));

  llwybr_evidence_set_title (evidence, "Changed by the mentor");
  g_assert_false (llwybr_portfolio_save_evidence (mentor, evidence, &error));
  g_assert_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_REVIEW_COPY);
  g_clear_error (&error);

  g_assert_false (llwybr_portfolio_add_evidence (mentor, fresh, &error));
  g_assert_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_REVIEW_COPY);
  g_clear_error (&error);
  g_assert_false (llwybr_portfolio_remove_evidence (mentor, evidence, &error));
  g_assert_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_REVIEW_COPY);
  g_clear_error (&error);
  g_assert_null (llwybr_portfolio_link_standard (mentor, evidence, "5", "x", &error));
  g_assert_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_REVIEW_COPY);
  g_clear_error (&error);
  links = llwybr_portfolio_list_links (mentor, evidence);
  link = g_list_model_get_item (links, 0);
  g_assert_false (llwybr_portfolio_set_link_annotation (mentor, link, "x", &error));
  g_assert_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_REVIEW_COPY);
  g_clear_error (&error);
  g_assert_null (llwybr_portfolio_attach_stream (mentor, evidence, "a.txt", "text/plain", stream, 1, NULL, &error));
  g_assert_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_REVIEW_COPY);
  g_clear_error (&error);
  g_assert_false (llwybr_portfolio_add_plan_step (mentor, step, &error));
  g_assert_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_REVIEW_COPY);
  g_clear_error (&error);
  g_assert_false (llwybr_portfolio_set_owner (mentor, "Someone else", &error));
  g_assert_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_REVIEW_COPY);
  g_clear_error (&error);

  /* Nothing reached the file; reviews still do. */
  {
    g_autoptr(LlwybrPortfolio) reopened = llwybr_portfolio_open_read_only (llwybr_portfolio_get_path (mentor), &error);
    LlwybrEvidence *stored = llwybr_portfolio_lookup_evidence (reopened, llwybr_evidence_get_uuid (evidence));

    g_assert_cmpstr (llwybr_evidence_get_title (stored), ==, before);
    g_assert_cmpstr (llwybr_portfolio_get_owner (reopened), ==, "Siân Morgan");
  }

  review = llwybr_portfolio_review_evidence (mentor, evidence, "Good.", "", NULL, &error);
  g_assert_error (error, LLWYBR_PORTFOLIO_ERROR, LLWYBR_PORTFOLIO_ERROR_INVALID);
  g_assert_null (review);
  g_clear_error (&error);
  review = llwybr_portfolio_review_evidence (mentor, evidence, "Good.", MENTOR, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (review);
}

/* An edit after sign-off flags exactly the evidence that changed. */
static void
test_changed_since_sign_off (Laptops       *laptops,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LlwybrReview) comment = NULL, sign_off = NULL, verdict = NULL;
  g_autoptr(GPtrArray) changed = NULL;
  g_autoptr(LlwybrLink) link = NULL;

  comment = llwybr_portfolio_review_evidence (laptops->ta, laptops->evidence[0], "Fine.", MENTOR, NULL, &error);
  verdict = llwybr_portfolio_review_standard (laptops->ta, "2", LLWYBR_VERDICT_MET, NULL, MENTOR, NULL, &error);
  sign_off = llwybr_portfolio_sign_off (laptops->ta, NULL, MENTOR, MENTOR_ROLE, &error);
  g_assert_no_error (error);

  changed = llwybr_portfolio_list_changed_since_review (laptops->ta, &error);
  g_assert_cmpuint (changed->len, ==, 0);
  g_assert_true (llwybr_portfolio_review_is_current (laptops->ta, sign_off));
  g_clear_pointer (&changed, g_ptr_array_unref);

  /* A new link on the certificate is a change to the certificate. */
  link = llwybr_portfolio_link_standard (laptops->ta, laptops->evidence[2], "7", "Shows safety", &error);
  g_assert_no_error (error);

  changed = llwybr_portfolio_list_changed_since_review (laptops->ta, &error);
  g_assert_cmpuint (changed->len, ==, 1);
  g_assert_true (g_ptr_array_index (changed, 0) == laptops->evidence[2]);
  g_assert_true (llwybr_portfolio_evidence_changed_since_review (laptops->ta, laptops->evidence[2]));
  g_assert_false (llwybr_portfolio_evidence_changed_since_review (laptops->ta, laptops->evidence[0]));
  g_assert_false (llwybr_portfolio_review_is_current (laptops->ta, sign_off));
  g_assert_false (llwybr_portfolio_review_is_current (laptops->ta, verdict));
  g_assert_true (llwybr_portfolio_review_is_current (laptops->ta, comment));

  /* A later review that saw the change makes the piece current again. */
  {
    g_autoptr(LlwybrReview) again = NULL;

    again = llwybr_portfolio_review_evidence (laptops->ta, laptops->evidence[2], "Seen the link.", MENTOR, NULL, &error);
    g_assert_no_error (error);
    g_assert_false (llwybr_portfolio_evidence_changed_since_review (laptops->ta, laptops->evidence[2]));
  }

  /* Evidence no review saw is new, not changed. */
  {
    g_autoptr(LlwybrEvidence) fresh = llwybr_evidence_new ();

    llwybr_evidence_set_title (fresh, "Newydd");
    g_assert_true (llwybr_portfolio_add_evidence (laptops->ta, fresh, &error));
    g_assert_false (llwybr_portfolio_evidence_changed_since_review (laptops->ta, fresh));
  }
}

static void
test_history_restore (Laptops       *laptops,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) history = NULL;
  g_autoptr(GListModel) after = NULL;
  g_autoptr(GListModel) links = NULL;
  g_autoptr(LlwybrEvidenceVersion) original = NULL;
  g_autoptr(LlwybrLink) extra = NULL;
  LlwybrEvidence *evidence = laptops->evidence[0];

  /* Written in one sitting: no versions worth going back to yet. */
  history = llwybr_portfolio_list_history (laptops->ta, evidence);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 0);
  g_clear_object (&history);

  /* A day later, a mistaken edit: the title and reflection overwritten,
   * a link added, saved again and again as she types. */
  llwybr_test_a_day_later (llwybr_portfolio_get_path (laptops->ta));
  llwybr_evidence_set_title (evidence, "oops");
  llwybr_evidence_set_reflection (evidence, "");
  llwybr_portfolio_save_evidence (laptops->ta, evidence, &error);
  g_assert_no_error (error);
  extra = llwybr_portfolio_link_standard (laptops->ta, evidence, "9", "", &error);
  g_assert_no_error (error);
  llwybr_evidence_set_title (evidence, "oops, again");
  llwybr_portfolio_save_evidence (laptops->ta, evidence, &error);
  g_assert_no_error (error);

  /* One version: the one from before she started. */
  history = llwybr_portfolio_list_history (laptops->ta, evidence);
  g_assert_cmpuint (g_list_model_get_n_items (history), ==, 1);
  original = g_list_model_get_item (history, 0);
  g_assert_cmpstr (llwybr_evidence_get_title (llwybr_evidence_version_get_evidence (original)), ==, "Phonics group");
  g_assert_cmpstrv (llwybr_evidence_version_get_standards (original), ((const char *[]) { "1", NULL }));
  g_assert_cmpint (llwybr_evidence_version_get_reason (original), ==, LLWYBR_VERSION_REPLACED_BY_EDIT);

  llwybr_portfolio_restore_version (laptops->ta, evidence, original, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (llwybr_evidence_get_title (evidence), ==, "Phonics group");
  g_assert_cmpstr (llwybr_evidence_get_reflection (evidence), ==, "I planned the session with the class teacher.");
  links = llwybr_portfolio_list_links (laptops->ta, evidence);
  g_assert_cmpuint (g_list_model_get_n_items (links), ==, 1);
  g_assert_cmpuint (llwybr_portfolio_count_evidence_for (laptops->ta, "9"), ==, 0);
  {
    g_autoptr(GPtrArray) found = llwybr_portfolio_search (laptops->ta, "oops", &error);

    g_assert_cmpuint (found->len, ==, 0);
  }

  /* The restore can itself be undone. */
  after = llwybr_portfolio_list_history (laptops->ta, evidence);
  g_assert_cmpuint (g_list_model_get_n_items (after), ==, 2);
  {
    g_autoptr(LlwybrEvidenceVersion) latest = g_list_model_get_item (after, 0);

    g_assert_cmpstr (llwybr_evidence_get_title (llwybr_evidence_version_get_evidence (latest)), ==, "oops, again");
    g_assert_cmpstrv (llwybr_evidence_version_get_standards (latest), ((const char *[]) { "1", "9", NULL }));
    g_assert_cmpint (llwybr_evidence_version_get_reason (latest), ==, LLWYBR_VERSION_REPLACED_BY_RESTORE);
  }
}

int
main (int   argc,
      char *argv[])
{
  llwybr_test_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add (path, Laptops, NULL, laptops_set_up, func, laptops_tear_down)
  ADD ("/review/round-trip", test_round_trip);
  ADD ("/review/merge-twice", test_merge_twice);
  ADD ("/review/newer-wins", test_newer_wins);
  ADD ("/review/unrelated-refused", test_unrelated_refused);
  ADD ("/review/review-copy-refuses-edits", test_review_copy_refuses_edits);
  ADD ("/review/changed-since-sign-off", test_changed_since_sign_off);
  ADD ("/review/history-restore", test_history_restore);
#undef ADD

  return g_test_run ();
}
