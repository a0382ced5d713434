/* llwybr-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "llwybr-application.h"
#include "llwybr-library.h"

G_BEGIN_DECLS

#define LLWYBR_TYPE_WINDOW (llwybr_window_get_type())

G_DECLARE_FINAL_TYPE (LlwybrWindow, llwybr_window, LLWYBR, WINDOW, AdwApplicationWindow)

LlwybrWindow    *llwybr_window_new            (LlwybrApplication *application,
                                               LlwybrLibrary     *library);
LlwybrPortfolio *llwybr_window_get_portfolio  (LlwybrWindow      *self);
gboolean         llwybr_window_open_portfolio (LlwybrWindow      *self,
                                               const char        *path);
gboolean         llwybr_window_show_opened    (LlwybrWindow      *self,
                                               LlwybrPortfolio   *portfolio,
                                               const GError      *error);
void             llwybr_window_import         (LlwybrWindow      *self,
                                               GFile             *file);

G_END_DECLS
