package org.warta.extract.credit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.core.WireCredit;
import org.warta.core.phrase.ClosingCredit;
import org.warta.core.phrase.WireAgencies;

/**
 * Who wrote, edited and supplied the article, decided from every source at hand.
 *
 * @param authors person names, cleaned, in order
 * @param authorSource where they came from ({@code json-ld}, {@code meta:author}, {@code byline},
 *     {@code credit-line}, {@code json-ld:organization}), empty when there are none
 * @param editor the editor named by an "Editor : X" line, or empty
 * @param wire the news agency credited, if any
 * @param wireSource how the agency was found ({@code closing-credit}, {@code author}, {@code
 *     dateline})
 * @param closingCredit the closing credit as printed ("AFP/Z-3", "wun/jcr"), or empty
 */
public record Credits(
    List<String> authors,
    String authorSource,
    String editor,
    Optional<WireCredit> wire,
    String wireSource,
    String closingCredit) {

  private static final Pattern DATELINE =
      Pattern.compile("^[\\p{Lu}][\\p{L} .,'’-]{1,40}?\\s*\\(([^)]{2,30})\\)\\s*[-–—:]");
  private static final Pattern EDITOR_IN_LINE =
      Pattern.compile("(?iu)\\b(?:editor|redaktur|penyunting)\\s*[:：]\\s*([^|/;]+)");

  public Credits {
    authors = List.copyOf(authors);
  }

  /** The inputs, in order of trust. */
  public record Sources(
      List<List<String>> declaredAuthors,
      List<String> declaredSources,
      Optional<List<String>> byline,
      List<String> authorLines,
      List<String> articleAuthorLines,
      List<String> editorLines,
      Optional<ClosingCredit> closing,
      String bodyText,
      String siteName) {}

  /**
   * Authors in order of trust: people named by structured data or meta tags (the visible byline
   * instead when it names a subset of them: structured data often lists every contributor), the
   * visible byline, credit lines in the text ("Penulis : X"), then organizations named as authors
   * or a declared author that is just the site's name, and last a declared author that is a user
   * name or e-mail address.
   */
  public static Credits resolve(Sources in) {
    List<String> authors = new ArrayList<>();
    String source = "";
    List<String> weak = new ArrayList<>();
    String weakSource = "";
    for (int i = 0; i < in.declaredAuthors().size() && authors.isEmpty(); i++) {
      List<String> names = new ArrayList<>();
      List<String> organizations = new ArrayList<>();
      for (String raw : in.declaredAuthors().get(i)) {
        List<String> split = Names.split(raw, in.siteName());
        if (split.isEmpty()) {
          split = Names.typedInLowerCase(raw);
        }
        if (split.isEmpty()) {
          Names.organization(raw).ifPresent(organizations::add);
        }
        addNames(names, split);
      }
      boolean isWeak =
          in.declaredSources().get(i).endsWith(":organization")
              || names.stream().allMatch(n -> n.equalsIgnoreCase(in.siteName().strip()));
      if (names.isEmpty() && !organizations.isEmpty()) {
        // an organization's name in a declared author field: a fallback, as a declared organization
        names = organizations;
        isWeak = true;
      }
      if (isWeak) {
        weak = names;
        weakSource = in.declaredSources().get(i);
      } else {
        authors = names;
        source = in.declaredSources().get(i);
      }
    }
    if (in.byline().isPresent() && !in.byline().get().isEmpty()) {
      List<String> byline = in.byline().get();
      if (authors.isEmpty() || (authors.size() > byline.size() && authors.containsAll(byline))) {
        authors = new ArrayList<>(byline);
        source = "byline";
      }
    }
    if (source.equals("meta:author")) {
      // a byline the article itself prints ("By Jane Roe, RDN" as its first line) names the
      // writer; the page's author meta tag often names the account that posted it
      for (String line : in.articleAuthorLines()) {
        List<String> shown = Names.split(line, in.siteName(), true);
        if (!shown.isEmpty()) {
          if (shown.stream().noneMatch(authors::contains)) {
            authors = new ArrayList<>(shown);
            source = "credit-line";
          }
          break;
        }
      }
    }
    if (authors.isEmpty()) {
      // the first credit line that names anyone: later ones belong to teasers, boxes or comments
      for (String line : in.authorLines()) {
        addNames(authors, Names.split(line, in.siteName(), true));
        if (!authors.isEmpty()) {
          break;
        }
      }
      source = "credit-line";
    }
    if (authors.isEmpty() && !weak.isEmpty()) {
      authors = weak;
      source = weakSource;
    }
    for (int i = 0; i < in.declaredAuthors().size() && authors.isEmpty(); i++) {
      // nothing else names anyone: the declared author is the site's user name ("sara.r.peter",
      // an e-mail address), as the page prints it
      if (!in.declaredSources().get(i).endsWith(":organization")) {
        for (String raw : in.declaredAuthors().get(i)) {
          addNames(authors, Names.userName(raw));
        }
        source = in.declaredSources().get(i);
      }
    }
    Optional<WireCredit> wire = Optional.empty();
    String wireSource = "";
    if (in.closing().flatMap(ClosingCredit::agency).isPresent()) {
      wire = in.closing().flatMap(ClosingCredit::agency);
      wireSource = "closing-credit";
    }
    for (String a : List.copyOf(authors)) {
      Optional<WireCredit> agency =
          WireAgencies.match(a).filter(w -> w.printed().equalsIgnoreCase(a));
      if (agency.isPresent()) {
        authors.remove(a);
        if (wire.isEmpty()) {
          wire = agency;
          wireSource = "author";
        }
      }
    }
    if (wire.isEmpty()) {
      Matcher m = DATELINE.matcher(in.bodyText());
      if (m.find()) {
        wire = WireAgencies.match(m.group(1));
        wireSource = wire.isPresent() ? "dateline" : "";
      }
    }
    return new Credits(
        authors,
        authors.isEmpty() ? "" : source,
        editor(in),
        wire,
        wireSource,
        in.closing().map(ClosingCredit::printed).orElse(""));
  }

  private static String editor(Sources in) {
    for (String line : in.editorLines()) {
      List<String> names = Names.split(line, in.siteName(), true);
      if (!names.isEmpty()) {
        return String.join(", ", names);
      }
    }
    for (String line : in.authorLines()) {
      Matcher m = EDITOR_IN_LINE.matcher(line);
      if (m.find()) {
        List<String> names = Names.split(m.group(1), in.siteName(), true);
        if (!names.isEmpty()) {
          return String.join(", ", names);
        }
      }
    }
    return "";
  }

  private static void addNames(List<String> out, List<String> names) {
    for (String n : names) {
      if (!out.contains(n)) {
        out.add(n);
      }
    }
  }
}
