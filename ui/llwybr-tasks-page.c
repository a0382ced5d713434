/* llwybr-tasks-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-tasks-page"

#include "config.h"

#include <glib/gi18n.h>

#include "llwybr-readiness.h"
#include "llwybr-task-section-editor.h"
#include "llwybr-tasks-page.h"

/* The HLTA written tasks: the list of tasks beside the one being written,
 * section by section, and the grid of which standards each task claims
 * and which have documents in the document file. Nothing is built until
 * the page is first shown, and a task's sections not until it is chosen;
 * the grid is counted again only while it can be seen. */
struct _LlwybrTasksPage
{
  GtkWidget          parent_instance;

  LlwybrPortfolio   *portfolio;
  GPtrArray         *editors;
  GHashTable        *failing;
  LlwybrGrid        *grid;
  GtkStringList     *grid_rows;
  gboolean           stale;
  gboolean           grid_stale;

  /* Template widgets */
  GtkRevealer       *error_revealer;
  GtkLabel          *error_label;
  GtkStack          *view_stack;
  AdwLeaflet        *leaflet;
  GtkListBox        *tasks_list;
  GtkWidget         *editor_pane;
  GtkStack          *editor_stack;
  GtkColumnView     *grid_view;
};

G_DEFINE_FINAL_TYPE (LlwybrTasksPage, llwybr_tasks_page, GTK_TYPE_WIDGET)

/* Helpers */

static gboolean
grid_shown (LlwybrTasksPage *self)
{
  return gtk_widget_get_mapped (GTK_WIDGET (self)) &&
         g_strcmp0 (gtk_stack_get_visible_child_name (self->view_stack), "grid") == 0;
}

static void
save_finished_cb (LlwybrTasksPage         *self,
                  const GError            *error,
                  LlwybrTaskSectionEditor *editor)
{
  if (error != NULL)
    {
      /* Translators: %s says why, e.g. that the disk is full */
      g_autofree char *text = g_strdup_printf (_("What you wrote last is not saved yet: %s"), error->message);

      g_hash_table_add (self->failing, editor);
      gtk_label_set_text (self->error_label, text);
    }
  else
    g_hash_table_remove (self->failing, editor);

  gtk_revealer_set_reveal_child (self->error_revealer, g_hash_table_size (self->failing) > 0);
}

static GtkWidget *
create_task_header (LlwybrTask *task)
{
  LlwybrLanguage language = llwybr_language_default ();
  const char *guidance = llwybr_task_get_guidance (task, language);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (llwybr_task_get_title (task, language));
  GtkWidget *note = gtk_label_new (guidance);

  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "title-2");
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_widget_set_visible (note, guidance != NULL && *guidance != '\0');
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), note);

  return box;
}

/* One task as it is written: its guidance, then an editor a section. */
static GtkWidget *
create_task_view (LlwybrTasksPage *self,
                  LlwybrTask      *task)
{
  GListModel *sections = llwybr_task_get_sections (task);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 30);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  g_object_set (box, "margin-start", 18, "margin-end", 18, "margin-top", 18, "margin-bottom", 24, NULL);
  gtk_box_append (GTK_BOX (box), create_task_header (task));

  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(LlwybrTaskSection) section = g_list_model_get_item (sections, i);
      GtkWidget *editor = llwybr_task_section_editor_new (self->portfolio, section);

      g_signal_connect_object (editor, "save-finished", G_CALLBACK (save_finished_cb), self, G_CONNECT_SWAPPED);
      g_ptr_array_add (self->editors, g_object_ref (editor));
      gtk_box_append (GTK_BOX (box), editor);
    }

  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  g_object_set_data_full (G_OBJECT (scroller), "task", g_object_ref (task), g_object_unref);

  return scroller;
}

static void
show_task (LlwybrTasksPage *self,
           LlwybrTask      *task)
{
  const char *id = llwybr_task_get_id (task);
  GtkWidget *view = gtk_stack_get_child_by_name (self->editor_stack, id);

  if (view == NULL)
    {
      view = create_task_view (self, task);
      gtk_stack_add_named (self->editor_stack, view, id);
    }

  gtk_stack_set_visible_child (self->editor_stack, view);
}

static void
update_task_row (AdwActionRow *row)
{
  g_autofree char *progress = llwybr_tasks_page_progress_text (g_object_get_data (G_OBJECT (row), "task"));

  adw_action_row_set_subtitle (row, progress);
}

