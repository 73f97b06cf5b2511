package org.warta.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.warta.core.Article;
import org.warta.core.SourceId;
import org.warta.core.StoredArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code warta articles ...}: the stored articles. */
@Command(
    name = "articles",
    description = "List the stored articles.",
    subcommands = {ArticlesCommand.ListArticles.class})
public final class ArticlesCommand implements WartaSubcommand.HasGlobalOptions {
  @Mixin GlobalOptions global = new GlobalOptions();

  @Override
  public GlobalOptions global() {
    return global;
  }

  /** The output formats of {@code articles list}. */
  enum Format {
    tsv,
    json
  }

  /** {@code warta articles list [--source <id>] [--format tsv|json]}. */
  @Command(
      name = "list",
      description = {
        "Every stored article, oldest first, streamed, no header, no limit.",
        "tsv columns: URL as discovered (the link in the feed, sitemap or page), canonical URL,"
            + " source id, title, published time (ISO 8601, empty when unknown).",
        "json: one object per line (JSON Lines) with id, url, canonical_url, source, title,"
            + " published."
      })
  static final class ListArticles extends WartaSubcommand {
    @Option(names = "--source", paramLabel = "<id>", description = "Only articles of this source")
    @Nullable Long source;

    @Option(
        names = "--format",
        paramLabel = "tsv|json",
        description = "Output format (default: ${DEFAULT-VALUE})")
    Format format = Format.tsv;

    @Override
    protected int run(App app) throws IOException {
      Optional<SourceId> only = Optional.empty();
      if (source != null) {
        if (source < 1 || app.store().sources().find(new SourceId(source)).isEmpty()) {
          throw new UserError("no source " + source + "; 'warta sources list' shows the ids");
        }
        only = Optional.of(new SourceId(source));
      }
      ObjectMapper json = new ObjectMapper();
      Writer out =
          new BufferedWriter(
              new OutputStreamWriter(console.out(), StandardCharsets.UTF_8), 1 << 16);
      try {
        app.store()
            .articles()
            .forEachArticle(
                only,
                a -> {
                  try {
                    out.write(format == Format.tsv ? tsv(a) : json.writeValueAsString(map(a)));
                    out.write('\n');
                  } catch (IOException e) {
                    throw new UncheckedIOException(e);
                  }
                });
      } finally {
        out.flush();
      }
      return 0;
    }
  }

  static String tsv(StoredArticle stored) {
    Article a = stored.article();
    return String.join(
        "\t",
        cell(a.url().toString()),
        cell(a.canonicalUrl().toString()),
        a.source().toString(),
        cell(a.title()),
        published(a));
  }

  static Map<String, Object> map(StoredArticle stored) {
    Article a = stored.article();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", stored.id().value());
    m.put("url", a.url().toString());
    m.put("canonical_url", a.canonicalUrl().toString());
    m.put("source", a.source().value());
    m.put("title", a.title());
    m.put("published", published(a));
    return m;
  }

  private static String published(Article a) {
    return a.published().map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format).orElse("");
  }

  /** A TSV cell: tabs and line breaks become spaces. */
  static String cell(String text) {
    return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
