/* llwybr-evidence-row.c
 *
 * A piece of evidence as the evidence list shows it, on three lines cut
 * short to fit: its title, its date and kind (and whether it changed
 * since the mentor's review), and the start of its reflection, with what
 * the search matched in bold.
 *
 * GTK 4.8's list view keeps rows for up to 200 items around those on
 * screen, and makes them all afresh whenever a search changes what the
 * list holds; it draws only those in sight. So a row is one widget, not
 * a box of three labels, and it highlights and lays out its lines only
 * when it is drawn: a row made and bound off screen costs next to
 * nothing. Its plain text, which a screen reader reads, is kept up to
 * date whether drawn or not.
 *
 * It draws its lines as Adwaita styles .heading, .caption and .dim-label,
 * from the font and colour CSS gives it, and starts them at the left
 * whatever the text direction, as LlwybrWrapLabel does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-evidence-row"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "llwybr-evidence-row.h"
#include "llwybr-font.h"
#include "llwybr-language.h"

/* As much of a reflection as a row shows on a laptop's screen: every
 * character is shaped each time a row comes into view. */
#define SNIPPET_CHARS 100
#define LINE_SPACING 3

enum {
  LINE_TITLE,
  LINE_DETAILS,
  LINE_EXCERPT,
  N_LINES
};

struct _LlwybrEvidenceRow
{
  GtkWidget       parent_instance;

  LlwybrEvidence *evidence;
  char           *query;
  gboolean        changed_since_review;

  char           *lines[N_LINES];   /* plain, as a screen reader reads them */
  PangoLayout    *layouts[N_LINES]; /* highlighted; NULL until drawn on screen */
  int             heights[N_LINES];
  guint           context_serial;   /* of the pango context the heights are for */
  gboolean        shown;            /* drawn since its evidence was set */
};

G_DEFINE_FINAL_TYPE (LlwybrEvidenceRow, llwybr_evidence_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EVIDENCE,
  PROP_QUERY,
  PROP_CHANGED_SINCE_REVIEW,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  SHOWN,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* Helpers */

static void
forget_layouts (LlwybrEvidenceRow *self)
{
  for (guint i = 0; i < N_LINES; i++)
    g_clear_object (&self->layouts[i]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static char *
excerpt (LlwybrEvidence *evidence)
{
  const char *reflection = llwybr_evidence_get_reflection (evidence);
  const char *end = reflection;
  char *text;

  for (guint n = 0; *end != '\0' && n < SNIPPET_CHARS; n++)
    end = g_utf8_next_char (end);
  /* Cut short, it says so on a screen wide enough to show all of it. */
  text = g_strdup_printf ("%.*s%s", (int)(end - reflection), reflection, *end ? "…" : "");

  return g_strdelimit (text, "\n", ' ');
}

static char *
details (LlwybrEvidence *evidence,
         gboolean        changed)
{
  const char *kind = llwybr_evidence_kind_to_label (llwybr_evidence_get_kind (evidence));
  GDate *date = llwybr_evidence_get_date (evidence);
  g_autofree char *when = NULL;

  if (date != NULL)
    {
      /* A day has no time zone: UTC spares looking up the local one for
       * every row, three fifths of filling in its date and kind. */
      g_autoptr(GDateTime) day = g_date_time_new_utc (g_date_get_year (date), g_date_get_month (date),
                                                      g_date_get_day (date), 12, 0, 0);

      /* Translators: a day, in strftime format */
      when = g_date_time_format (day, _("%-d %B %Y"));
    }

  /* The mentor must look again at what changed after she saw it. */
  if (changed)
    /* Translators: a piece of evidence's date and kind, "14 October 2025 · Lesson plan", and that it changed after the mentor reviewed it */
    return g_strdup_printf (_("%1$s · %2$s · changed since review"), when ? when : _("No date"), kind);

  /* Translators: a piece of evidence's date and kind, "14 October 2025 · Lesson plan" */
  return g_strdup_printf (_("%1$s · %2$s"), when ? when : _("No date"), kind);
}

/* The plain lines, and the row's name and description for a screen
 * reader: a row off screen can have the keyboard's focus. */
static void
update_lines (LlwybrEvidenceRow *self)
{
  const char *title = self->evidence ? llwybr_evidence_get_title (self->evidence) : "";
  g_autofree char *description = NULL;

  for (guint i = 0; i < N_LINES; i++)
    g_clear_pointer (&self->lines[i], g_free);

  if (self->evidence != NULL)
    {
      self->lines[LINE_TITLE] = g_strdup (*title ? title : _("Untitled evidence"));
      self->lines[LINE_DETAILS] = details (self->evidence, self->changed_since_review);
      self->lines[LINE_EXCERPT] = excerpt (self->evidence);
      description = g_strjoin ("\n", self->lines[LINE_DETAILS], self->lines[LINE_EXCERPT], NULL);
    }

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, self->lines[LINE_TITLE] ? self->lines[LINE_TITLE] : "",
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description ? description : "",
                                  -1);
  forget_layouts (self);
}

/* Each line in the font Adwaita gives .heading and .caption text, or the
 * row's own. */
static PangoFontDescription *
line_font (LlwybrEvidenceRow *self,
           guint              line)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));
  PangoFontDescription *font = pango_font_description_copy (pango_context_get_font_description (context));

  if (line == LINE_TITLE)
    {
      pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
      pango_font_description_set_size (font, 11 * PANGO_SCALE);
    }
  else if (line == LINE_DETAILS)
    pango_font_description_set_size (font, 9 * PANGO_SCALE);

  return font;
}

