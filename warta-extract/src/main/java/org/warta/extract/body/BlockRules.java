package org.warta.extract.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warta.core.phrase.BoilerplatePhrases;
import org.warta.core.phrase.ClosingCredit;
import org.warta.core.phrase.PhraseMatch;
import org.warta.core.phrase.WireAgencies;
import org.warta.extract.metadata.DateParser;

/**
 * The block-level rules that clean a container's blocks, each named (the name is what {@code
 * diagnostics} count): {@code phrase:<kind>} (boilerplate phrase lists, "read also" links kept as
 * related), {@code title-repeat}, {@code link-list}, {@code date-line}, {@code after-section}
 * (blocks under a "Related articles"-like heading), {@code closing-credit} ("(AFP/Z-3)" at the end
 * of the text), {@code author-bio} (a bio of the author closing the article), {@code caption}
 * (captions stay with their figure, out of the text) and {@code photo-credit} (a caption left in
 * the text, known by the picture credit that ends it: {@link PhotoCredits}) and {@code
 * list-heading} (a short heading whose following blocks, at least two, all went as {@code
 * link-list} and are followed by another heading or the end: it labelled only the dropped links, a
 * "Table of contents" or "More on this topic").
 */
final class BlockRules {
  private static final int SUBSTANTIAL_CHARS = 120;

  /** A closing bio is a few paragraphs at most. */
  private static final int MAX_BIO_BLOCKS = 4;

  private static final java.util.regex.Pattern NOT_WORDS =
      java.util.regex.Pattern.compile("[\\p{N}\\p{P}\\s]+");
  private static final java.util.regex.Pattern BIO_VERB =
      java.util.regex.Pattern.compile("(?iu)\\s+(is|has|was|adalah|merupakan|ist|est)\\s");

  /** Longest block (visible characters) that phrase lists are tried on: boilerplate is short. */
  private static final int MAX_PHRASE_CHARS = 320;

  /** Longest heading that {@code list-heading} drops: a label, not a section title. */
  private static final int MAX_LIST_HEADING_CHARS = 60;

  private final BoilerplatePhrases phrases;
  private final String title;
  private final List<String> authors;

  BlockRules(BoilerplatePhrases phrases, String title, List<String> authors) {
    this.phrases = phrases;
    this.title = title;
    this.authors = authors.stream().filter(a -> a.contains(" ")).toList();
  }

  List<Block> apply(List<Block> blocks, BodyNotes notes) {
    List<Block> kept = new ArrayList<>();
    boolean afterSection = false;
    int heading = -1; // index in kept of a heading with nothing kept after it yet
    int headingLostList = 0; // link-list items right under that heading that were dropped
    for (Block b : blocks) {
      if (!b.isText()) {
        kept.add(b);
        continue;
      }
      Optional<String> rule = dropRule(b, notes);
      if (rule.isPresent()) {
        notes.drop(rule.get());
        afterSection |= rule.get().equals("phrase:section");
        if (heading >= 0) {
          headingLostList = rule.get().equals("link-list") ? headingLostList + 1 : -1000;
        }
        continue;
      }
      if (heading >= 0 && headingLostList >= 2 && b.kind() == Block.Kind.HEADING) {
        kept.remove(heading); // "Table of contents", "More on this": it labelled only the links
        notes.drop("list-heading");
      }
      heading = -1;
      headingLostList = 0;
      if (afterSection) {
        if (!substantial(b)) {
          notes.drop("after-section");
          continue;
        }
        afterSection = false;
      }
      if (b.kind() == Block.Kind.HEADING && b.chars() <= MAX_LIST_HEADING_CHARS) {
        heading = kept.size();
      }
      kept.add(b);
    }
    if (heading >= 0 && headingLostList >= 2) {
      kept.remove(heading);
      notes.drop("list-heading");
    }
    return closingCredit(authorBio(kept, notes), notes);
  }

