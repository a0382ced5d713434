/* llwybr-career.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "llwybr-language.h"

G_BEGIN_DECLS

#define LLWYBR_TYPE_CAREER (llwybr_career_get_type())

/* A role of the career framework, as the pack describes it. */
typedef struct
{
  char       *id;
  char       *track;
  int         level;
  char       *title[LLWYBR_N_LANGUAGES];
  char       *purpose[LLWYBR_N_LANGUAGES];
  GPtrArray  *duties;          /* of char *[LLWYBR_N_LANGUAGES], en then cy */
  GPtrArray  *knowledge;
  GPtrArray  *cpd;
  GStrv       qualifications;
} LlwybrCareerRole;

/* A qualification of the catalogue; a level or credits of -1 are not known. */
typedef struct
{
  char *id;
  char *kind;
  int   level;
  char *size;
  int   credits;
  char *title[LLWYBR_N_LANGUAGES];
  char *summary[LLWYBR_N_LANGUAGES];
} LlwybrCareerQualification;

typedef enum
{
  LLWYBR_SUGGESTION_QUALIFICATION,
  LLWYBR_SUGGESTION_CPD,
  LLWYBR_SUGGESTION_REQUIREMENT,
  LLWYBR_SUGGESTION_HLTA_PREPARATION,
} LlwybrSuggestionKind;

/* A step the plan could take; the qualification is NULL for CPD. */
typedef struct
{
  LlwybrSuggestionKind  kind;
  char                 *qualification;
  char                 *text[LLWYBR_N_LANGUAGES];
} LlwybrSuggestion;

/* What a plan adds up to; dropped steps count for nothing. */
typedef struct
{
  int credits_planned;
  int credits_done;
  int hours_planned;
  int hours_done;
} LlwybrPlanTotals;

G_DECLARE_FINAL_TYPE (LlwybrCareer, llwybr_career, LLWYBR, CAREER, GObject)

LlwybrCareer                    *llwybr_career_new_from_bytes        (GBytes        *bytes,
                                                                      GError       **error);
LlwybrCareer                    *llwybr_career_new_default           (GError       **error);
int                              llwybr_career_get_credit_hours      (LlwybrCareer  *self);
guint                            llwybr_career_get_n_roles           (LlwybrCareer  *self);
const LlwybrCareerRole          *llwybr_career_get_role              (LlwybrCareer  *self,
                                                                      guint          index);
const LlwybrCareerRole          *llwybr_career_lookup_role           (LlwybrCareer  *self,
                                                                      const char    *id);
guint                            llwybr_career_get_n_qualifications  (LlwybrCareer  *self);
const LlwybrCareerQualification *llwybr_career_get_qualification     (LlwybrCareer  *self,
                                                                      guint          index);
const LlwybrCareerQualification *llwybr_career_lookup_qualification  (LlwybrCareer  *self,
                                                                      const char    *id);
guint                            llwybr_career_get_n_training_modules (LlwybrCareer *self,
                                                                       gboolean      core);
GPtrArray                       *llwybr_career_suggest               (LlwybrCareer  *self,
                                                                      const char    *current,
                                                                      const char    *target,
                                                                      GHashTable    *done,
                                                                      gboolean       has_level_2_certificate);
void                             llwybr_suggestion_free              (LlwybrSuggestion *suggestion);
void                             llwybr_career_plan_totals           (LlwybrCareer     *self,
                                                                      GListModel       *steps,
                                                                      LlwybrPlanTotals *totals);

G_END_DECLS
