/* llwybr-preview-window.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-preview-window"

#include "config.h"

#include <glib/gi18n.h>

#include "llwybr-error.h"
#include "llwybr-preview-window.h"
#include "llwybr-summary.h"

/* How many pixels a point of the page takes on screen. */
#define PREVIEW_SCALE 1.2

/* The summary as it will be printed or exported, page by page, with its
 * options; Print and Export draw the same pages. The system's print
 * preview is not reliable inside the Flatpak sandbox, so this is ours.
 * Only the pages on screen are drawn. */
struct _LlwybrPreviewWindow
{
  AdwWindow        parent_instance;

  LlwybrPortfolio *portfolio;
  LlwybrSummary   *summary;
  GSettings       *settings;
  GCancellable    *cancellable;
  char            *exported_uri;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  GtkDropDown     *language_choice;
  GtkCheckButton  *full_check;
  GtkListView     *pages_view;
};

G_DEFINE_FINAL_TYPE (LlwybrPreviewWindow, llwybr_preview_window, ADW_TYPE_WINDOW)

static const char * const language_names[] = { "en", "cy", "both" };

/* Helpers */

static LlwybrSummary *
new_summary (LlwybrPreviewWindow *self)
{
  return llwybr_summary_new (self->portfolio, gtk_drop_down_get_selected (self->language_choice),
                             gtk_check_button_get_active (self->full_check));
}

static GdkTexture *
render_page (LlwybrSummary *summary,
             guint          page)
{
  int width = 595.276 * PREVIEW_SCALE, height = 841.89 * PREVIEW_SCALE;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GBytes) bytes = NULL;
  GdkTexture *texture;

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, PREVIEW_SCALE, PREVIEW_SCALE);
  llwybr_summary_draw_page (summary, cr, page);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                       cairo_image_surface_get_stride (surface) * height);
  texture = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes,
                                    cairo_image_surface_get_stride (surface));
  cairo_surface_destroy (surface);

  return texture;
}

static void
setup_page_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item)
{
  GtkWidget *picture = gtk_picture_new ();

  gtk_widget_set_size_request (picture, 595.276 * PREVIEW_SCALE, 841.89 * PREVIEW_SCALE);
  gtk_widget_set_halign (picture, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (picture, 12);
  gtk_widget_set_margin_bottom (picture, 12);
  gtk_widget_add_css_class (picture, "card");
  gtk_list_item_set_child (list_item, picture);
  gtk_list_item_set_activatable (list_item, FALSE);
}

static void
bind_page_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              LlwybrPreviewWindow      *self)
{
  guint page = gtk_list_item_get_position (list_item);
  g_autoptr(GdkTexture) texture = render_page (self->summary, page);
  g_autofree char *name = g_strdup_printf (_("Page %1$u of %2$u"), page + 1,
                                           llwybr_summary_get_n_pages (self->summary));
  GtkWidget *picture = gtk_list_item_get_child (list_item);

  gtk_picture_set_paintable (GTK_PICTURE (picture), GDK_PAINTABLE (texture));
  gtk_accessible_update_property (GTK_ACCESSIBLE (picture), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
unbind_page_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item)
{
  gtk_picture_set_paintable (GTK_PICTURE (gtk_list_item_get_child (list_item)), NULL);
}

static void
update_pages (LlwybrPreviewWindow *self)
{
  g_autoptr(GtkStringList) pages = gtk_string_list_new (NULL);
  g_autofree char *subtitle = NULL;
  guint n;

  g_set_object (&self->summary, NULL);
  self->summary = new_summary (self);
  n = llwybr_summary_get_n_pages (self->summary);
  for (guint i = 0; i < n; i++)
    gtk_string_list_append (pages, "");

  subtitle = g_strdup_printf (ngettext ("%u page", "%u pages", n), n);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_list_view_set_model (self->pages_view, GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (g_steal_pointer (&pages)))));
}

/* Callbacks */

