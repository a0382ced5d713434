/* llwybr-preview-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "llwybr-portfolio.h"

G_BEGIN_DECLS

#define LLWYBR_TYPE_PREVIEW_WINDOW (llwybr_preview_window_get_type())

G_DECLARE_FINAL_TYPE (LlwybrPreviewWindow, llwybr_preview_window, LLWYBR, PREVIEW_WINDOW, AdwWindow)

LlwybrPreviewWindow *llwybr_preview_window_new (GtkWindow       *parent,
                                                LlwybrPortfolio *portfolio);

G_END_DECLS
