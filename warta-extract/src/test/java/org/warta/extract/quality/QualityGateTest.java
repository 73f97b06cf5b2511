package org.warta.extract.quality;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.warta.core.RawPage;
import org.warta.extract.Extractor;
import org.warta.extract.batch.Prediction;
import org.warta.testkit.SharedBench;

/**
 * The extraction quality gate: every dev set of {@code shared/bench/extraction} is extracted and
 * scored as {@code extract-eval/score.py} scores it, and each metric must reach its floor in {@code
 * quality/floors.tsv}. Floors start at the level measured when they were set (rounded down by at
 * most 0.01) and only move up: lowering one is a decision to record in the commit message. Skipped
 * with the reason when {@code ../shared/bench} is missing, failing under {@code CI=true}.
 */
class QualityGateTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  record Floor(String set, String metric, double floor) {
    @Override
    public String toString() {
      return set + " " + metric + " >= " + floor;
    }
  }

  static Stream<String> sets() throws IOException {
    return floors().stream().map(Floor::set).distinct();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void qualityStaysAtOrAboveItsFloors(String set) throws IOException {
    Path dir = SharedBench.require("extraction/" + set);
    Map<String, Double> measured = measure(dir);
    List<String> below = new ArrayList<>();
    for (Floor f : floors()) {
      if (f.set().equals(set) && measured.get(f.metric()) < f.floor()) {
        below.add(
            String.format(
                Locale.ROOT,
                "%s %s %.4f < floor %.2f",
                set,
                f.metric(),
                measured.get(f.metric()),
                f.floor()));
      }
    }
    System.out.printf(Locale.ROOT, "quality gate %s: %s%n", set, measured);
    assertThat(below).as("metrics below their floors (measured: %s)", measured).isEmpty();
  }

  private static Map<String, Double> measure(Path dir) throws IOException {
    ShingleScore body = new ShingleScore();
    List<Double> titles = new ArrayList<>();
    List<Double> authors = new ArrayList<>();
    List<Double> dates = new ArrayList<>();
    Extractor extractor = Extractor.standard();
    Map<String, String> urls = urls(dir.resolve("urls.tsv"));
    for (String line :
        Files.readAllLines(dir.resolve("ground-truth.jsonl"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        continue;
      }
      JsonNode truth = JSON.readTree(line);
      String id = truth.get("id").asText();
      byte[] html = read(dir.resolve("html"), id);
      URI url = URI.create(urls.getOrDefault(id, "https://bench.example/" + id));
      Prediction p = Prediction.of(id, extractor.extract(RawPage.ofBytes(url, html)));
      if (!truth.path("text").isNull() && truth.has("text")) {
        body.add(truth.get("text").asText(), p.text());
      }
      if (!truth.path("title").asText("").isEmpty()) {
        titles.add(ShingleScore.bagOfWordsF1(truth.get("title").asText(), p.title()));
      }
      if (!truth.path("author").asText("").isEmpty()) {
        authors.add(ShingleScore.bagOfWordsF1(truth.get("author").asText(), p.author()));
      }
      if (ShingleScore.hasDate(truth.path("date").asText(""))) {
        dates.add(ShingleScore.sameDate(truth.get("date").asText(), p.date()) ? 1.0 : 0.0);
      }
    }
    return Map.of(
        "body-f1", body.f1(),
        "title", mean(titles),
        "author", mean(authors),
        "date", mean(dates));
  }

  private static byte[] read(Path html, String id) throws IOException {
    Path gz = html.resolve(id + ".html.gz");
    if (Files.exists(gz)) {
      try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
        return in.readAllBytes();
      }
    }
    return Files.readAllBytes(html.resolve(id + ".html"));
  }

  private static Map<String, String> urls(Path tsv) throws IOException {
    Map<String, String> out = new java.util.HashMap<>();
    if (Files.exists(tsv)) {
      for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
        String[] c = line.split("\t");
        if (c.length == 2) {
          out.put(c[0], c[1].strip());
        }
      }
    }
    return out;
  }

  private static double mean(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).average().orElse(1.0);
  }

  static List<Floor> floors() throws IOException {
    try (InputStream in = QualityGateTest.class.getResourceAsStream("/quality/floors.tsv")) {
      List<Floor> out = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          String[] c = line.strip().split("\t");
          out.add(new Floor(c[0], c[1], Double.parseDouble(c[2])));
        }
      }
      return out;
    }
  }
}
