package org.warta.sample.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The plain-text content format: preamble, blocks of fields, wrapped paragraphs, comments. */
class BlockParserTest {

  @Test
  void readsPreambleFieldsAndParagraphs() {
    BlockFile file =
        BlockParser.parse(
            "e.txt",
            """
            # a comment
            event: banjir
            title: Banjir

            == kabarnusa
            section: nasional
            published: 2026-11-26 10:05

            Paragraf pertama
            yang dibungkus.

            # comment inside the body
            Paragraf kedua.
            == kba/lanjutan
            copy-of: kabarnusa
            """);

    assertThat(file.require("event")).isEqualTo("banjir");
    assertThat(file.blocks()).extracting(Block::id).containsExactly("kabarnusa", "kba/lanjutan");
    Block first = file.blocks().getFirst();
    assertThat(first.fields())
        .containsEntry("section", "nasional")
        .containsEntry("published", "2026-11-26 10:05");
    assertThat(first.paragraphs())
        .isEqualTo(List.of("Paragraf pertama yang dibungkus.", "Paragraf kedua."));
    assertThat(file.blocks().get(1).paragraphs()).isEmpty();
  }

  @Test
  void aBodyLineThatLooksLikeAFieldStaysText() {
    BlockFile file = BlockParser.parse("e.txt", "== x\ntitle: T\n\nnote: this is body text\n");

    assertThat(file.blocks().getFirst().paragraphs()).containsExactly("note: this is body text");
  }

  @Test
  void errorsNameTheFileAndLine() {
    assertThatThrownBy(() -> BlockParser.parse("bad.txt", "event: x\nnot a field\n"))
        .hasMessageStartingWith("bad.txt:2:");
    assertThatThrownBy(() -> BlockParser.parse("dup.txt", "== x\ntitle: a\ntitle: b\n"))
        .hasMessageContaining("dup.txt:3")
        .hasMessageContaining("given twice");
    assertThatThrownBy(() -> new BlockFile("f.txt", java.util.Map.of(), List.of()).require("event"))
        .hasMessageContaining("f.txt")
        .hasMessageContaining("event:");
  }
}
