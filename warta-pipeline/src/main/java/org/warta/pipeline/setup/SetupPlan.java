package org.warta.pipeline.setup;

import java.net.URI;
import java.util.List;

/**
 * What {@code sources add} found at a URL and would add: {@code finding} says what the URL is ("a
 * home page; it links 2 feeds and robots.txt names 1 sitemap"), {@code candidates} the sources to
 * add, {@code notes} what else the user may want to know (probes that failed, feeds a section page
 * declares).
 */
public record SetupPlan(URI url, String finding, List<Candidate> candidates, List<String> notes) {
  public SetupPlan {
    candidates = List.copyOf(candidates);
    notes = List.copyOf(notes);
  }
}
