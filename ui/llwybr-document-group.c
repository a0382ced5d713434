/* llwybr-document-group.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-document-group"

#include "config.h"

#include <glib/gi18n.h>

#include "llwybr-document-group.h"
#include "llwybr-document-row.h"
#include "llwybr-error.h"
#include "llwybr-standard-picker.h"

/* One standard's part of the document file: the supporting documents
 * chosen for it, each an attachment of evidence linked to the standard,
 * and a way to choose more, up to what the assessment provider allows. */
struct _LlwybrDocumentGroup
{
  AdwPreferencesGroup  parent_instance;

  LlwybrPortfolio     *portfolio;
  char                *standard;
  guint                limit;
  guint                count;

  /* Template widgets */
  GtkMenuButton       *add_button;
  GtkWidget           *choices_scroller;
  GtkListBox          *choices_list;
  GtkLabel            *choices_empty;
  GtkListBox          *documents_list;
  GtkLabel            *limit_note;
};

G_DEFINE_FINAL_TYPE (LlwybrDocumentGroup, llwybr_document_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_PORTFOLIO,
  PROP_STANDARD,
  PROP_LIMIT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Helpers */

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static LlwybrDocumentRow *
find_row (LlwybrDocumentGroup *self,
          const char          *uuid)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->documents_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (LLWYBR_IS_DOCUMENT_ROW (child) &&
        g_strcmp0 (llwybr_document_get_uuid (llwybr_document_row_get_document (LLWYBR_DOCUMENT_ROW (child))), uuid) == 0)
      return LLWYBR_DOCUMENT_ROW (child);

  return NULL;
}

/* Whether the rows are these documents, in this order; no documents are
 * shown by the one row that says so. */
static gboolean
rows_match (LlwybrDocumentGroup *self,
            GPtrArray           *documents)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->documents_list));
  guint i = 0;

  for (; child != NULL && LLWYBR_IS_DOCUMENT_ROW (child); child = gtk_widget_get_next_sibling (child), i++)
    if (i >= documents->len ||
        g_strcmp0 (llwybr_document_get_uuid (llwybr_document_row_get_document (LLWYBR_DOCUMENT_ROW (child))),
                   llwybr_document_get_uuid (g_ptr_array_index (documents, i))) != 0)
      return FALSE;

  return i == documents->len && (i > 0 || child != NULL);
}

/* At the limit, a note says what it is rather than a button failing. */
static void
update_limit (LlwybrDocumentGroup *self)
{
  g_autofree char *note = NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->add_button), self->count < self->limit);
  gtk_widget_set_visible (GTK_WIDGET (self->limit_note), self->count >= self->limit);

  if (self->count > self->limit)
    note = g_strdup_printf (ngettext ("The document file allows only %u document for each standard. Keep the one that shows this standard best and remove the others.",
                                      "The document file allows only %u documents for each standard. Keep the ones that show this standard best and remove the others.",
                                      self->limit), self->limit);
  else
    note = g_strdup_printf (ngettext ("The document file allows %u document for each standard.",
                                      "The document file allows %u documents for each standard.",
                                      self->limit), self->limit);
  gtk_label_set_text (self->limit_note, note);
}

static void
rebuild (LlwybrDocumentGroup *self,
         GPtrArray           *documents)
{
  clear_list (self->documents_list);

  for (guint i = 0; i < documents->len; i++)
    gtk_list_box_append (self->documents_list, llwybr_document_row_new (self->portfolio, g_ptr_array_index (documents, i)));

  if (documents->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No documents chosen yet"));
      gtk_list_box_append (self->documents_list, row);
    }

  self->count = documents->len;
  update_limit (self);
}

/* The rows follow the file; they are made again only when the documents
 * themselves change, not their notes, so typing never loses its place. */
static void
sync_rows (LlwybrDocumentGroup *self)
{
  g_autoptr(GPtrArray) documents = NULL;

  if (self->portfolio == NULL || self->standard == NULL)
    {
      clear_list (self->documents_list);
      return;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->add_button), !llwybr_portfolio_get_review_copy (self->portfolio));
  documents = llwybr_portfolio_list_documents_for (self->portfolio, self->standard);
  if (!rows_match (self, documents))
    rebuild (self, documents);
}

