package org.warta.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warta.pipeline.Progress;

/** What {@code warta copy-store} shows while it copies table after table. */
class CopyProgressTest {
  /** Records the count and the total after each call. */
  private static final class Shown implements Progress {
    long total;
    long done;
    final List<String> states = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    @Override
    public void total(long units) {
      total = units;
    }

    @Override
    public void advance(long units, String detail) {
      done += units;
      states.add(done + " of " + total);
    }

    @Override
    public void warn(String message) {}

    @Override
    public void note(String status) {
      notes.add(status);
    }
  }

  @Test
  void theCountRunsOverAllTablesAndNeverPassesTheTotal() {
    Shown shown = new Shown();
    CopyProgress copy = new CopyProgress(shown);
    copy.table("source", 2);
    copy.copied(2);
    copy.table("article", 5);
    copy.copied(3);
    copy.copied(2);
    copy.table("article_url", 4);
    copy.copied(4);
    assertThat(shown.states).containsExactly("2 of 2", "5 of 7", "7 of 7", "11 of 11");
    assertThat(shown.notes).containsExactly("source", "article", "article_url");
  }
}
