/* llwybr-evidence-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-evidence-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "llwybr-error.h"
#include "llwybr-date-button.h"
#include "llwybr-evidence-editor.h"
#include "llwybr-history-window.h"
#include "llwybr-reviewer.h"
#include "llwybr-standard-picker.h"

#define SAVE_DELAY_MS 500

/* Everything about one piece of evidence, saved as the user types: each
 * change reaches the file within a second, and at once when the editor
 * is given other evidence or goes away. There is no Save button. */
struct _LlwybrEvidenceEditor
{
  GtkWidget        parent_instance;

  LlwybrPortfolio *portfolio;
  LlwybrEvidence  *evidence;
  GHashTable      *linked;
  guint            save_source;
  gboolean         loading;
  char            *undo_standard;
  char            *undo_annotation;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  GtkWidget       *details_group;
  AdwEntryRow     *title_row;
  LlwybrDateButton *date_button;
  AdwComboRow     *kind_row;
  AdwComboRow     *setting_row;
  AdwEntryRow     *age_row;
  AdwEntryRow     *subject_row;
  GtkTextView     *reflection_view;
  GtkLabel        *word_count;
  GtkMenuButton   *link_button;
  LlwybrStandardPicker *picker;
  GtkListBox      *links_list;
  GtkListBox      *attachments_list;
  GtkWidget       *changed_label;
  GtkListBox      *reviews_list;
  AdwEntryRow     *comment_row;
  AdwActionRow    *history_row;
};

G_DEFINE_FINAL_TYPE (LlwybrEvidenceEditor, llwybr_evidence_editor, GTK_TYPE_WIDGET)

static void rebuild_links       (LlwybrEvidenceEditor *self);
static void rebuild_attachments (LlwybrEvidenceEditor *self);
static void rebuild_reviews     (LlwybrEvidenceEditor *self);

/* Helpers */

static char *
reflection_text (LlwybrEvidenceEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->reflection_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
update_word_count (LlwybrEvidenceEditor *self)
{
  g_autofree char *text = reflection_text (self);
  g_autofree char *label = NULL;
  gboolean in_word = FALSE;
  guint words = 0;

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gboolean letter = !g_unichar_isspace (g_utf8_get_char (p));

      if (letter && !in_word)
        words++;
      in_word = letter;
    }

  label = g_strdup_printf (ngettext ("%u word", "%u words", words), words);
  gtk_label_set_text (self->word_count, label);
}

static gboolean
save_now (gpointer data)
{
  LlwybrEvidenceEditor *self = data;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->save_source, g_source_remove);

  if (!llwybr_portfolio_save_evidence (self->portfolio, self->evidence, &error))
    llwybr_error_present (GTK_WIDGET (self), _("Could Not Save the Evidence"), error);

  /* The notes on links are saved with the evidence. */
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->links_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      LlwybrLink *link = g_object_get_data (G_OBJECT (row), "link");
      const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

      if (link != NULL && g_strcmp0 (text, llwybr_link_get_annotation (link)) != 0 &&
          !llwybr_portfolio_set_link_annotation (self->portfolio, link, text, &error))
        {
          llwybr_error_present (GTK_WIDGET (self), _("Could Not Save the Evidence"), error);
          break;
        }
    }

  return G_SOURCE_REMOVE;
}

static void
queue_save (LlwybrEvidenceEditor *self)
{
  if (self->loading || self->evidence == NULL)
    return;

  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_now, self);
}

static void
load_fields (LlwybrEvidenceEditor *self)
{
  LlwybrEvidence *evidence = self->evidence;

  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), llwybr_evidence_get_title (evidence));
  adw_combo_row_set_selected (self->kind_row, llwybr_evidence_get_kind (evidence));
  adw_combo_row_set_selected (self->setting_row, llwybr_evidence_get_setting (evidence));
  gtk_editable_set_text (GTK_EDITABLE (self->age_row), llwybr_evidence_get_age_range (evidence));
  gtk_editable_set_text (GTK_EDITABLE (self->subject_row), llwybr_evidence_get_subject (evidence));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->reflection_view),
                            llwybr_evidence_get_reflection (evidence), -1);
  llwybr_date_button_set_date (self->date_button, llwybr_evidence_get_date (evidence));
  update_word_count (self);
  self->loading = FALSE;
}

