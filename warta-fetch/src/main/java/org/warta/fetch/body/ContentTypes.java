package org.warta.fetch.body;

import java.util.Locale;
import java.util.Optional;
import org.warta.fetch.Purpose;

/**
 * Which response media types fit a {@link Purpose}. Servers mislabel feeds often ({@code
 * text/plain}, {@code application/octet-stream}, no type at all), so the check rejects only types
 * that are certainly wrong: a web page where a feed or sitemap was expected, images, audio, video,
 * archives and documents. A missing Content-Type is accepted (the parsers sniff).
 */
public final class ContentTypes {
  private ContentTypes() {}

  /** The media type of a Content-Type value: lower-case, without parameters. */
  public static String mediaType(String contentType) {
    int semicolon = contentType.indexOf(';');
    String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
    return type.strip().toLowerCase(Locale.ROOT);
  }

  /** Whether a body labelled {@code contentType} can serve {@code purpose}. */
  public static boolean accepts(Purpose purpose, Optional<String> contentType) {
    if (contentType.isEmpty() || mediaType(contentType.get()).isEmpty()) {
      return true;
    }
    String type = mediaType(contentType.get());
    if (isNeverText(type)) {
      return purpose == Purpose.SITEMAP && isGzip(type);
    }
    return switch (purpose) {
      case FEED -> !isHtml(type);
      case SITEMAP -> !isHtml(type);
      case PAGE -> isHtml(type) || type.equals("text/plain") || isXml(type);
      case ROBOTS -> type.startsWith("text/") || type.equals("application/octet-stream");
      case PROBE -> true;
    };
  }

  /** HTML or XHTML. */
  public static boolean isHtml(String type) {
    return type.equals("text/html") || type.equals("application/xhtml+xml");
  }

  private static boolean isXml(String type) {
    return type.endsWith("/xml") || type.endsWith("+xml");
  }

  private static boolean isGzip(String type) {
    return type.equals("application/gzip")
        || type.equals("application/x-gzip")
        || type.equals("application/octet-stream");
  }

  private static boolean isNeverText(String type) {
    return type.startsWith("image/")
        || type.startsWith("audio/")
        || type.startsWith("video/")
        || type.startsWith("font/")
        || type.equals("application/pdf")
        || type.equals("application/zip")
        || type.equals("application/gzip")
        || type.equals("application/x-gzip")
        || type.equals("application/x-tar")
        || type.equals("application/vnd.ms-excel")
        || type.equals("application/msword");
  }
}
