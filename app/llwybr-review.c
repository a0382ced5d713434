/* llwybr-review.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-review"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "llwybr-review-private.h"

/* A mentor's comment on a piece of evidence or a standard, her verdict on
 * a standard, or her sign-off of the whole portfolio. It keeps the digest
 * of what it saw, so a later edit can be shown as "changed since review".
 * Only whether its owner has read it changes after it is made. */
struct _LlwybrReview
{
  GObject             parent_instance;

  char               *uuid;
  LlwybrReviewKind    kind;
  LlwybrReviewTarget  target_kind;
  char               *target;
  LlwybrVerdict       verdict;
  char               *text;
  char               *author;
  char               *author_role;
  char               *sha256;
  GDateTime          *created;
  gboolean            unread;
};

G_DEFINE_FINAL_TYPE (LlwybrReview, llwybr_review, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UNREAD,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const char * const verdict_labels[] = {
  N_("No verdict"),
  N_("Met"),
  N_("Partly met"),
  N_("Not yet met"),
};

/* Overrides */

static void
llwybr_review_finalize (GObject *object)
{
  LlwybrReview *self = (LlwybrReview *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->target, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->author, g_free);
  g_clear_pointer (&self->author_role, g_free);
  g_clear_pointer (&self->sha256, g_free);
  g_clear_pointer (&self->created, g_date_time_unref);

  G_OBJECT_CLASS (llwybr_review_parent_class)->finalize (object);
}

static void
llwybr_review_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LlwybrReview *self = LLWYBR_REVIEW (object);

  switch (prop_id)
    {
    case PROP_UNREAD:
      g_value_set_boolean (value, self->unread);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
llwybr_review_class_init (LlwybrReviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = llwybr_review_finalize;
  object_class->get_property = llwybr_review_get_property;

  properties [PROP_UNREAD] =
    g_param_spec_boolean ("unread", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
llwybr_review_init (LlwybrReview *self)
{
}

/* Private API */

LlwybrReview *
_llwybr_review_new (const char         *uuid,
                    LlwybrReviewKind    kind,
                    LlwybrReviewTarget  target_kind,
                    const char         *target,
                    LlwybrVerdict       verdict,
                    const char         *text,
                    const char         *author,
                    const char         *author_role,
                    const char         *sha256,
                    GDateTime          *created)
{
  LlwybrReview *self = g_object_new (LLWYBR_TYPE_REVIEW, NULL);

  self->uuid = g_strdup (uuid);
  self->kind = kind;
  self->target_kind = target_kind;
  self->target = g_strdup (target);
  self->verdict = verdict;
  self->text = g_strdup (text);
  self->author = g_strdup (author);
  self->author_role = g_strdup (author_role);
  self->sha256 = g_strdup (sha256);
  self->created = g_date_time_ref (created);

  return self;
}

void
_llwybr_review_set_unread (LlwybrReview *self,
                           gboolean      unread)
{
  g_assert (LLWYBR_IS_REVIEW (self));

  unread = !!unread;
  if (self->unread == unread)
    return;

  self->unread = unread;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_UNREAD]);
}

/* Public API */

LlwybrReviewKind
llwybr_review_get_kind (LlwybrReview *self)
{
  g_return_val_if_fail (LLWYBR_IS_REVIEW (self), LLWYBR_REVIEW_COMMENT);

  return self->kind;
}

LlwybrReviewTarget
llwybr_review_get_target_kind (LlwybrReview *self)
{
  g_return_val_if_fail (LLWYBR_IS_REVIEW (self), LLWYBR_REVIEW_TARGET_PORTFOLIO);

  return self->target_kind;
}

const char *
llwybr_review_get_uuid (LlwybrReview *self)
{
  g_return_val_if_fail (LLWYBR_IS_REVIEW (self), NULL);

  return self->uuid;
}

/**
 * llwybr_review_get_target:
 *
 * Returns: the UUID of the evidence, the code of the standard, or "" for
 *   a sign-off
 */
const char *
llwybr_review_get_target (LlwybrReview *self)
{
  g_return_val_if_fail (LLWYBR_IS_REVIEW (self), NULL);

  return self->target;
}

LlwybrVerdict
llwybr_review_get_verdict (LlwybrReview *self)
{
  g_return_val_if_fail (LLWYBR_IS_REVIEW (self), LLWYBR_VERDICT_NONE);

  return self->verdict;
}

const char *
llwybr_review_get_text (LlwybrReview *self)
{
  g_return_val_if_fail (LLWYBR_IS_REVIEW (self), NULL);

  return self->text;
}

const char *
llwybr_review_get_author (LlwybrReview *self)
{
  g_return_val_if_fail (LLWYBR_IS_REVIEW (self), NULL);

  return self->author;
}

const char *
llwybr_review_get_author_role (LlwybrReview *self)
{
  g_return_val_if_fail (LLWYBR_IS_REVIEW (self), NULL);

  return self->author_role;
}

/**
 * llwybr_review_get_sha256:
 *
 * Returns: the digest of what was reviewed, in hexadecimal
 */
const char *
llwybr_review_get_sha256 (LlwybrReview *self)
{
  g_return_val_if_fail (LLWYBR_IS_REVIEW (self), NULL);

  return self->sha256;
}

gboolean
llwybr_review_get_unread (LlwybrReview *self)
{
  g_return_val_if_fail (LLWYBR_IS_REVIEW (self), FALSE);

  return self->unread;
}

GDateTime *
llwybr_review_get_created (LlwybrReview *self)
{
  g_return_val_if_fail (LLWYBR_IS_REVIEW (self), NULL);

  return self->created;
}

/**
 * llwybr_verdict_to_label_in:
 * @catalog: (nullable): the language to use, or %NULL for the interface's
 */
const char *
llwybr_verdict_to_label_in (LlwybrVerdict  verdict,
                            LlwybrCatalog *catalog)
{
  const char *msgid = verdict_labels[MIN ((guint)verdict, G_N_ELEMENTS (verdict_labels) - 1)];

  return catalog ? llwybr_catalog_gettext (catalog, msgid) : _(msgid);
}

const char *
llwybr_verdict_to_label (LlwybrVerdict verdict)
{
  return llwybr_verdict_to_label_in (verdict, NULL);
}
