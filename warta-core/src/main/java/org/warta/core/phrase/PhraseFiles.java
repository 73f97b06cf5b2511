package org.warta.core.phrase;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads this package's resource files: UTF-8 text, one entry per line, {@code #} starts a comment
 * line, blank lines are ignored. A missing file is a packaging bug and fails loudly.
 */
final class PhraseFiles {
  private PhraseFiles() {}

  /** The non-comment, non-blank lines of a resource next to this class, stripped at the end. */
  static List<String> lines(String name) {
    InputStream in = PhraseFiles.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          "resource org/warta/core/phrase/" + name + " is missing from the warta-core jar");
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String stripped = line.stripTrailing();
        if (!stripped.isBlank() && !stripped.stripLeading().startsWith("#")) {
          lines.add(stripped);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource org/warta/core/phrase/" + name, e);
    }
    return lines;
  }
}
