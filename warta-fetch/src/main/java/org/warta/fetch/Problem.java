package org.warta.fetch;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * A failure a user can act on, classified once (style rule 12): a stable {@code code} such as
 * {@code fetch.timeout}, the arguments of its message, the English message (what happened, to which
 * URL, and what to do) and the technical cause, kept for logs only.
 *
 * <p>Messages live in {@code org/warta/fetch/problems.properties} ({@link MessageFormat} patterns
 * keyed by code), so a translation is one more bundle; {@link #codes()} lists every code.
 */
public record Problem(String code, List<String> args, String message, Optional<Throwable> cause) {

  private static final String BUNDLE = "org.warta.fetch.problems";

  public Problem {
    args = List.copyOf(args);
    if (!code.startsWith("fetch.")) {
      throw new IllegalArgumentException("problem code must start with 'fetch.', got " + code);
    }
  }

  /** A problem whose English message is rendered from the bundle with {@code args}. */
  public static Problem of(String code, Optional<Throwable> cause, Object... args) {
    List<String> texts = java.util.Arrays.stream(args).map(String::valueOf).toList();
    return new Problem(code, texts, render(code, Locale.ROOT, texts), cause);
  }

  /** A problem without a technical cause. */
  public static Problem of(String code, Object... args) {
    return of(code, Optional.empty(), args);
  }

  /** A problem caused by {@code cause}. */
  public static Problem caused(String code, Throwable cause, Object... args) {
    return of(code, Optional.of(cause), args);
  }

  /** The message in another locale when a bundle for it exists, else English. */
  public String message(Locale locale) {
    return render(code, locale, args);
  }

  /** Every code the fetcher can produce, for documentation and translations. */
  public static List<String> codes() {
    return ResourceBundle.getBundle(BUNDLE, Locale.ROOT).keySet().stream().sorted().toList();
  }

  private static String render(String code, Locale locale, List<String> args) {
    try {
      String pattern = ResourceBundle.getBundle(BUNDLE, locale).getString(code);
      return new MessageFormat(pattern, Locale.ROOT).format(args.toArray());
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("unknown problem code " + code, e);
    }
  }

  @Override
  public String toString() {
    return code + ": " + message;
  }
}
