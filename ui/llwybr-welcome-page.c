/* llwybr-welcome-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-welcome-page"

#include "config.h"

#include <glib/gi18n.h>

#include "llwybr-error.h"
#include "llwybr-welcome-page.h"

/* What the user sees with no portfolio open: start a new one, open a file,
 * try the sample, or pick up one of the portfolios in the library. */
struct _LlwybrWelcomePage
{
  GtkWidget         parent_instance;

  LlwybrLibrary *library;

  /* Template widgets */
  GtkWidget     *library_group;
  GtkListBox    *library_list;
  GtkWidget     *removed_group;
  GtkListBox    *removed_list;
};

G_DEFINE_FINAL_TYPE (LlwybrWelcomePage, llwybr_welcome_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LIBRARY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Helpers */

static void remove_clicked_cb  (GtkButton         *button,
                                LlwybrWelcomePage *self);
static void restore_clicked_cb (GtkButton         *button,
                                LlwybrWelcomePage *self);

/* A button on a row that acts on the row's portfolio. */
static GtkWidget *
row_button (LlwybrLibraryItem *item,
            GtkWidget         *button,
            const char        *label,
            GCallback          clicked,
            gpointer           user_data)
{
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data_full (G_OBJECT (button), "item", g_object_ref (item), g_object_unref);
  g_signal_connect (button, "clicked", clicked, user_data);
  return button;
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  LlwybrLibraryItem *library_item = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  g_autofree char *remove_label = NULL;
  g_autoptr(GDateTime) local = g_date_time_to_local (llwybr_library_item_get_modified (library_item));
  /* Translators: when a portfolio was last changed, in strftime format */
  g_autofree char *when = g_date_time_format (local, _("%-d %B %Y"));
  g_autofree char *subtitle = NULL;
  const char *title = llwybr_library_item_get_title (library_item);

  /* Translators: %1$s is the owner of a portfolio, %2$s the day it was last changed */
  subtitle = g_strdup_printf (_("%1$s · changed %2$s"), llwybr_library_item_get_owner (library_item), when);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), *title ? title : _("Untitled portfolio"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  /* Translators: %s is a portfolio's title */
  remove_label = g_strdup_printf (_("Remove “%s” from Your Portfolios"), *title ? title : _("Untitled portfolio"));
  gtk_widget_add_css_class (remove, "flat");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             row_button (library_item, remove, remove_label, G_CALLBACK (remove_clicked_cb), user_data));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "path",
                          g_strdup (llwybr_library_item_get_path (library_item)), g_free);

  return row;
}

static GtkWidget *
create_removed_row (gpointer item,
                    gpointer user_data)
{
  LlwybrLibraryItem *library_item = item;
  const char *title = llwybr_library_item_get_title (library_item);
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *restore_label = NULL;

  /* Translators: %s is a portfolio's title */
  restore_label = g_strdup_printf (_("Put “%s” Back in Your Portfolios"), *title ? title : _("Untitled portfolio"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), *title ? title : _("Untitled portfolio"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), llwybr_library_item_get_owner (library_item));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             row_button (library_item, gtk_button_new_with_mnemonic (_("_Restore")), restore_label,
                                         G_CALLBACK (restore_clicked_cb), user_data));
  return row;
}

static void
items_changed_cb (LlwybrWelcomePage *self)
{
  GListModel *items = llwybr_library_get_items (self->library);
  g_autoptr(GListModel) removed = llwybr_library_list_removed (self->library);

  gtk_widget_set_visible (self->library_group, g_list_model_get_n_items (items) > 0);
  gtk_list_box_bind_model (self->removed_list, removed, create_removed_row, self, NULL);
  gtk_widget_set_visible (self->removed_group, g_list_model_get_n_items (removed) > 0);
}

/* Callbacks */

static void
row_activated_cb (LlwybrWelcomePage *self,
                  GtkListBoxRow     *row)
{
  const char *path = g_object_get_data (G_OBJECT (row), "path");

  gtk_widget_activate_action (GTK_WIDGET (self), "win.open-portfolio", "s", path);
}

