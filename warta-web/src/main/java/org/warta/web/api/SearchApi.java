package org.warta.web.api;

import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.warta.search.SearchQuery;
import org.warta.web.search.SearchForm;
import org.warta.web.search.SearchReads;

/**
 * {@code GET /api/v1/search}: the search form's parameters ({@code from}/{@code to} are days in the
 * site's time zone), {@code limit}, and {@code after} = the {@code next} token of the previous
 * page. Pages reach at most {@value SearchQuery#MAX_OFFSET} results deep.
 */
public final class SearchApi {
  private static final Set<String> PARAMS = params();

  private final SearchReads reads;
  private final ZoneId zone;

  public SearchApi(SearchReads reads, ZoneId zone) {
    this.reads = reads;
    this.zone = zone;
  }

  private static Set<String> params() {
    Set<String> p = new HashSet<>(SearchForm.PARAMETERS);
    p.add("limit");
    p.add("after");
    return Set.copyOf(p);
  }

  public void search(Context ctx) {
    ApiParams.only(ctx, PARAMS);
    SearchForm.Parsed parsed = SearchForm.read(ctx::queryParam);
    if (parsed.form().isEmpty()) {
      throw ApiProblem.badParams(
          parsed.problems().stream()
              .map(p -> new ApiProblem.InvalidParam(p.parameter(), p.reason()))
              .toList());
    }
    int limit = ApiParams.limit(ctx, 20, SearchQuery.MAX_LIMIT);
    int offset = offset(ctx.queryParam("after"));
    SearchReads.Result r = reads.run(parsed.form().get().query(zone, offset, limit));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("total", r.total());
    json.put("total_exact", r.totalExact());
    List<Map<String, Object>> items = r.articles().stream().map(ApiJson::articleSummary).toList();
    json.put("items", items);
    int next = offset + limit;
    json.put(
        "next",
        next < r.total() && next <= SearchQuery.MAX_OFFSET && !items.isEmpty()
            ? token(next)
            : null);
    ctx.json(json);
  }

  static String token(int offset) {
    return "o" + Integer.toString(offset, 36);
  }

  static int offset(String after) {
    if (after == null || after.isBlank()) {
      return 0;
    }
    Optional<Integer> v = Optional.empty();
    if (after.startsWith("o")) {
      try {
        v = Optional.of(Integer.parseInt(after.substring(1), 36));
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    if (v.isEmpty() || v.get() < 0 || v.get() > SearchQuery.MAX_OFFSET) {
      throw ApiProblem.badParam(
          "after", "is not a search cursor: use the 'next' value of the previous page");
    }
    return v.get();
  }
}
