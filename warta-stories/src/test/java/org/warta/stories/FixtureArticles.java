package org.warta.stories;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.warta.core.ArticleId;
import org.warta.core.Language;
import org.warta.core.SourceId;

/**
 * The fixture stream {@code src/test/resources/stories/week.jsonl}: sixteen articles written for
 * these tests about six fictional events of one week (two earthquakes, two acquisitions, a flood, a
 * ferry fire followed for four days), in Indonesian and English, with "Baca juga / Read also"
 * inserts that name other events. Fields: id, event, lang, source, published, title, text.
 */
record FixtureArticles(List<FixtureArticles.Item> items) {

  record Item(String event, StoryCandidate candidate) {}

  /** The fixture articles in publication order. */
  static FixtureArticles week() {
    ObjectMapper json = new ObjectMapper();
    Map<String, Long> sources = new HashMap<>();
    List<Item> items = new ArrayList<>();
    try (InputStream in = FixtureArticles.class.getResourceAsStream("/stories/week.jsonl")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        JsonNode n = json.readTree(line);
        long source = sources.computeIfAbsent(n.get("source").asText(), k -> sources.size() + 1L);
        items.add(
            new Item(
                n.get("event").asText(),
                StoryCandidate.of(
                    new ArticleId(n.get("id").asLong()),
                    new SourceId(source),
                    Language.of(n.get("lang").asText()),
                    n.get("title").asText(),
                    n.get("text").asText(),
                    OffsetDateTime.parse(n.get("published").asText()).toInstant())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    items.sort(Comparator.comparing(i -> i.candidate().published()));
    return new FixtureArticles(List.copyOf(items));
  }

  String eventOf(ArticleId id) {
    return items.stream()
        .filter(i -> i.candidate().article().equals(id))
        .findFirst()
        .orElseThrow()
        .event();
  }
}
