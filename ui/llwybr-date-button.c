/* llwybr-date-button.c
 *
 * A day, or none: a button that says the day and opens a calendar, with
 * Today and No Date beside it. GtkCalendar says nothing when the day
 * already selected is pressed, and with no date it rests on today, so
 * today has its own button and no day is ever out of reach. The calendar
 * is built the first time it is opened: a page of plan steps, each with
 * its date, would otherwise build a month of days for every one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-date-button"

#include "config.h"

#include <glib/gi18n.h>

#include "llwybr-date-button.h"

struct _LlwybrDateButton
{
  GtkWidget      parent_instance;

  GDate         *date;
  gboolean       showing;

  GtkMenuButton *button;
  GtkCalendar   *calendar; /* until first opened, NULL */
};

G_DEFINE_FINAL_TYPE (LlwybrDateButton, llwybr_date_button, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATE,
  N_PROPS
};

enum {
  SIGNAL_CHOSEN,
  SIGNAL_ACTIVATE,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

/* Helpers */

static void
show_date (LlwybrDateButton *self)
{
  g_autoptr(GDateTime) time = NULL;
  g_autofree char *label = NULL;

  if (self->date == NULL)
    {
      gtk_menu_button_set_label (self->button, _("No date"));
      time = g_date_time_new_now_local ();
    }
  else
    {
      time = g_date_time_new_local (g_date_get_year (self->date), g_date_get_month (self->date),
                                    g_date_get_day (self->date), 12, 0, 0);
      /* Translators: a day, in strftime format */
      label = g_date_time_format (time, _("%-d %B %Y"));
      gtk_menu_button_set_label (self->button, label);
    }

  if (self->calendar == NULL)
    return;

  self->showing = TRUE;
  gtk_calendar_select_day (self->calendar, time);
  self->showing = FALSE;
}

static void
choose (LlwybrDateButton *self,
        GDate            *date)
{
  llwybr_date_button_set_date (self, date);
  g_clear_pointer (&date, g_date_free);
  gtk_menu_button_popdown (self->button);
  g_signal_emit (self, signals [SIGNAL_CHOSEN], 0);
}

static GDate *
date_from_time (GDateTime *time)
{
  return g_date_new_dmy (g_date_time_get_day_of_month (time), g_date_time_get_month (time),
                         g_date_time_get_year (time));
}

/* Callbacks */

static void
day_selected_cb (LlwybrDateButton *self)
{
  g_autoptr(GDateTime) day = NULL;

  if (self->showing)
    return;

  day = gtk_calendar_get_date (self->calendar);
  choose (self, date_from_time (day));
}

static void
today_cb (LlwybrDateButton *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  choose (self, date_from_time (now));
}

static void
no_date_cb (LlwybrDateButton *self)
{
  choose (self, NULL);
}

static GtkWidget *
flat_button (const char *mnemonic)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (mnemonic);

  gtk_widget_add_css_class (button, "flat");
  return button;
}

static void
create_popover_cb (GtkMenuButton *button,
                   gpointer       user_data)
{
  LlwybrDateButton *self = user_data;
  GtkWidget *popover, *box, *choices, *today, *no_date;

  /* GTK asks at every opening; the first builds it. */
  if (gtk_menu_button_get_popover (button) != NULL)
    return;

  popover = gtk_popover_new ();
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  choices = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  today = flat_button (_("_Today"));
  no_date = flat_button (_("_No Date"));
  self->calendar = GTK_CALENDAR (gtk_calendar_new ());
  g_signal_connect_object (self->calendar, "day-selected", G_CALLBACK (day_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (today, "clicked", G_CALLBACK (today_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (no_date, "clicked", G_CALLBACK (no_date_cb), self, G_CONNECT_SWAPPED);

  gtk_box_set_homogeneous (GTK_BOX (choices), TRUE);
  gtk_box_append (GTK_BOX (choices), today);
  gtk_box_append (GTK_BOX (choices), no_date);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->calendar));
  gtk_box_append (GTK_BOX (box), choices);
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (button, popover);
  show_date (self);
}

static void
activate_cb (LlwybrDateButton *self)
{
  gtk_menu_button_popup (self->button);
}

/* Overrides */

static void
llwybr_date_button_dispose (GObject *object)
{
  LlwybrDateButton *self = (LlwybrDateButton *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), LLWYBR_TYPE_DATE_BUTTON);
  self->calendar = NULL;
  g_clear_pointer (&self->date, g_date_free);

  G_OBJECT_CLASS (llwybr_date_button_parent_class)->dispose (object);
}

static void
llwybr_date_button_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LlwybrDateButton *self = LLWYBR_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
llwybr_date_button_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  LlwybrDateButton *self = LLWYBR_DATE_BUTTON (object);

  switch (prop_id)
    {
    case PROP_DATE:
      llwybr_date_button_set_date (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
llwybr_date_button_class_init (LlwybrDateButtonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = llwybr_date_button_dispose;
  object_class->get_property = llwybr_date_button_get_property;
  object_class->set_property = llwybr_date_button_set_property;

  properties [PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * LlwybrDateButton::chosen:
   *
   * The user chose a day, or no date; setting the date does not emit it.
   */
  signals [SIGNAL_CHOSEN] =
    g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /* So a row can be its activatable widget. */
  signals [SIGNAL_ACTIVATE] =
    g_signal_new_class_handler ("activate", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION,
                                G_CALLBACK (activate_cb), NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_activate_signal (widget_class, signals [SIGNAL_ACTIVATE]);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/cymru/llwybr/Llwybr/ui/llwybr-date-button.ui");
  gtk_widget_class_bind_template_child (widget_class, LlwybrDateButton, button);
}

static void
llwybr_date_button_init (LlwybrDateButton *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->button, create_popover_cb, self, NULL);
  show_date (self);
}

/* Public API */

GtkWidget *
llwybr_date_button_new (void)
{
  return g_object_new (LLWYBR_TYPE_DATE_BUTTON, NULL);
}

/**
 * llwybr_date_button_get_date:
 *
 * Returns: (nullable): the day shown, or %NULL for none
 */
const GDate *
llwybr_date_button_get_date (LlwybrDateButton *self)
{
  g_return_val_if_fail (LLWYBR_IS_DATE_BUTTON (self), NULL);

  return self->date;
}

void
llwybr_date_button_set_date (LlwybrDateButton *self,
                             const GDate      *date)
{
  g_return_if_fail (LLWYBR_IS_DATE_BUTTON (self));

  if (date == NULL && self->date == NULL)
    return;
  if (date != NULL && self->date != NULL && g_date_compare (date, self->date) == 0)
    return;

  g_clear_pointer (&self->date, g_date_free);
  self->date = date ? g_date_copy (date) : NULL;
  show_date (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DATE]);
}