static GtkWidget *
create_task_row (gpointer item,
                 gpointer data)
{
  LlwybrTask *task = item;
  LlwybrLanguage language = llwybr_language_default ();
  GtkWidget *row = adw_action_row_new ();

  /* The title names the task: "Task 1: Leading learning with…". */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), llwybr_task_get_title (task, language));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_widget_set_name (row, llwybr_task_get_id (task));
  g_object_set_data_full (G_OBJECT (row), "task", g_object_ref (task), g_object_unref);
  update_task_row (ADW_ACTION_ROW (row));

  return row;
}

/* The grid: a row a standard, a column a task, then the document file. */

static void
setup_standard_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   LlwybrTasksPage          *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *code = gtk_label_new (NULL);
  GtkWidget *text = gtk_label_new (NULL);

  gtk_widget_add_css_class (code, "standard-code");
  gtk_label_set_xalign (GTK_LABEL (code), 1.0);
  gtk_label_set_ellipsize (GTK_LABEL (text), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (text), 12);
  gtk_label_set_max_width_chars (GTK_LABEL (text), 60);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (box), code);
  gtk_box_append (GTK_BOX (box), text);
  gtk_list_item_set_child (item, box);
}

static void
bind_standard_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  LlwybrTasksPage          *self)
{
  LlwybrStandard *standard = g_ptr_array_index (self->grid->standards, gtk_list_item_get_position (item));
  const char *text = llwybr_standard_get_text (standard, llwybr_language_default ());
  GtkWidget *code = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  guint claims = 0;

  for (guint column = 0; column < self->grid->tasks->len; column++)
    claims += llwybr_grid_get (self->grid, gtk_list_item_get_position (item), column);

  gtk_label_set_text (GTK_LABEL (code), llwybr_standard_get_code (standard));
  gtk_label_set_text (GTK_LABEL (gtk_widget_get_next_sibling (code)), text);
  gtk_widget_set_tooltip_text (gtk_list_item_get_child (item), text);
  /* Standards no task claims yet stand out, in shape as well as colour. */
  if (claims == 0)
    gtk_widget_add_css_class (code, "unclaimed");
  else
    gtk_widget_remove_css_class (code, "unclaimed");
}

static void
setup_count_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                LlwybrTasksPage          *self)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_add_css_class (label, "task-grid-cell");
  gtk_list_item_set_child (item, label);
}

static void
bind_count_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               LlwybrTasksPage          *self)
{
  guint column = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (factory), "column"));
  guint row = gtk_list_item_get_position (item);
  LlwybrStandard *standard = g_ptr_array_index (self->grid->standards, row);
  gboolean documents = column == self->grid->tasks->len;
  LlwybrTask *task = documents ? NULL : g_ptr_array_index (self->grid->tasks, column);
  guint count = llwybr_grid_get (self->grid, row, column);
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *text = NULL;
  g_autofree char *description = NULL;

  if (count == 0)
    text = g_strdup ("");
  else if (documents)
    text = g_strdup_printf ("%u", count);
  else
    text = count == 1 ? g_strdup ("✓") : g_strdup_printf ("✓ %u", count);

  description = llwybr_tasks_page_cell_label (llwybr_standard_get_code (standard),
                                              task ? llwybr_task_get_short_title (task, llwybr_language_default ()) : NULL,
                                              count);
  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_tooltip_text (label, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, description, -1);
  if (count > 0)
    gtk_widget_add_css_class (label, "filled");
  else
    gtk_widget_remove_css_class (label, "filled");
}

static void
add_grid_column (LlwybrTasksPage *self,
                 const char      *title,
                 guint            column,
                 gboolean         standard)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) view_column = NULL;

  g_object_set_data (G_OBJECT (factory), "column", GUINT_TO_POINTER (column));
  g_signal_connect (factory, "setup", standard ? G_CALLBACK (setup_standard_cb) : G_CALLBACK (setup_count_cb), self);
  g_signal_connect (factory, "bind", standard ? G_CALLBACK (bind_standard_cb) : G_CALLBACK (bind_count_cb), self);
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_expand (view_column, standard);
  gtk_column_view_append_column (self->grid_view, view_column);
}