static GtkWidget *
create_choice_row (LlwybrEvidence   *evidence,
                   LlwybrAttachment *attachment)
{
  const char *title = llwybr_evidence_get_title (evidence);
  /* Translators: a piece of evidence and one of its attachments, "Reading records — Reading ages 2026.csv" */
  g_autofree char *text = g_strdup_printf (_("%1$s — %2$s"), *title ? title : _("Untitled evidence"),
                                           llwybr_attachment_get_name (attachment));
  GtkWidget *row = llwybr_standard_picker_row_new (text);

  g_object_set_data_full (G_OBJECT (row), "attachment", g_object_ref (attachment), g_object_unref);

  return row;
}

/* Each attachment of the evidence linked to the standard, but for those
 * already chosen for it.
 *
 * Returns: how many attachments that evidence has in all */
static guint
build_choices (LlwybrDocumentGroup *self)
{
  g_autoptr(GListModel) links = llwybr_portfolio_list_links_for_standard (self->portfolio, self->standard);
  g_autoptr(GHashTable) chosen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) documents = llwybr_portfolio_list_documents_for (self->portfolio, self->standard);
  guint total = 0;

  clear_list (self->choices_list);
  for (guint i = 0; i < documents->len; i++)
    g_hash_table_add (chosen, (gpointer)llwybr_document_get_attachment_uuid (g_ptr_array_index (documents, i)));

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(LlwybrLink) link = g_list_model_get_item (links, i);
      LlwybrEvidence *evidence = llwybr_portfolio_lookup_evidence (self->portfolio, llwybr_link_get_evidence_uuid (link));
      g_autoptr(GListModel) attachments = NULL;

      if (evidence == NULL)
        continue;

      attachments = llwybr_portfolio_list_attachments (self->portfolio, evidence);
      total += g_list_model_get_n_items (attachments);
      for (guint j = 0; j < g_list_model_get_n_items (attachments); j++)
        {
          g_autoptr(LlwybrAttachment) attachment = g_list_model_get_item (attachments, j);

          if (!g_hash_table_contains (chosen, llwybr_attachment_get_uuid (attachment)))
            gtk_list_box_append (self->choices_list, create_choice_row (evidence, attachment));
        }
    }

  return total;
}

/* Callbacks */

/* The choices are made as the popover opens, before it is measured. */
static void
create_choices_cb (GtkMenuButton *button,
                   gpointer       user_data)
{
  LlwybrDocumentGroup *self = user_data;
  guint total = build_choices (self);
  gboolean any = gtk_widget_get_first_child (GTK_WIDGET (self->choices_list)) != NULL;

  gtk_widget_set_visible (self->choices_scroller, any);
  gtk_widget_set_visible (GTK_WIDGET (self->choices_empty), !any);
  if (total == 0)
    gtk_label_set_text (self->choices_empty, _("None of the evidence for this standard has an attachment yet. Attach a file to a piece of evidence linked to this standard, then choose it here."));
  else
    gtk_label_set_text (self->choices_empty, _("Every attachment of the evidence for this standard is already in the document file."));
}

static void
choice_activated_cb (LlwybrDocumentGroup *self,
                     GtkListBoxRow       *row)
{
  LlwybrAttachment *attachment = g_object_get_data (G_OBJECT (row), "attachment");
  g_autoptr(LlwybrDocument) document = NULL;
  LlwybrDocumentRow *new_row;
  g_autoptr(GError) error = NULL;

  gtk_menu_button_popdown (self->add_button);
  document = llwybr_portfolio_add_document (self->portfolio, self->standard, attachment, &error);
  if (document == NULL)
    {
      llwybr_error_present (GTK_WIDGET (self), _("Could Not Add the Document"), error);
      return;
    }

  sync_rows (self);
  if ((new_row = find_row (self, llwybr_document_get_uuid (document))) != NULL)
    llwybr_document_row_focus_why (new_row);
}

static void
evidence_changed_cb (LlwybrDocumentGroup *self)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->documents_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (LLWYBR_IS_DOCUMENT_ROW (child))
      llwybr_document_row_update (LLWYBR_DOCUMENT_ROW (child));
}

