package org.warta.web.page;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Optional;
import org.warta.store.Cursor;

/** Reading path and query parameters of pages; bad values are a 400 or 404 with a clear message. */
public final class Params {
  private Params() {}

  /** A positive id from the path; anything else is "not found" (ids are the only valid paths). */
  public static long pathId(Context ctx, String name) {
    String raw = ctx.pathParam(name);
    try {
      long id = Long.parseLong(raw);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new NotFoundResponse("'" + raw + "' is not an id");
  }

  /** The {@code after} cursor of list pages. */
  public static Optional<Cursor> cursor(Context ctx) {
    String after = ctx.queryParam("after");
    if (after == null || after.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        Cursor.parse(after.strip())
            .orElseThrow(() -> new BadRequestResponse("'after' is not a position in this list")));
  }

  /** A whole number in {@code [min, max]}, or {@code fallback} when absent. */
  public static int intParam(Context ctx, String name, int fallback, int min, int max) {
    String raw = ctx.queryParam(name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    try {
      int v = Integer.parseInt(raw.strip());
      if (v >= min && v <= max) {
        return v;
      }
    } catch (NumberFormatException e) {
      // fall through
    }
    throw new BadRequestResponse("'" + name + "' must be a number from " + min + " to " + max);
  }
}
