package org.warta.extract.batch;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.warta.extract.Extraction;

/**
 * One line of a predictions file: {@code {"id", "title", "author", "date", "text"}} as scored by
 * {@code extract-eval/score.py}; {@code author} joins several names with ", ", {@code date} is the
 * publication day in the page's own zone ({@code YYYY-MM-DD}), empty fields when unknown.
 */
public record Prediction(String id, String title, String author, String date, String text) {

  public static Prediction of(String id, Extraction e) {
    return new Prediction(
        id,
        e.title(),
        String.join(", ", e.authors()),
        date(e).map(d -> d.format(DateTimeFormatter.ISO_LOCAL_DATE)).orElse(""),
        e.bodyText());
  }

  /** The publication date, or the update date when the page gives no other. */
  static Optional<OffsetDateTime> date(Extraction e) {
    return e.published().or(e::modified);
  }

  /** The line written for a document that could not be read. */
  public static Prediction failed(String id) {
    return new Prediction(id, "", "", "", "");
  }
}
