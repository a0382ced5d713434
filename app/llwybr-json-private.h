/* llwybr-json-private.h
 *
 * Reading the project's own data files (the career framework, the task
 * templates): members that are missing or of the wrong type read as NULL
 * or -1, so the loader can name the field that is wrong.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "llwybr-language.h"

G_BEGIN_DECLS

const char *_llwybr_json_member_string (JsonObject  *object,
                                        const char  *name);
int         _llwybr_json_member_int    (JsonObject  *object,
                                        const char  *name);
JsonArray  *_llwybr_json_member_array  (JsonObject  *object,
                                        const char  *name);
gboolean    _llwybr_json_read_texts    (JsonNode    *node,
                                        char       **texts);

G_END_DECLS
