package org.warta.cli;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.warta.cli.console.TaskProgress;
import org.warta.core.SourceId;
import org.warta.store.Purged;
import org.warta.store.RetentionPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code warta retention}: purges articles older than an age or beyond a size, leaving tombstones
 * so they are not ingested again, and drops them from the search index.
 */
@Command(
    name = "retention",
    description = {
      "Purge old articles: older than --max-age, and (newest kept first) beyond --max-size of"
          + " stored text; of one --source or of all. Defaults: retention.max-age and"
          + " retention.max-size from the settings.",
      "Purged articles keep a tombstone (URLs and a text fingerprint) so they are not ingested"
          + " again; the search index drops them."
    })
public final class RetentionCommand extends WartaSubcommand {
  @Option(names = "--max-age", paramLabel = "<age>", description = "e.g. 90d, 12h, 2w")
  @Nullable String maxAge;

  @Option(names = "--max-size", paramLabel = "<size>", description = "e.g. 5GB, 500MB")
  @Nullable String maxSize;

  @Option(names = "--source", paramLabel = "<id>", description = "Only this source's articles")
  @Nullable Long source;

  @Override
  protected int run(App app) {
    RetentionPolicy policy = policy(app);
    if (!policy.limits()) {
      throw new UserError(
          "nothing to do: give --max-age and/or --max-size (or set retention.max-age /"
              + " retention.max-size)");
    }
    if (source != null && app.store().sources().find(new SourceId(source)).isEmpty()) {
      throw new UserError("no source " + source + " (see warta sources list)");
    }
    Purged purged;
    try (TaskProgress progress = console.progress("retention", "articles", 1)) {
      long[] shown = {0};
      purged =
          app.store()
              .retention()
              .purge(
                  policy,
                  Instant.now(),
                  p -> {
                    progress.advance(p.articles() - shown[0], "");
                    shown[0] = p.articles();
                  });
    }
    app.indexSync().catchUp();
    console.println(
        String.format(
            Locale.ROOT,
            "purged %d articles (%.1f MB of text), %d empty stories; %d tombstones kept",
            purged.articles(),
            purged.bytes() / 1048576.0,
            purged.stories(),
            app.store().retention().tombstones()));
    return 0;
  }

  private RetentionPolicy policy(App app) {
    RetentionPolicy policy = RetentionPolicy.keepAll();
    try {
      Optional<String> age = Optional.ofNullable(maxAge).or(() -> app.settings().retentionMaxAge());
      Optional<String> size =
          Optional.ofNullable(maxSize).or(() -> app.settings().retentionMaxSize());
      if (age.isPresent()) {
        policy = policy.withMaxAge(RetentionPolicy.parseAge(age.get()));
      }
      if (size.isPresent()) {
        policy = policy.withMaxBytes(RetentionPolicy.parseSize(size.get()));
      }
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), e);
    }
    return source == null ? policy : policy.forSource(new SourceId(source));
  }
}
