/* llwybr-sample.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Every copy of the sample is the same portfolio, so trying it twice opens
 * the one already in the library. */
#define LLWYBR_SAMPLE_UUID "6c6c7779-6272-4d61-8d70-6c6573616d70"

gboolean llwybr_sample_write (GFile         *destination,
                              GCancellable  *cancellable,
                              GError       **error);

G_END_DECLS
