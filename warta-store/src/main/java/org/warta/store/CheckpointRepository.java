package org.warta.store;

import java.util.Optional;

/** Progress of archive imports, for resuming after an interruption. */
public interface CheckpointRepository {
  Optional<Checkpoint> find(String file);

  void save(Checkpoint checkpoint);
}