static void
remove_clicked_cb (GtkButton         *button,
                   LlwybrWelcomePage *self)
{
  LlwybrLibraryItem *item = g_object_get_data (G_OBJECT (button), "item");
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GError) error = NULL;

  if (!llwybr_library_remove (self->library, llwybr_library_item_get_path (item), now, &error))
    llwybr_error_present (GTK_WIDGET (self), _("Could Not Remove the Portfolio"), error);
}

static void
restore_clicked_cb (GtkButton         *button,
                    LlwybrWelcomePage *self)
{
  LlwybrLibraryItem *item = g_object_get_data (G_OBJECT (button), "item");
  g_autoptr(GError) error = NULL;
  g_autofree char *path = llwybr_library_restore_removed (self->library, item, &error);

  if (path == NULL)
    llwybr_error_present (GTK_WIDGET (self), _("Could Not Put the Portfolio Back"), error);
}

/* Overrides */

static void
llwybr_welcome_page_dispose (GObject *object)
{
  GtkWidget *child;
  LlwybrWelcomePage *self = (LlwybrWelcomePage *)object;

  if (self->library != NULL)
    g_signal_handlers_disconnect_by_data (llwybr_library_get_items (self->library), self);
  gtk_widget_dispose_template (GTK_WIDGET (self), LLWYBR_TYPE_WELCOME_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->library);

  G_OBJECT_CLASS (llwybr_welcome_page_parent_class)->dispose (object);
}

static void
llwybr_welcome_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LlwybrWelcomePage *self = LLWYBR_WELCOME_PAGE (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      g_value_set_object (value, self->library);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
llwybr_welcome_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LlwybrWelcomePage *self = LLWYBR_WELCOME_PAGE (object);

  switch (prop_id)
    {
    case PROP_LIBRARY:
      llwybr_welcome_page_set_library (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
llwybr_welcome_page_class_init (LlwybrWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = llwybr_welcome_page_dispose;
  object_class->get_property = llwybr_welcome_page_get_property;
  object_class->set_property = llwybr_welcome_page_set_property;

  properties [PROP_LIBRARY] =
    g_param_spec_object ("library", NULL, NULL,
                         LLWYBR_TYPE_LIBRARY,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/cymru/llwybr/Llwybr/ui/llwybr-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LlwybrWelcomePage, library_group);
  gtk_widget_class_bind_template_child (widget_class, LlwybrWelcomePage, library_list);
  gtk_widget_class_bind_template_child (widget_class, LlwybrWelcomePage, removed_group);
  gtk_widget_class_bind_template_child (widget_class, LlwybrWelcomePage, removed_list);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
llwybr_welcome_page_init (LlwybrWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_visible (self->library_group, FALSE);
  gtk_widget_set_visible (self->removed_group, FALSE);
}

/* Public API */

/**
 * llwybr_welcome_page_get_library:
 *
 * Returns: (nullable) (transfer none): the library listed on the page
 */
LlwybrLibrary *
llwybr_welcome_page_get_library (LlwybrWelcomePage *self)
{
  g_return_val_if_fail (LLWYBR_IS_WELCOME_PAGE (self), NULL);

  return self->library;
}

void
llwybr_welcome_page_set_library (LlwybrWelcomePage *self,
                                 LlwybrLibrary     *library)
{
  g_return_if_fail (LLWYBR_IS_WELCOME_PAGE (self));
  g_return_if_fail (library == NULL || LLWYBR_IS_LIBRARY (library));

  if (self->library == library)
    return;

  if (self->library != NULL)
    g_signal_handlers_disconnect_by_data (llwybr_library_get_items (self->library), self);

  g_set_object (&self->library, library);

  gtk_list_box_bind_model (self->library_list,
                           library ? llwybr_library_get_items (library) : NULL,
                           create_row, self, NULL);

  if (library != NULL)
    {
      g_signal_connect_swapped (llwybr_library_get_items (library), "items-changed",
                                G_CALLBACK (items_changed_cb), self);
      items_changed_cb (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LIBRARY]);
}
