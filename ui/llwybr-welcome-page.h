/* llwybr-welcome-page.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "llwybr-library.h"

G_BEGIN_DECLS

#define LLWYBR_TYPE_WELCOME_PAGE (llwybr_welcome_page_get_type())

G_DECLARE_FINAL_TYPE (LlwybrWelcomePage, llwybr_welcome_page, LLWYBR, WELCOME_PAGE, GtkWidget)

LlwybrLibrary *llwybr_welcome_page_get_library (LlwybrWelcomePage *self);
void           llwybr_welcome_page_set_library (LlwybrWelcomePage *self,
                                                LlwybrLibrary     *library);

G_END_DECLS
