/* llwybr-cli.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean llwybr_cli_is_headless (int    argc,
                                 char **argv);
int      llwybr_cli_run         (int    argc,
                                 char **argv);

G_END_DECLS
