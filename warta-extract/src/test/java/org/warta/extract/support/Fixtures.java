package org.warta.extract.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads fixture files from the test class path ({@code src/test/resources}). */
public final class Fixtures {
  private Fixtures() {}

  public static String text(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The tab-separated rows of a fixture table, without blank and {@code #} comment lines. */
  public static List<String[]> rows(String path) {
    List<String[]> out = new ArrayList<>();
    for (String line : text(path).split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) {
        out.add(line.split("\t", -1));
      }
    }
    return out;
  }

  /** The rows of a data file of warta-extract itself ({@code org/warta/extract/<path>}). */
  public static List<String[]> dataRows(String path) {
    return rows("org/warta/extract/" + path);
  }
}
