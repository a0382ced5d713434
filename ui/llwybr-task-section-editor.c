/* llwybr-task-section-editor.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-task-section-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "llwybr-standard-picker.h"
#include "llwybr-task-section-editor.h"

#define SAVE_DELAY_MS 500

/* One section of a written task: its guidance, the TA's text, the
 * standards she claims in it with markers such as "[S23]", and how long
 * it is against the guidance. What she types is saved within a second,
 * and at once when she leaves the section. Her own typing always wins:
 * the text is loaded again from the portfolio only when she is not
 * editing it (after a merge, say). */
struct _LlwybrTaskSectionEditor
{
  GtkWidget          parent_instance;

  LlwybrPortfolio   *portfolio;
  LlwybrTaskSection *section;
  GtkTextTag        *claim_tag;
  guint              save_source;
  gboolean           loading;
  gboolean           dirty;

  /* Template widgets */
  GtkLabel          *title_label;
  GtkLabel          *guidance_label;
  GtkMenuButton     *claim_button;
  GtkWidget         *context_note;
  GtkTextView       *text_view;
  GtkWidget         *warning_label;
  GtkLabel          *claims_label;
  GtkLabel          *word_count;
};

G_DEFINE_FINAL_TYPE (LlwybrTaskSectionEditor, llwybr_task_section_editor, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PORTFOLIO,
  PROP_SECTION,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  SAVE_FINISHED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* Helpers */

static GtkTextBuffer *
buffer (LlwybrTaskSectionEditor *self)
{
  return gtk_text_view_get_buffer (self->text_view);
}

static char *
buffer_text (LlwybrTaskSectionEditor *self)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer (self), &start, &end);
  return gtk_text_buffer_get_text (buffer (self), &start, &end, FALSE);
}

static gboolean
read_only (LlwybrTaskSectionEditor *self)
{
  return llwybr_portfolio_get_review_copy (self->portfolio);
}

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  const char *code_a = *(const char **)a;
  const char *code_b = *(const char **)b;
  guint64 number_a = g_ascii_strtoull (code_a, NULL, 10);
  guint64 number_b = g_ascii_strtoull (code_b, NULL, 10);

  if (number_a != number_b)
    return number_a < number_b ? -1 : 1;

  return strcmp (code_a, code_b);
}

/* Each standard once, in standards order. */
static GPtrArray *
distinct_codes (GArray *claims)
{
  GPtrArray *codes = g_ptr_array_new ();

  for (guint i = 0; i < claims->len; i++)
    {
      const char *code = g_array_index (claims, LlwybrClaim, i).standard;

      if (!g_ptr_array_find_with_equal_func (codes, code, g_str_equal, NULL))
        g_ptr_array_add (codes, (gpointer)code);
    }
  g_ptr_array_sort (codes, compare_codes);

  return codes;
}

/* Markers are tagged where they stand in the text: bold in the accent
 * colour, or marked as an error where standards are not claimed. */
static void
tag_claims (LlwybrTaskSectionEditor *self,
            const char              *text,
            GArray                  *claims)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer (self), &start, &end);
  gtk_text_buffer_remove_tag (buffer (self), self->claim_tag, &start, &end);

  for (guint i = 0; i < claims->len; i++)
    {
      const LlwybrClaim *claim = &g_array_index (claims, LlwybrClaim, i);

      gtk_text_buffer_get_iter_at_offset (buffer (self), &start, g_utf8_pointer_to_offset (text, text + claim->start));
      gtk_text_buffer_get_iter_at_offset (buffer (self), &end, g_utf8_pointer_to_offset (text, text + claim->end));
      gtk_text_buffer_apply_tag (buffer (self), self->claim_tag, &start, &end);
    }
}

static void
update_word_count (LlwybrTaskSectionEditor *self,
                   const char              *text)
{
  guint words = llwybr_count_words (text);
  guint max_words = llwybr_task_section_get_max_words (self->section);
  g_autofree char *label = NULL;

  label = llwybr_task_section_word_count_text (words, llwybr_task_section_get_min_words (self->section), max_words);
  gtk_label_set_text (self->word_count, label);
  if (max_words > 0 && words > max_words)
    gtk_widget_add_css_class (GTK_WIDGET (self->word_count), "over");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->word_count), "over");
}

/* What the text shows now, from the text in the view, not the saved one:
 * the counts follow her typing, not the autosave. */
