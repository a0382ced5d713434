/* llwybr-preferences-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "llwybr-preferences-window.h"

struct _LlwybrPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  AdwComboRow          *language_row;
};

G_DEFINE_FINAL_TYPE (LlwybrPreferencesWindow, llwybr_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The rows of the language list, in order; "" follows the desktop. */
static const char * const language_codes[] = { "", "en", "cy" };

/* Callbacks */

static void
language_selected_cb (LlwybrPreferencesWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->language_row);
  g_autofree char *current = g_settings_get_string (self->settings, "language");

  if (selected >= G_N_ELEMENTS (language_codes) || g_str_equal (current, language_codes[selected]))
    return;

  /* GTK translates a widget once, when it is built, so a new language
   * means a new Llwybr: the application starts again where the user was. */
  g_settings_set_string (self->settings, "language", language_codes[selected]);
  gtk_widget_activate_action (GTK_WIDGET (self), "app.relaunch", NULL);
}

/* Overrides */

static void
llwybr_preferences_window_dispose (GObject *object)
{
  LlwybrPreferencesWindow *self = (LlwybrPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LLWYBR_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (llwybr_preferences_window_parent_class)->dispose (object);
}

static void
llwybr_preferences_window_class_init (LlwybrPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = llwybr_preferences_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/cymru/llwybr/Llwybr/ui/llwybr-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LlwybrPreferencesWindow, language_row);
}

static void
llwybr_preferences_window_init (LlwybrPreferencesWindow *self)
{
  g_autofree char *language = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  language = g_settings_get_string (self->settings, "language");
  for (guint i = 0; i < G_N_ELEMENTS (language_codes); i++)
    if (g_str_equal (language, language_codes[i]))
      adw_combo_row_set_selected (self->language_row, i);

  g_signal_connect_swapped (self->language_row, "notify::selected",
                            G_CALLBACK (language_selected_cb), self);
}

/* Public API */

LlwybrPreferencesWindow *
llwybr_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (LLWYBR_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "application", parent ? gtk_window_get_application (parent) : NULL,
                       NULL);
}
