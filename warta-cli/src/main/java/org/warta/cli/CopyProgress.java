package org.warta.cli;

import org.warta.pipeline.Progress;
import org.warta.store.StoreCopy;

/**
 * A store copy's progress as one count over all its tables: each table's rows are added to the
 * total when it starts, so the count never passes the total.
 */
final class CopyProgress implements StoreCopy.Listener {
  private final Progress progress;
  private long done;

  CopyProgress(Progress progress) {
    this.progress = progress;
  }

  @Override
  public void table(String name, long rows) {
    progress.note(name);
    progress.total(done + rows);
  }

  @Override
  public void copied(long rows) {
    done += rows;
    progress.advance(rows, "");
  }
}
