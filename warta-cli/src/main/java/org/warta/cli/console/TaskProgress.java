package org.warta.cli.console;

import org.warta.pipeline.Progress;

/** A {@link Progress} shown to the user until closed. */
public interface TaskProgress extends Progress, AutoCloseable {
  @Override
  void close();
}
