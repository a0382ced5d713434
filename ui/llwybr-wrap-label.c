/* llwybr-wrap-label.c
 *
 * Plain text that wraps to the width it is given, for long lines in
 * lists: the standards, read whole. GTK 4.8's GtkLabel, wrapping, shapes
 * its text again for every width a container tries while measuring, and
 * a page of 33 standards took a fifth of a second to show. This asks for
 * widths from the font's average character, unshaped (it is meant for
 * rows that take the width they are given), and shapes the text once for
 * each width it is given, remembering the last few: containers ask the
 * same widths over and over.
 *
 * It is not a GtkLabel: it takes its font and colour from CSS but no
 * other text attributes (letter-spacing, font features), and it starts
 * each line at the left whatever the text direction. The rows it is used
 * in need no more; a right-to-left translation would.
 *
 * And a row for boxed lists that wraps its title and subtitle so, laid
 * out and styled as AdwActionRow is (row > box.header > box.title).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-wrap-label"

#include "config.h"

#include <adwaita.h>

#include "llwybr-font.h"
#include "llwybr-wrap-label.h"

/* Narrower than this, words break: about a short word's width. */
#define MIN_CHARS 12

#define N_HEIGHTS 4

struct _LlwybrWrapLabel
{
  GtkWidget    parent_instance;

  char        *text;
  PangoLayout *layout;         /* until first measured, NULL */
  guint        context_serial; /* of the widget's context when laid out */
  int          natural_width;  /* unwrapped; -1 until measured */
  int          width;          /* what the layout is wrapped to; -2 for none yet */
  struct {
    int width;                 /* -2 for none */
    int height;
  }            heights[N_HEIGHTS];
  guint        next_height;    /* the slot to fill next */
};

G_DEFINE_FINAL_TYPE (LlwybrWrapLabel, llwybr_wrap_label, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* Helpers */

static void
forget_sizes (LlwybrWrapLabel *self)
{
  self->natural_width = -1;
  self->width = -2;
  for (guint i = 0; i < N_HEIGHTS; i++)
    self->heights[i].width = -2;
}

/* The layout, kept in step with the widget's font: GTK changes the
 * context, and its serial, when the style does. */
static PangoLayout *
ensure_layout (LlwybrWrapLabel *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));

  if (self->layout == NULL)
    {
      self->layout = pango_layout_new (context);
      pango_layout_set_wrap (self->layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_text (self->layout, self->text, -1);
      forget_sizes (self);
    }
  else if (pango_context_get_serial (context) != self->context_serial)
    {
      pango_layout_context_changed (self->layout);
      forget_sizes (self);
    }
  self->context_serial = pango_context_get_serial (context);

  return self->layout;
}

/* A font's average character, in pixels, for widths that need no
 * shaping: what the label asks for, not what it draws. */
static int
char_width (LlwybrWrapLabel *self)
{
  PangoFontMetrics *metrics = llwybr_font_metrics (gtk_widget_get_pango_context (GTK_WIDGET (self)), NULL);

  return PANGO_PIXELS_CEIL (pango_font_metrics_get_approximate_char_width (metrics));
}

static void
wrap_to (LlwybrWrapLabel *self,
         int              width)
{
  PangoLayout *layout = ensure_layout (self);

  if (width != self->width)
    {
      pango_layout_set_width (layout, width < 0 ? -1 : width * PANGO_SCALE);
      self->width = width;
    }
}

static int
height_for_width (LlwybrWrapLabel *self,
                  int              width)
{
  int height;

  ensure_layout (self);
  for (guint i = 0; i < N_HEIGHTS; i++)
    if (self->heights[i].width == width)
      return self->heights[i].height;

  wrap_to (self, width);
  pango_layout_get_pixel_size (self->layout, NULL, &height);
  self->heights[self->next_height].width = width;
  self->heights[self->next_height].height = height;
  self->next_height = (self->next_height + 1) % N_HEIGHTS;

  return height;
}

/* GtkWidget */

static GtkSizeRequestMode
llwybr_wrap_label_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
llwybr_wrap_label_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  LlwybrWrapLabel *self = LLWYBR_WRAP_LABEL (widget);

  ensure_layout (self);
  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      *minimum = *natural = height_for_width (self, for_size);
      return;
    }

  if (self->natural_width < 0)
    self->natural_width = g_utf8_strlen (self->text, -1) * char_width (self);

  *minimum = MIN (MIN_CHARS * char_width (self), self->natural_width);
  *natural = self->natural_width;
}


static void
llwybr_wrap_label_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  LlwybrWrapLabel *self = LLWYBR_WRAP_LABEL (widget);
  GdkRGBA color;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  wrap_to (self, gtk_widget_get_width (widget));
  gtk_snapshot_append_layout (snapshot, self->layout, &color);
}

/* GObject */

