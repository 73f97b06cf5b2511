package org.warta.sample;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warta.sample.content.ContentLibrary;
import org.warta.sample.key.AnswerKey;
import org.warta.sample.key.PublisherManifest;
import org.warta.sample.plan.CorpusPlan;
import org.warta.sample.plan.Planner;
import org.warta.sample.site.Crawl;
import org.warta.sample.warc.Capture;
import org.warta.sample.warc.WarcPacker;

/**
 * The demo's sample corpus: ten fictional publishers (Indonesian and English) covering fictional
 * events between 14 and 28 November 2026, crawled into one WARC with a publisher manifest and an
 * answer key. {@link #generate(Path)} rebuilds the three files from the content in this module's
 * resources, byte for byte; the {@code open...} methods read the copies shipped on the class path.
 */
public final class SampleCorpus {
  /** Class-path folder of the shipped files. */
  public static final String RESOURCE_DIR = "/org/warta/sample/";

  /** The WARC: warcinfo, then request/response pairs for pages, images and feeds. */
  public static final String WARC = "sample.warc.gz";

  /** The publisher manifest (TSV, see {@link PublisherManifest}). */
  public static final String MANIFEST = "publishers.tsv";

  /** The answer key (TSV, see {@link AnswerKey}). */
  public static final String ANSWER_KEY = "answer-key.tsv";

  /** Seeds every generated choice; changing it changes ids, capture times and links. */
  public static final long SEED = 20261128L;

  /** When home pages, section pages and feeds were captured: 23:00 WIB on 28 November 2026. */
  public static final Instant CRAWL_END = Instant.parse("2026-11-28T16:00:00Z");

  private SampleCorpus() {}

  /** The plan of the bundled sample. */
  public static CorpusPlan plan() {
    return Planner.plan(ContentLibrary.bundled(), "warta-demo-sample", CRAWL_END, SEED);
  }

  /** Writes the WARC, manifest and answer key of the bundled sample into {@code outDir}. */
  public static Summary generate(Path outDir) throws IOException {
    return write(plan(), outDir, WARC);
  }

  /** Writes any plan's corpus: the seam a synthetic benchmark corpus will reuse. */
  public static Summary write(CorpusPlan plan, Path outDir, String warcName) throws IOException {
    Files.createDirectories(outDir);
    List<Capture> captures = Crawl.of(plan);
    Path warc = outDir.resolve(warcName);
    try (FileChannel out =
        FileChannel.open(
            warc,
            StandardOpenOption.CREATE,
            StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING)) {
      Instant start = captures.isEmpty() ? plan.crawlEnd() : captures.getFirst().date();
      WarcPacker.write(out, captures, warcInfo(plan, warcName), start, plan.seed());
    }
    Files.write(outDir.resolve(MANIFEST), PublisherManifest.of(plan).toTsv());
    AnswerKey key = AnswerKey.of(plan);
    Files.write(outDir.resolve(ANSWER_KEY), key.toTsv());
    return Summary.of(plan, captures, Files.size(warc));
  }

  private static Map<String, String> warcInfo(CorpusPlan plan, String warcName) {
    Map<String, String> info = new LinkedHashMap<>();
    info.put("software", "warta-sample (org.warta.sample.Main)");
    info.put("format", "WARC File Format 1.1");
    info.put(
        "conformsTo",
        "https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/");
    info.put("isPartOf", plan.name());
    info.put(
        "description",
        "Synthetic news crawl for the Warta demo: fictional publishers on"
            + " .example hosts, fictional events; all text written for the Warta project.");
    info.put("operator", "Warta project");
    info.put("robots", "obey");
    info.put("http-header-user-agent", "WartaSampleCrawler/1.0 (+https://warta.example/bot)");
    info.put("filename", warcName);
    return info;
  }

  /** Opens the shipped WARC (gzipped). */
  public static InputStream openWarc() {
    return open(WARC);
  }

  /** Reads the shipped publisher manifest. */
  public static PublisherManifest manifest() {
    try (InputStream in = open(MANIFEST)) {
      return PublisherManifest.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sample's " + MANIFEST, e);
    }
  }

  /** Reads the shipped answer key. */
  public static AnswerKey answerKey() {
    try (InputStream in = open(ANSWER_KEY)) {
      return AnswerKey.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sample's " + ANSWER_KEY, e);
    }
  }

  private static InputStream open(String name) {
    InputStream in = SampleCorpus.class.getResourceAsStream(RESOURCE_DIR + name);
    if (in == null) {
      throw new IllegalStateException(
          "the sample file "
              + name
              + " is missing from the class"
              + " path; rebuild it with org.warta.sample.Main (see warta-sample/README.md)");
    }
    return in;
  }
}
