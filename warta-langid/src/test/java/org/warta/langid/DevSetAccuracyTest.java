package org.warta.langid;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.warta.testkit.SharedBench;

/**
 * Quality gate on the langid dev set ({@code shared/bench/langid}, 560 paragraphs in id, ms, en,
 * jv, su, tl, nl). The floors are the accuracy measured when the gate was added, rounded down by
 * less than 0.01; they only move up. The set is read to measure, never to train.
 */
class DevSetAccuracyTest {
  static final double ACCURACY_FLOOR = 0.995;
  static final double ID_MS_CONFUSION_CEILING = 0.02;

  @Test
  void accuracyAndIndonesianMalayConfusionStayAtTheirFloors() throws IOException {
    Path file = SharedBench.require("langid").resolve("paragraphs.tsv");
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    LanguageDetector detector = LanguageDetector.standard();
    int right = 0;
    int total = 0;
    Map<String, int[]> idMs = new TreeMap<>(Map.of("id", new int[2], "ms", new int[2]));
    for (String line : lines) {
      String[] p = line.split("\t", 3);
      if (p.length < 3) {
        continue;
      }
      String predicted = detector.detect(p[2]).code();
      total++;
      right += predicted.equals(p[1]) ? 1 : 0;
      int[] pair = idMs.get(p[1]);
      if (pair != null) {
        pair[0]++;
        pair[1] += predicted.equals(p[1].equals("id") ? "ms" : "id") ? 1 : 0;
      }
    }
    double accuracy = (double) right / total;
    System.out.printf("langid dev set: accuracy %.4f (%d/%d)%n", accuracy, right, total);
    assertThat(total).isEqualTo(560);
    assertThat(accuracy).isGreaterThanOrEqualTo(ACCURACY_FLOOR);
    idMs.forEach(
        (gold, c) ->
            assertThat((double) c[1] / c[0])
                .as("share of gold %s paragraphs given the other of id/ms", gold)
                .isLessThanOrEqualTo(ID_MS_CONFUSION_CEILING));
  }
}
