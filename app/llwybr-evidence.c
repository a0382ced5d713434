/* llwybr-evidence.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-evidence"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "llwybr-enums.h"
#include "llwybr-evidence-private.h"

/* A piece of evidence as the TA describes it. The object holds values only;
 * LlwybrPortfolio stores it, so edits become a transaction each. */
struct _LlwybrEvidence
{
  GObject                parent_instance;

  gint64                 row_id;
  char                  *uuid;
  char                  *title;
  GDate                 *date;
  LlwybrEvidenceKind     kind;
  LlwybrEvidenceSetting  setting;
  char                  *age_range;
  char                  *subject;
  char                  *reflection;
  GDateTime             *created;
  GDateTime             *modified;
};

G_DEFINE_FINAL_TYPE (LlwybrEvidence, llwybr_evidence, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
  PROP_TITLE,
  PROP_DATE,
  PROP_KIND,
  PROP_SETTING,
  PROP_AGE_RANGE,
  PROP_SUBJECT,
  PROP_REFLECTION,
  PROP_CREATED,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Helpers */

static void
set_string (LlwybrEvidence  *self,
            char           **field,
            const char      *value,
            guint            prop_id)
{
  if (g_strcmp0 (*field, value ? value : "") == 0)
    return;

  g_free (*field);
  *field = g_strdup (value ? value : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties [prop_id]);
}

/* Overrides */

static void
llwybr_evidence_finalize (GObject *object)
{
  LlwybrEvidence *self = (LlwybrEvidence *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->date, g_date_free);
  g_clear_pointer (&self->age_range, g_free);
  g_clear_pointer (&self->subject, g_free);
  g_clear_pointer (&self->reflection, g_free);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->modified, g_date_time_unref);

  G_OBJECT_CLASS (llwybr_evidence_parent_class)->finalize (object);
}

static void
llwybr_evidence_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  LlwybrEvidence *self = LLWYBR_EVIDENCE (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_SETTING:
      g_value_set_enum (value, self->setting);
      break;

    case PROP_AGE_RANGE:
      g_value_set_string (value, self->age_range);
      break;

    case PROP_SUBJECT:
      g_value_set_string (value, self->subject);
      break;

    case PROP_REFLECTION:
      g_value_set_string (value, self->reflection);
      break;

    case PROP_CREATED:
      g_value_set_boxed (value, self->created);
      break;

    case PROP_MODIFIED:
      g_value_set_boxed (value, self->modified);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
llwybr_evidence_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  LlwybrEvidence *self = LLWYBR_EVIDENCE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      llwybr_evidence_set_title (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      llwybr_evidence_set_date (self, g_value_get_boxed (value));
      break;

    case PROP_KIND:
      llwybr_evidence_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_SETTING:
      llwybr_evidence_set_setting (self, g_value_get_enum (value));
      break;

    case PROP_AGE_RANGE:
      llwybr_evidence_set_age_range (self, g_value_get_string (value));
      break;

    case PROP_SUBJECT:
      llwybr_evidence_set_subject (self, g_value_get_string (value));
      break;

    case PROP_REFLECTION:
      llwybr_evidence_set_reflection (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
llwybr_evidence_class_init (LlwybrEvidenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags rw = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = llwybr_evidence_finalize;
  object_class->get_property = llwybr_evidence_get_property;
  object_class->set_property = llwybr_evidence_set_property;

  properties [PROP_UUID] = g_param_spec_string ("uuid", NULL, NULL, NULL, ro);
  properties [PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", rw);
  properties [PROP_DATE] = g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE, rw);
  properties [PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       LLWYBR_TYPE_EVIDENCE_KIND, LLWYBR_EVIDENCE_KIND_REFLECTIVE_ACCOUNT, rw);
  properties [PROP_SETTING] =
    g_param_spec_enum ("setting", NULL, NULL,
                       LLWYBR_TYPE_EVIDENCE_SETTING, LLWYBR_EVIDENCE_SETTING_NONE, rw);
  properties [PROP_AGE_RANGE] = g_param_spec_string ("age-range", NULL, NULL, "", rw);
  properties [PROP_SUBJECT] = g_param_spec_string ("subject", NULL, NULL, "", rw);
  properties [PROP_REFLECTION] = g_param_spec_string ("reflection", NULL, NULL, "", rw);
  properties [PROP_CREATED] = g_param_spec_boxed ("created", NULL, NULL, G_TYPE_DATE_TIME, ro);
  properties [PROP_MODIFIED] = g_param_spec_boxed ("modified", NULL, NULL, G_TYPE_DATE_TIME, ro);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
llwybr_evidence_init (LlwybrEvidence *self)
{
  self->title = g_strdup ("");
  self->kind = LLWYBR_EVIDENCE_KIND_REFLECTIVE_ACCOUNT;
  self->age_range = g_strdup ("");
  self->subject = g_strdup ("");
  self->reflection = g_strdup ("");
}

/* Private API */

gint64
_llwybr_evidence_get_row_id (LlwybrEvidence *self)
{
  g_assert (LLWYBR_IS_EVIDENCE (self));

  return self->row_id;
}

void
_llwybr_evidence_set_record (LlwybrEvidence *self,
                             gint64          row_id,
                             const char     *uuid,
                             GDateTime      *created,
                             GDateTime      *modified)
{
  g_assert (LLWYBR_IS_EVIDENCE (self));

  self->row_id = row_id;

  if (g_strcmp0 (self->uuid, uuid) != 0)
    {
      g_free (self->uuid);
      self->uuid = g_strdup (uuid);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_UUID]);
    }

  if (created != NULL && (self->created == NULL || !g_date_time_equal (self->created, created)))
    {
      g_clear_pointer (&self->created, g_date_time_unref);
      self->created = g_date_time_ref (created);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CREATED]);
    }

  if (modified != NULL && (self->modified == NULL || !g_date_time_equal (self->modified, modified)))
    {
      g_clear_pointer (&self->modified, g_date_time_unref);
      self->modified = g_date_time_ref (modified);
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_MODIFIED]);
    }
}

