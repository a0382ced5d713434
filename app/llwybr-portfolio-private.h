/* llwybr-portfolio-private.h
 *
 * What the parts of LlwybrPortfolio share: the struct, the SQLite helpers and
 * the file checks (llwybr-portfolio-file.c), the records (llwybr-portfolio.c,
 * llwybr-portfolio-evidence.c, llwybr-portfolio-links.c,
 * llwybr-portfolio-attachments.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <sqlite3.h>

#include "llwybr-portfolio.h"

G_BEGIN_DECLS

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

/* The links of the evidence @e of @schema, as a JSON array of
 * [standard, annotation] pairs in standards order: how the history keeps
 * them, and part of what a review saw. */
#define HISTORY_LINKS(schema, e) \
  "(SELECT json_group_array (json_array (standard, annotation)) FROM" \
  "  (SELECT standard, annotation FROM " schema ".link WHERE evidence_id = " e ".id" \
  "   ORDER BY CAST (standard AS INTEGER), standard))"

struct _LlwybrPortfolio
{
  GObject          parent_instance;

  sqlite3         *db;
  char            *path;
  gboolean         read_only;
  guint            file_version;

  char            *uuid;
  char            *title;
  char            *owner;
  char            *school;
  char            *role;
  GDateTime       *created;
  GDateTime       *modified;

  LlwybrFramework *framework;
  GListStore      *evidence;
  GHashTable      *evidence_by_uuid;
  GHashTable      *evidence_by_row;
  GHashTable      *standard_counts; /* see llwybr_portfolio_count_evidence_by_standard() */

  char            *current_role;
  char            *target_role;
  GListStore      *plan_steps;

  GListModel      *tasks;
  GListStore      *documents;
  char            *endorsed_by;
  GDate           *endorsed_on;

  gboolean         review_copy;
  GListStore      *reviews;
  sqlite3_stmt    *changed_since_review;
};

typedef enum
{
  LLWYBR_OPEN_READ_WRITE,
  LLWYBR_OPEN_READ_ONLY,
} LlwybrOpenMode;

enum {
  SIGNAL_CHANGED,
  SIGNAL_EVIDENCE_CHANGED,
  SIGNAL_LINKS_CHANGED,
  N_SIGNALS
};

extern guint _llwybr_portfolio_signals [N_SIGNALS];

/* llwybr-portfolio-file.c */
sqlite3      *_llwybr_db_open             (const char       *path,
                                           LlwybrOpenMode    mode,
                                           gboolean          check_pages,
                                           guint            *version,
                                           GError          **error);
sqlite3      *_llwybr_db_create           (const char       *path,
                                           GError          **error);
gboolean      _llwybr_db_check_integrity  (sqlite3          *db,
                                           const char       *path,
                                           GError          **error);
gboolean      _llwybr_db_migrate          (sqlite3          *db,
                                           guint             from,
                                           guint             to,
                                           GError          **error);
gboolean      _llwybr_db_exec             (sqlite3          *db,
                                           const char       *sql,
                                           GError          **error);
sqlite3_stmt *_llwybr_db_prepare          (sqlite3          *db,
                                           const char       *sql,
                                           GError          **error);
gboolean      _llwybr_db_step             (sqlite3_stmt     *stmt,
                                           GError          **error);
gboolean      _llwybr_db_refresh_search   (sqlite3          *db,
                                           gint64            evidence_row,
                                           GError          **error);
gboolean      _llwybr_db_failed           (sqlite3          *db,
                                           GError          **error);
void          _llwybr_db_bind_text        (sqlite3_stmt     *stmt,
                                           int               column,
                                           const char       *text);
const char   *_llwybr_db_column_text      (sqlite3_stmt     *stmt,
                                           int               column);
int           _llwybr_enum_from_nick      (GType             type,
                                           const char       *nick,
                                           int               fallback);
const char   *_llwybr_enum_to_nick        (GType             type,
                                           int               value);
char         *_llwybr_date_to_string      (const GDate      *date);
GDate        *_llwybr_date_from_string    (const char       *text);
char         *_llwybr_time_to_string      (GDateTime        *time);
GDateTime    *_llwybr_time_from_string    (const char       *text);

/* llwybr-portfolio-evidence.c */
gboolean      _llwybr_portfolio_load_evidence (LlwybrPortfolio *self,
                                               GError         **error);

/* llwybr-portfolio-evidence.c */
void          _llwybr_portfolio_refresh_evidence (LlwybrPortfolio *self,
                                                  const char      *uuid);

/* llwybr-portfolio-review.c */
gboolean      _llwybr_portfolio_load_reviews  (LlwybrPortfolio      *self,
                                               GError              **error);
gboolean      _llwybr_portfolio_keep_version  (LlwybrPortfolio      *self,
                                               gint64                row,
                                               LlwybrVersionReason   reason,
                                               GDateTime            *now,
                                               GError              **error);
gboolean      _llwybr_portfolio_bury          (LlwybrPortfolio      *self,
                                               const char           *uuid,
                                               GDateTime            *now,
                                               GError              **error);

/* llwybr-portfolio-tasks.c */
gboolean      _llwybr_portfolio_load_tasks     (LlwybrPortfolio *self,
                                                GError         **error);
gboolean      _llwybr_portfolio_load_documents (LlwybrPortfolio *self,
                                                GError         **error);
void          _llwybr_portfolio_follow_documents (LlwybrPortfolio *self);

/* llwybr-portfolio-plan.c */
gboolean      _llwybr_portfolio_load_plan (LlwybrPortfolio *self,
                                           GError         **error);

/* llwybr-portfolio.c */
gboolean      _llwybr_portfolio_begin     (LlwybrPortfolio  *self,
                                           GError          **error);
gboolean      _llwybr_portfolio_begin_review (LlwybrPortfolio *self,
                                              GError         **error);
gboolean      _llwybr_portfolio_commit    (LlwybrPortfolio  *self,
                                           GDateTime        *now,
                                           GError          **error);
void          _llwybr_portfolio_rollback  (LlwybrPortfolio  *self);
LlwybrPortfolio *_llwybr_portfolio_create (const char       *path,
                                           const char       *uuid,
                                           LlwybrFramework  *framework,
                                           GError          **error);
LlwybrPortfolio *_llwybr_portfolio_open_header (const char    *path,
                                                GError       **error);
gboolean      _llwybr_portfolio_set_uuid  (LlwybrPortfolio  *self,
                                           const char       *uuid,
                                           GError          **error);

G_END_DECLS
