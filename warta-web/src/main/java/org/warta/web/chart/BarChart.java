package org.warta.web.chart;

import java.util.List;
import java.util.Locale;

/**
 * A bar chart as inline SVG markup: bars scaled to the largest value, a baseline, the first and
 * last labels under it, and {@code <title>}/{@code <desc>} naming every bar's label and value for
 * screen readers. All text is escaped; colours come from the stylesheet ({@code .chart-bar}), so
 * the chart follows the light or dark theme, and nothing needs script or inline styles (CSP).
 */
public final class BarChart {
  static final int WIDTH = 600;
  static final int HEIGHT = 150;
  static final int PLOT_TOP = 10;
  static final int PLOT_BOTTOM = 120;

  private BarChart() {}

  /**
   * The chart's SVG element. {@code unit} completes the numbers in the description ("3 articles").
   */
  public static String svg(String id, String title, String unit, List<Bar> bars) {
    StringBuilder sb = new StringBuilder(512 + bars.size() * 160);
    sb.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" aria-labelledby=\"")
        .append(id)
        .append("-t ")
        .append(id)
        .append("-d\" xmlns=\"http://www.w3.org/2000/svg\">");
    sb.append("<title id=\"").append(id).append("-t\">").append(escape(title)).append("</title>");
    sb.append("<desc id=\"").append(id).append("-d\">");
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      sb.append(i == 0 ? "" : "; ")
          .append(escape(b.label()))
          .append(": ")
          .append(b.value())
          .append(' ')
          .append(escape(unit));
    }
    sb.append("</desc>");
    bars(sb, bars, unit);
    sb.append("<line class=\"chart-axis\" x1=\"0\" x2=\"")
        .append(WIDTH)
        .append("\" y1=\"")
        .append(PLOT_BOTTOM)
        .append("\" y2=\"")
        .append(PLOT_BOTTOM)
        .append("\"/>");
    if (!bars.isEmpty()) {
      label(sb, 0, "start", bars.getFirst().label());
      label(sb, WIDTH, "end", bars.getLast().label());
    }
    return sb.append("</svg>").toString();
  }

  private static void bars(StringBuilder sb, List<Bar> bars, String unit) {
    long max = bars.stream().mapToLong(Bar::value).max().orElse(0);
    if (bars.isEmpty() || max == 0) {
      return;
    }
    double slot = (double) WIDTH / bars.size();
    double width = Math.max(1, slot * 0.8);
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double h = (double) (PLOT_BOTTOM - PLOT_TOP) * b.value() / max;
      sb.append("<rect class=\"chart-bar\" x=\"")
          .append(num(i * slot + (slot - width) / 2))
          .append("\" y=\"")
          .append(num(PLOT_BOTTOM - h))
          .append("\" width=\"")
          .append(num(width))
          .append("\" height=\"")
          .append(num(h))
          .append("\"><title>")
          .append(escape(b.label()))
          .append(": ")
          .append(b.value())
          .append(' ')
          .append(escape(unit))
          .append("</title></rect>");
    }
  }

  private static void label(StringBuilder sb, int x, String anchor, String text) {
    sb.append("<text class=\"chart-label\" x=\"")
        .append(x)
        .append("\" y=\"")
        .append(HEIGHT - 8)
        .append("\" text-anchor=\"")
        .append(anchor)
        .append("\">")
        .append(escape(text))
        .append("</text>");
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** Escapes text for XML/HTML content and attribute values. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n') {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
