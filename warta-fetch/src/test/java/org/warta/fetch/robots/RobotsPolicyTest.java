package org.warta.fetch.robots;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** RFC 9309 outcomes, on the fixture robots.txt of the fictional kabar.example. */
class RobotsPolicyTest {
  private static final Instant NOW = Instant.parse("2026-03-03T10:00:00Z");
  private static final URI ROBOTS = URI.create("https://kabar.example/robots.txt");
  private final RobotsPolicy policy =
      new RobotsPolicy(
          "Warta", Duration.ofHours(24), Duration.ofMinutes(30), Duration.ofSeconds(30));

  @Test
  void theGroupForOurProductTokenApplies() throws IOException {
    RobotsRules rules = policy.parsed(ROBOTS, fixture(), "text/plain", NOW);

    assertThat(rules.allows(URI.create("https://kabar.example/members/area"))).isFalse();
    assertThat(rules.allows(URI.create("https://kabar.example/private/x"))).isFalse();
    assertThat(rules.allows(URI.create("https://kabar.example/private/open-letter"))).isTrue();
    assertThat(rules.allows(URI.create("https://kabar.example/search?q=banjir")))
        .as("only the * group disallows /search")
        .isTrue();
  }

  @Test
  void crawlDelayAndSitemapsAreRead() throws IOException {
    RobotsRules rules = policy.parsed(ROBOTS, fixture(), "text/plain", NOW);

    assertThat(rules.crawlDelay()).contains(Duration.ofSeconds(2));
    assertThat(rules.sitemaps()).contains(URI.create("https://kabar.example/sitemap-news.xml"));
    assertThat(rules.expires()).isEqualTo(NOW.plus(Duration.ofHours(24)));
  }

  @Test
  void anExcessiveCrawlDelayIsCapped() {
    byte[] body =
        "User-agent: *\nCrawl-delay: 3600\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertThat(policy.parsed(ROBOTS, body, "text/plain", NOW).crawlDelay())
        .contains(Duration.ofSeconds(30));
  }

  @Test
  void clientErrorsMeanEverythingIsAllowed() {
    RobotsRules rules = policy.forStatus(404, NOW);

    assertThat(rules.status()).isEqualTo(RobotsRules.Status.UNAVAILABLE_ALLOW_ALL);
    assertThat(rules.allows(URI.create("https://kabar.example/anything"))).isTrue();
  }

  @Test
  void serverErrorsMeanCompleteDisallowForAWhile() {
    RobotsRules rules = policy.forStatus(503, NOW);

    assertThat(rules.status()).isEqualTo(RobotsRules.Status.UNREACHABLE_DISALLOW_ALL);
    assertThat(rules.allows(URI.create("https://kabar.example/"))).isFalse();
    assertThat(rules.expires()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
  }

  @Test
  void anUnreachableRobotsTxtKeepsARecentParsedCopy() throws IOException {
    RobotsRules old = policy.parsed(ROBOTS, fixture(), "text/plain", NOW.minus(Duration.ofDays(2)));

    RobotsRules rules = policy.unreachable(Optional.of(old), NOW);

    assertThat(rules.status()).isEqualTo(RobotsRules.Status.PARSED);
    assertThat(rules.allows(URI.create("https://kabar.example/members/x"))).isFalse();
    assertThat(rules.expires()).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
    assertThat(policy.unreachable(Optional.of(old), NOW.plus(Duration.ofDays(40))).status())
        .isEqualTo(RobotsRules.Status.UNREACHABLE_DISALLOW_ALL);
  }

  @Test
  void theCacheNeverOutlivesTwentyFourHours() throws IOException {
    var longer =
        new RobotsPolicy("Warta", Duration.ofDays(3), Duration.ofMinutes(1), Duration.ZERO);

    assertThat(longer.parsed(ROBOTS, fixture(), "text/plain", NOW).expires())
        .isEqualTo(NOW.plus(Duration.ofHours(24)));
  }

  private static byte[] fixture() throws IOException {
    try (InputStream in = RobotsPolicyTest.class.getResourceAsStream("/robots/kabar-example.txt")) {
      return in.readAllBytes();
    }
  }
}
