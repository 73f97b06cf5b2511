package org.warta.stories;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warta.core.ArticleId;
import org.warta.core.Language;
import org.warta.core.SourceId;
import org.warta.testkit.SharedBench;

/**
 * Quality floors on the development sets of {@code shared/bench/clustering} (issue 5,
 * "Evaluation"): the documents stream in file order through the clusterer (without duplicate
 * collapsing, which {@code warta stories --eval} adds), and B-cubed and pairwise F1 are computed as
 * {@code cluster-eval/score.py} does. Skipped when the bench data is absent (fails under CI=true).
 */
class DevSetsTest {

  @Test
  void ecbPlusDevelopmentTopics() throws IOException {
    Path dir = SharedBench.require("clustering/ecbplus_dev");
    Scores s = Scores.of(gold(dir), cluster(documents(dir)));
    assertThat(s.bcubedF1()).as("B-cubed F1").isGreaterThanOrEqualTo(0.92);
    assertThat(s.pairwiseF1()).as("pairwise F1").isGreaterThanOrEqualTo(0.88);
  }

  @Test
  void bilingualDevelopmentStream() throws IOException {
    Path dir = SharedBench.require("clustering/bilingual_dev");
    List<Doc> docs = documents(dir);
    Map<String, String> gold = gold(dir);
    Map<String, String> predicted = cluster(docs);
    assertThat(Scores.of(gold, predicted).bcubedF1()).as("B-cubed F1").isGreaterThanOrEqualTo(0.85);
    int pairs = 0;
    int joined = 0;
    for (int i = 0; i < docs.size(); i++) {
      for (int j = i + 1; j < docs.size(); j++) {
        Doc a = docs.get(i);
        Doc b = docs.get(j);
        if (gold.get(a.id).equals(gold.get(b.id)) && !a.language.equals(b.language)) {
          pairs++;
          joined += predicted.get(a.id).equals(predicted.get(b.id)) ? 1 : 0;
        }
      }
    }
    assertThat(joined)
        .as("Indonesian-English same-event pairs joined of " + pairs)
        .isGreaterThanOrEqualTo((int) (0.8 * pairs));
  }

  private record Doc(String id, Language language, StoryCandidate candidate) {}

  private static List<Doc> documents(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, Long> sources = new HashMap<>();
    List<Doc> docs = new ArrayList<>();
    Instant last = Instant.EPOCH;
    for (String line : Files.readAllLines(dir.resolve("docs.jsonl"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode n = json.readTree(line);
      Instant time =
          n.hasNonNull("date") ? OffsetDateTime.parse(n.get("date").asText()).toInstant() : last;
      last = time;
      String source = n.hasNonNull("source") ? n.get("source").asText() : "unknown";
      Language language = Language.of(n.get("lang").asText());
      StoryCandidate c =
          StoryCandidate.of(
              new ArticleId(docs.size() + 1),
              new SourceId(sources.computeIfAbsent(source, k -> sources.size() + 1L)),
              language,
              n.get("title").asText(),
              n.get("text").asText(),
              time);
      docs.add(new Doc(n.get("id").asText(), language, c));
    }
    return docs;
  }

  private static Map<String, String> gold(Path dir) throws IOException {
    Map<String, String> gold = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(dir.resolve("labels.tsv"), StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isBlank()) {
        String[] cols = line.split("\t");
        gold.put(cols[0], cols[1]);
      }
    }
    return gold;
  }

  private static Map<String, String> cluster(List<Doc> docs) {
    StoryClusterer clusterer = StoryClusterer.create(StorySettings.defaults(), 1);
    StoryMembership membership = new StoryMembership();
    for (Doc d : docs) {
      membership.apply(clusterer.assign(d.candidate()));
    }
    Map<String, String> out = new HashMap<>();
    for (Doc d : docs) {
      out.put(d.id(), membership.storyOf(d.candidate().article()).orElseThrow().toString());
    }
    return out;
  }

  /** B-cubed (Bagga and Baldwin 1998) and pairwise F1 of a predicted against a gold partition. */
  private record Scores(double bcubedF1, double pairwiseF1) {
    static Scores of(Map<String, String> gold, Map<String, String> predicted) {
      Map<String, Integer> joint = new HashMap<>();
      Map<String, Integer> predictedSize = new HashMap<>();
      Map<String, Integer> goldSize = new HashMap<>();
      for (Map.Entry<String, String> e : gold.entrySet()) {
        String p = predicted.get(e.getKey());
        joint.merge(p + "\u0000" + e.getValue(), 1, Integer::sum);
        predictedSize.merge(p, 1, Integer::sum);
        goldSize.merge(e.getValue(), 1, Integer::sum);
      }
      double precision = 0;
      double recall = 0;
      long together = 0;
      for (Map.Entry<String, Integer> e : joint.entrySet()) {
        String[] key = e.getKey().split("\u0000");
        int c = e.getValue();
        precision += (double) c * c / predictedSize.get(key[0]);
        recall += (double) c * c / goldSize.get(key[1]);
        together += (long) c * (c - 1) / 2;
      }
      precision /= gold.size();
      recall /= gold.size();
      double pp = pairs(predictedSize);
      double gp = pairs(goldSize);
      double pwP = pp == 0 ? 1 : together / pp;
      double pwR = together / gp;
      return new Scores(f1(precision, recall), f1(pwP, pwR));
    }

    private static double pairs(Map<String, Integer> sizes) {
      long n = 0;
      for (int c : sizes.values()) {
        n += (long) c * (c - 1) / 2;
      }
      return n;
    }

    private static double f1(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }
}