static void
ensure_heights (LlwybrEvidenceRow *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self));

  if (self->context_serial == pango_context_get_serial (context))
    return;

  for (guint i = 0; i < N_LINES; i++)
    {
      g_autoptr(PangoFontDescription) font = line_font (self, i);
      PangoFontMetrics *metrics = llwybr_font_metrics (context, font);

      /* A line's height is its font's: the text is never shaped to size
       * a row. */
      self->heights[i] = PANGO_PIXELS_CEIL (pango_font_metrics_get_ascent (metrics) +
                                            pango_font_metrics_get_descent (metrics));
    }
  self->context_serial = pango_context_get_serial (context);
  forget_layouts (self);
}

static PangoLayout *
create_layout (LlwybrEvidenceRow *self,
               guint              line)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), NULL);
  g_autoptr(PangoFontDescription) font = line_font (self, line);
  g_autofree char *markup = NULL;

  pango_layout_set_font_description (layout, font);
  pango_layout_set_single_paragraph_mode (layout, TRUE);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);

  /* Markup costs a line more than its text: only what the search
   * matched needs it. */
  if (line != LINE_DETAILS && self->query != NULL)
    markup = llwybr_language_highlight (self->lines[line], self->query);
  if (markup != NULL && strstr (markup, "<b>") != NULL)
    pango_layout_set_markup (layout, markup, -1);
  else
    pango_layout_set_text (layout, self->lines[line], -1);

  return layout;
}

/* Adwaita's .dim-label: less opaque, unless the user asked for high
 * contrast. */
static void
dim (GdkRGBA *color)
{
  color->alpha *= adw_style_manager_get_high_contrast (adw_style_manager_get_default ()) ? 0.9 : 0.55;
}

/* Callbacks */

static void
evidence_notify_cb (LlwybrEvidenceRow *self)
{
  self->shown = FALSE;
  update_lines (self);
}

/* Overrides */

static void
llwybr_evidence_row_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  LlwybrEvidenceRow *self = LLWYBR_EVIDENCE_ROW (widget);

  *minimum = *natural = 0;
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    return;

  ensure_heights (self);
  for (guint i = 0; i < N_LINES; i++)
    *minimum += self->heights[i];
  *natural = *minimum += (N_LINES - 1) * LINE_SPACING;
}

static void
llwybr_evidence_row_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  LlwybrEvidenceRow *self = LLWYBR_EVIDENCE_ROW (widget);
  GdkRGBA color;
  GdkRGBA dimmed;
  int y = 0;

  if (self->evidence == NULL)
    return;

  ensure_heights (self);
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  dimmed = color;
  dim (&dimmed);

  for (guint i = 0; i < N_LINES; i++)
    {
      if (self->layouts[i] == NULL)
        self->layouts[i] = create_layout (self, i);
      pango_layout_set_width (self->layouts[i], gtk_widget_get_width (widget) * PANGO_SCALE);

      gtk_snapshot_save (snapshot);
      gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (0, y));
      gtk_snapshot_append_layout (snapshot, self->layouts[i], i == LINE_TITLE ? &color : &dimmed);
      gtk_snapshot_restore (snapshot);
      y += self->heights[i] + LINE_SPACING;
    }

  if (!self->shown)
    {
      self->shown = TRUE;
      g_signal_emit (self, signals[SHOWN], 0);
    }
}

static void
llwybr_evidence_row_dispose (GObject *object)
{
  LlwybrEvidenceRow *self = LLWYBR_EVIDENCE_ROW (object);

  llwybr_evidence_row_set_evidence (self, NULL);
  for (guint i = 0; i < N_LINES; i++)
    g_clear_object (&self->layouts[i]);

  G_OBJECT_CLASS (llwybr_evidence_row_parent_class)->dispose (object);
}

static void
llwybr_evidence_row_finalize (GObject *object)
{
  LlwybrEvidenceRow *self = LLWYBR_EVIDENCE_ROW (object);

  g_free (self->query);
  for (guint i = 0; i < N_LINES; i++)
    g_free (self->lines[i]);

  G_OBJECT_CLASS (llwybr_evidence_row_parent_class)->finalize (object);
}

