/* llwybr-framework.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "llwybr-standard.h"

G_BEGIN_DECLS

#define LLWYBR_TYPE_FRAMEWORK (llwybr_framework_get_type())
#define LLWYBR_FRAMEWORK_ERROR (llwybr_framework_error_quark())

typedef enum
{
  LLWYBR_FRAMEWORK_ERROR_INVALID,
} LlwybrFrameworkError;

G_DECLARE_FINAL_TYPE (LlwybrFramework, llwybr_framework, LLWYBR, FRAMEWORK, GObject)

GQuark           llwybr_framework_error_quark         (void);
LlwybrFramework *llwybr_framework_new_from_bytes      (GBytes          *bytes,
                                                       GError         **error);
LlwybrFramework *llwybr_framework_new_default         (GError         **error);
const char      *llwybr_framework_get_id              (LlwybrFramework *self);
const char      *llwybr_framework_get_version         (LlwybrFramework *self);
const char      *llwybr_framework_get_title           (LlwybrFramework *self,
                                                       LlwybrLanguage   language);
const char      *llwybr_framework_get_source          (LlwybrFramework *self,
                                                       LlwybrLanguage   language);
gboolean         llwybr_framework_get_welsh_official  (LlwybrFramework *self);
GListModel      *llwybr_framework_get_standards       (LlwybrFramework *self);
LlwybrStandard  *llwybr_framework_lookup_standard     (LlwybrFramework *self,
                                                       const char      *code);
GBytes          *llwybr_framework_get_bytes           (LlwybrFramework *self);

G_END_DECLS
