/* fuzz-packs.c: libFuzzer target for the standards and career packs
 *
 * A pack is JSON a provider or a future version could ship; each input is
 * loaded as both kinds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "llwybr-career.h"
#include "llwybr-framework.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  LlwybrFramework *framework = llwybr_framework_new_from_bytes (bytes, NULL);
  LlwybrCareer *career = llwybr_career_new_from_bytes (bytes, NULL);

  g_clear_object (&framework);
  g_clear_object (&career);
  return 0;
}
