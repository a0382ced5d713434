/* llwybr-catalog.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "llwybr-language.h"

G_BEGIN_DECLS

typedef struct _LlwybrCatalog LlwybrCatalog;

LlwybrCatalog *llwybr_catalog_new      (LlwybrLanguage  language);
void           llwybr_catalog_free     (LlwybrCatalog  *self);
LlwybrLanguage llwybr_catalog_get_language (LlwybrCatalog *self);
const char    *llwybr_catalog_gettext  (LlwybrCatalog  *self,
                                        const char     *msgid) G_GNUC_FORMAT (2);
const char    *llwybr_catalog_pgettext (LlwybrCatalog  *self,
                                        const char     *context,
                                        const char     *msgid) G_GNUC_FORMAT (3);
const char    *llwybr_catalog_ngettext (LlwybrCatalog  *self,
                                        const char     *msgid,
                                        const char     *msgid_plural,
                                        gulong          n) G_GNUC_FORMAT (2) G_GNUC_FORMAT (3);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LlwybrCatalog, llwybr_catalog_free)

G_END_DECLS