/* A copy sent for review shows the TA's evidence as she wrote it. */
static gboolean
read_only (LlwybrEvidenceEditor *self)
{
  return llwybr_portfolio_get_review_copy (self->portfolio);
}

static void
update_read_only (LlwybrEvidenceEditor *self)
{
  gtk_widget_set_sensitive (self->details_group, !read_only (self));
  gtk_text_view_set_editable (self->reflection_view, !read_only (self));
  gtk_widget_set_visible (GTK_WIDGET (self->link_button), !read_only (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.attach", !read_only (self));
}

static void
rebuild_reviews (LlwybrEvidenceEditor *self)
{
  GListModel *reviews = llwybr_portfolio_get_reviews (self->portfolio);
  g_autoptr(GListModel) history = llwybr_portfolio_list_history (self->portfolio, self->evidence);
  guint n_versions = g_list_model_get_n_items (history);
  g_autofree char *versions = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->reviews_list))) != NULL)
    gtk_list_box_remove (self->reviews_list, child);

  for (guint i = 0; i < g_list_model_get_n_items (reviews); i++)
    {
      g_autoptr(LlwybrReview) review = g_list_model_get_item (reviews, i);

      if (llwybr_review_get_target_kind (review) == LLWYBR_REVIEW_TARGET_EVIDENCE &&
          g_strcmp0 (llwybr_review_get_target (review), llwybr_evidence_get_uuid (self->evidence)) == 0)
        gtk_list_box_append (self->reviews_list, llwybr_review_row_new (self->portfolio, review, FALSE));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->reviews_list), gtk_widget_get_first_child (GTK_WIDGET (self->reviews_list)) != NULL);
  gtk_widget_set_visible (self->changed_label,
                          llwybr_portfolio_evidence_changed_since_review (self->portfolio, self->evidence));

  if (n_versions > 0)
    versions = g_strdup_printf (ngettext ("%u earlier version kept", "%u earlier versions kept", n_versions), n_versions);
  adw_action_row_set_subtitle (self->history_row, versions ? versions : _("None yet"));
}

/* Fields that no longer say what the evidence says were changed from
 * elsewhere (a merge, a restored version): they are loaded again. */
static gboolean
fields_match (LlwybrEvidenceEditor *self)
{
  g_autofree char *reflection = reflection_text (self);

  return g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->title_row)), llwybr_evidence_get_title (self->evidence)) == 0 &&
         g_strcmp0 (reflection, llwybr_evidence_get_reflection (self->evidence)) == 0 &&
         g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->age_row)), llwybr_evidence_get_age_range (self->evidence)) == 0 &&
         g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->subject_row)), llwybr_evidence_get_subject (self->evidence)) == 0 &&
         adw_combo_row_get_selected (self->kind_row) == (guint)llwybr_evidence_get_kind (self->evidence) &&
         adw_combo_row_get_selected (self->setting_row) == (guint)llwybr_evidence_get_setting (self->evidence);
}

static GtkWidget *
icon_button (const char *icon_name,
             const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);

  return button;
}

/* Callbacks */

static void
field_changed_cb (LlwybrEvidenceEditor *self)
{
  g_autofree char *reflection = NULL;

  if (self->loading || self->evidence == NULL)
    return;

  reflection = reflection_text (self);
  g_object_set (self->evidence,
                "title", gtk_editable_get_text (GTK_EDITABLE (self->title_row)),
                "kind", adw_combo_row_get_selected (self->kind_row),
                "setting", adw_combo_row_get_selected (self->setting_row),
                "age-range", gtk_editable_get_text (GTK_EDITABLE (self->age_row)),
                "subject", gtk_editable_get_text (GTK_EDITABLE (self->subject_row)),
                "reflection", reflection,
                NULL);
  update_word_count (self);
  queue_save (self);
}

static void
date_chosen_cb (LlwybrEvidenceEditor *self)
{
  if (self->loading || self->evidence == NULL)
    return;

  llwybr_evidence_set_date (self->evidence, llwybr_date_button_get_date (self->date_button));
  queue_save (self);
}

static void
standard_chosen_cb (LlwybrEvidenceEditor *self,
                    const char           *code)
{
  g_autoptr(LlwybrLink) link = NULL;
  g_autoptr(GError) error = NULL;

  save_now (self);

  link = llwybr_portfolio_link_standard (self->portfolio, self->evidence, code, "", &error);
  if (link == NULL)
    {
      llwybr_error_present (GTK_WIDGET (self), _("Could Not Link the Standard"), error);
      return;
    }

  rebuild_links (self);
}