  /**
   * Drops an author bio closing the article: from the first of the last {@value #MAX_BIO_BLOCKS}
   * blocks that starts with a known author's full name followed by "is", "has" or "was" ("Jane Roe
   * is a senior editor..."), to the end.
   */
  private List<Block> authorBio(List<Block> kept, BodyNotes notes) {
    if (authors.isEmpty() || kept.size() < 4) {
      return kept;
    }
    for (int i = Math.max(kept.size() / 2, kept.size() - MAX_BIO_BLOCKS); i < kept.size(); i++) {
      String t = kept.get(i).text();
      for (String a : authors) {
        if (t.startsWith(a)
            && t.length() > a.length() + 4
            && BIO_VERB.matcher(t.substring(a.length())).lookingAt()) {
          for (int j = kept.size() - 1; j >= i; j--) {
            if (kept.get(j).isText()) {
              notes.drop("author-bio");
            }
            kept.remove(j);
          }
          return kept;
        }
      }
    }
    return kept;
  }

  private Optional<String> dropRule(Block b, BodyNotes notes) {
    if (b.kind() == Block.Kind.CAPTION) {
      return Optional.of("caption");
    }
    if (b.chars() < MAX_PHRASE_CHARS) {
      Optional<PhraseMatch> m = phrases.match(b.text());
      if (m.isPresent()) {
        if (b.text().indexOf('\n') > 0 && m.get().kind().hasRemainder()) {
          for (String line : b.text().split("\n")) {
            phrases.match(line).ifPresent(lm -> note(lm, b, notes)); // "Pewarta: X<br>Editor: Y"
          }
        } else {
          note(m.get(), b, notes);
        }
        return Optional.of("phrase:" + m.get().kind().name().toLowerCase(java.util.Locale.ROOT));
      }
    }
    if (!title.isEmpty() && b.chars() < 300 && b.text().strip().equalsIgnoreCase(title)) {
      return Optional.of("title-repeat");
    }
    if (b.linkDensity() > 0.6
        && b.kind() != Block.Kind.HEADING
        && (b.kind() == Block.Kind.LIST_ITEM || b.chars() < 200)) {
      return Optional.of("link-list");
    }
    if (b.chars() < 70 && isDateLine(b.text())) {
      return Optional.of("date-line");
    }
    if (b.kind() == Block.Kind.PARAGRAPH
        && b.chars() <= PhotoCredits.MAX_CHARS
        && PhotoCredits.endsWithCredit(b.text())) {
      return Optional.of("photo-credit");
    }
    return Optional.empty();
  }

  private static void note(PhraseMatch m, Block b, BodyNotes notes) {
    switch (m.kind()) {
      case RELATED -> {
        for (RawLink l : b.links()) {
          l.toLink().ifPresent(notes::addRelated);
        }
      }
      case AUTHOR -> notes.authorLines.add(m.remainder());
      case EDITOR -> notes.editorLines.add(m.remainder());
      case PHOTO -> notes.photoLines.add(m.remainder());
      default -> {}
    }
  }

  private static boolean substantial(Block b) {
    return b.chars() >= SUBSTANTIAL_CHARS
        && b.linkDensity() < 0.3
        && b.kind() != Block.Kind.LIST_ITEM;
  }

  /** A short line that is mostly a date: "Selasa, 03 Desember 2024 06:10 WIB". */
  static boolean isDateLine(String text) {
    if (DateParser.human(text, false).isEmpty()) {
      return false;
    }
    String rest = NOT_WORDS.matcher(text).replaceAll(" ").strip();
    return rest.split(" ").length <= 6;
  }

  /** Strips a closing credit "(AFP/Z-3)" from the last text block, or drops a block that is one. */
  private static List<Block> closingCredit(List<Block> kept, BodyNotes notes) {
    for (int i = kept.size() - 1; i >= 0 && i >= kept.size() - 3; i--) {
      Block b = kept.get(i);
      if (!b.isText()) {
        continue;
      }
      Optional<ClosingCredit> credit = WireAgencies.closingCredit(b.text());
      if (credit.isPresent()) {
        notes.closingCredit = credit;
        notes.drop("closing-credit");
        String rest = b.text().substring(0, credit.get().start()).strip();
        if (rest.isEmpty()) {
          kept.remove(i);
        } else {
          String html = b.html();
          int cut = html.lastIndexOf('(');
          kept.set(i, b.withText(rest, cut > 0 ? html.substring(0, cut).strip() : html));
        }
        break;
      }
      if (b.chars() >= 40) {
        break;
      }
    }
    return kept;
  }
}
