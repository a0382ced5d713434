/* llwybr-link-private.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "llwybr-link.h"

G_BEGIN_DECLS

LlwybrLink *_llwybr_link_new            (const char *uuid,
                                         const char *evidence_uuid,
                                         const char *standard,
                                         const char *annotation,
                                         GDateTime  *modified);
void        _llwybr_link_set_annotation (LlwybrLink *self,
                                         const char *annotation,
                                         GDateTime  *modified);

G_END_DECLS
