package org.warta.sample.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the sample's plain-text content format. A file is an optional preamble of {@code key:
 * value} lines, then blocks. A block starts with a line {@code == id}, continues with {@code key:
 * value} lines up to the first blank line, and ends with paragraphs separated by blank lines (a
 * paragraph may wrap over several lines, which are joined with one space). Lines starting with
 * {@code #} are comments.
 */
public final class BlockParser {
  private static final Pattern FIELD = Pattern.compile("([a-z][a-z0-9-]*):\\s*(.*)");
  private static final Pattern START = Pattern.compile("==\\s+(\\S+)\\s*");

  private BlockParser() {}

  /** Parses the text of the file called {@code name} (the name only appears in errors). */
  public static BlockFile parse(String name, String text) {
    String[] lines = text.replace("\r\n", "\n").split("\n", -1);
    Map<String, String> preamble = new LinkedHashMap<>();
    List<Block> blocks = new ArrayList<>();
    int i = 0;
    while (i < lines.length && !START.matcher(lines[i]).matches()) {
      readField(name, i, lines[i], preamble);
      i++;
    }
    while (i < lines.length) {
      Matcher start = START.matcher(lines[i]);
      if (!start.matches()) {
        throw new IllegalArgumentException(name + ":" + (i + 1) + ": expected '== id'");
      }
      int first = i + 1;
      int end = first;
      while (end < lines.length && !START.matcher(lines[end]).matches()) {
        end++;
      }
      blocks.add(block(name, start.group(1), lines, first, end));
      i = end;
    }
    return new BlockFile(name, preamble, blocks);
  }

  private static Block block(String name, String id, String[] lines, int first, int end) {
    Map<String, String> fields = new LinkedHashMap<>();
    int i = first;
    while (i < end && !lines[i].isBlank()) {
      readField(name, i, lines[i], fields);
      i++;
    }
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (; i < end; i++) {
      String line = lines[i].strip();
      if (line.startsWith("#")) {
        continue;
      }
      if (line.isEmpty()) {
        flush(current, paragraphs);
      } else {
        current.append(current.isEmpty() ? "" : " ").append(line);
      }
    }
    flush(current, paragraphs);
    return new Block(id, fields, paragraphs, name + ":" + first);
  }

  private static void readField(String name, int index, String line, Map<String, String> into) {
    if (line.isBlank() || line.startsWith("#")) {
      return;
    }
    Matcher m = FIELD.matcher(line);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          name + ":" + (index + 1) + ": expected 'key: value', got '" + line + "'");
    }
    if (into.put(m.group(1), m.group(2).strip()) != null) {
      throw new IllegalArgumentException(
          name + ":" + (index + 1) + ": field '" + m.group(1) + "' given twice");
    }
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    if (!current.isEmpty()) {
      paragraphs.add(current.toString());
      current.setLength(0);
    }
  }
}
