package org.warta.feed.media;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.warta.core.Image;
import org.warta.feed.link.Hrefs;

/**
 * Chooses the one image an entry shows from its media references: the widest image {@code
 * media:content}, else the first thumbnail, else the first image enclosure (by MIME type or, when
 * the type is missing or generic, by file extension). Caption and credit come from Media RSS; the
 * alt text from {@code media:title}.
 */
public final class LeadImage {
  private LeadImage() {}

  /** The lead image, its URL resolved against the base; empty when no reference is an image. */
  public static Optional<Image> choose(List<MediaRef> refs, URI base) {
    @Nullable MediaRef best = null;
    for (MediaRef ref : refs) {
      if (isImage(ref) && rank(ref) > rank(best)) {
        best = ref;
      } else if (isImage(ref)
          && best != null
          && rank(ref) == rank(best)
          && ref.width() > best.width()) {
        best = ref;
      }
    }
    if (best == null) {
      return Optional.empty();
    }
    MediaRef chosen = best;
    return Hrefs.resolveHttp(base, chosen.url())
        .map(url -> new Image(url, chosen.description(), chosen.credit(), chosen.title()));
  }

  private static int rank(@Nullable MediaRef ref) {
    if (ref == null) {
      return 0;
    }
    return switch (ref.kind()) {
      case CONTENT -> 3;
      case THUMBNAIL -> 2;
      case ENCLOSURE -> 1;
    };
  }

  /** Whether the reference points to an image (by medium, MIME type or extension). */
  static boolean isImage(MediaRef ref) {
    if (ref.url().isBlank()) {
      return false;
    }
    if (ref.kind() == MediaRef.Kind.THUMBNAIL || ref.medium().equalsIgnoreCase("image")) {
      return true;
    }
    String type = ref.type().toLowerCase(Locale.ROOT);
    if (type.startsWith("image/")) {
      return true;
    }
    if (!type.isEmpty() && !type.equals("application/octet-stream") || !ref.medium().isEmpty()) {
      return false;
    }
    String path = ref.url().toLowerCase(Locale.ROOT).replaceAll("[?#].*$", "");
    return path.endsWith(".jpg")
        || path.endsWith(".jpeg")
        || path.endsWith(".png")
        || path.endsWith(".webp")
        || path.endsWith(".gif")
        || path.endsWith(".avif");
  }
}
