package org.warta.stories.text;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads numbers the way each language writes them, so that the same quantity gives the same term in
 * Indonesian and English coverage: {@code 6,1} (id) and {@code 6.1} (en) are both {@code 6.1};
 * {@code 4.700} (id) and {@code 4,700} (en) are both {@code 4700}; a scale word after the number
 * multiplies it ({@code 1,2 miliar} and {@code 1.2 billion} are both {@code 1200000000}).
 * Separators that fit neither reading ({@code 06.12} as a clock time) give no number.
 */
public final class Numbers {
  private Numbers() {}

  /**
   * The value of a numeric token written in the profile's convention. For {@link Profile#OTHER}
   * groups of exactly three digits are thousands and any other single separator is a decimal one.
   */
  public static Optional<BigDecimal> read(String token, Profile profile) {
    char decimal;
    char group;
    if (profile == Profile.OTHER) {
      boolean grouped = token.matches("\\d{1,3}([.,]\\d{3})+");
      group = grouped ? token.charAt(token.length() - 4) : '\u0000';
      decimal = grouped ? '\u0000' : (token.indexOf(',') >= 0 ? ',' : '.');
    } else {
      decimal = profile.decimalComma() ? ',' : '.';
      group = profile.decimalComma() ? '.' : ',';
    }
    return parse(token, decimal, group);
  }

  private static Optional<BigDecimal> parse(String token, char decimal, char group) {
    StringBuilder plain = new StringBuilder(token.length());
    int groupDigits = -1;
    boolean seenDecimal = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == group) {
        if (seenDecimal
            || (groupDigits != -1 && groupDigits != 3)
            || plain.length() > 3 && groupDigits == -1) {
          return Optional.empty();
        }
        groupDigits = 0;
      } else if (c == decimal) {
        if (seenDecimal || (groupDigits != -1 && groupDigits != 3)) {
          return Optional.empty();
        }
        seenDecimal = true;
        plain.append('.');
      } else if (c >= '0' && c <= '9') {
        plain.append(c);
        if (groupDigits >= 0 && !seenDecimal) {
          groupDigits++;
        }
      } else {
        return Optional.empty();
      }
    }
    if (groupDigits != -1 && groupDigits != 3 && !seenDecimal) {
      return Optional.empty();
    }
    if (plain.isEmpty() || plain.charAt(plain.length() - 1) == '.') {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(plain.toString()));
  }

  /** The canonical text of a value: plain notation, no trailing zeros ({@code 5.50} is 5.5). */
  public static String canonical(BigDecimal value) {
    BigDecimal v = value.stripTrailingZeros();
    if (v.scale() < 0) {
      v = v.setScale(0);
    }
    return v.toPlainString();
  }
}
