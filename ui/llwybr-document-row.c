/* llwybr-document-row.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-document-row"

#include "config.h"

#include <glib/gi18n.h>

#include "llwybr-document-row.h"
#include "llwybr-error.h"

#define SAVE_DELAY_MS 500

/* One supporting document of the document file: the evidence and the
 * attachment it is, with the notes an assessor reads beside it. The notes
 * are saved as they are typed, and at once when the focus leaves them or
 * the row goes away. Its remove button asks the group it is in, through
 * the action "document-group.remove". */
struct _LlwybrDocumentRow
{
  AdwExpanderRow   parent_instance;

  LlwybrPortfolio *portfolio;
  LlwybrDocument  *document;
  guint            save_source;
  gboolean         dirty;

  /* Template widgets */
  GtkWidget       *remove_button;
  AdwEntryRow     *why_row;
  AdwEntryRow     *highlight_row;
};

G_DEFINE_FINAL_TYPE (LlwybrDocumentRow, llwybr_document_row, ADW_TYPE_EXPANDER_ROW)

enum {
  PROP_0,
  PROP_PORTFOLIO,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Helpers */

static gboolean
save_now (gpointer data)
{
  LlwybrDocumentRow *self = data;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (!self->dirty)
    return G_SOURCE_REMOVE;

  self->dirty = FALSE;
  llwybr_document_set_why (self->document, gtk_editable_get_text (GTK_EDITABLE (self->why_row)));
  llwybr_document_set_highlight (self->document, gtk_editable_get_text (GTK_EDITABLE (self->highlight_row)));
  if (!llwybr_portfolio_save_document (self->portfolio, self->document, &error))
    {
      /* What she sees is not in the file yet: the next chance tries again. */
      self->dirty = TRUE;
      llwybr_error_present (GTK_WIDGET (self), _("Could Not Save the Notes on the Document"), error);
    }

  return G_SOURCE_REMOVE;
}

/* Callbacks */

static void
notes_changed_cb (LlwybrDocumentRow *self)
{
  if (self->document == NULL)
    return;

  self->dirty = TRUE;
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_now, self);
}

static void
focus_left_cb (LlwybrDocumentRow *self)
{
  save_now (self);
}

/* Overrides */

/* The notes are filled in before the signals that save them are
 * connected, so showing a document never writes it. */
static void
llwybr_document_row_constructed (GObject *object)
{
  LlwybrDocumentRow *self = (LlwybrDocumentRow *)object;
  gboolean editable = !llwybr_portfolio_get_review_copy (self->portfolio);

  G_OBJECT_CLASS (llwybr_document_row_parent_class)->constructed (object);

  gtk_editable_set_text (GTK_EDITABLE (self->why_row), llwybr_document_get_why (self->document));
  gtk_editable_set_text (GTK_EDITABLE (self->highlight_row), llwybr_document_get_highlight (self->document));
  gtk_editable_set_editable (GTK_EDITABLE (self->why_row), editable);
  gtk_editable_set_editable (GTK_EDITABLE (self->highlight_row), editable);
  gtk_widget_set_visible (self->remove_button, editable);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remove_button), "s",
                                    llwybr_document_get_uuid (self->document));
  g_signal_connect_swapped (self->why_row, "changed", G_CALLBACK (notes_changed_cb), self);
  g_signal_connect_swapped (self->highlight_row, "changed", G_CALLBACK (notes_changed_cb), self);

  /* What still needs her words is open; a finished document is not. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self),
                                 editable && (*llwybr_document_get_why (self->document) == '\0' ||
                                              *llwybr_document_get_highlight (self->document) == '\0'));
  llwybr_document_row_update (self);
}

static void
llwybr_document_row_dispose (GObject *object)
{
  LlwybrDocumentRow *self = (LlwybrDocumentRow *)object;

  if (self->portfolio != NULL && self->document != NULL)
    save_now (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), LLWYBR_TYPE_DOCUMENT_ROW);
  g_clear_object (&self->document);
  g_clear_object (&self->portfolio);

  G_OBJECT_CLASS (llwybr_document_row_parent_class)->dispose (object);
}

static void
llwybr_document_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LlwybrDocumentRow *self = LLWYBR_DOCUMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_PORTFOLIO:
      g_value_set_object (value, self->portfolio);
      break;

    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
llwybr_document_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LlwybrDocumentRow *self = LLWYBR_DOCUMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_PORTFOLIO:
      self->portfolio = g_value_dup_object (value);
      break;

    case PROP_DOCUMENT:
      self->document = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
llwybr_document_row_class_init (LlwybrDocumentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = llwybr_document_row_constructed;
  object_class->dispose = llwybr_document_row_dispose;
  object_class->get_property = llwybr_document_row_get_property;
  object_class->set_property = llwybr_document_row_set_property;

  properties [PROP_PORTFOLIO] =
    g_param_spec_object ("portfolio", NULL, NULL,
                         LLWYBR_TYPE_PORTFOLIO,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         LLWYBR_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/cymru/llwybr/Llwybr/ui/llwybr-document-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LlwybrDocumentRow, remove_button);
  gtk_widget_class_bind_template_child (widget_class, LlwybrDocumentRow, why_row);
  gtk_widget_class_bind_template_child (widget_class, LlwybrDocumentRow, highlight_row);
  gtk_widget_class_bind_template_callback (widget_class, focus_left_cb);
}

static void
llwybr_document_row_init (LlwybrDocumentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public API */

