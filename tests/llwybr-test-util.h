/* llwybr-test-util.h: what the tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "llwybr.h"

G_BEGIN_DECLS

void             llwybr_test_init           (int         *argc,
                                             char      ***argv);
gboolean         llwybr_test_use_welsh      (gboolean     welsh);
char            *llwybr_test_fingerprint    (const char  *path);
char            *llwybr_test_tmp_path       (const char  *name);
LlwybrPortfolio *llwybr_test_new_portfolio  (void);
char            *llwybr_test_write_sample   (void);
void             llwybr_test_a_day_later    (const char  *path);

G_END_DECLS