/* An edit of the evidence, its links or its attachments was stored. */
void
_llwybr_evidence_set_modified (LlwybrEvidence *self,
                               GDateTime      *modified)
{
  _llwybr_evidence_set_record (self, self->row_id, self->uuid, NULL, modified);
}

/* Public API */

LlwybrEvidence *
llwybr_evidence_new (void)
{
  return g_object_new (LLWYBR_TYPE_EVIDENCE, NULL);
}

/**
 * llwybr_evidence_get_uuid:
 *
 * Returns: (nullable): the identity, or %NULL until a portfolio stores it
 */
const char *
llwybr_evidence_get_uuid (LlwybrEvidence *self)
{
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE (self), NULL);

  return self->uuid;
}

const char *
llwybr_evidence_get_title (LlwybrEvidence *self)
{
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE (self), NULL);

  return self->title;
}

void
llwybr_evidence_set_title (LlwybrEvidence *self,
                           const char     *title)
{
  g_return_if_fail (LLWYBR_IS_EVIDENCE (self));

  set_string (self, &self->title, title, PROP_TITLE);
}

/**
 * llwybr_evidence_get_date:
 *
 * Returns: (nullable) (transfer none): the day the evidence is from
 */
GDate *
llwybr_evidence_get_date (LlwybrEvidence *self)
{
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE (self), NULL);

  return self->date;
}

void
llwybr_evidence_set_date (LlwybrEvidence *self,
                          const GDate    *date)
{
  g_return_if_fail (LLWYBR_IS_EVIDENCE (self));
  g_return_if_fail (date == NULL || g_date_valid (date));

  if (date == NULL && self->date == NULL)
    return;
  if (date != NULL && self->date != NULL && g_date_compare (date, self->date) == 0)
    return;

  g_clear_pointer (&self->date, g_date_free);
  if (date != NULL)
    self->date = g_date_copy (date);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DATE]);
}

LlwybrEvidenceKind
llwybr_evidence_get_kind (LlwybrEvidence *self)
{
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE (self), LLWYBR_EVIDENCE_KIND_OTHER);

  return self->kind;
}

void
llwybr_evidence_set_kind (LlwybrEvidence     *self,
                          LlwybrEvidenceKind  kind)
{
  g_return_if_fail (LLWYBR_IS_EVIDENCE (self));
  g_return_if_fail (kind <= LLWYBR_EVIDENCE_KIND_OTHER);

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_KIND]);
}

LlwybrEvidenceSetting
llwybr_evidence_get_setting (LlwybrEvidence *self)
{
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE (self), LLWYBR_EVIDENCE_SETTING_NONE);

  return self->setting;
}

void
llwybr_evidence_set_setting (LlwybrEvidence        *self,
                             LlwybrEvidenceSetting  setting)
{
  g_return_if_fail (LLWYBR_IS_EVIDENCE (self));
  g_return_if_fail (setting <= LLWYBR_EVIDENCE_SETTING_WIDER_ROLE);

  if (self->setting == setting)
    return;

  self->setting = setting;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SETTING]);
}

const char *
llwybr_evidence_get_age_range (LlwybrEvidence *self)
{
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE (self), NULL);

  return self->age_range;
}

void
llwybr_evidence_set_age_range (LlwybrEvidence *self,
                               const char     *age_range)
{
  g_return_if_fail (LLWYBR_IS_EVIDENCE (self));

  set_string (self, &self->age_range, age_range, PROP_AGE_RANGE);
}

const char *
llwybr_evidence_get_subject (LlwybrEvidence *self)
{
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE (self), NULL);

  return self->subject;
}

void
llwybr_evidence_set_subject (LlwybrEvidence *self,
                             const char     *subject)
{
  g_return_if_fail (LLWYBR_IS_EVIDENCE (self));

  set_string (self, &self->subject, subject, PROP_SUBJECT);
}

