package org.warta.sample.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The hand-written content of the sample: the publishers file and one file per event, read from the
 * class path under {@code /org/warta/sample/content/}. {@code index.txt} there lists the event
 * files in the order they are read.
 */
public record ContentLibrary(BlockFile publishers, List<BlockFile> events) {
  private static final String ROOT = "/org/warta/sample/content/";

  public ContentLibrary {
    events = List.copyOf(events);
  }

  /** The content shipped in this module's resources. */
  public static ContentLibrary bundled() {
    BlockFile publishers = BlockParser.parse("publishers.txt", read("publishers.txt"));
    List<BlockFile> events = new ArrayList<>();
    for (String line : read("index.txt").split("\n")) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        events.add(BlockParser.parse("events/" + name, read("events/" + name)));
      }
    }
    return new ContentLibrary(publishers, events);
  }

  /** Names of the event files listed in {@code index.txt}, as {@code events/<file>}. */
  public List<String> eventFileNames() {
    return events.stream().map(BlockFile::name).toList();
  }

  private static String read(String relative) {
    try (InputStream in = ContentLibrary.class.getResourceAsStream(ROOT + relative)) {
      if (in == null) {
        throw new IllegalStateException("sample content missing from the class path: " + relative);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read sample content " + relative, e);
    }
  }
}