static void
remove_grid_columns (LlwybrTasksPage *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->grid_view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->grid_view, column);
    }
}

static void
add_grid_columns (LlwybrTasksPage *self)
{
  LlwybrLanguage language = llwybr_language_default ();

  add_grid_column (self, _("Standards"), 0, TRUE);
  for (guint i = 0; i < self->grid->tasks->len; i++)
    add_grid_column (self, llwybr_task_get_short_title (g_ptr_array_index (self->grid->tasks, i), language), i, FALSE);
  add_grid_column (self, _("Documents"), self->grid->tasks->len, FALSE);
}

/* The rows are new strings each time, so that every cell is bound again. */
static void
rebuild_grid (LlwybrTasksPage *self)
{
  g_autoptr(LlwybrGrid) old = g_steal_pointer (&self->grid);
  g_autoptr(GPtrArray) codes = g_ptr_array_new ();

  self->grid_stale = FALSE;
  self->grid = llwybr_grid_new (self->portfolio);
  if (old == NULL)
    add_grid_columns (self);

  for (guint i = 0; i < self->grid->standards->len; i++)
    g_ptr_array_add (codes, (gpointer)llwybr_standard_get_code (g_ptr_array_index (self->grid->standards, i)));
  g_ptr_array_add (codes, NULL);
  gtk_string_list_splice (self->grid_rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->grid_rows)),
                          (const char * const *)codes->pdata);
}

static void
build (LlwybrTasksPage *self)
{
  GListModel *tasks = llwybr_portfolio_get_tasks (self->portfolio);
  GtkListBoxRow *first;

  self->stale = FALSE;
  gtk_list_box_bind_model (self->tasks_list, tasks, create_task_row, self, NULL);
  first = gtk_list_box_get_row_at_index (self->tasks_list, 0);
  if (first != NULL)
    gtk_list_box_select_row (self->tasks_list, first);
  else
    gtk_stack_set_visible_child_name (self->editor_stack, "empty");
}

static void
clear (LlwybrTasksPage *self)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->editor_stack));

  llwybr_tasks_page_save (self);
  gtk_list_box_bind_model (self->tasks_list, NULL, NULL, NULL, NULL);
  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (g_object_get_data (G_OBJECT (child), "task") != NULL)
        gtk_stack_remove (self->editor_stack, child);
      child = next;
    }
  g_ptr_array_set_size (self->editors, 0);
  g_hash_table_remove_all (self->failing);
  gtk_revealer_set_reveal_child (self->error_revealer, FALSE);

  gtk_string_list_splice (self->grid_rows, 0, g_list_model_get_n_items (G_LIST_MODEL (self->grid_rows)), NULL);
  remove_grid_columns (self);
  g_clear_pointer (&self->grid, llwybr_grid_free);
}

/* Callbacks */

static void
portfolio_changed_cb (LlwybrTasksPage *self)
{
  if (self->stale)
    return;

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->tasks_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (ADW_IS_ACTION_ROW (row))
      update_task_row (ADW_ACTION_ROW (row));

  if (grid_shown (self))
    rebuild_grid (self);
  else
    self->grid_stale = TRUE;
}

static void
task_selected_cb (LlwybrTasksPage *self,
                  GtkListBoxRow   *row)
{
  if (row != NULL)
    show_task (self, g_object_get_data (G_OBJECT (row), "task"));
}

static void
task_activated_cb (LlwybrTasksPage *self,
                   GtkListBoxRow   *row)
{
  adw_leaflet_set_visible_child (self->leaflet, self->editor_pane);
}

