/* llwybr-portfolio-plan.c
 *
 * The qualification plan: where the TA is, where she is going, and the
 * steps between, in her own order.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-portfolio"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "llwybr-enums.h"
#include "llwybr-plan-step-private.h"
#include "llwybr-portfolio-private.h"

#define STEP_COLUMNS \
  "id, uuid, kind, title, qualification, status, start_date, target_date, credits, hours," \
  " cost, provider, notes, evidence"

/* Helpers */

static const char *
text_or_null (sqlite3_stmt *stmt,
              int           column)
{
  return sqlite3_column_type (stmt, column) == SQLITE_NULL ? NULL : _llwybr_db_column_text (stmt, column);
}

static LlwybrPlanStep *
step_from_row (sqlite3_stmt *stmt)
{
  g_autoptr(GDate) start = _llwybr_date_from_string (text_or_null (stmt, 6));
  g_autoptr(GDate) target = _llwybr_date_from_string (text_or_null (stmt, 7));
  LlwybrPlanStep *step = g_object_new (LLWYBR_TYPE_PLAN_STEP,
                                       "kind", _llwybr_enum_from_nick (LLWYBR_TYPE_PLAN_STEP_KIND,
                                                                       _llwybr_db_column_text (stmt, 2),
                                                                       LLWYBR_PLAN_STEP_COURSE),
                                       "title", _llwybr_db_column_text (stmt, 3),
                                       "qualification", _llwybr_db_column_text (stmt, 4),
                                       "status", _llwybr_enum_from_nick (LLWYBR_TYPE_PLAN_STEP_STATUS,
                                                                         _llwybr_db_column_text (stmt, 5),
                                                                         LLWYBR_PLAN_STEP_PLANNED),
                                       "start-date", start,
                                       "target-date", target,
                                       "credits", CLAMP (sqlite3_column_int (stmt, 8), -1, 10000),
                                       "hours", CLAMP (sqlite3_column_int (stmt, 9), -1, 100000),
                                       "cost", _llwybr_db_column_text (stmt, 10),
                                       "provider", _llwybr_db_column_text (stmt, 11),
                                       "notes", _llwybr_db_column_text (stmt, 12),
                                       "evidence", _llwybr_db_column_text (stmt, 13),
                                       NULL);

  _llwybr_plan_step_set_record (step, sqlite3_column_int64 (stmt, 0), _llwybr_db_column_text (stmt, 1));
  return step;
}

static gboolean
write_step (LlwybrPortfolio  *self,
            LlwybrPlanStep   *step,
            GDateTime        *now,
            GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDate) start = NULL;
  g_autoptr(GDate) target = NULL;
  g_autofree char *start_text = NULL;
  g_autofree char *target_text = NULL;
  g_autofree char *now_text = _llwybr_time_to_string (now);
  g_autofree char *title = NULL, *qualification = NULL, *cost = NULL, *provider = NULL;
  g_autofree char *notes = NULL, *evidence = NULL;
  LlwybrPlanStepKind kind;
  LlwybrPlanStepStatus status;
  int credits, hours;

  g_object_get (step, "kind", &kind, "title", &title, "qualification", &qualification, "status", &status,
                "start-date", &start, "target-date", &target, "credits", &credits, "hours", &hours,
                "cost", &cost, "provider", &provider, "notes", &notes, "evidence", &evidence, NULL);
  start_text = _llwybr_date_to_string (start);
  target_text = _llwybr_date_to_string (target);

  stmt = _llwybr_db_prepare (self->db,
                             "UPDATE plan_step SET kind = ?, title = ?, qualification = ?, status = ?,"
                             " start_date = ?, target_date = ?, credits = ?, hours = ?, cost = ?,"
                             " provider = ?, notes = ?, evidence = ?, modified = ? WHERE uuid = ?", error);
  if (stmt == NULL)
    return FALSE;

  _llwybr_db_bind_text (stmt, 1, _llwybr_enum_to_nick (LLWYBR_TYPE_PLAN_STEP_KIND, kind));
  _llwybr_db_bind_text (stmt, 2, title ? title : "");
  _llwybr_db_bind_text (stmt, 3, qualification ? qualification : "");
  _llwybr_db_bind_text (stmt, 4, _llwybr_enum_to_nick (LLWYBR_TYPE_PLAN_STEP_STATUS, status));
  _llwybr_db_bind_text (stmt, 5, start_text);
  _llwybr_db_bind_text (stmt, 6, target_text);
  sqlite3_bind_int (stmt, 7, credits);
  sqlite3_bind_int (stmt, 8, hours);
  _llwybr_db_bind_text (stmt, 9, cost ? cost : "");
  _llwybr_db_bind_text (stmt, 10, provider ? provider : "");
  _llwybr_db_bind_text (stmt, 11, notes ? notes : "");
  _llwybr_db_bind_text (stmt, 12, evidence ? evidence : "");
  _llwybr_db_bind_text (stmt, 13, now_text);
  _llwybr_db_bind_text (stmt, 14, llwybr_plan_step_get_uuid (step));

  return _llwybr_db_step (stmt, error);
}

