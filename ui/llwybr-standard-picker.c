/* llwybr-standard-picker.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-standard-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "llwybr-standard-picker.h"

/* The standards of a framework in a popover, found by number or by a word
 * of their text: "23", Enter, and standard 23 is chosen. Standards already
 * chosen can be left out. */
struct _LlwybrStandardPicker
{
  GtkPopover      parent_instance;

  GHashTable     *hidden;

  /* Template widgets */
  GtkSearchEntry *search_entry;
  GtkListBox     *list;
};

G_DEFINE_FINAL_TYPE (LlwybrStandardPicker, llwybr_standard_picker, GTK_TYPE_POPOVER)

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* Helpers */

static gboolean
filter (GtkListBoxRow *row,
        gpointer       data)
{
  LlwybrStandardPicker *self = data;
  const char *search = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  const char *code = g_object_get_data (G_OBJECT (row), "code");
  const char *text = g_object_get_data (G_OBJECT (row), "text");

  if (self->hidden != NULL && g_hash_table_contains (self->hidden, code))
    return FALSE;

  return *search == '\0' || g_str_has_prefix (code, search) || g_str_match_string (search, text, TRUE);
}

static GtkWidget *
create_row (LlwybrStandard *standard,
            LlwybrLanguage  language)
{
  const char *code = llwybr_standard_get_code (standard);
  const char *text = llwybr_standard_get_text (standard, language);
  /* Translators: a standard in a list, "23. monitor learners' progress…" */
  g_autofree char *label_text = g_strdup_printf (_("%1$s. %2$s"), code, text);
  GtkWidget *row = llwybr_standard_picker_row_new (label_text);

  g_object_set_data_full (G_OBJECT (row), "code", g_strdup (code), g_free);
  g_object_set_data_full (G_OBJECT (row), "text", g_strdup (text), g_free);

  return row;
}

/* Callbacks */

static void
shown_cb (LlwybrStandardPicker *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_list_box_invalidate_filter (self->list);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
search_changed_cb (LlwybrStandardPicker *self)
{
  gtk_list_box_invalidate_filter (self->list);
}

static void
row_activated_cb (LlwybrStandardPicker *self,
                  GtkListBoxRow        *row)
{
  g_autofree char *code = g_strdup (g_object_get_data (G_OBJECT (row), "code"));

  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals [CHOSEN], 0, code);
}

/* Enter chooses the first standard the search finds. */
static void
search_activate_cb (LlwybrStandardPicker *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (gtk_widget_get_child_visible (row))
      {
        row_activated_cb (self, GTK_LIST_BOX_ROW (row));
        return;
      }
}

static void
stop_search_cb (LlwybrStandardPicker *self)
{
  gtk_popover_popdown (GTK_POPOVER (self));
}

/* Overrides */

static void
llwybr_standard_picker_dispose (GObject *object)
{
  LlwybrStandardPicker *self = (LlwybrStandardPicker *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LLWYBR_TYPE_STANDARD_PICKER);
  g_clear_pointer (&self->hidden, g_hash_table_unref);

  G_OBJECT_CLASS (llwybr_standard_picker_parent_class)->dispose (object);
}

static void
llwybr_standard_picker_class_init (LlwybrStandardPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = llwybr_standard_picker_dispose;

  /**
   * LlwybrStandardPicker::chosen:
   * @code: the standard's code, "23"
   *
   * A standard was chosen; the popover has closed.
   */
  signals [CHOSEN] =
    g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/cymru/llwybr/Llwybr/ui/llwybr-standard-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, LlwybrStandardPicker, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LlwybrStandardPicker, list);
  gtk_widget_class_bind_template_callback (widget_class, shown_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
llwybr_standard_picker_init (LlwybrStandardPicker *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_box_set_filter_func (self->list, filter, self, NULL);
}

/* Public API */

GtkWidget *
llwybr_standard_picker_new (void)
{
  return g_object_new (LLWYBR_TYPE_STANDARD_PICKER, NULL);
}

/**
 * llwybr_standard_picker_set_framework:
 * @framework: (nullable): whose standards to offer
 *
 * Lists @framework's standards, in its order and in the interface's language.
 */
void
llwybr_standard_picker_set_framework (LlwybrStandardPicker *self,
                                      LlwybrFramework      *framework)
{
  GListModel *standards;
  GtkWidget *child;

  g_return_if_fail (LLWYBR_IS_STANDARD_PICKER (self));
  g_return_if_fail (framework == NULL || LLWYBR_IS_FRAMEWORK (framework));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);

  if (framework == NULL)
    return;

  standards = llwybr_framework_get_standards (framework);
  for (guint i = 0; i < g_list_model_get_n_items (standards); i++)
    {
      g_autoptr(LlwybrStandard) standard = g_list_model_get_item (standards, i);

      gtk_list_box_append (self->list, create_row (standard, llwybr_language_default ()));
    }
}

/**
 * llwybr_standard_picker_set_hidden:
 * @codes: (nullable) (element-type utf8 utf8): the codes of standards to
 *   leave out, looked at each time the picker opens
 */
void
llwybr_standard_picker_set_hidden (LlwybrStandardPicker *self,
                                   GHashTable           *codes)
{
  g_return_if_fail (LLWYBR_IS_STANDARD_PICKER (self));

  g_clear_pointer (&self->hidden, g_hash_table_unref);
  if (codes != NULL)
    self->hidden = g_hash_table_ref (codes);
  gtk_list_box_invalidate_filter (self->list);
}

/**
 * llwybr_standard_picker_row_new:
 * @text: what the row says
 *
 * Returns: (transfer floating): a row for a list of choices in a popover,
 *   as the picker's own, wrapped at a popover's width
 */
GtkWidget *
llwybr_standard_picker_row_new (const char *text)
{
  GtkWidget *label = gtk_label_new (text);
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), label);

  return row;
}