static void
back_cb (LlwybrTasksPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
view_changed_cb (LlwybrTasksPage *self)
{
  if (self->portfolio == NULL || self->stale || !grid_shown (self))
    return;

  /* A claim typed a moment ago is in the grid. */
  llwybr_tasks_page_save (self);
  if (self->grid == NULL || self->grid_stale)
    rebuild_grid (self);
}

static void
retry_cb (LlwybrTasksPage *self)
{
  llwybr_tasks_page_save (self);
}

/* Overrides */

static void
llwybr_tasks_page_map (GtkWidget *widget)
{
  LlwybrTasksPage *self = LLWYBR_TASKS_PAGE (widget);

  GTK_WIDGET_CLASS (llwybr_tasks_page_parent_class)->map (widget);

  if (self->stale && self->portfolio != NULL)
    build (self);
  view_changed_cb (self);
}

/* Leaving the page saves what was typed a moment ago. */
static void
llwybr_tasks_page_unmap (GtkWidget *widget)
{
  llwybr_tasks_page_save (LLWYBR_TASKS_PAGE (widget));

  GTK_WIDGET_CLASS (llwybr_tasks_page_parent_class)->unmap (widget);
}

static void
llwybr_tasks_page_dispose (GObject *object)
{
  LlwybrTasksPage *self = (LlwybrTasksPage *)object;
  GtkWidget *child;

  llwybr_tasks_page_set_portfolio (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LLWYBR_TYPE_TASKS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->editors, g_ptr_array_unref);
  g_clear_pointer (&self->failing, g_hash_table_unref);
  g_clear_object (&self->grid_rows);

  G_OBJECT_CLASS (llwybr_tasks_page_parent_class)->dispose (object);
}

static void
llwybr_tasks_page_class_init (LlwybrTasksPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = llwybr_tasks_page_dispose;
  widget_class->map = llwybr_tasks_page_map;
  widget_class->unmap = llwybr_tasks_page_unmap;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/cymru/llwybr/Llwybr/ui/llwybr-tasks-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LlwybrTasksPage, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, LlwybrTasksPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, LlwybrTasksPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, LlwybrTasksPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, LlwybrTasksPage, tasks_list);
  gtk_widget_class_bind_template_child (widget_class, LlwybrTasksPage, editor_pane);
  gtk_widget_class_bind_template_child (widget_class, LlwybrTasksPage, editor_stack);
  gtk_widget_class_bind_template_child (widget_class, LlwybrTasksPage, grid_view);
  gtk_widget_class_bind_template_callback (widget_class, task_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, task_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_cb);
  gtk_widget_class_bind_template_callback (widget_class, view_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, retry_cb);
}

static void
llwybr_tasks_page_init (LlwybrTasksPage *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->editors = g_ptr_array_new_with_free_func (g_object_unref);
  self->failing = g_hash_table_new (NULL, NULL);
  self->grid_rows = gtk_string_list_new (NULL);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->grid_rows)));
  gtk_column_view_set_model (self->grid_view, GTK_SELECTION_MODEL (selection));
}

/* Public API */

void
llwybr_tasks_page_set_portfolio (LlwybrTasksPage *self,
                                 LlwybrPortfolio *portfolio)
{
  g_return_if_fail (LLWYBR_IS_TASKS_PAGE (self));

  if (self->portfolio == portfolio)
    return;

  if (self->portfolio != NULL)
    {
      clear (self);
      g_signal_handlers_disconnect_by_data (self->portfolio, self);
    }
  g_set_object (&self->portfolio, portfolio);
  if (portfolio == NULL)
    return;

  g_signal_connect_swapped (portfolio, "changed", G_CALLBACK (portfolio_changed_cb), self);

  /* The page is built when it is first shown, not while the window opens. */
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    build (self);
}

/* A task's view may be new and not laid out yet, so it cannot follow the
 * focus by itself: the section is brought into view once it has a place. */
static gboolean
scroll_to_editor (GtkWidget     *editor,
                  GdkFrameClock *clock,
                  gpointer       data)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (editor, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *viewport = scroller ? gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller)) : NULL;
  graphene_point_t top;

  if (!GTK_IS_VIEWPORT (viewport) || gtk_widget_get_height (editor) == 0 ||
      !gtk_widget_compute_point (editor, gtk_viewport_get_child (GTK_VIEWPORT (viewport)), &GRAPHENE_POINT_INIT (0, 0), &top))
    return G_SOURCE_CONTINUE;

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller)), MAX (0, top.y - 12));
  return G_SOURCE_REMOVE;
}

/**
 * llwybr_tasks_page_show_task:
 * @id: a task's id, "1" or "4a"
 * @section: (nullable): the id of one of its sections, to write in
 *
 * Shows the task for writing, with the cursor in @section if given.
 */
