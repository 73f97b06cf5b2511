package org.warta.sample;

import java.util.List;
import org.warta.sample.plan.CorpusPlan;
import org.warta.sample.plan.PlannedArticle;
import org.warta.sample.warc.Capture;

/** What a generated corpus holds, for the generator's one-line report. */
public record Summary(
    int publishers,
    int articles,
    int stories,
    int duplicateGroups,
    int copies,
    int captures,
    long warcBytes) {

  static Summary of(CorpusPlan plan, List<Capture> captures, long warcBytes) {
    List<PlannedArticle> a = plan.articles();
    return new Summary(
        plan.publishers().size(),
        a.size(),
        (int) a.stream().map(PlannedArticle::story).distinct().count(),
        (int) a.stream().map(x -> x.syndication().group()).distinct().count(),
        (int) a.stream().filter(x -> x.syndication().isCopy()).count(),
        captures.size(),
        warcBytes);
  }

  @Override
  public String toString() {
    return publishers
        + " publishers, "
        + articles
        + " articles ("
        + copies
        + " copies), "
        + stories
        + " stories, "
        + duplicateGroups
        + " duplicate groups, "
        + captures
        + " captures, WARC "
        + warcBytes
        + " bytes";
  }
}
