package org.warta.sample.key;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tab-separated tables with a header line, UTF-8, LF line ends; cells never contain tabs or line
 * breaks (writing one fails), empty cells are empty strings.
 */
final class Tsv {
  private Tsv() {}

  static String line(List<String> cells) {
    for (String c : cells) {
      if (c.indexOf('\t') >= 0 || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("TSV cell contains a tab or line break: " + c);
      }
    }
    return String.join("\t", cells) + "\n";
  }

  /** The rows of a table whose header must equal {@code columns}. */
  static List<List<String>> read(InputStream in, List<String> columns, String what)
      throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String header = r.readLine();
    if (header == null || !Arrays.asList(header.split("\t", -1)).equals(columns)) {
      throw new IOException(what + ": expected header " + columns + ", got " + header);
    }
    List<List<String>> rows = new ArrayList<>();
    int n = 1;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      n++;
      List<String> cells = Arrays.asList(line.split("\t", -1));
      if (cells.size() != columns.size()) {
        throw new IOException(
            what + " line " + n + ": " + cells.size() + " cells, expected " + columns.size());
      }
      rows.add(List.copyOf(cells));
    }
    return rows;
  }
}
