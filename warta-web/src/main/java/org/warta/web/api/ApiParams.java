package org.warta.web.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.warta.store.Cursor;

/**
 * Strict reading of API parameters: an unknown parameter is a 400 naming the known ones (a typo
 * like {@code sourc=3} must not silently return everything), and every value is checked.
 */
final class ApiParams {
  private ApiParams() {}

  /** Fails when the request has a parameter not in {@code known}. */
  static void only(Context ctx, Set<String> known) {
    List<ApiProblem.InvalidParam> unknown = new ArrayList<>();
    for (String name : ctx.queryParamMap().keySet()) {
      if (!known.contains(name)) {
        unknown.add(
            new ApiProblem.InvalidParam(
                name, "is not a parameter of this endpoint; known: " + new TreeSet<>(known)));
      }
    }
    if (!unknown.isEmpty()) {
      throw ApiProblem.badParams(unknown);
    }
  }

  /** The id in the path: a positive whole number. */
  static long pathId(Context ctx) {
    String raw = ctx.pathParam("id");
    try {
      long id = Long.parseLong(raw);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw ApiProblem.badParam("id", "must be a positive whole number, got '" + raw + "'");
  }

  static Optional<Long> id(Context ctx, String name) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    try {
      long v = Long.parseLong(raw.strip());
      if (v > 0) {
        return Optional.of(v);
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw ApiProblem.badParam(name, "must be a positive whole number (an id), got '" + raw + "'");
  }

  static int limit(Context ctx, int fallback, int max) {
    String raw = ctx.queryParam("limit");
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int v = Integer.parseInt(raw.strip());
      if (v >= 1 && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw ApiProblem.badParam(
        "limit", "must be a whole number from 1 to " + max + ", got '" + raw + "'");
  }

  /** The {@code after} cursor of a list endpoint. */
  static Optional<Cursor> after(Context ctx) {
    String raw = ctx.queryParam("after");
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        Cursor.parse(raw.strip())
            .orElseThrow(
                () ->
                    ApiProblem.badParam(
                        "after", "is not a cursor: use the 'next' value of the previous page")));
  }
}
