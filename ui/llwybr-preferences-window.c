/* llwybr-preferences-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "llwybr-error.h"
#include "llwybr-library.h"
#include "llwybr-preferences-window.h"
#include "llwybr-window.h"

struct _LlwybrPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
  LlwybrLibrary        *library;
  GListModel           *backups;

  /* Template widgets */
  AdwComboRow          *language_row;
  AdwEntryRow          *reviewer_name_row;
  AdwEntryRow          *reviewer_role_row;
  GtkSpinButton        *documents_per_standard_spin;
  GtkSpinButton        *standards_without_document_spin;
  GtkSpinButton        *words_over_percent_spin;
  AdwPreferencesGroup  *backups_group;
};

G_DEFINE_FINAL_TYPE (LlwybrPreferencesWindow, llwybr_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The rows of the language list, in order; "" follows the desktop. */
static const char * const language_codes[] = { "", "en", "cy" };

/* Helpers */

/* A number setting, within the range its schema gives it. */
static void
bind_number (LlwybrPreferencesWindow *self,
             const char              *key,
             GtkSpinButton           *spin)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) schema_key = NULL;
  g_autoptr(GVariant) range = NULL;
  g_autoptr(GVariant) bounds = NULL;
  const char *type;
  guint32 min, max;

  g_object_get (self->settings, "settings-schema", &schema, NULL);
  schema_key = g_settings_schema_get_key (schema, key);
  range = g_settings_schema_key_get_range (schema_key);
  g_variant_get (range, "(&sv)", &type, &bounds);
  g_assert (g_str_equal (type, "range"));
  g_variant_get (bounds, "(uu)", &min, &max);

  gtk_spin_button_set_range (spin, min, max);
  g_settings_bind (self->settings, key, spin, "value", G_SETTINGS_BIND_DEFAULT);
}

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
restore_cb (GtkButton               *button,
            LlwybrPreferencesWindow *self)
{
  LlwybrLibraryItem *backup = g_object_get_data (G_OBJECT (button), "backup");
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (!(path = llwybr_library_restore (self->library, backup, &error)))
    {
      llwybr_error_present (GTK_WIDGET (self), _("Could Not Restore the Backup"), error);
      return;
    }

  llwybr_library_reload (self->library);
  gtk_window_close (GTK_WINDOW (self));
  llwybr_window_open_portfolio (LLWYBR_WINDOW (parent), path);
}

static GtkWidget *
backup_row (LlwybrPreferencesWindow *self,
            LlwybrLibraryItem       *backup)
{
  g_autoptr(GDateTime) local = g_date_time_to_local (llwybr_library_item_get_modified (backup));
  /* Translators: a date and time, as in "23 November 2026, 19:40" */
  g_autofree char *when = g_date_time_format (local, _("%-d %B %Y, %H:%M"));
  g_autofree char *subtitle = NULL;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (_("_Restore"));

  /* Translators: %s is a portfolio's title, as it was in the backup */
  subtitle = g_strdup_printf (_("“%s” as it was when last changed"), llwybr_library_item_get_title (backup));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), when);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (button), "backup", g_object_ref (backup), g_object_unref);
  g_signal_connect (button, "clicked", G_CALLBACK (restore_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);

  return row;
}

/* The backups belong to the portfolio open in the window Preferences was
 * opened from; with none open there is nothing to list. */
static void
show_backups (LlwybrPreferencesWindow *self,
              GtkWindow               *parent)
{
  LlwybrPortfolio *portfolio;
  guint n;

  if (!LLWYBR_IS_WINDOW (parent) ||
      !(portfolio = llwybr_window_get_portfolio (LLWYBR_WINDOW (parent))))
    return;

  g_object_get (parent, "library", &self->library, NULL);
  self->backups = llwybr_library_list_backups (self->library, llwybr_portfolio_get_uuid (portfolio));
  n = g_list_model_get_n_items (self->backups);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LlwybrLibraryItem) backup = g_list_model_get_item (self->backups, i);

      adw_preferences_group_add (self->backups_group, backup_row (self, backup));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->backups_group), n > 0);
}

static void
llwybr_preferences_window_dispose (GObject *object)
{
  LlwybrPreferencesWindow *self = (LlwybrPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LLWYBR_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->library);
  g_clear_object (&self->backups);

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
  gtk_widget_class_bind_template_child (widget_class, LlwybrPreferencesWindow, reviewer_name_row);
  gtk_widget_class_bind_template_child (widget_class, LlwybrPreferencesWindow, reviewer_role_row);
  gtk_widget_class_bind_template_child (widget_class, LlwybrPreferencesWindow, documents_per_standard_spin);
  gtk_widget_class_bind_template_child (widget_class, LlwybrPreferencesWindow, standards_without_document_spin);
  gtk_widget_class_bind_template_child (widget_class, LlwybrPreferencesWindow, words_over_percent_spin);
  gtk_widget_class_bind_template_child (widget_class, LlwybrPreferencesWindow, backups_group);
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
  g_settings_bind (self->settings, "reviewer-name", self->reviewer_name_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "reviewer-role", self->reviewer_role_row, "text", G_SETTINGS_BIND_DEFAULT);
  bind_number (self, "documents-per-standard", self->documents_per_standard_spin);
  bind_number (self, "standards-without-document", self->standards_without_document_spin);
  bind_number (self, "words-over-percent", self->words_over_percent_spin);
}

/* Public API */

LlwybrPreferencesWindow *
llwybr_preferences_window_new (GtkWindow *parent)
{
  LlwybrPreferencesWindow *self;

  self = g_object_new (LLWYBR_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "application", parent ? gtk_window_get_application (parent) : NULL,
                       NULL);
  show_backups (self, parent);

  return self;
}
