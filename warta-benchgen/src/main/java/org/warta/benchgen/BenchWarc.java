package org.warta.benchgen;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongConsumer;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.MessageVersion;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.warta.sample.plan.CopyKind;
import org.warta.sample.plan.PlannedArticle;
import org.warta.sample.plan.Syndication;
import org.warta.sample.publisher.Publisher;
import org.warta.sample.template.ArticlePage;
import org.warta.sample.template.Templates;

/**
 * Writes a synthetic corpus as a gzipped WARC (one response record per article page, rendered by
 * the sample publisher's template, captured 10 minutes after publication), streaming: memory does
 * not grow with the corpus. The file appears under its name only when complete.
 */
public final class BenchWarc {
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH);

  private BenchWarc() {}

  /** Writes the corpus to {@code file}; {@code progress} gets the articles written so far. */
  public static long write(BenchSettings settings, Path file, LongConsumer progress)
      throws IOException {
    Path tmp = file.resolveSibling(file.getFileName() + ".part");
    Files.createDirectories(file.toAbsolutePath().getParent());
    long n = 0;
    try (FileChannel out =
        FileChannel.open(
            tmp,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      WarcWriter writer = new WarcWriter(out, WarcCompression.GZIP);
      BenchPlanner planner = new BenchPlanner(settings);
      while (planner.hasNext()) {
        BenchArticle a = planner.next();
        Instant captured = a.published().toInstant().plusSeconds(600);
        writer.write(
            new WarcResponse.Builder(a.url())
                .version(MessageVersion.WARC_1_1)
                .date(captured)
                .body(MediaType.HTTP_RESPONSE, response(a, captured))
                .build());
        if (++n % 1_000 == 0) {
          progress.accept(n);
        }
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    progress.accept(n);
    return n;
  }

  /** The page as the publisher's template renders it, as an HTTP response. */
  static byte[] response(BenchArticle a, Instant captured) {
    Publisher p = a.publisher();
    String html = Templates.forKey(p.template()).article(page(a, captured));
    byte[] body = html.getBytes(p.charset());
    String head =
        "HTTP/1.1 200 OK\r\n"
            + "Date: "
            + HTTP_DATE.format(captured.atOffset(ZoneOffset.UTC))
            + "\r\nServer: "
            + p.server()
            + "\r\nContent-Type: text/html; charset="
            + p.charset().name()
            + "\r\nContent-Length: "
            + body.length
            + "\r\n\r\n";
    byte[] h = head.getBytes(StandardCharsets.ISO_8859_1);
    byte[] out = new byte[h.length + body.length];
    System.arraycopy(h, 0, out, 0, h.length);
    System.arraycopy(body, 0, out, h.length, body.length);
    return out;
  }

  private static ArticlePage page(BenchArticle a, Instant captured) {
    Publisher p = a.publisher();
    Syndication syndication =
        a.copyOf()
            .map(
                from ->
                    new Syndication(
                        a.canonical().equals(a.url())
                            ? CopyKind.PUBLISHER_CREDIT
                            : CopyKind.CANONICAL,
                        "n" + from.number(),
                        from.url(),
                        Optional.of(from.url()),
                        Optional.of(from.publisher().key())))
            .orElse(Syndication.original("n" + a.number(), a.url()));
    PlannedArticle planned =
        new PlannedArticle(
            "bench/" + a.number(),
            "s" + a.story(),
            p,
            p.idBase() + a.number(),
            a.section(),
            "a" + a.number(),
            a.url(),
            Optional.empty(),
            a.title(),
            a.description(),
            a.author(),
            "",
            a.published(),
            Optional.empty(),
            "",
            a.paragraphs(),
            "",
            "",
            URI.create("https://" + p.host() + "/foto/" + a.number() + ".svg"),
            "Ilustrasi",
            syndication,
            List.of());
    return new ArticlePage(
        planned,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        a.copyOf().map(BenchArticle::publisher),
        captured);
  }
}
