package org.warta.web.chart;

/** One bar: its label (shown in the description and as a tooltip) and its value. */
public record Bar(String label, long value) {
  public Bar {
    if (value < 0) {
      throw new IllegalArgumentException("a bar cannot be negative, got " + value);
    }
  }
}
