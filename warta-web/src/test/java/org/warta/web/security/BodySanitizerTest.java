package org.warta.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the last clean before rendering keeps of an article body, whatever the database holds. */
class BodySanitizerTest {
  @Test
  void keepsTextStructureAndSafeLinksAsTheyAre() {
    String body =
        "<h2>Banjir rob</h2><p>Air <em>pasang</em> merendam <a"
            + " href=\"https://kabar.example/rob\">tiga kelurahan</a>.</p><ul><li>Warga"
            + " mengungsi</li></ul>";
    assertThat(BodySanitizer.clean(body))
        .isEqualTo(
            "<h2>Banjir rob</h2><p>Air <em>pasang</em> merendam <a"
                + " href=\"https://kabar.example/rob\" rel=\"nofollow noopener noreferrer"
                + " ugc\">tiga kelurahan</a>.</p><ul><li>Warga mengungsi</li></ul>");
  }

  @Test
  void dropsScriptsHandlersStylesAndOtherSchemes() {
    String body =
        "<p onclick=\"steal()\" style=\"color:red\">Teks<script>steal()</script></p><a"
            + " href=\"javascript:steal()\">tautan</a><img src=\"data:image/png;base64,AA\""
            + " onerror=\"steal()\"><iframe src=\"https://evil.example\"></iframe>";
    String clean = BodySanitizer.clean(body);
    assertThat(clean)
        .doesNotContain("script", "onclick", "style", "javascript", "onerror", "data:");
    assertThat(clean).doesNotContain("iframe", "evil.example");
    assertThat(clean).startsWith("<p>Teks</p>");
  }
}