static void
unlink_clicked_cb (GtkButton            *button,
                   LlwybrEvidenceEditor *self)
{
  GtkWidget *row = g_object_get_data (G_OBJECT (button), "row");
  LlwybrLink *link = g_object_get_data (G_OBJECT (row), "link");
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  save_now (self);
  g_free (self->undo_standard);
  g_free (self->undo_annotation);
  self->undo_standard = g_strdup (llwybr_link_get_standard (link));
  self->undo_annotation = g_strdup (llwybr_link_get_annotation (link));

  if (!llwybr_portfolio_unlink_standard (self->portfolio, link, &error))
    {
      llwybr_error_present (GTK_WIDGET (self), _("Could Not Remove the Link"), error);
      return;
    }

  title = g_strdup_printf (_("Link to standard %s removed"), self->undo_standard);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "editor.undo-unlink");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  rebuild_links (self);
}

static void
undo_unlink_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LlwybrEvidenceEditor *self = LLWYBR_EVIDENCE_EDITOR (widget);
  g_autoptr(LlwybrLink) link = NULL;
  g_autoptr(GError) error = NULL;

  if (self->undo_standard == NULL || self->evidence == NULL)
    return;

  link = llwybr_portfolio_link_standard (self->portfolio, self->evidence, self->undo_standard,
                                         self->undo_annotation, &error);
  if (link == NULL)
    llwybr_error_present (GTK_WIDGET (self), _("Could Not Link the Standard"), error);

  g_clear_pointer (&self->undo_standard, g_free);
  g_clear_pointer (&self->undo_annotation, g_free);
  rebuild_links (self);
}

/* A portfolio goes to a mentor and an assessor: the first picture a TA
 * attaches brings a reminder about pupils, once. */
static void
remind_about_photos (LlwybrEvidenceEditor *self)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWidget *dialog;

  if (g_settings_get_boolean (settings, "photo-reminder-shown"))
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Photos of Pupils"),
                                   _("Your mentor and assessor will see this picture. Check that no pupil can be recognised in it and that no pupil’s name can be read, unless your school has agreed. This reminder is not shown again."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_OK"));
  gtk_window_present (GTK_WINDOW (dialog));
  g_settings_set_boolean (settings, "photo-reminder-shown", TRUE);
}

static void
attach_response_cb (GtkNativeDialog      *chooser,
                    int                   response,
                    LlwybrEvidenceEditor *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);

  if (file != NULL)
    llwybr_evidence_editor_attach_file (self, file);
}