static void
update_display (LlwybrTaskSectionEditor *self)
{
  g_autofree char *text = buffer_text (self);
  g_autoptr(GArray) claims = llwybr_claims_in_text (text);
  gboolean may_claim = llwybr_task_section_get_may_claim (self->section);

  tag_claims (self, text, claims);
  update_word_count (self, text);
  gtk_widget_set_visible (self->warning_label, !may_claim && claims->len > 0);
  if (may_claim)
    {
      g_autofree char *label = llwybr_task_section_claims_text (claims);

      gtk_label_set_text (self->claims_label, label);
    }
}

static void
load (LlwybrTaskSectionEditor *self)
{
  self->loading = TRUE;
  gtk_text_buffer_set_text (buffer (self), llwybr_task_section_get_text (self->section), -1);
  self->loading = FALSE;
  self->dirty = FALSE;
  update_display (self);
}

static gboolean
save_now (gpointer data)
{
  LlwybrTaskSectionEditor *self = data;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (!self->dirty)
    return G_SOURCE_REMOVE;

  /* Still dirty if it failed: the next keystroke, or leaving, tries again. */
  text = buffer_text (self);
  if (g_strcmp0 (text, llwybr_task_section_get_text (self->section)) == 0 ||
      llwybr_portfolio_set_task_text (self->portfolio, self->section, text, &error))
    self->dirty = FALSE;

  g_signal_emit (self, signals [SAVE_FINISHED], 0, error);
  return G_SOURCE_REMOVE;
}

static void
insert_marker (LlwybrTaskSectionEditor *self,
               const char              *standard)
{
  g_autofree char *marker = llwybr_claim_marker (standard);
  g_autofree char *spaced = NULL;
  GtkTextIter cursor, before;

  gtk_text_buffer_get_iter_at_mark (buffer (self), &cursor, gtk_text_buffer_get_insert (buffer (self)));
  before = cursor;
  /* "…the group [S23]", not "…the group[S23]". */
  if (gtk_text_iter_backward_char (&before) && !g_unichar_isspace (gtk_text_iter_get_char (&before)))
    spaced = g_strconcat (" ", marker, NULL);

  gtk_text_buffer_begin_user_action (buffer (self));
  gtk_text_buffer_insert_interactive_at_cursor (buffer (self), spaced ? spaced : marker, -1, !read_only (self));
  gtk_text_buffer_end_user_action (buffer (self));
}

static void
update_tag_colour (LlwybrTaskSectionEditor *self)
{
  GdkRGBA colour = { 0.2, 0.4, 0.8, 1 };
  gboolean may_claim = llwybr_task_section_get_may_claim (self->section);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_lookup_color (gtk_widget_get_style_context (GTK_WIDGET (self)),
                                  may_claim ? "accent_color" : "warning_color", &colour);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_object_set (self->claim_tag, "foreground-rgba", &colour, NULL);
}

/* Callbacks */

static void
buffer_changed_cb (LlwybrTaskSectionEditor *self)
{
  update_display (self);
  if (self->loading)
    return;

  self->dirty = TRUE;
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (SAVE_DELAY_MS, save_now, self);
}

static void
section_text_changed_cb (LlwybrTaskSectionEditor *self)
{
  g_autofree char *text = buffer_text (self);

  if (g_strcmp0 (text, llwybr_task_section_get_text (self->section)) == 0)
    return;

  /* Her typing, not yet saved, is saved over it; while she is in the
   * section it stays as she sees it, until she leaves. */
  if (self->dirty || gtk_widget_has_focus (GTK_WIDGET (self->text_view)))
    return;

  load (self);
}

static void
focus_leave_cb (LlwybrTaskSectionEditor *self)
{
  llwybr_task_section_editor_save (self);
  if (!self->dirty)
    section_text_changed_cb (self);
}