const char *
llwybr_evidence_get_reflection (LlwybrEvidence *self)
{
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE (self), NULL);

  return self->reflection;
}

void
llwybr_evidence_set_reflection (LlwybrEvidence *self,
                                const char     *reflection)
{
  g_return_if_fail (LLWYBR_IS_EVIDENCE (self));

  set_string (self, &self->reflection, reflection, PROP_REFLECTION);
}

/**
 * llwybr_evidence_get_created:
 *
 * Returns: (nullable) (transfer none): when the portfolio first stored it
 */
GDateTime *
llwybr_evidence_get_created (LlwybrEvidence *self)
{
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE (self), NULL);

  return self->created;
}

/**
 * llwybr_evidence_get_modified:
 *
 * Returns: (nullable) (transfer none): when the portfolio last stored it
 */
GDateTime *
llwybr_evidence_get_modified (LlwybrEvidence *self)
{
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE (self), NULL);

  return self->modified;
}

/**
 * llwybr_evidence_compare_by_date:
 *
 * Orders evidence newest first; evidence without a date comes last.
 */
int
llwybr_evidence_compare_by_date (LlwybrEvidence *a,
                                 LlwybrEvidence *b)
{
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE (a) && LLWYBR_IS_EVIDENCE (b), 0);

  if (a->date == NULL || b->date == NULL)
    return (a->date == NULL) - (b->date == NULL);

  return g_date_compare (b->date, a->date);
}

/* The order of the file's lists, SQLite's ORDER BY date, id: undated
 * first, then oldest, then in the order they were added. */
int
_llwybr_evidence_compare_stored (LlwybrEvidence *a,
                                 LlwybrEvidence *b)
{
  if (a->date == NULL || b->date == NULL)
    {
      if ((a->date == NULL) != (b->date == NULL))
        return (b->date == NULL) - (a->date == NULL);
    }
  else if (g_date_compare (a->date, b->date) != 0)
    return g_date_compare (a->date, b->date);

  return (a->row_id > b->row_id) - (a->row_id < b->row_id);
}

/**
 * llwybr_evidence_compare_by_title:
 *
 * Orders evidence by title in the alphabet of the UI language.
 */
int
llwybr_evidence_compare_by_title (LlwybrEvidence *a,
                                  LlwybrEvidence *b)
{
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE (a) && LLWYBR_IS_EVIDENCE (b), 0);

  return g_utf8_collate (a->title, b->title);
}

/**
 * llwybr_evidence_is_within:
 * @since: (nullable): the first day to keep, or %NULL for any
 *
 * Returns: whether the evidence is dated on or after @since
 */
gboolean
llwybr_evidence_is_within (LlwybrEvidence *self,
                           const GDate    *since)
{
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE (self), FALSE);

  return since == NULL || (self->date != NULL && g_date_compare (self->date, since) >= 0);
}

/* Labels as msgids, so a summary can show them in a language other than
 * the interface's; "None" has a context of its own. */
static const char * const kind_labels[] = {
  N_("Lesson plan"),
  N_("Observation"),
  N_("Witness statement"),
  N_("Reflective account"),
  N_("Pupil work (anonymised)"),
  N_("Certificate"),
  N_("Training record"),
  N_("Written task section"),
  N_("Other"),
};

static const char * const setting_labels[] = {
  /* Translators: the setting of evidence that has none, such as a certificate */
  NC_("setting", "None"),
  N_("Individual"),
  N_("Small group"),
  N_("Whole class"),
  N_("Wider role"),
};

/**
 * llwybr_evidence_kind_to_label_in:
 * @catalog: (nullable): the language to use, or %NULL for the interface's
 */
const char *
llwybr_evidence_kind_to_label_in (LlwybrEvidenceKind  kind,
                                  LlwybrCatalog      *catalog)
{
  const char *msgid = kind_labels[MIN ((guint)kind, G_N_ELEMENTS (kind_labels) - 1)];

  return catalog ? llwybr_catalog_gettext (catalog, msgid) : _(msgid);
}

/**
 * llwybr_evidence_setting_to_label_in:
 * @catalog: (nullable): the language to use, or %NULL for the interface's
 */
const char *
llwybr_evidence_setting_to_label_in (LlwybrEvidenceSetting  setting,
                                     LlwybrCatalog         *catalog)
{
  guint index = MIN ((guint)setting, G_N_ELEMENTS (setting_labels) - 1);

  if (index == LLWYBR_EVIDENCE_SETTING_NONE)
    return catalog ? llwybr_catalog_pgettext (catalog, "setting", "None") : C_("setting", "None");

  return catalog ? llwybr_catalog_gettext (catalog, setting_labels[index]) : _(setting_labels[index]);
}

const char *
llwybr_evidence_kind_to_label (LlwybrEvidenceKind kind)
{
  return llwybr_evidence_kind_to_label_in (kind, NULL);
}

const char *
llwybr_evidence_setting_to_label (LlwybrEvidenceSetting setting)
{
  return llwybr_evidence_setting_to_label_in (setting, NULL);
}
