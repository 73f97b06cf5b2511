package org.warta.core.phrase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated fixture tables under {@code src/test/resources/phrase/}. */
final class PhraseFixtures {
  private PhraseFixtures() {}

  static List<String[]> rows(String name) {
    try (InputStream in = PhraseFixtures.class.getResourceAsStream("/phrase/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture /phrase/" + name);
      }
      List<String[]> rows = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isBlank() && !line.startsWith("#")) {
          rows.add(line.split("\t", -1));
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