static void
attach_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LlwybrEvidenceEditor *self = LLWYBR_EVIDENCE_EDITOR (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Attach a File"),
                                         GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Attach"), _("_Cancel"));
  g_signal_connect (chooser, "response", G_CALLBACK (attach_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The desktop opens a copy, so nothing another program does can touch
 * the attachment inside the portfolio. */
static void
open_attachment_cb (GtkButton            *button,
                    LlwybrEvidenceEditor *self)
{
  LlwybrAttachment *attachment = g_object_get_data (G_OBJECT (button), "attachment");
  g_autofree char *path = g_build_filename (g_get_user_cache_dir (), "llwybr", "open",
                                            llwybr_attachment_get_uuid (attachment),
                                            llwybr_attachment_get_name (attachment), NULL);
  g_autoptr(GFile) copy = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (copy);
  g_autoptr(GError) error = NULL;

  if (!llwybr_portfolio_save_attachment (self->portfolio, attachment, copy, NULL, &error) ||
      !g_app_info_launch_default_for_uri (uri, NULL, &error))
    llwybr_error_present (GTK_WIDGET (self), _("Could Not Open the Attachment"), error);
}

static void
remove_attachment_response_cb (AdwMessageDialog     *dialog,
                               const char           *response,
                               LlwybrEvidenceEditor *self)
{
  LlwybrAttachment *attachment = g_object_get_data (G_OBJECT (dialog), "attachment");
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "remove"))
    return;

  if (!llwybr_portfolio_remove_attachment (self->portfolio, attachment, &error))
    llwybr_error_present (GTK_WIDGET (self), _("Could Not Remove the Attachment"), error);

  rebuild_attachments (self);
}

static void
remove_attachment_cb (GtkButton            *button,
                      LlwybrEvidenceEditor *self)
{
  LlwybrAttachment *attachment = g_object_get_data (G_OBJECT (button), "attachment");
  g_autofree char *heading = g_strdup_printf (_("Remove “%s”?"), llwybr_attachment_get_name (attachment));
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading,
                                   _("The file is taken out of this portfolio. The original, if you still have it, is not touched."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "remove", _("_Remove"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "remove", ADW_RESPONSE_DESTRUCTIVE);
  g_object_set_data_full (G_OBJECT (dialog), "attachment", g_object_ref (attachment), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (remove_attachment_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
rebuild_links (LlwybrEvidenceEditor *self)
{
  g_autoptr(GListModel) links = llwybr_portfolio_list_links (self->portfolio, self->evidence);
  LlwybrFramework *framework = llwybr_portfolio_get_framework (self->portfolio);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->links_list))) != NULL)
    gtk_list_box_remove (self->links_list, child);
  g_hash_table_remove_all (self->linked);

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(LlwybrLink) link = g_list_model_get_item (links, i);
      const char *code = llwybr_link_get_standard (link);
      LlwybrStandard *standard = llwybr_framework_lookup_standard (framework, code);
      const char *text = standard ? llwybr_standard_get_text (standard, llwybr_language_default ()) : "";
      /* Translators: %1$s is a standard's number, %2$s its text */
      g_autofree char *title = g_strdup_printf (_("Why it shows standard %1$s: %2$s"), code, text);
      g_autofree char *remove_label = g_strdup_printf (_("Remove the link to standard %s"), code);
      GtkWidget *row = adw_entry_row_new ();
      GtkWidget *remove = icon_button ("user-trash-symbolic", remove_label);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      gtk_widget_set_tooltip_text (row, text);
      gtk_editable_set_text (GTK_EDITABLE (row), llwybr_link_get_annotation (link));
      gtk_widget_add_css_class (row, "link-row");
      g_object_set_data_full (G_OBJECT (row), "link", g_object_ref (link), g_object_unref);
      g_signal_connect_swapped (row, "changed", G_CALLBACK (queue_save), self);
      g_object_set_data (G_OBJECT (remove), "row", row);
      g_signal_connect (remove, "clicked", G_CALLBACK (unlink_clicked_cb), self);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);
      gtk_editable_set_editable (GTK_EDITABLE (row), !read_only (self));
      gtk_widget_set_visible (remove, !read_only (self));
      gtk_list_box_append (self->links_list, row);
      g_hash_table_add (self->linked, g_strdup (code));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->links_list), g_list_model_get_n_items (links) > 0);
}

static void
rebuild_attachments (LlwybrEvidenceEditor *self)
{
  g_autoptr(GListModel) attachments = llwybr_portfolio_list_attachments (self->portfolio, self->evidence);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->attachments_list))) != NULL)
    gtk_list_box_remove (self->attachments_list, child);

  for (guint i = 0; i < g_list_model_get_n_items (attachments); i++)
    {
      g_autoptr(LlwybrAttachment) attachment = g_list_model_get_item (attachments, i);
      g_autofree char *size = g_format_size (llwybr_attachment_get_size (attachment));
      g_autofree char *open_label = g_strdup_printf (_("Open “%s”"), llwybr_attachment_get_name (attachment));
      g_autofree char *remove_label = g_strdup_printf (_("Remove “%s”"), llwybr_attachment_get_name (attachment));
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *open = icon_button ("document-open-symbolic", open_label);
      GtkWidget *remove = icon_button ("user-trash-symbolic", remove_label);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), llwybr_attachment_get_name (attachment));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), size);
      g_object_set_data_full (G_OBJECT (open), "attachment", g_object_ref (attachment), g_object_unref);
      g_object_set_data_full (G_OBJECT (remove), "attachment", g_object_ref (attachment), g_object_unref);
      g_signal_connect (open, "clicked", G_CALLBACK (open_attachment_cb), self);
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_attachment_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), open);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_widget_set_visible (remove, !read_only (self));
      gtk_list_box_append (self->attachments_list, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->attachments_list), g_list_model_get_n_items (attachments) > 0);
}