static void
llwybr_wrap_label_dispose (GObject *object)
{
  LlwybrWrapLabel *self = LLWYBR_WRAP_LABEL (object);

  g_clear_object (&self->layout);

  G_OBJECT_CLASS (llwybr_wrap_label_parent_class)->dispose (object);
}

static void
llwybr_wrap_label_finalize (GObject *object)
{
  LlwybrWrapLabel *self = LLWYBR_WRAP_LABEL (object);

  g_free (self->text);

  G_OBJECT_CLASS (llwybr_wrap_label_parent_class)->finalize (object);
}

static void
llwybr_wrap_label_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  LlwybrWrapLabel *self = LLWYBR_WRAP_LABEL (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
llwybr_wrap_label_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  LlwybrWrapLabel *self = LLWYBR_WRAP_LABEL (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      llwybr_wrap_label_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
llwybr_wrap_label_class_init (LlwybrWrapLabelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = llwybr_wrap_label_dispose;
  object_class->finalize = llwybr_wrap_label_finalize;
  object_class->get_property = llwybr_wrap_label_get_property;
  object_class->set_property = llwybr_wrap_label_set_property;

  widget_class->get_request_mode = llwybr_wrap_label_get_request_mode;
  widget_class->measure = llwybr_wrap_label_measure;
  widget_class->snapshot = llwybr_wrap_label_snapshot;

  properties [PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Styled as a label is, read as a label is. */
  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
llwybr_wrap_label_init (LlwybrWrapLabel *self)
{
  self->text = g_strdup ("");
  forget_sizes (self);
}

/* Public API */

GtkWidget *
llwybr_wrap_label_new (const char *text)
{
  return g_object_new (LLWYBR_TYPE_WRAP_LABEL, "text", text, NULL);
}

const char *
llwybr_wrap_label_get_text (LlwybrWrapLabel *self)
{
  g_return_val_if_fail (LLWYBR_IS_WRAP_LABEL (self), NULL);

  return self->text;
}

void
llwybr_wrap_label_set_text (LlwybrWrapLabel *self,
                            const char      *text)
{
  g_return_if_fail (LLWYBR_IS_WRAP_LABEL (self));

  if (text == NULL)
    text = "";
  if (g_str_equal (self->text, text))
    return;

  g_free (self->text);
  self->text = g_strdup (text);
  if (self->layout != NULL)
    pango_layout_set_text (self->layout, self->text, -1);
  forget_sizes (self);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, self->text, -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_TEXT]);
}

/* @child in a box with AdwActionRow's name for it, .prefixes or .suffixes,
 * so that libadwaita's rules space it as theirs. */
static void
append_part (GtkWidget  *header,
             const char *css_class,
             GtkWidget  *child)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

  gtk_widget_add_css_class (box, css_class);
  gtk_box_append (GTK_BOX (box), child);
  gtk_box_append (GTK_BOX (header), box);
}

/**
 * llwybr_wrap_label_row_new:
 * @title: the row's title, whole
 * @subtitle: (nullable): smaller, below it
 * @prefix: (nullable): a widget before the title
 * @suffix: (nullable): a widget after it
 *
 * Returns: (transfer floating): an #AdwPreferencesRow with @title, found
 *   by adw_preferences_row_get_title() and read as the row's label
 */
GtkWidget *
llwybr_wrap_label_row_new (const char *title,
                           const char *subtitle,
                           GtkWidget  *prefix,
                           GtkWidget  *suffix)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *title_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title_label = llwybr_wrap_label_new (title);
  GtkWidget *subtitle_label = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);

  gtk_widget_add_css_class (header, "header");
  gtk_widget_add_css_class (title_box, "title");
  gtk_widget_add_css_class (title_label, "title");
  gtk_widget_set_hexpand (title_box, TRUE);
  gtk_widget_set_valign (title_box, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (title_box), title_label);

  if (subtitle != NULL && *subtitle != '\0')
    {
      subtitle_label = llwybr_wrap_label_new (subtitle);
      gtk_widget_add_css_class (subtitle_label, "subtitle");
      gtk_box_append (GTK_BOX (title_box), subtitle_label);
    }

  if (prefix != NULL)
    append_part (header, "prefixes", prefix);
  gtk_box_append (GTK_BOX (header), title_box);
  if (suffix != NULL)
    append_part (header, "suffixes", suffix);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), header);

  /* Read as its title, after a label before it ("12", a standard's
   * code); described by its subtitle, or a label after it. */
  if (GTK_IS_LABEL (prefix))
    gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY, prefix, title_label, NULL, -1);
  else
    gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_LABELLED_BY, title_label, NULL, -1);

  if (subtitle_label != NULL || GTK_IS_LABEL (suffix))
    gtk_accessible_update_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                    subtitle_label ? subtitle_label : suffix, NULL, -1);

  return row;
}