/* The list's order is the plan's order. */
static gboolean
write_positions (LlwybrPortfolio  *self,
                 GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  GListModel *steps = G_LIST_MODEL (self->plan_steps);

  if (!(stmt = _llwybr_db_prepare (self->db, "UPDATE plan_step SET position = ? WHERE uuid = ?", error)))
    return FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(LlwybrPlanStep) step = g_list_model_get_item (steps, i);

      sqlite3_reset (stmt);
      sqlite3_bind_int (stmt, 1, i);
      _llwybr_db_bind_text (stmt, 2, llwybr_plan_step_get_uuid (step));
      if (!_llwybr_db_step (stmt, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
set_role (LlwybrPortfolio  *self,
          const char       *column,
          char            **field,
          const char       *role,
          GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *sql = g_strdup_printf ("UPDATE plan SET %s = ? WHERE id = 1", column);

  if (g_strcmp0 (*field, role) == 0)
    return TRUE;

  if (!_llwybr_portfolio_begin (self, error))
    return FALSE;

  if (!(stmt = _llwybr_db_prepare (self->db, sql, error)))
    goto failed;
  _llwybr_db_bind_text (stmt, 1, role);
  if (!_llwybr_db_step (stmt, error) || !_llwybr_portfolio_commit (self, now, error))
    goto failed;

  g_free (*field);
  *field = g_strdup (role);
  g_signal_emit (self, _llwybr_portfolio_signals [SIGNAL_CHANGED], 0);
  return TRUE;

failed:
  _llwybr_portfolio_rollback (self);
  return FALSE;
}

/* Private API */

gboolean
_llwybr_portfolio_load_plan (LlwybrPortfolio  *self,
                             GError          **error)
{
  g_autoptr(sqlite3_stmt) plan = NULL;
  g_autoptr(sqlite3_stmt) steps = NULL;
  g_autoptr(GPtrArray) loaded = g_ptr_array_new_with_free_func (g_object_unref);

  /* A file from before the plan, opened read-only, has none. */
  if (self->file_version < 3)
    return TRUE;

  if (!(plan = _llwybr_db_prepare (self->db, "SELECT current_role, target_role FROM plan WHERE id = 1", error)))
    return FALSE;
  if (sqlite3_step (plan) == SQLITE_ROW)
    {
      g_free (self->current_role);
      self->current_role = g_strdup (_llwybr_db_column_text (plan, 0));
      g_free (self->target_role);
      self->target_role = g_strdup (_llwybr_db_column_text (plan, 1));
    }

  steps = _llwybr_db_prepare (self->db, "SELECT " STEP_COLUMNS " FROM plan_step ORDER BY position, id", error);
  if (steps == NULL)
    return FALSE;
  while (sqlite3_step (steps) == SQLITE_ROW)
    g_ptr_array_add (loaded, step_from_row (steps));

  /* Loaded again after a merge: the views see one change. */
  g_list_store_splice (self->plan_steps, 0, g_list_model_get_n_items (G_LIST_MODEL (self->plan_steps)),
                       loaded->pdata, loaded->len);
  return TRUE;
}

/* Public API */

/**
 * llwybr_portfolio_get_current_role:
 *
 * Returns: the id of the TA's role in the career framework, or ""
 */
const char *
llwybr_portfolio_get_current_role (LlwybrPortfolio *self)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);

  return self->current_role ? self->current_role : "";
}

gboolean
llwybr_portfolio_set_current_role (LlwybrPortfolio  *self,
                                   const char       *role,
                                   GError          **error)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (role != NULL, FALSE);

  return set_role (self, "current_role", &self->current_role, role, error);
}

/**
 * llwybr_portfolio_get_target_role:
 *
 * Returns: the id of the role the TA is working towards, or ""
 */
const char *
llwybr_portfolio_get_target_role (LlwybrPortfolio *self)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);

  return self->target_role ? self->target_role : "";
}

gboolean
llwybr_portfolio_set_target_role (LlwybrPortfolio  *self,
                                  const char       *role,
                                  GError          **error)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (role != NULL, FALSE);

  return set_role (self, "target_role", &self->target_role, role, error);
}

/**
 * llwybr_portfolio_get_plan_steps:
 *
 * Returns: (transfer none): a #GListModel of #LlwybrPlanStep, in the plan's order
 */