void
llwybr_tasks_page_show_task (LlwybrTasksPage *self,
                             const char      *id,
                             const char      *section)
{
  g_return_if_fail (LLWYBR_IS_TASKS_PAGE (self));
  g_return_if_fail (id != NULL);

  if (self->portfolio == NULL)
    return;

  if (self->stale)
    build (self);
  gtk_stack_set_visible_child_name (self->view_stack, "writing");
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->tasks_list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (g_strcmp0 (gtk_widget_get_name (row), id) == 0)
      {
        gtk_list_box_select_row (self->tasks_list, GTK_LIST_BOX_ROW (row));
        adw_leaflet_set_visible_child (self->leaflet, self->editor_pane);
      }

  for (guint i = 0; section != NULL && i < self->editors->len; i++)
    {
      GtkWidget *editor = g_ptr_array_index (self->editors, i);
      LlwybrTaskSection *shown = llwybr_task_section_editor_get_section (LLWYBR_TASK_SECTION_EDITOR (editor));

      if (g_str_equal (llwybr_task_get_id (llwybr_task_section_get_task (shown)), id) &&
          g_str_equal (llwybr_task_section_get_id (shown), section))
        {
          gtk_widget_grab_focus (editor);
          gtk_widget_add_tick_callback (editor, scroll_to_editor, NULL, NULL);
        }
    }
}

/**
 * llwybr_tasks_page_save:
 *
 * Saves what was typed and not saved yet, in every section.
 *
 * Returns: %FALSE if some of it could not be saved
 */
gboolean
llwybr_tasks_page_save (LlwybrTasksPage *self)
{
  g_return_val_if_fail (LLWYBR_IS_TASKS_PAGE (self), FALSE);

  for (guint i = 0; self->editors != NULL && i < self->editors->len; i++)
    llwybr_task_section_editor_save (g_ptr_array_index (self->editors, i));

  return g_hash_table_size (self->failing) == 0;
}

/**
 * llwybr_tasks_page_progress_text:
 * @task: a written task
 *
 * Returns: (transfer full): how far the task has come, "4 sections
 *   written, 12 claims"
 */
char *
llwybr_tasks_page_progress_text (LlwybrTask *task)
{
  GListModel *sections;
  g_autofree char *written_text = NULL;
  g_autofree char *claims_text = NULL;
  guint written = 0, claims = 0;

  g_return_val_if_fail (LLWYBR_IS_TASK (task), NULL);

  sections = llwybr_task_get_sections (task);
  for (guint i = 0; i < g_list_model_get_n_items (sections); i++)
    {
      g_autoptr(LlwybrTaskSection) section = g_list_model_get_item (sections, i);

      written += llwybr_task_section_count_words (section) > 0;
      if (llwybr_task_section_get_may_claim (section))
        claims += llwybr_task_section_get_claims (section)->len;
    }

  if (written == 0)
    return g_strdup (_("Not started"));

  written_text = g_strdup_printf (ngettext ("%u section written", "%u sections written", written), written);
  claims_text = g_strdup_printf (ngettext ("%u claim", "%u claims", claims), claims);
  /* Translators: how far a written task has come: "4 sections written", then "12 claims" */
  return g_strdup_printf (C_("task progress", "%1$s, %2$s"), written_text, claims_text);
}

/**
 * llwybr_tasks_page_cell_label:
 * @standard: a standard's code
 * @task: (nullable): a task's short title, "Task 2", or %NULL for the
 *   document file
 * @count: the claims of @standard in @task, or its documents
 *
 * Returns: (transfer full): what a cell of the grid says, for a screen
 *   reader and a tooltip: "Standard 23, Task 2: claimed 2 times"
 */
char *
llwybr_tasks_page_cell_label (const char *standard,
                              const char *task,
                              guint       count)
{
  g_return_val_if_fail (standard != NULL, NULL);

  if (task == NULL && count == 0)
    return g_strdup_printf (_("Standard %s: no documents in the document file"), standard);
  if (task == NULL)
    return g_strdup_printf (ngettext ("Standard %1$s: %2$u document in the document file",
                                      "Standard %1$s: %2$u documents in the document file", count),
                            standard, count);
  if (count == 0)
    /* Translators: a cell of the grid of standards and tasks; %2$s is a task, "Task 2" */
    return g_strdup_printf (_("Standard %1$s, %2$s: not claimed"), standard, task);

  /* Translators: a cell of the grid of standards and tasks; %2$s is a task, "Task 2" */
  return g_strdup_printf (ngettext ("Standard %1$s, %2$s: claimed %3$u time",
                                    "Standard %1$s, %2$s: claimed %3$u times", count),
                          standard, task, count);
}