/**
 * llwybr_document_row_new:
 *
 * Returns: (transfer floating): a row for @document, editable unless
 *   @portfolio is a mentor's review copy
 */
GtkWidget *
llwybr_document_row_new (LlwybrPortfolio *portfolio,
                         LlwybrDocument  *document)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (portfolio), NULL);
  g_return_val_if_fail (LLWYBR_IS_DOCUMENT (document), NULL);

  return g_object_new (LLWYBR_TYPE_DOCUMENT_ROW,
                       "portfolio", portfolio,
                       "document", document,
                       NULL);
}

/**
 * llwybr_document_row_get_document:
 *
 * Returns: (transfer none): the document shown
 */
LlwybrDocument *
llwybr_document_row_get_document (LlwybrDocumentRow *self)
{
  g_return_val_if_fail (LLWYBR_IS_DOCUMENT_ROW (self), NULL);

  return self->document;
}

/**
 * llwybr_document_row_update:
 *
 * Shows the evidence's title and the attachment's name as they are now:
 * either may have been renamed since the row was made.
 */
void
llwybr_document_row_update (LlwybrDocumentRow *self)
{
  LlwybrEvidence *evidence;
  g_autoptr(LlwybrAttachment) attachment = NULL;
  const char *title = NULL;
  const char *name = "";
  g_autofree char *remove_label = NULL;

  g_return_if_fail (LLWYBR_IS_DOCUMENT_ROW (self));

  evidence = llwybr_portfolio_lookup_evidence (self->portfolio, llwybr_document_get_evidence_uuid (self->document));
  attachment = llwybr_portfolio_lookup_attachment (self->portfolio, llwybr_document_get_attachment_uuid (self->document));
  if (evidence != NULL)
    title = llwybr_evidence_get_title (evidence);
  if (attachment != NULL)
    name = llwybr_attachment_get_name (attachment);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title && *title ? title : _("Untitled evidence"));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), name);

  /* Translators: %s is an attachment's file name */
  remove_label = g_strdup_printf (_("Remove “%s” from the Document File"), name);
  gtk_widget_set_tooltip_text (self->remove_button, remove_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, remove_label, -1);
}

/**
 * llwybr_document_row_focus_why:
 *
 * Opens the row and puts the focus where she says why the document is in
 * the file: the first thing to do with one just chosen.
 */
void
llwybr_document_row_focus_why (LlwybrDocumentRow *self)
{
  g_return_if_fail (LLWYBR_IS_DOCUMENT_ROW (self));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->why_row));
}

/**
 * llwybr_document_row_save:
 *
 * Writes what was typed a moment ago, now.
 */
void
llwybr_document_row_save (LlwybrDocumentRow *self)
{
  g_return_if_fail (LLWYBR_IS_DOCUMENT_ROW (self));

  save_now (self);
}
