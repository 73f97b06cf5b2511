package org.warta.web.admin;

import java.util.List;
import org.warta.core.Source;
import org.warta.core.SourceStatus;

/**
 * The admin's dashboard and source list: totals, one row per source with its polling status, and
 * the articles-per-hour chart (SVG markup made by {@link org.warta.web.chart.BarChart}).
 */
public record AdminView(
    long articles, long stories, long indexed, List<Row> sources, String chart, long lastDay) {

  public AdminView {
    sources = List.copyOf(sources);
  }

  /** A source and its status. */
  public record Row(Source source, SourceStatus status) {
    public boolean failing() {
      return status.consecutiveFailures() > 0;
    }
  }
}