static void
standard_chosen_cb (LlwybrTaskSectionEditor *self,
                    const char              *code)
{
  insert_marker (self, code);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

/* The standards are listed the first time the button is pressed: most
 * sections are written without it being pressed at all. */
static void
create_picker (GtkMenuButton *button,
               gpointer       data)
{
  LlwybrTaskSectionEditor *self = data;
  GtkWidget *picker = llwybr_standard_picker_new ();

  llwybr_standard_picker_set_framework (LLWYBR_STANDARD_PICKER (picker), llwybr_portfolio_get_framework (self->portfolio));
  g_signal_connect_object (picker, "chosen", G_CALLBACK (standard_chosen_cb), self, G_CONNECT_SWAPPED);
  gtk_menu_button_set_create_popup_func (button, NULL, NULL, NULL);
  gtk_menu_button_set_popover (button, picker);
}

/* Overrides */

static void
llwybr_task_section_editor_constructed (GObject *object)
{
  LlwybrTaskSectionEditor *self = (LlwybrTaskSectionEditor *)object;
  LlwybrLanguage language = llwybr_language_default ();
  const char *title = llwybr_task_section_get_title (self->section, language);
  const char *guidance = llwybr_task_section_get_guidance (self->section, language);
  gboolean may_claim = llwybr_task_section_get_may_claim (self->section);

  G_OBJECT_CLASS (llwybr_task_section_editor_parent_class)->constructed (object);

  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->guidance_label, guidance);
  gtk_widget_set_visible (GTK_WIDGET (self->guidance_label), guidance != NULL && *guidance != '\0');
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, guidance ? guidance : "",
                                  -1);

  /* A mentor reads the tasks in her copy for review; they are not hers to change. */
  gtk_text_view_set_editable (self->text_view, !read_only (self));
  gtk_widget_set_visible (GTK_WIDGET (self->claim_button), may_claim && !read_only (self));
  gtk_widget_set_visible (self->context_note, !may_claim);
  gtk_widget_set_visible (GTK_WIDGET (self->claims_label), may_claim);
  gtk_menu_button_set_create_popup_func (self->claim_button, create_picker, self, NULL);

  self->claim_tag = gtk_text_buffer_create_tag (buffer (self), NULL, "weight", PANGO_WEIGHT_BOLD, NULL);
  if (!may_claim)
    g_object_set (self->claim_tag, "underline", PANGO_UNDERLINE_ERROR, NULL);
  update_tag_colour (self);

  load (self);
  g_signal_connect_swapped (buffer (self), "changed", G_CALLBACK (buffer_changed_cb), self);
  g_signal_connect_object (self->section, "notify::text", G_CALLBACK (section_text_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
llwybr_task_section_editor_css_changed (GtkWidget         *widget,
                                        GtkCssStyleChange *change)
{
  LlwybrTaskSectionEditor *self = LLWYBR_TASK_SECTION_EDITOR (widget);

  GTK_WIDGET_CLASS (llwybr_task_section_editor_parent_class)->css_changed (widget, change);

  /* Light or dark, the accent colour is the style's. */
  if (self->claim_tag != NULL)
    update_tag_colour (self);
}

static void
llwybr_task_section_editor_dispose (GObject *object)
{
  LlwybrTaskSectionEditor *self = (LlwybrTaskSectionEditor *)object;
  GtkWidget *child;

  if (self->section != NULL)
    llwybr_task_section_editor_save (self);
  g_clear_handle_id (&self->save_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), LLWYBR_TYPE_TASK_SECTION_EDITOR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->section);
  g_clear_object (&self->portfolio);

  G_OBJECT_CLASS (llwybr_task_section_editor_parent_class)->dispose (object);
}

static void
llwybr_task_section_editor_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  LlwybrTaskSectionEditor *self = LLWYBR_TASK_SECTION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PORTFOLIO:
      g_value_set_object (value, self->portfolio);
      break;

    case PROP_SECTION:
      g_value_set_object (value, self->section);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
llwybr_task_section_editor_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  LlwybrTaskSectionEditor *self = LLWYBR_TASK_SECTION_EDITOR (object);

  switch (prop_id)
    {
    case PROP_PORTFOLIO:
      self->portfolio = g_value_dup_object (value);
      break;

    case PROP_SECTION:
      self->section = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Focus goes to the text: a finding that opens a section means "write here". */
static gboolean
llwybr_task_section_editor_grab_focus (GtkWidget *widget)
{
  return gtk_widget_grab_focus (GTK_WIDGET (LLWYBR_TASK_SECTION_EDITOR (widget)->text_view));
}

static void
llwybr_task_section_editor_class_init (LlwybrTaskSectionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = llwybr_task_section_editor_constructed;
  object_class->dispose = llwybr_task_section_editor_dispose;
  object_class->get_property = llwybr_task_section_editor_get_property;
  object_class->set_property = llwybr_task_section_editor_set_property;
  widget_class->css_changed = llwybr_task_section_editor_css_changed;
  widget_class->grab_focus = llwybr_task_section_editor_grab_focus;

  properties [PROP_PORTFOLIO] =
    g_param_spec_object ("portfolio", NULL, NULL,
                         LLWYBR_TYPE_PORTFOLIO,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties [PROP_SECTION] =
    g_param_spec_object ("section", NULL, NULL,
                         LLWYBR_TYPE_TASK_SECTION,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LlwybrTaskSectionEditor::save-finished:
   * @error: (nullable): why the text could not be saved, or %NULL
   *
   * After each try to save what was typed.
   */
  signals [SAVE_FINISHED] =
    g_signal_new ("save-finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_ERROR);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/cymru/llwybr/Llwybr/ui/llwybr-task-section-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LlwybrTaskSectionEditor, title_label);
  gtk_widget_class_bind_template_child (widget_class, LlwybrTaskSectionEditor, guidance_label);
  gtk_widget_class_bind_template_child (widget_class, LlwybrTaskSectionEditor, claim_button);
  gtk_widget_class_bind_template_child (widget_class, LlwybrTaskSectionEditor, context_note);
  gtk_widget_class_bind_template_child (widget_class, LlwybrTaskSectionEditor, text_view);
  gtk_widget_class_bind_template_child (widget_class, LlwybrTaskSectionEditor, warning_label);
  gtk_widget_class_bind_template_child (widget_class, LlwybrTaskSectionEditor, claims_label);
  gtk_widget_class_bind_template_child (widget_class, LlwybrTaskSectionEditor, word_count);
}

static void
llwybr_task_section_editor_init (LlwybrTaskSectionEditor *self)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_swapped (focus, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->text_view), focus);
}

/* Public API */

GtkWidget *
llwybr_task_section_editor_new (LlwybrPortfolio   *portfolio,
                                LlwybrTaskSection *section)
{
  g_return_val_if_fail (LLWYBR_IS_PORTFOLIO (portfolio), NULL);
  g_return_val_if_fail (LLWYBR_IS_TASK_SECTION (section), NULL);

  return g_object_new (LLWYBR_TYPE_TASK_SECTION_EDITOR,
                       "portfolio", portfolio,
                       "section", section,
                       NULL);
}

/**
 * llwybr_task_section_editor_get_section:
 *
 * Returns: (transfer none): the section being edited
 */
LlwybrTaskSection *
llwybr_task_section_editor_get_section (LlwybrTaskSectionEditor *self)
{
  g_return_val_if_fail (LLWYBR_IS_TASK_SECTION_EDITOR (self), NULL);

  return self->section;
}

/**
 * llwybr_task_section_editor_save:
 *
 * Saves what was typed and not saved yet, if anything: a change still
 * waiting for its moment, or one that could not be saved before.
 */
void
llwybr_task_section_editor_save (LlwybrTaskSectionEditor *self)
{
  g_return_if_fail (LLWYBR_IS_TASK_SECTION_EDITOR (self));

  if (self->dirty)
    save_now (self);
}

/**
 * llwybr_task_section_word_count_text:
 * @words: the words in a section
 * @min_words: the guidance's fewest words, or 0
 * @max_words: the guidance's most words, or 0
 *
 * Returns: (transfer full): the count against the guidance, "312 words —
 *   guidance 300–500"
 */
char *
llwybr_task_section_word_count_text (guint words,
                                     guint min_words,
                                     guint max_words)
{
  if (min_words > 0 && max_words > 0)
    /* Translators: a section's length against the guidance, "312 words — guidance 300–500" */
    return g_strdup_printf (ngettext ("%1$u word — guidance %2$u–%3$u", "%1$u words — guidance %2$u–%3$u", words),
                            words, min_words, max_words);
  if (max_words > 0)
    /* Translators: a section's length against the guidance, "312 words — guidance up to 500" */
    return g_strdup_printf (ngettext ("%1$u word — guidance up to %2$u", "%1$u words — guidance up to %2$u", words),
                            words, max_words);
  if (min_words > 0)
    /* Translators: a section's length against the guidance, "312 words — guidance at least 300" */
    return g_strdup_printf (ngettext ("%1$u word — guidance at least %2$u", "%1$u words — guidance at least %2$u", words),
                            words, min_words);

  return g_strdup_printf (ngettext ("%u word", "%u words", words), words);
}

/**
 * llwybr_task_section_claims_text:
 * @claims: (element-type LlwybrClaim): the claims in a section
 *
 * Returns: (transfer full): which standards the claims are for, each
 *   once, in standards order: "Standards claimed: 3, 17, 23"
 */
char *
llwybr_task_section_claims_text (GArray *claims)
{
  g_autoptr(GPtrArray) codes = NULL;
  g_autofree char *list = NULL;
  guint n;

  g_return_val_if_fail (claims != NULL, NULL);

  codes = distinct_codes (claims);
  n = codes->len;
  if (n == 0)
    return g_strdup (_("No standards claimed here yet"));

  g_ptr_array_add (codes, NULL);
  /* Translators: the separator in a list of standard numbers, "5, 12, 31" */
  list = g_strjoinv (_(", "), (char **)codes->pdata);
  /* Translators: %s is a list of standard numbers, "3, 17, 23" */
  return g_strdup_printf (ngettext ("Standard claimed: %s", "Standards claimed: %s", n), list);
}
