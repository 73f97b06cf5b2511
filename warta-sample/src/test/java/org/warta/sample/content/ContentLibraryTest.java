package org.warta.sample.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The bundled content is complete: the index lists every event file of the source tree. */
class ContentLibraryTest {

  @Test
  void theIndexListsEveryEventFile() throws IOException {
    Path events = Path.of("src/main/resources/org/warta/sample/content/events");
    List<String> onDisk;
    try (Stream<Path> files = Files.list(events)) {
      onDisk = files.map(p -> "events/" + p.getFileName()).sorted().toList();
    }

    assertThat(ContentLibrary.bundled().eventFileNames())
        .containsExactlyInAnyOrderElementsOf(onDisk);
  }

  @Test
  void everyEventFileNamesItsEventOnce() {
    var library = ContentLibrary.bundled();

    assertThat(library.events()).extracting(f -> f.require("event")).doesNotHaveDuplicates();
    assertThat(library.publishers().blocks()).hasSizeBetween(8, 10);
  }
}
