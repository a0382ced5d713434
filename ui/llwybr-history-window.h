/* llwybr-history-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "llwybr-portfolio.h"

G_BEGIN_DECLS

#define LLWYBR_TYPE_HISTORY_WINDOW (llwybr_history_window_get_type())

G_DECLARE_FINAL_TYPE (LlwybrHistoryWindow, llwybr_history_window, LLWYBR, HISTORY_WINDOW, AdwWindow)

LlwybrHistoryWindow *llwybr_history_window_new (GtkWindow       *parent,
                                                LlwybrPortfolio *portfolio,
                                                LlwybrEvidence  *evidence);

G_END_DECLS
