package org.warta.web.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Coverage charts: bucketing and the SVG they are drawn as. */
class ChartTest {
  static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

  @Test
  void bucketsGrowWithTheSpanAndStartAtLocalBoundaries() {
    Instant t = Instant.parse("2026-11-28T02:10:00Z");
    assertThat(TimeBuckets.sizeFor(t, t.plus(Duration.ofHours(20)), 24))
        .isEqualTo(Duration.ofHours(1));
    assertThat(TimeBuckets.sizeFor(t, t.plus(Duration.ofHours(30)), 24))
        .isEqualTo(Duration.ofHours(3));
    assertThat(TimeBuckets.sizeFor(t, t.plus(Duration.ofDays(15)), 24))
        .isEqualTo(Duration.ofDays(1));
    List<Bar> days =
        TimeBuckets.count(
            List.of(Instant.parse("2026-11-20T18:00:00Z"), Instant.parse("2026-11-30T01:00:00Z")),
            12,
            WIB,
            i -> i.atZone(WIB).toString());
    assertThat(days.getFirst().label()).startsWith("2026-11-21T00:00+07:00");
    assertThat(days.stream().mapToLong(Bar::value).sum()).isEqualTo(2);
  }

  @Test
  void everyInstantLandsInExactlyOneBucket() {
    Instant start = Instant.parse("2026-11-14T00:00:00Z");
    List<Instant> times =
        java.util.stream.IntStream.range(0, 97)
            .mapToObj(i -> start.plus(Duration.ofMinutes(37L * i)))
            .toList();
    List<Bar> bars = TimeBuckets.count(times, 24, WIB, Instant::toString);
    assertThat(bars.size()).isLessThanOrEqualTo(24);
    assertThat(bars.stream().mapToLong(Bar::value).sum()).isEqualTo(times.size());
  }

  @Test
  void theSvgNamesEveryBarAndEscapesItsText() {
    String svg =
        BarChart.svg(
            "c1",
            "Liputan <b>&",
            "artikel",
            List.of(new Bar("28 Nov \"09.00\"", 3), new Bar("<x>", 0)));
    Document d = Jsoup.parse(svg, "", Parser.xmlParser());
    assertThat(d.select("svg").attr("role")).isEqualTo("img");
    assertThat(d.select("svg").attr("aria-labelledby")).isEqualTo("c1-t c1-d");
    assertThat(d.select("title#c1-t").text()).isEqualTo("Liputan <b>&");
    assertThat(d.select("desc").text()).isEqualTo("28 Nov \"09.00\": 3 artikel; <x>: 0 artikel");
    assertThat(d.select("rect.chart-bar")).hasSize(2);
    assertThat(d.select("rect.chart-bar").first().attr("height")).isEqualTo("110.0");
    assertThat(svg).doesNotContain("<b>").doesNotContain("<x>").doesNotContain("style=");
  }

  @Test
  void anEmptyChartIsJustTheAxis() {
    String svg = BarChart.svg("e", "t", "u", List.of());
    assertThat(Jsoup.parse(svg, "", Parser.xmlParser()).select("rect")).isEmpty();
    assertThat(svg).contains("chart-axis");
  }
}
