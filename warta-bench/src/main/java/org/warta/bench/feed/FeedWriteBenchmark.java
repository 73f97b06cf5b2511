package org.warta.bench.feed;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.warta.core.Image;
import org.warta.core.Language;
import org.warta.feed.write.FeedWriter;
import org.warta.feed.write.OutgoingEntry;
import org.warta.feed.write.OutgoingFeed;

/**
 * Writing one of Warta's own feeds: 50 entries, each with a summary of about 400 characters and a
 * link as HTML, an author, two categories and an image, and (with {@code content=full}) a body of
 * about 3,000 characters of paragraph HTML, as a full-text source's feed carries. Microseconds per
 * feed written to bytes (gzip not included).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx512m"})
public class FeedWriteBenchmark {
  @Param({"RSS", "ATOM", "JSON_FEED"})
  public String format = "RSS";

  @Param({"excerpt", "full"})
  public String content = "excerpt";

  private OutgoingFeed feed;

  @Setup
  public void build() {
    String paragraph =
        "Nelayan di pesisir utara kembali melaut setelah badai reda, kata kepala dinas perikanan"
            + " setempat pada Senin (16/11) & menambahkan bahwa \"cuaca masih perlu diawasi\".";
    List<OutgoingEntry> entries = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String page = "https://warta.example/article/" + (1000 + i);
      String summary =
          "<p>"
              + paragraph.repeat(3).substring(0, 380)
              + " …</p><p><a href=\"https://kabar.example/berita/"
              + i
              + "\">Kabar Nusa</a></p>";
      String body = content.equals("full") ? ("<p>" + paragraph + "</p>").repeat(16) : "";
      entries.add(
          new OutgoingEntry(
              page,
              "Nelayan kembali melaut setelah badai reda (" + i + ")",
              URI.create(page),
              Optional.of(OffsetDateTime.of(2026, 11, 16, 8, i, 0, 0, ZoneOffset.ofHours(7))),
              Optional.empty(),
              summary,
              body,
              List.of("Rina Wulandari"),
              List.of("Nasional", "Cuaca"),
              Optional.of(
                  new Image(
                      URI.create("https://img.kabar.example/" + i + ".jpg"),
                      "Perahu nelayan di dermaga.",
                      "Kabar/Andi",
                      "Perahu"))));
    }
    feed =
        new OutgoingFeed(
            "Warta · Sumber: Kabar Nusa",
            "Berita dari banyak sumber",
            URI.create("https://warta.example/feeds/source/1.rss"),
            URI.create("https://warta.example/source/1"),
            Language.INDONESIAN,
            Optional.empty(),
            entries);
  }

  @Benchmark
  public byte[] write() {
    return FeedWriter.write(feed, FeedWriter.Format.valueOf(format));
  }
}
