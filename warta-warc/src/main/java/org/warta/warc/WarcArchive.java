package org.warta.warc;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.warta.core.RawPage;
import org.warta.core.ResponseHeaders;

/**
 * Reads the HTTP response captures of one WARC file as {@link RawPage}s, in file order, without
 * loading the file into memory. Records that are not responses, not successful, not of an accepted
 * type or outside the filter are skipped and counted; bodies larger than {@link #MAX_BODY_BYTES}
 * are skipped with a warning.
 *
 * <pre>{@code
 * try (WarcArchive archive = WarcArchive.open(file, ArchiveFilter.htmlPages(), OptionalLong.empty())) {
 *   for (Optional<ArchivedPage> p = archive.next(); p.isPresent(); p = archive.next()) { ... }
 * }
 * }</pre>
 */
public final class WarcArchive implements AutoCloseable {
  /** Captures larger than this are not articles (or are hostile) and are skipped. */
  public static final int MAX_BODY_BYTES = 16 * 1024 * 1024;

  private final Path file;
  private final WarcReader reader;
  private final ArchiveFilter filter;
  private Consumer<String> warnings = w -> {};
  private long records;
  private long pages;

  private WarcArchive(Path file, WarcReader reader, ArchiveFilter filter) {
    this.file = file;
    this.reader = reader;
    this.filter = filter;
  }

  /**
   * Opens an archive; with {@code resumeAfter} (a position from {@link ArchivedPage#position()})
   * reading continues with the record after that one.
   *
   * @throws ArchiveFormatException when the file is missing or is no WARC file
   */
  public static WarcArchive open(Path file, ArchiveFilter filter, OptionalLong resumeAfter)
      throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new ArchiveFormatException("no such archive file: " + file, null);
    }
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    try {
      WarcReader reader = new WarcReader(channel);
      WarcArchive archive = new WarcArchive(file, reader, filter);
      if (resumeAfter.isPresent()) {
        reader.position(resumeAfter.getAsLong());
        archive.record();
      }
      return archive;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw notAWarc(file, e);
    }
  }

  /** Where recoverable oddities (skipped oversized records, lenient parses) are reported. */
  public WarcArchive onWarning(Consumer<String> sink) {
    this.warnings = sink;
    reader.onWarning(sink);
    return this;
  }

  /** The next accepted page, or empty at the end of the file. */
  public Optional<ArchivedPage> next() throws IOException {
    while (true) {
      Optional<WarcRecord> next = record();
      if (next.isEmpty()) {
        return Optional.empty();
      }
      if (next.get() instanceof WarcResponse response) {
        Optional<ArchivedPage> page = accept(response);
        if (page.isPresent()) {
          pages++;
          return page;
        }
      }
    }
  }

  private Optional<WarcRecord> record() throws IOException {
    try {
      Optional<WarcRecord> r = reader.next();
      r.ifPresent(x -> records++);
      return r;
    } catch (IOException | RuntimeException e) {
      throw records == 0 ? notAWarc(file, e) : damaged(e, records);
    }
  }

  /** The file broke off or is corrupt after some good records (e.g. an interrupted download). */
  private ArchiveFormatException damaged(Exception e, long goodRecords) {
    long at;
    try {
      at = reader.position();
    } catch (RuntimeException unknown) {
      at = -1;
    }
    return new ArchiveFormatException(
        file
            + " is damaged or cut short after record "
            + goodRecords
            + (at >= 0 ? " (byte " + at + ")" : "")
            + ": "
            + e.getMessage()
            + "; the records before it were read. Get a complete copy of the file and import it"
            + " again",
        e);
  }

  private Optional<ArchivedPage> accept(WarcResponse response) throws IOException {
    URI target;
    try {
      target = response.targetURI();
    } catch (IllegalArgumentException e) {
      warnings.accept("skipped a record with an invalid target URI: " + response.target());
      return Optional.empty();
    }
    if (target.getHost() == null
        || !filter.acceptsHost(target.getHost())
        || !filter.acceptsDate(response.date())) {
      return Optional.empty();
    }
    HttpResponse http = response.http();
    MediaType type = http.contentType();
    if (http.status() != 200 || !filter.acceptsType(type.base().toString())) {
      return Optional.empty();
    }
    Optional<byte[]> body = readBody(http, target);
    return body.map(
        bytes ->
            new ArchivedPage(
                new RawPage(target, http.status(), headers(http), bytes, response.date()),
                response.position()));
  }

  /**
   * The body without its transfer and content codings. The stored bytes are read first, so that a
   * damaged archive stops the reading (an {@link ArchiveFormatException}); they are decoded in
   * memory afterwards, so that a capture whose body is not what its headers say (a "gzip" body
   * stored already decoded, a broken chunking) only skips that capture, with a warning.
   */
  private Optional<byte[]> readBody(HttpResponse http, URI target) throws IOException {
    byte[] stored;
    try (InputStream in = http.body().stream()) {
      stored = in.readNBytes(MAX_BODY_BYTES + 1);
    } catch (IOException | RuntimeException e) {
      throw damaged(e, records - 1); // this capture itself is cut short
    }
    if (stored.length > MAX_BODY_BYTES) {
      warnings.accept("skipped " + target + ": body larger than " + MAX_BODY_BYTES + " bytes");
      return Optional.empty();
    }
    HttpResponse copy =
        new HttpResponse.Builder(http.status(), http.reason())
            .addHeaders(http.headers().map())
            .body(http.contentType(), stored)
            .build();
    try (InputStream in = copy.bodyDecoded().stream()) {
      byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
      if (bytes.length > MAX_BODY_BYTES) {
        warnings.accept(
            "skipped " + target + ": decoded body larger than " + MAX_BODY_BYTES + " bytes");
        return Optional.empty();
      }
      return Optional.of(bytes);
    } catch (IOException | RuntimeException e) {
      warnings.accept(
          "skipped "
              + target
              + ": its body could not be decoded as its headers say ("
              + e.getMessage()
              + ")");
      return Optional.empty();
    }
  }

  private static ResponseHeaders headers(HttpResponse http) {
    Map<String, List<String>> map = new LinkedHashMap<>(http.headers().map());
    // the body is handed over decoded: its transfer and content codings no longer apply
    map.keySet()
        .removeIf(
            k -> k.equalsIgnoreCase("content-encoding") || k.equalsIgnoreCase("transfer-encoding"));
    return new ResponseHeaders(map);
  }

  /** Records read so far (all types). */
  public long records() {
    return records;
  }

  /** Pages returned so far. */
  public long pages() {
    return pages;
  }

  /** Bytes of the file consumed so far. */
  public long position() {
    return reader.position();
  }

  private static ArchiveFormatException notAWarc(Path file, Exception e) {
    return new ArchiveFormatException(
        file
            + " is not a readable WARC file ("
            + e.getMessage()
            + "); expected a .warc or .warc.gz web archive",
        e);
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