static void
llwybr_evidence_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LlwybrEvidenceRow *self = LLWYBR_EVIDENCE_ROW (object);

  switch (prop_id)
    {
    case PROP_EVIDENCE:
      g_value_set_object (value, self->evidence);
      break;

    case PROP_QUERY:
      g_value_set_string (value, self->query);
      break;

    case PROP_CHANGED_SINCE_REVIEW:
      g_value_set_boolean (value, self->changed_since_review);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
llwybr_evidence_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  LlwybrEvidenceRow *self = LLWYBR_EVIDENCE_ROW (object);

  switch (prop_id)
    {
    case PROP_EVIDENCE:
      llwybr_evidence_row_set_evidence (self, g_value_get_object (value));
      break;

    case PROP_QUERY:
      llwybr_evidence_row_set_query (self, g_value_get_string (value));
      break;

    case PROP_CHANGED_SINCE_REVIEW:
      llwybr_evidence_row_set_changed_since_review (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
llwybr_evidence_row_class_init (LlwybrEvidenceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = llwybr_evidence_row_dispose;
  object_class->finalize = llwybr_evidence_row_finalize;
  object_class->get_property = llwybr_evidence_row_get_property;
  object_class->set_property = llwybr_evidence_row_set_property;

  widget_class->measure = llwybr_evidence_row_measure;
  widget_class->snapshot = llwybr_evidence_row_snapshot;

  properties [PROP_EVIDENCE] =
    g_param_spec_object ("evidence", NULL, NULL, LLWYBR_TYPE_EVIDENCE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_CHANGED_SINCE_REVIEW] =
    g_param_spec_boolean ("changed-since-review", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LlwybrEvidenceRow::shown:
   *
   * The row was drawn, so in sight, for the first time since its
   * evidence was set or changed: what only rows in sight need, such as checking
   * the evidence against its review, can be done now.
   */
  signals [SHOWN] =
    g_signal_new ("shown", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "evidencerow");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
llwybr_evidence_row_init (LlwybrEvidenceRow *self)
{
  gtk_widget_set_margin_top (GTK_WIDGET (self), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self), 6);
}

/* Public API */

GtkWidget *
llwybr_evidence_row_new (void)
{
  return g_object_new (LLWYBR_TYPE_EVIDENCE_ROW, NULL);
}

LlwybrEvidence *
llwybr_evidence_row_get_evidence (LlwybrEvidenceRow *self)
{
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE_ROW (self), NULL);

  return self->evidence;
}

/**
 * llwybr_evidence_row_set_evidence:
 * @evidence: (nullable): what the row shows
 *
 * Also sets #LlwybrEvidenceRow:changed-since-review to %FALSE, until
 * someone checks.
 */
void
llwybr_evidence_row_set_evidence (LlwybrEvidenceRow *self,
                                  LlwybrEvidence    *evidence)
{
  g_return_if_fail (LLWYBR_IS_EVIDENCE_ROW (self));
  g_return_if_fail (evidence == NULL || LLWYBR_IS_EVIDENCE (evidence));

  if (self->evidence == evidence)
    return;

  if (self->evidence != NULL)
    g_signal_handlers_disconnect_by_func (self->evidence, evidence_notify_cb, self);
  g_set_object (&self->evidence, evidence);
  if (evidence != NULL)
    g_signal_connect_object (evidence, "notify", G_CALLBACK (evidence_notify_cb), self, G_CONNECT_SWAPPED);

  self->shown = FALSE;
  self->changed_since_review = FALSE;
  update_lines (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_EVIDENCE]);
}

const char *
llwybr_evidence_row_get_query (LlwybrEvidenceRow *self)
{
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE_ROW (self), NULL);

  return self->query;
}

/**
 * llwybr_evidence_row_set_query:
 * @query: (nullable): what the user searched for, shown in bold
 */
void
llwybr_evidence_row_set_query (LlwybrEvidenceRow *self,
                               const char        *query)
{
  g_return_if_fail (LLWYBR_IS_EVIDENCE_ROW (self));

  if (g_strcmp0 (self->query, query) == 0)
    return;

  g_free (self->query);
  self->query = g_strdup (query);
  forget_layouts (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_QUERY]);
}

gboolean
llwybr_evidence_row_get_changed_since_review (LlwybrEvidenceRow *self)
{
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE_ROW (self), FALSE);

  return self->changed_since_review;
}

void
llwybr_evidence_row_set_changed_since_review (LlwybrEvidenceRow *self,
                                              gboolean           changed)
{
  g_return_if_fail (LLWYBR_IS_EVIDENCE_ROW (self));

  changed = !!changed;
  if (self->changed_since_review == changed)
    return;

  self->changed_since_review = changed;
  update_lines (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CHANGED_SINCE_REVIEW]);
}

/**
 * llwybr_evidence_row_get_details:
 *
 * Returns: (nullable): the row's second line, as it reads: the
 *   evidence's date and kind, and whether it changed since its review
 */
const char *
llwybr_evidence_row_get_details (LlwybrEvidenceRow *self)
{
  g_return_val_if_fail (LLWYBR_IS_EVIDENCE_ROW (self), NULL);

  return self->lines[LINE_DETAILS];
}
