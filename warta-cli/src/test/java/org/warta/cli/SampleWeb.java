package org.warta.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.warta.sample.SampleCorpus;
import org.warta.testkit.LoopbackServer;
import org.warta.warc.ArchiveFilter;
import org.warta.warc.ArchivedPage;
import org.warta.warc.WarcArchive;

/**
 * The sample corpus's publishers served live from a loopback server: every page and feed of the
 * sample WARC at {@code http://127.0.0.1:<port>/<host>/<path>}, with the publishers' absolute links
 * rewritten to point there, so that feeds, links and pages work as on the real web.
 */
final class SampleWeb implements AutoCloseable {
  final LoopbackServer server = LoopbackServer.start();
  private final Map<String, String> hosts = new LinkedHashMap<>();

  SampleWeb(java.nio.file.Path warc) throws IOException {
    SampleCorpus.manifest().entries().forEach(p -> hosts.put(p.host(), base(p.host())));
    try (WarcArchive archive =
        WarcArchive.open(warc, ArchiveFilter.htmlPages().withFeeds(), OptionalLong.empty())) {
      for (Optional<ArchivedPage> p = archive.next(); p.isPresent(); p = archive.next()) {
        var page = p.get().page();
        String path = "/" + page.url().getHost() + page.url().getRawPath();
        byte[] body = rewrite(page.body());
        String type = page.contentType().orElse("text/html");
        server.route(path, LoopbackServer.Respond.ok(type, body));
      }
    }
  }

  /** Where a sample host is served. */
  String base(String host) {
    return "http://127.0.0.1:" + server.port() + "/" + host + "/";
  }

  /** The loopback URL of a sample URL. */
  String local(String sampleUrl) {
    String out = sampleUrl;
    for (var e : hosts.entrySet()) {
      out = out.replace("https://" + e.getKey() + "/", e.getValue());
    }
    return out;
  }

  /** Rewrites links byte-for-byte (ISO-8859-1 keeps every byte, whatever the page's charset). */
  private byte[] rewrite(byte[] body) {
    return local(new String(body, StandardCharsets.ISO_8859_1))
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() {
    server.close();
  }
}