static void
comment_ready (GObject    *owner,
               const char *name,
               const char *role)
{
  LlwybrEvidenceEditor *self = LLWYBR_EVIDENCE_EDITOR (owner);
  g_autoptr(LlwybrReview) review = NULL;
  g_autoptr(GError) error = NULL;

  if (self->evidence == NULL)
    return;

  save_now (self);
  review = llwybr_portfolio_review_evidence (self->portfolio, self->evidence,
                                             gtk_editable_get_text (GTK_EDITABLE (self->comment_row)),
                                             name, role, &error);
  if (review == NULL)
    {
      llwybr_error_present (GTK_WIDGET (self), _("Could Not Add the Comment"), error);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->comment_row), "");
  rebuild_reviews (self);
}

static void
comment_apply_cb (LlwybrEvidenceEditor *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->comment_row))));

  if (*text != '\0' && self->evidence != NULL)
    llwybr_reviewer_ensure (GTK_WIDGET (self), comment_ready, G_OBJECT (self));
}

static void
history_activated_cb (LlwybrEvidenceEditor *self)
{
  save_now (self);
  gtk_window_present (GTK_WINDOW (llwybr_history_window_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                             self->portfolio, self->evidence)));
}

static void
evidence_changed_cb (LlwybrEvidenceEditor *self,
                     LlwybrEvidence       *evidence)
{
  if (evidence != self->evidence)
    return;

  if (self->save_source == 0 && !fields_match (self))
    {
      load_fields (self);
      rebuild_links (self);
    }
  rebuild_reviews (self);
}

/* Overrides */

static void
llwybr_evidence_editor_dispose (GObject *object)
{
  LlwybrEvidenceEditor *self = (LlwybrEvidenceEditor *)object;
  GtkWidget *child;

  llwybr_evidence_editor_set_evidence (self, NULL, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LLWYBR_TYPE_EVIDENCE_EDITOR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->linked, g_hash_table_unref);
  g_clear_pointer (&self->undo_standard, g_free);
  g_clear_pointer (&self->undo_annotation, g_free);

  G_OBJECT_CLASS (llwybr_evidence_editor_parent_class)->dispose (object);
}

static void
llwybr_evidence_editor_class_init (LlwybrEvidenceEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = llwybr_evidence_editor_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  g_type_ensure (LLWYBR_TYPE_DATE_BUTTON);
  g_type_ensure (LLWYBR_TYPE_STANDARD_PICKER);
  gtk_widget_class_set_template_from_resource (widget_class, "/cymru/llwybr/Llwybr/ui/llwybr-evidence-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LlwybrEvidenceEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LlwybrEvidenceEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, LlwybrEvidenceEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, LlwybrEvidenceEditor, kind_row);
  gtk_widget_class_bind_template_child (widget_class, LlwybrEvidenceEditor, setting_row);
  gtk_widget_class_bind_template_child (widget_class, LlwybrEvidenceEditor, age_row);
  gtk_widget_class_bind_template_child (widget_class, LlwybrEvidenceEditor, subject_row);
  gtk_widget_class_bind_template_child (widget_class, LlwybrEvidenceEditor, reflection_view);
  gtk_widget_class_bind_template_child (widget_class, LlwybrEvidenceEditor, word_count);
  gtk_widget_class_bind_template_child (widget_class, LlwybrEvidenceEditor, link_button);
  gtk_widget_class_bind_template_child (widget_class, LlwybrEvidenceEditor, picker);
  gtk_widget_class_bind_template_child (widget_class, LlwybrEvidenceEditor, links_list);
  gtk_widget_class_bind_template_child (widget_class, LlwybrEvidenceEditor, attachments_list);
  gtk_widget_class_bind_template_child (widget_class, LlwybrEvidenceEditor, details_group);
  gtk_widget_class_bind_template_child (widget_class, LlwybrEvidenceEditor, changed_label);
  gtk_widget_class_bind_template_child (widget_class, LlwybrEvidenceEditor, reviews_list);
  gtk_widget_class_bind_template_child (widget_class, LlwybrEvidenceEditor, comment_row);
  gtk_widget_class_bind_template_child (widget_class, LlwybrEvidenceEditor, history_row);
  gtk_widget_class_bind_template_callback (widget_class, comment_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, history_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_chosen_cb);
  gtk_widget_class_bind_template_callback (widget_class, standard_chosen_cb);

  gtk_widget_class_install_action (widget_class, "editor.undo-unlink", NULL, undo_unlink_action);
  gtk_widget_class_install_action (widget_class, "editor.attach", NULL, attach_action);
}

static void
llwybr_evidence_editor_init (LlwybrEvidenceEditor *self)
{
  g_autoptr(GtkStringList) kinds = NULL;
  g_autoptr(GtkStringList) settings = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->linked = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  /* A standard already linked is not offered again. */
  llwybr_standard_picker_set_hidden (self->picker, self->linked);
  kinds = gtk_string_list_new (NULL);
  for (LlwybrEvidenceKind kind = 0; kind <= LLWYBR_EVIDENCE_KIND_OTHER; kind++)
    gtk_string_list_append (kinds, llwybr_evidence_kind_to_label (kind));
  settings = gtk_string_list_new (NULL);
  for (LlwybrEvidenceSetting setting = 0; setting <= LLWYBR_EVIDENCE_SETTING_WIDER_ROLE; setting++)
    gtk_string_list_append (settings, llwybr_evidence_setting_to_label (setting));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));
  adw_combo_row_set_model (self->setting_row, G_LIST_MODEL (settings));

  g_signal_connect_swapped (gtk_text_view_get_buffer (self->reflection_view), "changed",
                            G_CALLBACK (field_changed_cb), self);
}