GListModel *
llwybr_portfolio_get_plan_steps (LlwybrPortfolio *self)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), NULL);

  return G_LIST_MODEL (self->plan_steps);
}

/**
 * llwybr_portfolio_add_plan_step:
 * @step: a new step, not yet in any portfolio
 *
 * Stores @step at the end of the plan.
 */
gboolean
llwybr_portfolio_add_plan_step (LlwybrPortfolio  *self,
                                LlwybrPlanStep   *step,
                                GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *now_text = _llwybr_time_to_string (now);

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (LLWYBR_IS_PLAN_STEP (step), FALSE);
  g_return_val_if_fail (llwybr_plan_step_get_uuid (step) == NULL, FALSE);

  if (!_llwybr_portfolio_begin (self, error))
    return FALSE;

  stmt = _llwybr_db_prepare (self->db,
                             "INSERT INTO plan_step (uuid, position, kind, status, created, modified)"
                             " VALUES (?1, ?2, 'course', 'planned', ?3, ?3)", error);
  if (stmt == NULL)
    goto failed;
  _llwybr_db_bind_text (stmt, 1, uuid);
  sqlite3_bind_int (stmt, 2, g_list_model_get_n_items (G_LIST_MODEL (self->plan_steps)));
  _llwybr_db_bind_text (stmt, 3, now_text);
  if (!_llwybr_db_step (stmt, error))
    goto failed;

  _llwybr_plan_step_set_record (step, sqlite3_last_insert_rowid (self->db), uuid);
  if (!write_step (self, step, now, error) || !_llwybr_portfolio_commit (self, now, error))
    {
      _llwybr_plan_step_set_record (step, 0, NULL);
      goto failed;
    }

  g_list_store_append (self->plan_steps, step);
  return TRUE;

failed:
  _llwybr_portfolio_rollback (self);
  return FALSE;
}

gboolean
llwybr_portfolio_save_plan_step (LlwybrPortfolio  *self,
                                 LlwybrPlanStep   *step,
                                 GError          **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  guint position;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (g_list_store_find (self->plan_steps, step, &position), FALSE);

  if (!_llwybr_portfolio_begin (self, error))
    return FALSE;

  if (!write_step (self, step, now, error) || !_llwybr_portfolio_commit (self, now, error))
    {
      _llwybr_portfolio_rollback (self);
      return FALSE;
    }

  /* Views of the plan redraw the step. */
  g_list_model_items_changed (G_LIST_MODEL (self->plan_steps), position, 1, 1);
  return TRUE;
}

gboolean
llwybr_portfolio_remove_plan_step (LlwybrPortfolio  *self,
                                   LlwybrPlanStep   *step,
                                   GError          **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  guint position;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (g_list_store_find (self->plan_steps, step, &position), FALSE);

  if (!_llwybr_portfolio_begin (self, error))
    return FALSE;

  if (!(stmt = _llwybr_db_prepare (self->db, "DELETE FROM plan_step WHERE uuid = ?", error)))
    goto failed;
  _llwybr_db_bind_text (stmt, 1, llwybr_plan_step_get_uuid (step));
  if (!_llwybr_db_step (stmt, error) ||
      !_llwybr_portfolio_bury (self, llwybr_plan_step_get_uuid (step), now, error) ||
      !_llwybr_portfolio_commit (self, now, error))
    goto failed;

  g_list_store_remove (self->plan_steps, position);
  return TRUE;

failed:
  _llwybr_portfolio_rollback (self);
  return FALSE;
}

/**
 * llwybr_portfolio_move_plan_step:
 * @position: where in the plan @step goes
 */
gboolean
llwybr_portfolio_move_plan_step (LlwybrPortfolio  *self,
                                 LlwybrPlanStep   *step,
                                 guint             position,
                                 GError          **error)
{
  g_autoptr(LlwybrPlanStep) hold = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  guint from;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (self), FALSE);
  g_return_val_if_fail (g_list_store_find (self->plan_steps, step, &from), FALSE);
  g_return_val_if_fail (position < g_list_model_get_n_items (G_LIST_MODEL (self->plan_steps)), FALSE);

  if (from == position)
    return TRUE;

  hold = g_object_ref (step);
  g_list_store_remove (self->plan_steps, from);
  g_list_store_insert (self->plan_steps, position, step);

  if (!_llwybr_portfolio_begin (self, error) || !write_positions (self, error) ||
      !_llwybr_portfolio_commit (self, now, error))
    {
      _llwybr_portfolio_rollback (self);
      g_list_store_remove (self->plan_steps, position);
      g_list_store_insert (self->plan_steps, from, step);
      return FALSE;
    }

  return TRUE;
}
