package org.warta.benchgen;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.warta.core.NewSource;
import org.warta.core.SourceKind;
import org.warta.sample.publisher.Publisher;

/**
 * The synthetic sources: source {@code i} is a copy of the sample publisher {@code i mod 10} (its
 * template, language, time zone and URL scheme) on the host {@code <key>-<i>.example}.
 */
final class BenchSources {
  private BenchSources() {}

  static Publisher publisher(List<Publisher> base, int index) {
    Publisher b = base.get(index % base.size());
    return new Publisher(
        b.key(),
        b.name() + " " + index,
        b.key() + "-" + index + ".example",
        b.language(),
        b.offset(),
        b.zoneLabel(),
        b.template(),
        b.feedFormat(),
        b.feedPath(),
        b.display(),
        b.articlePath(),
        b.sectionPath(),
        b.imageUrl().replace(b.host(), b.key() + "-" + index + ".example"),
        b.idBase(),
        b.sections(),
        b.feedTracking(),
        b.charset(),
        b.tagline(),
        b.server(),
        b.validators());
  }

  static NewSource source(Publisher p) {
    return new NewSource(
        p.name(), p.feedUrl(), p.home(), SourceKind.FEED, p.language(), p.display());
  }

  static URI articleUrl(Publisher p, OffsetDateTime at, String section, String slug, long number) {
    // every synthetic URL carries the article number, also on sites whose paths have no id
    String pattern =
        p.articlePath().contains("{id}") ? p.articlePath() : p.articlePath() + "-n{id}";
    String path =
        pattern
            .replace("{section}", section)
            .replace("{yyyy}", String.format(Locale.ROOT, "%04d", at.getYear()))
            .replace("{MM}", String.format(Locale.ROOT, "%02d", at.getMonthValue()))
            .replace("{dd}", String.format(Locale.ROOT, "%02d", at.getDayOfMonth()))
            .replace("{slug}", slug)
            .replace("{id}", Long.toString(p.idBase() + number));
    return p.home().resolve(path);
  }
}
