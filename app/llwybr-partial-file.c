/* llwybr-partial-file.c
 *
 * Every file Llwybr writes for the user (a PDF, a copy of a portfolio, an
 * attachment saved out) goes to a hidden file beside the destination and
 * is renamed over it only once whole. g_file_replace() keeps an old file
 * on failure, but writes a new one in place, half and all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "llwybr-partial-file"

#include "config.h"

#include "llwybr-partial-file-private.h"

struct _LlwybrPartialFile
{
  GFile         *destination;
  GFile         *partial;
  GOutputStream *stream;
  gboolean       committed;
};

/* Writes are buffered: cairo hands a PDF over a few bytes at a time, and
 * a write() each made a tenth of the time of a long summary. */
static GOutputStream *
buffered (GFileOutputStream *stream)
{
  GOutputStream *buffered = g_buffered_output_stream_new_sized (G_OUTPUT_STREAM (stream), 64 * 1024);

  g_object_unref (stream);
  return buffered;
}

/**
 * _llwybr_partial_file_new:
 * @destination: the file to write; replaced only by
 *   _llwybr_partial_file_commit()
 *
 * Returns: (transfer full) (nullable): the partial file; write to its stream
 */
LlwybrPartialFile *
_llwybr_partial_file_new (GFile             *destination,
                          GFileCreateFlags   flags,
                          GCancellable      *cancellable,
                          GError           **error)
{
  g_autoptr(LlwybrPartialFile) self = g_new0 (LlwybrPartialFile, 1);
  g_autoptr(GFile) folder = g_file_get_parent (destination);

  g_assert (G_IS_FILE (destination));

  self->destination = g_object_ref (destination);

  /* A destination with no folder cannot be a file; let GIO say why. */
  if (folder == NULL)
    {
      GFileOutputStream *stream = g_file_replace (destination, NULL, FALSE, flags, cancellable, error);

      self->stream = stream ? buffered (stream) : NULL;
      return stream ? g_steal_pointer (&self) : NULL;
    }

  for (guint tries = 0; ; tries++)
    {
      g_autofree char *name = g_strdup_printf (".llwybr-%08x.part", g_random_int ());
      g_autoptr(GFile) partial = g_file_get_child (folder, name);
      g_autoptr(GError) local_error = NULL;
      GFileOutputStream *stream = g_file_create (partial, flags, cancellable, &local_error);

      if (stream != NULL)
        {
          self->stream = buffered (stream);
          self->partial = g_steal_pointer (&partial);
          return g_steal_pointer (&self);
        }

      if (tries == 10 || !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
    }
}

GOutputStream *
_llwybr_partial_file_get_stream (LlwybrPartialFile *self)
{
  return self->stream;
}

/**
 * _llwybr_partial_file_commit:
 *
 * Closes the stream and puts the file in place of the destination.
 *
 * Returns: %FALSE, with the destination as it was, if that failed
 */
gboolean
_llwybr_partial_file_commit (LlwybrPartialFile  *self,
                             GCancellable       *cancellable,
                             GError            **error)
{
  g_assert (!self->committed);

  if (!g_output_stream_close (self->stream, cancellable, error))
    return FALSE;

  if (self->partial != NULL &&
      !g_file_move (self->partial, self->destination, G_FILE_COPY_OVERWRITE | G_FILE_COPY_NO_FALLBACK_FOR_MOVE,
                    cancellable, NULL, NULL, error))
    return FALSE;

  self->committed = TRUE;
  return TRUE;
}

/* Without a commit, the partial file is thrown away. */
void
_llwybr_partial_file_free (LlwybrPartialFile *self)
{
  /* Closing after a cancel leaves what g_file_replace() replaces alone. */
  if (self->stream != NULL && !g_output_stream_is_closed (self->stream))
    {
      g_autoptr(GCancellable) cancelled = g_cancellable_new ();

      g_cancellable_cancel (cancelled);
      g_output_stream_close (self->stream, cancelled, NULL);
    }
  if (!self->committed && self->partial != NULL)
    g_file_delete (self->partial, NULL, NULL);

  g_clear_object (&self->stream);
  g_clear_object (&self->partial);
  g_clear_object (&self->destination);
  g_free (self);
}
