/* llwybr-application.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define LLWYBR_TYPE_APPLICATION (llwybr_application_get_type())

G_DECLARE_FINAL_TYPE (LlwybrApplication, llwybr_application, LLWYBR, APPLICATION, AdwApplication)

LlwybrApplication *llwybr_application_new (void);

G_END_DECLS
