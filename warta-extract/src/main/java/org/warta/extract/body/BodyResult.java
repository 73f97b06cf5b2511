package org.warta.extract.body;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warta.core.Image;
import org.warta.core.Link;
import org.warta.core.phrase.ClosingCredit;

/**
 * The article body as the cascade produced it.
 *
 * @param html sanitized HTML (allowlist: p, h2-h6, ul/ol/li, blockquote, pre,
 *     figure/figcaption/img, a with http(s) targets, em/strong/b/i, br, simple tables)
 * @param text plain text, paragraphs separated by blank lines
 * @param related "read also" links taken out of the body
 * @param images figures in the body with their captions and credits, in order
 * @param authorLines values of credit lines naming writers ("Penulis : X"), as printed
 * @param editorLines values of "Editor : X" lines
 * @param photoLines values of "Foto: X" lines
 * @param closingCredit the closing credit taken off the end ("(AFP/Z-3)")
 * @param stage the cascade stage whose container won
 * @param reason why that stage won
 * @param dropped how many blocks each rule removed
 */
public record BodyResult(
    String html,
    String text,
    List<Link> related,
    List<Image> images,
    List<String> authorLines,
    List<String> editorLines,
    List<String> photoLines,
    Optional<ClosingCredit> closingCredit,
    String stage,
    String reason,
    Map<String, Integer> dropped) {

  public BodyResult {
    related = List.copyOf(related);
    images = List.copyOf(images);
    authorLines = List.copyOf(authorLines);
    editorLines = List.copyOf(editorLines);
    photoLines = List.copyOf(photoLines);
    dropped = Map.copyOf(dropped);
  }

  static BodyResult empty(String reason) {
    return new BodyResult(
        "",
        "",
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        Optional.empty(),
        "none",
        reason,
        Map.of());
  }
}
