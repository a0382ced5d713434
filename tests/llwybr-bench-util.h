/* llwybr-bench-util.h: what the benchmarks share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "llwybr.h"

G_BEGIN_DECLS

/* What a TA might type into the evidence search, in both languages. */
extern const char * const llwybr_bench_queries[];

LlwybrPortfolio *llwybr_bench_generate (const char  *path,
                                        guint32      seed,
                                        guint        n_evidence,
                                        guint        attachments_mb,
                                        GError     **error);

G_END_DECLS