/* The document comes back with its notes, as a new entry in the file. */
static void
undo_remove_cb (AdwToast            *toast,
                LlwybrDocumentGroup *self)
{
  LlwybrDocument *removed = g_object_get_data (G_OBJECT (toast), "document");
  LlwybrPortfolio *portfolio = g_object_get_data (G_OBJECT (toast), "portfolio");
  g_autoptr(LlwybrAttachment) attachment = NULL;
  g_autoptr(LlwybrDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  if (portfolio != self->portfolio)
    return;

  attachment = llwybr_portfolio_lookup_attachment (portfolio, llwybr_document_get_attachment_uuid (removed));
  if (attachment == NULL ||
      !(document = llwybr_portfolio_add_document (portfolio, llwybr_document_get_standard (removed), attachment, &error)))
    {
      if (error == NULL)
        g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                             _("The attachment is no longer in the portfolio."));
      llwybr_error_present (GTK_WIDGET (self), _("Could Not Put the Document Back"), error);
      return;
    }

  llwybr_document_set_why (document, llwybr_document_get_why (removed));
  llwybr_document_set_highlight (document, llwybr_document_get_highlight (removed));
  if (!llwybr_portfolio_save_document (portfolio, document, &error))
    llwybr_error_present (GTK_WIDGET (self), _("Could Not Put the Document Back"), error);

  sync_rows (self);
}

static void
offer_undo (LlwybrDocumentGroup *self,
            LlwybrDocument      *document,
            const char          *name)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  g_autofree char *title = NULL;
  AdwToast *toast;

  if (overlay == NULL)
    return;

  /* Translators: %s is an attachment's file name */
  title = g_strdup_printf (_("“%s” removed from the document file"), name);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_object_set_data_full (G_OBJECT (toast), "document", g_object_ref (document), g_object_unref);
  g_object_set_data_full (G_OBJECT (toast), "portfolio", g_object_ref (self->portfolio), g_object_unref);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_remove_cb), self, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/* The notes typed a moment ago are saved first, so undo brings them back. */
static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LlwybrDocumentGroup *self = LLWYBR_DOCUMENT_GROUP (widget);
  LlwybrDocumentRow *row = find_row (self, g_variant_get_string (parameter, NULL));
  g_autoptr(LlwybrDocument) document = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;

  if (row == NULL)
    return;

  llwybr_document_row_save (row);
  document = g_object_ref (llwybr_document_row_get_document (row));
  name = g_strdup (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)));
  if (!llwybr_portfolio_remove_document (self->portfolio, document, &error))
    {
      llwybr_error_present (GTK_WIDGET (self), _("Could Not Remove the Document"), error);
      return;
    }

  sync_rows (self);
  offer_undo (self, document, name);
}

/* Overrides */

static void
llwybr_document_group_dispose (GObject *object)
{
  LlwybrDocumentGroup *self = (LlwybrDocumentGroup *)object;

  llwybr_document_group_set_portfolio (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LLWYBR_TYPE_DOCUMENT_GROUP);
  g_clear_pointer (&self->standard, g_free);

  G_OBJECT_CLASS (llwybr_document_group_parent_class)->dispose (object);
}

