package org.warta.web.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.warta.core.Language;
import org.warta.core.SourceId;
import org.warta.core.StoryId;
import org.warta.search.SearchQuery;

/**
 * What a search asks for, read from URL parameters ({@code q}, {@code source}, {@code language},
 * {@code from}, {@code to} as {@code YYYY-MM-DD} days in the reader's zone, both inclusive, {@code
 * story}, {@code order} = {@code relevance} or {@code newest}). The same form serves the search
 * page, the API and the search feeds. Without words, results are the newest matching articles.
 */
public record SearchForm(
    String q,
    Optional<SourceId> source,
    Optional<Language> language,
    Optional<LocalDate> from,
    Optional<LocalDate> to,
    Optional<StoryId> story,
    SearchQuery.Order order) {

  /** The parameters this form reads. */
  public static final List<String> PARAMETERS =
      List.of("q", "source", "language", "from", "to", "story", "order");

  static final int MAX_QUERY = 500;

  /** A parameter that could not be read, with what is expected instead. */
  public record Problem(String parameter, String reason) {}

  /** The form, or the problems of its parameters. */
  public record Parsed(Optional<SearchForm> form, List<Problem> problems) {}

  /** Reads the form from parameter values ({@code param.apply(name)} is null when absent). */
  public static Parsed read(Function<String, String> param) {
    List<Problem> problems = new ArrayList<>();
    String q = value(param, "q");
    if (q.length() > MAX_QUERY) {
      problems.add(new Problem("q", "must be at most " + MAX_QUERY + " characters"));
    }
    Optional<SourceId> source = id(param, "source", problems).map(SourceId::new);
    Optional<StoryId> story = id(param, "story", problems).map(StoryId::new);
    Optional<Language> language = language(value(param, "language"), problems);
    Optional<LocalDate> from = day(param, "from", problems);
    Optional<LocalDate> to = day(param, "to", problems);
    if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
      problems.add(new Problem("to", "must not be before 'from'"));
    }
    SearchQuery.Order order = order(value(param, "order"), q, problems);
    if (!problems.isEmpty()) {
      return new Parsed(Optional.empty(), problems);
    }
    return new Parsed(
        Optional.of(new SearchForm(q, source, language, from, to, story, order)), List.of());
  }

  /** The Lucene-side query for one page of results. */
  public SearchQuery query(ZoneId zone, int offset, int limit) {
    SearchQuery query = SearchQuery.of(q, limit).ordered(order).page(offset);
    if (source.isPresent()) {
      query = query.withSource(source.get());
    }
    if (language.isPresent()) {
      query = query.withLanguage(language.get());
    }
    if (story.isPresent()) {
      query = query.withStory(story.get());
    }
    Optional<Instant> start = from.map(d -> d.atStartOfDay(zone).toInstant());
    Optional<Instant> end =
        to.map(d -> d.plusDays(1).atStartOfDay(zone).toInstant().minusMillis(1));
    return start.isPresent() || end.isPresent() ? query.between(start, end) : query;
  }

  /** Whether anything at all was asked (words or a filter). */
  public boolean isEmpty() {
    return q.isBlank()
        && source.isEmpty()
        && language.isEmpty()
        && from.isEmpty()
        && to.isEmpty()
        && story.isEmpty();
  }

  /** The form's non-empty parameters, for links to other pages of the same search. */
  public Map<String, String> parameters() {
    Map<String, String> p = new LinkedHashMap<>();
    if (!q.isBlank()) {
      p.put("q", q);
    }
    source.ifPresent(s -> p.put("source", Long.toString(s.value())));
    language.ifPresent(l -> p.put("language", l.code()));
    from.ifPresent(d -> p.put("from", d.toString()));
    to.ifPresent(d -> p.put("to", d.toString()));
    story.ifPresent(s -> p.put("story", Long.toString(s.value())));
    if (order == SearchQuery.Order.NEWEST && !q.isBlank()) {
      p.put("order", "newest");
    }
    return p;
  }

  /** The parameters as a URL query string (UTF-8 percent-encoded), without the leading "?". */
  public String queryString() {
    StringBuilder sb = new StringBuilder();
    parameters()
        .forEach(
            (k, v) ->
                sb.append(sb.isEmpty() ? "" : "&")
                    .append(k)
                    .append('=')
                    .append(
                        java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));
    return sb.toString();
  }

  private static String value(Function<String, String> param, String name) {
    String v = param.apply(name);
    return v == null ? "" : v.strip();
  }

  private static Optional<Long> id(
      Function<String, String> param, String name, List<Problem> problems) {
    String v = value(param, name);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      long id = Long.parseLong(v);
      if (id > 0) {
        return Optional.of(id);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(new Problem(name, "must be a positive whole number (an id), got '" + v + "'"));
    return Optional.empty();
  }

  private static Optional<Language> language(String v, List<Problem> problems) {
    if (v.isEmpty()) {
      return Optional.empty();
    }
    Language l = Language.of(v);
    if (!v.matches("[A-Za-z]{2,3}") || !l.isDetermined()) {
      problems.add(
          new Problem("language", "must be a language code such as 'id' or 'en', got '" + v + "'"));
      return Optional.empty();
    }
    return Optional.of(l);
  }

  private static Optional<LocalDate> day(
      Function<String, String> param, String name, List<Problem> problems) {
    String v = value(param, name);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(v));
    } catch (DateTimeParseException e) {
      problems.add(new Problem(name, "must be a day written YYYY-MM-DD, got '" + v + "'"));
      return Optional.empty();
    }
  }

  private static SearchQuery.Order order(String v, String q, List<Problem> problems) {
    return switch (v) {
      case "" -> q.isBlank() ? SearchQuery.Order.NEWEST : SearchQuery.Order.RELEVANCE;
      case "relevance" -> SearchQuery.Order.RELEVANCE;
      case "newest" -> SearchQuery.Order.NEWEST;
      default -> {
        problems.add(new Problem("order", "must be 'relevance' or 'newest', got '" + v + "'"));
        yield SearchQuery.Order.RELEVANCE;
      }
    };
  }
}