/* Public API */

/**
 * llwybr_evidence_editor_set_evidence:
 * @evidence: (nullable): the evidence to edit, of @portfolio
 *
 * Saves what the editor holds, then shows @evidence.
 */
/**
 * llwybr_evidence_editor_attach_file:
 * @file: the file the user chose
 *
 * Attaches a copy of @file to the evidence being edited; the file itself
 * is only read.
 */
void
llwybr_evidence_editor_attach_file (LlwybrEvidenceEditor *self,
                                    GFile                *file)
{
  g_autoptr(LlwybrAttachment) attachment = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (LLWYBR_IS_EVIDENCE_EDITOR (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->evidence == NULL)
    return;

  if (!(attachment = llwybr_portfolio_attach_file (self->portfolio, self->evidence, file, NULL, &error)))
    llwybr_error_present (GTK_WIDGET (self), _("Could Not Attach the File"), error);
  else if (g_str_has_prefix (llwybr_attachment_get_mime_type (attachment), "image/"))
    remind_about_photos (self);

  rebuild_attachments (self);
}

void
llwybr_evidence_editor_set_evidence (LlwybrEvidenceEditor *self,
                                     LlwybrPortfolio      *portfolio,
                                     LlwybrEvidence       *evidence)
{
  gboolean new_portfolio;

  g_return_if_fail (LLWYBR_IS_EVIDENCE_EDITOR (self));
  g_return_if_fail ((portfolio == NULL) == (evidence == NULL));

  llwybr_evidence_editor_save (self);

  new_portfolio = self->portfolio != portfolio;
  if (new_portfolio && self->portfolio != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->portfolio, self);
      g_signal_handlers_disconnect_by_data (llwybr_portfolio_get_reviews (self->portfolio), self);
    }
  g_set_object (&self->portfolio, portfolio);
  g_set_object (&self->evidence, evidence);
  g_clear_pointer (&self->undo_standard, g_free);

  if (evidence == NULL)
    return;

  if (new_portfolio)
    {
      llwybr_standard_picker_set_framework (self->picker, llwybr_portfolio_get_framework (portfolio));
      update_read_only (self);
      g_signal_connect_swapped (portfolio, "evidence-changed", G_CALLBACK (evidence_changed_cb), self);
      g_signal_connect_swapped (llwybr_portfolio_get_reviews (portfolio), "items-changed",
                                G_CALLBACK (rebuild_reviews), self);
    }

  load_fields (self);
  rebuild_links (self);
  rebuild_attachments (self);
  rebuild_reviews (self);
}

/**
 * llwybr_evidence_editor_get_evidence:
 *
 * Returns: (nullable) (transfer none): the evidence being edited
 */
LlwybrEvidence *
llwybr_evidence_editor_get_evidence (LlwybrEvidenceEditor *self)
{
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE_EDITOR (self), NULL);

  return self->evidence;
}

/**
 * llwybr_evidence_editor_save:
 *
 * Saves a change still waiting for its second, if there is one.
 */
void
llwybr_evidence_editor_save (LlwybrEvidenceEditor *self)
{
  g_return_if_fail (LLWYBR_IS_EVIDENCE_EDITOR (self));

  if (self->save_source != 0)
    save_now (self);
}

void
llwybr_evidence_editor_focus_title (LlwybrEvidenceEditor *self)
{
  g_return_if_fail (LLWYBR_IS_EVIDENCE_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}