static void
options_changed_cb (LlwybrPreviewWindow *self)
{
  guint language = gtk_drop_down_get_selected (self->language_choice);

  if (self->portfolio == NULL || language >= G_N_ELEMENTS (language_names))
    return;

  g_settings_set_string (self->settings, "export-language", language_names[language]);
  g_settings_set_boolean (self->settings, "export-full-reflections", gtk_check_button_get_active (self->full_check));
  update_pages (self);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  LlwybrSummary *summary = task_data;
  GFile *destination = g_object_get_data (G_OBJECT (task), "destination");
  GError *error = NULL;

  if (llwybr_summary_write_pdf (summary, destination, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
write_done (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(LlwybrPreviewWindow) self = user_data;
  AdwToast *progress = g_object_get_data (G_OBJECT (result), "progress");
  GFile *destination = g_object_get_data (G_OBJECT (result), "destination");
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  adw_toast_dismiss (progress);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        llwybr_error_present (GTK_WIDGET (self), _("Could Not Export the Summary"), error);
      return;
    }

  g_free (self->exported_uri);
  self->exported_uri = g_file_get_uri (destination);
  toast = adw_toast_new (_("Summary exported"));
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "preview.open-export");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The summary is made here, from the portfolio, and written in a worker
 * thread: the window never waits for the file. */
static void
export_response_cb (GtkNativeDialog     *chooser,
                    int                  response,
                    LlwybrPreviewWindow *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GTask) task = NULL;
  AdwToast *progress;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  if (file == NULL)
    return;

  progress = adw_toast_new (_("Exporting the summary…"));
  adw_toast_set_timeout (progress, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, g_object_ref (progress));

  task = g_task_new (self, self->cancellable, write_done, g_object_ref (self));
  g_task_set_task_data (task, new_summary (self), g_object_unref);
  g_object_set_data_full (G_OBJECT (task), "destination", g_object_ref (file), g_object_unref);
  g_object_set_data_full (G_OBJECT (task), "progress", progress, g_object_unref);
  g_task_run_in_thread (task, write_thread);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LlwybrPreviewWindow *self = LLWYBR_PREVIEW_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  /* Translators: the suggested file name of a summary; %s is the portfolio's title */
  name = g_strdup_printf (_("%s.pdf"), llwybr_portfolio_get_title (self->portfolio));

  chooser = gtk_file_chooser_native_new (_("Export the Summary"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_export_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LlwybrPreviewWindow *self = LLWYBR_PREVIEW_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (self->exported_uri != NULL && !g_app_info_launch_default_for_uri (self->exported_uri, NULL, &error))
    llwybr_error_present (widget, _("Could Not Open the Summary"), error);
}

/* Printing draws the same pages, laid out again for the printer's paper. */
static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                LlwybrSummary     *summary)
{
  llwybr_summary_set_page_size (summary, gtk_print_context_get_width (context),
                                gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, llwybr_summary_get_n_pages (summary));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              LlwybrSummary     *summary)
{
  llwybr_summary_draw_page (summary, gtk_print_context_get_cairo_context (context), page);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LlwybrPreviewWindow *self = LLWYBR_PREVIEW_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  LlwybrSummary *summary = new_summary (self);
  g_autoptr(GError) error = NULL;

  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_job_name (operation, llwybr_portfolio_get_title (self->portfolio));
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), summary);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), summary);
  g_object_set_data_full (G_OBJECT (operation), "summary", summary, g_object_unref);

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    llwybr_error_present (widget, _("Could Not Print the Summary"), error);
}

/* Overrides */

static void
llwybr_preview_window_dispose (GObject *object)
{
  LlwybrPreviewWindow *self = (LlwybrPreviewWindow *)object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), LLWYBR_TYPE_PREVIEW_WINDOW);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->summary);
  g_clear_object (&self->portfolio);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->exported_uri, g_free);

  G_OBJECT_CLASS (llwybr_preview_window_parent_class)->dispose (object);
}

static void
llwybr_preview_window_class_init (LlwybrPreviewWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = llwybr_preview_window_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/cymru/llwybr/Llwybr/ui/llwybr-preview-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LlwybrPreviewWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LlwybrPreviewWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, LlwybrPreviewWindow, language_choice);
  gtk_widget_class_bind_template_child (widget_class, LlwybrPreviewWindow, full_check);
  gtk_widget_class_bind_template_child (widget_class, LlwybrPreviewWindow, pages_view);
  gtk_widget_class_bind_template_callback (widget_class, options_changed_cb);

  gtk_widget_class_install_action (widget_class, "preview.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "preview.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "preview.open-export", NULL, open_export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
llwybr_preview_window_init (LlwybrPreviewWindow *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autofree char *language = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new (APP_ID);
  language = g_settings_get_string (self->settings, "export-language");
  for (guint i = 0; i < G_N_ELEMENTS (language_names); i++)
    if (g_str_equal (language, language_names[i]))
      gtk_drop_down_set_selected (self->language_choice, i);
  gtk_check_button_set_active (self->full_check, g_settings_get_boolean (self->settings, "export-full-reflections"));

  g_signal_connect (factory, "setup", G_CALLBACK (setup_page_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_page_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_page_cb), NULL);
  gtk_list_view_set_factory (self->pages_view, factory);
  g_object_unref (factory);
}

/* Public API */

/**
 * llwybr_preview_window_new:
 *
 * Returns: (transfer full): a window showing @portfolio's summary, with
 *   its options, Print and Export
 */
LlwybrPreviewWindow *
llwybr_preview_window_new (GtkWindow       *parent,
                           LlwybrPortfolio *portfolio)
{
  LlwybrPreviewWindow *self;

  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (portfolio), NULL);

  self = g_object_new (LLWYBR_TYPE_PREVIEW_WINDOW, "transient-for", parent, NULL);
  self->portfolio = g_object_ref (portfolio);
  update_pages (self);

  return self;
}
