package org.warta.pipeline.index;

import java.util.List;
import org.warta.core.ArticleId;
import org.warta.pipeline.Progress;
import org.warta.search.SearchIndex;
import org.warta.store.Store;

/**
 * Keeps the search index equal to the store. The store numbers every article change; the index
 * records with each commit the number it has reached. {@link #catchUp()} indexes what changed since
 * (after an unclean stop this repairs the index; removed articles are dropped from the store's
 * deletion log), {@link #rebuild(Progress)} starts over (and merges the new index into one
 * segment).
 */
public final class IndexSync {
  private static final int COMMIT_EVERY = 5_000;

  private final Store store;
  private final SearchIndex index;

  public IndexSync(Store store, SearchIndex index) {
    this.store = store;
    this.index = index;
  }

  /** Indexes every article changed since the index's last commit; returns how many. */
  public synchronized long catchUp() {
    if (index.indexedSeq() > store.articles().changeSeq()) {
      // the index is ahead of its database (restored or replaced store): start over
      return rebuild(Progress.NONE);
    }
    return indexFrom(index.indexedSeq(), Progress.NONE);
  }

  /** Drops the index and indexes every stored article again; returns how many. */
  public synchronized long rebuild(Progress progress) {
    progress.total(store.articles().count());
    index.clear();
    index.commit(0);
    long n = indexFrom(0, progress);
    progress.note("merging the index");
    index.compact();
    return n;
  }

  /** Whether the index has caught up with the store. */
  public boolean isCurrent() {
    return index.indexedSeq() >= store.articles().changeSeq();
  }

  private long indexFrom(long seq, Progress progress) {
    // one pass covers the changes and deletions numbered up to the store's current number; later
    // ones wait for the next pass, so a commit never claims a deletion it has not applied
    long target = store.articles().changeSeq();
    List<ArticleId> deleted = store.articles().deletedBetween(seq, target);
    deleted.forEach(index::delete);
    long[] done = {0};
    long[] last = {seq};
    store
        .articles()
        .forEachChangedAfter(
            seq,
            changed -> {
              if (changed.seq() > target) {
                return;
              }
              index.put(changed.article());
              last[0] = changed.seq();
              done[0]++;
              progress.advance(1, changed.article().article().title());
              if (done[0] % COMMIT_EVERY == 0) {
                index.commit(last[0]);
              }
            });
    if (target != index.indexedSeq()) {
      index.commit(target);
    }
    return done[0];
  }
}
