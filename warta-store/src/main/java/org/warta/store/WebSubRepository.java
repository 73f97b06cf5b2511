package org.warta.store;

import java.util.List;
import java.util.Optional;
import org.warta.core.SourceId;

/** WebSub subscriptions, one per feed source at most. */
public interface WebSubRepository {

  Optional<WebSubSubscription> find(SourceId source);

  /** Inserts or replaces the subscription of its source. */
  void save(WebSubSubscription subscription);

  /** Every subscription, by source id. */
  List<WebSubSubscription> list();

  /** Forgets the subscription of a source; returns whether there was one. */
  boolean delete(SourceId source);
}