static void
llwybr_document_group_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  LlwybrDocumentGroup *self = LLWYBR_DOCUMENT_GROUP (object);

  switch (prop_id)
    {
    case PROP_PORTFOLIO:
      g_value_set_object (value, self->portfolio);
      break;

    case PROP_STANDARD:
      g_value_set_string (value, self->standard);
      break;

    case PROP_LIMIT:
      g_value_set_uint (value, self->limit);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
llwybr_document_group_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  LlwybrDocumentGroup *self = LLWYBR_DOCUMENT_GROUP (object);

  switch (prop_id)
    {
    case PROP_PORTFOLIO:
      llwybr_document_group_set_portfolio (self, g_value_get_object (value));
      break;

    case PROP_STANDARD:
      llwybr_document_group_set_standard (self, g_value_get_string (value));
      break;

    case PROP_LIMIT:
      llwybr_document_group_set_limit (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
llwybr_document_group_class_init (LlwybrDocumentGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = llwybr_document_group_dispose;
  object_class->get_property = llwybr_document_group_get_property;
  object_class->set_property = llwybr_document_group_set_property;

  properties [PROP_PORTFOLIO] =
    g_param_spec_object ("portfolio", NULL, NULL,
                         LLWYBR_TYPE_PORTFOLIO,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties [PROP_STANDARD] =
    g_param_spec_string ("standard", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* How many documents a standard may have: a setting, as providers differ. */
  properties [PROP_LIMIT] =
    g_param_spec_uint ("limit", NULL, NULL,
                       1, G_MAXUINT, 2,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LLWYBR_TYPE_DOCUMENT_ROW);

  gtk_widget_class_set_template_from_resource (widget_class, "/cymru/llwybr/Llwybr/ui/llwybr-document-group.ui");
  gtk_widget_class_bind_template_child (widget_class, LlwybrDocumentGroup, add_button);
  gtk_widget_class_bind_template_child (widget_class, LlwybrDocumentGroup, choices_scroller);
  gtk_widget_class_bind_template_child (widget_class, LlwybrDocumentGroup, choices_list);
  gtk_widget_class_bind_template_child (widget_class, LlwybrDocumentGroup, choices_empty);
  gtk_widget_class_bind_template_child (widget_class, LlwybrDocumentGroup, documents_list);
  gtk_widget_class_bind_template_child (widget_class, LlwybrDocumentGroup, limit_note);
  gtk_widget_class_bind_template_callback (widget_class, choice_activated_cb);

  gtk_widget_class_install_action (widget_class, "document-group.remove", "s", remove_action);
}

static void
llwybr_document_group_init (LlwybrDocumentGroup *self)
{
  self->limit = 2;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->add_button, create_choices_cb, self, NULL);
}

/* Public API */

/**
 * llwybr_document_group_get_portfolio:
 *
 * Returns: (nullable) (transfer none): the portfolio shown
 */
LlwybrPortfolio *
llwybr_document_group_get_portfolio (LlwybrDocumentGroup *self)
{
  g_return_val_if_fail (LLWYBR_IS_DOCUMENT_GROUP (self), NULL);

  return self->portfolio;
}

void
llwybr_document_group_set_portfolio (LlwybrDocumentGroup *self,
                                     LlwybrPortfolio     *portfolio)
{
  g_return_if_fail (LLWYBR_IS_DOCUMENT_GROUP (self));
  g_return_if_fail (portfolio == NULL || LLWYBR_IS_PORTFOLIO (portfolio));

  if (self->portfolio == portfolio)
    return;

  /* The rows save what they hold as they go, while the old portfolio is
   * still theirs. */
  if (self->portfolio != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->portfolio, self);
      g_signal_handlers_disconnect_by_data (llwybr_portfolio_get_documents (self->portfolio), self);
      clear_list (self->documents_list);
    }

  g_set_object (&self->portfolio, portfolio);

  if (portfolio != NULL)
    {
      g_signal_connect_swapped (llwybr_portfolio_get_documents (portfolio), "items-changed",
                                G_CALLBACK (sync_rows), self);
      g_signal_connect_swapped (portfolio, "changed", G_CALLBACK (sync_rows), self);
      g_signal_connect_swapped (portfolio, "evidence-changed", G_CALLBACK (evidence_changed_cb), self);
      sync_rows (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_PORTFOLIO]);
}

const char *
llwybr_document_group_get_standard (LlwybrDocumentGroup *self)
{
  g_return_val_if_fail (LLWYBR_IS_DOCUMENT_GROUP (self), NULL);

  return self->standard;
}

/**
 * llwybr_document_group_set_standard:
 * @standard: (nullable): a standard's code
 *
 * Shows the documents chosen for @standard.
 */
void
llwybr_document_group_set_standard (LlwybrDocumentGroup *self,
                                    const char          *standard)
{
  g_return_if_fail (LLWYBR_IS_DOCUMENT_GROUP (self));

  if (g_strcmp0 (self->standard, standard) == 0)
    return;

  /* Another standard's documents: these rows go, saving as they do. */
  clear_list (self->documents_list);
  g_free (self->standard);
  self->standard = g_strdup (standard);
  sync_rows (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_STANDARD]);
}

guint
llwybr_document_group_get_limit (LlwybrDocumentGroup *self)
{
  g_return_val_if_fail (LLWYBR_IS_DOCUMENT_GROUP (self), 0);

  return self->limit;
}

/**
 * llwybr_document_group_set_limit:
 * @limit: how many documents the file allows for one standard
 *
 * At @limit, no more can be added, and a note says why.
 */
void
llwybr_document_group_set_limit (LlwybrDocumentGroup *self,
                                 guint                limit)
{
  g_return_if_fail (LLWYBR_IS_DOCUMENT_GROUP (self));
  g_return_if_fail (limit > 0);

  if (self->limit == limit)
    return;

  self->limit = limit;
  update_limit (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LIMIT]);
}

/**
 * llwybr_document_group_save:
 *
 * Writes the notes typed a moment ago, now.
 */
void
llwybr_document_group_save (LlwybrDocumentGroup *self)
{
  g_return_if_fail (LLWYBR_IS_DOCUMENT_GROUP (self));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->documents_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (LLWYBR_IS_DOCUMENT_ROW (child))
      llwybr_document_row_save (LLWYBR_DOCUMENT_ROW (child));
}
