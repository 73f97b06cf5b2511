package org.warta.bench.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.warta.sample.SampleCorpus;

/**
 * A large WARC for the import benchmark, made from the sample corpus: every request and response is
 * written {@code copies} times, copy {@code k} under hosts renamed {@code <name>-c<k>.example} (in
 * the target URI and everywhere in the HTTP message, so links and rel=canonical follow and every
 * copy is a distinct article), with Content-Length fixed, one gzip member per record as in CC-NEWS.
 */
public final class LargeWarc {
  private LargeWarc() {}

  /** One captured exchange of the sample: target, date, type and the raw HTTP message. */
  private record Capture(boolean response, URI target, java.time.Instant date, byte[] http) {}

  public static void write(Path file, int copies) throws IOException {
    List<Capture> captures = read();
    try (FileChannel out =
            FileChannel.open(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE);
        WarcWriter writer = new WarcWriter(out, WarcCompression.GZIP)) {
      for (int k = 0; k < copies; k++) {
        for (Capture c : captures) {
          URI target = URI.create(rename(c.target().toString(), k));
          byte[] http = rehost(c.http(), k, c.response());
          WarcRecord record =
              c.response()
                  ? new WarcResponse.Builder(target)
                      .date(c.date())
                      .body(MediaType.HTTP_RESPONSE, http)
                      .build()
                  : new WarcRequest.Builder(target)
                      .date(c.date())
                      .body(MediaType.HTTP_REQUEST, http)
                      .build();
          writer.write(record);
        }
      }
    }
  }

  private static List<Capture> read() throws IOException {
    List<Capture> captures = new ArrayList<>();
    try (InputStream in = SampleCorpus.openWarc();
        WarcReader reader = new WarcReader(in)) {
      for (WarcRecord r : reader) {
        if (r instanceof WarcResponse res) {
          captures.add(
              new Capture(true, res.targetURI(), res.date(), res.body().stream().readAllBytes()));
        } else if (r instanceof WarcRequest req) {
          captures.add(
              new Capture(false, req.targetURI(), req.date(), req.body().stream().readAllBytes()));
        }
      }
    }
    return captures;
  }

  static String rename(String text, int copy) {
    return text.replace(".example", "-c" + copy + ".example");
  }

  /** The message with hosts renamed and, for responses, Content-Length set to the new body. */
  private static byte[] rehost(byte[] http, int copy, boolean response) {
    String message = new String(http, StandardCharsets.ISO_8859_1);
    int split = message.indexOf("\r\n\r\n");
    if (split < 0) {
      return rename(message, copy).getBytes(StandardCharsets.ISO_8859_1);
    }
    String head = rename(message.substring(0, split), copy);
    String body = rename(message.substring(split + 4), copy);
    if (response) {
      StringBuilder fixed = new StringBuilder();
      for (String line : head.split("\r\n")) {
        boolean length = line.toLowerCase(Locale.ROOT).startsWith("content-length:");
        fixed.append(length ? "Content-Length: " + body.length() : line).append("\r\n");
      }
      head = fixed.substring(0, fixed.length() - 2);
    }
    return (head + "\r\n\r\n" + body).getBytes(StandardCharsets.ISO_8859_1);
  }
}
