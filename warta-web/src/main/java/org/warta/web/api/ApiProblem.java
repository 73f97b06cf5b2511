package org.warta.web.api;

import java.util.List;

/**
 * An API request that cannot be served, answered as RFC 9457 {@code application/problem+json}: the
 * status, a short title, a detail saying what to change, and for bad parameters one entry per
 * parameter ({@code invalid_params}, the extension shown in RFC 9457 section 3).
 */
public final class ApiProblem extends RuntimeException {
  private final int status;
  private final String title;
  private final List<InvalidParam> invalid;

  /** A parameter and what is wrong with it. */
  public record InvalidParam(String name, String reason) {}

  public ApiProblem(int status, String title, String detail, List<InvalidParam> invalid) {
    super(detail);
    this.status = status;
    this.title = title;
    this.invalid = List.copyOf(invalid);
  }

  public static ApiProblem badParam(String name, String reason) {
    return new ApiProblem(
        400, "Bad Request", "'" + name + "' " + reason, List.of(new InvalidParam(name, reason)));
  }

  public static ApiProblem badParams(List<InvalidParam> invalid) {
    String detail =
        String.join("; ", invalid.stream().map(p -> "'" + p.name() + "' " + p.reason()).toList());
    return new ApiProblem(400, "Bad Request", detail, invalid);
  }

  public static ApiProblem notFound(String detail) {
    return new ApiProblem(404, "Not Found", detail, List.of());
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public List<InvalidParam> invalid() {
    return invalid;
  }
}
