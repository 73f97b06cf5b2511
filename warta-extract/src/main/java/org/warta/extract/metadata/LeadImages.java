package org.warta.extract.metadata;

import java.net.URI;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.warta.core.Image;
import org.warta.core.phrase.ClosingCredit;
import org.warta.core.phrase.WireAgencies;

/**
 * The lead image with its caption and photo credit. The image is the one the page declares
 * (JSON-LD, {@code og:image}); its caption is the {@code <figcaption>} (or caption-classed element)
 * of the figure showing the same file. A credit at the end of the caption ("(AFP)",
 * "(ANTARA/Budi)") or a "Foto:"/"Photo:" line moves from the caption to the credit.
 */
public final class LeadImages {
  private static final Pattern PHOTO_LABEL =
      Pattern.compile(
          "(?iu)\\s*[|\\-–]?\\s*(?:foto|photo|fotografer|photograph|image|credit|sumber"
              + " foto)\\s*:\\s*(.{2,80})$");

  private static final Evaluator FIGURE =
      QueryParser.parse("figure, .wp-caption, [class*=lead-img], [class*=photo], [class*=image]");
  private static final Evaluator CAPTION =
      QueryParser.parse("figcaption, .wp-caption-text, [class*=caption]");
  private static final Evaluator IMG = QueryParser.parse("img");

  private LeadImages() {}

  public static Optional<Image> find(PageIndex page, Optional<URI> declared) {
    if (declared.isEmpty()) {
      return Optional.empty();
    }
    URI url = declared.get();
    String file = fileName(url.getPath() == null ? "" : url.getPath());
    @org.jspecify.annotations.Nullable Element figure = null;
    for (Element img : page.byTag("img")) {
      if (!file.isEmpty()
          && (img.attr("src").contains(file) || img.attr("data-src").contains(file))) {
        figure = img.closest(FIGURE);
        if (figure != null) {
          break;
        }
      }
    }
    String caption = "";
    String alt = "";
    if (figure != null) {
      Element cap = figure.selectFirst(CAPTION);
      caption = cap == null ? "" : cap.text().strip();
      Element img = figure.selectFirst(IMG);
      alt = img == null ? "" : img.attr("alt").strip();
    }
    return Optional.of(withCredit(url, caption, alt));
  }

  /** Splits a caption into caption text and credit. */
  public static Image withCredit(URI url, String caption, String alt) {
    Optional<ClosingCredit> credit = WireAgencies.closingCredit(caption);
    if (credit.isPresent()) {
      return new Image(
          url, caption.substring(0, credit.get().start()).strip(), credit.get().printed(), alt);
    }
    Matcher m = PHOTO_LABEL.matcher(caption);
    if (m.find()) {
      return new Image(url, caption.substring(0, m.start()).strip(), m.group(1).strip(), alt);
    }
    return new Image(url, caption, "", alt);
  }

  private static String fileName(String path) {
    int slash = path.lastIndexOf('/');
    String f = slash >= 0 ? path.substring(slash + 1) : path;
    int dot = f.lastIndexOf('.');
    String stem = dot > 0 ? f.substring(0, dot) : f;
    return stem.length() >= 6 ? stem : "";
  }
}
