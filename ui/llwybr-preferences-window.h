/* llwybr-preferences-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LLWYBR_TYPE_PREFERENCES_WINDOW (llwybr_preferences_window_get_type())

G_DECLARE_FINAL_TYPE (LlwybrPreferencesWindow, llwybr_preferences_window, LLWYBR, PREFERENCES_WINDOW, AdwPreferencesWindow)

LlwybrPreferencesWindow *llwybr_preferences_window_new (GtkWindow *parent);

G_END_DECLS
