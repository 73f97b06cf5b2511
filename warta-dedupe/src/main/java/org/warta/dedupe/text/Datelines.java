package org.warta.dedupe.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.core.WireCredit;
import org.warta.core.phrase.WireAgencies;

/**
 * Datelines that open wire copy and its re-posts: "Paris (AP) - ", "JAKARTA (Reuters) - ",
 * "(ANTARA) -- ", "Jakarta, ANTARA - ", "JAKARTA, KOMPAS.com - ". Copies add, drop or change them,
 * so dedupe removes them before comparing; the agency they name is a wire credit. A prefix is only
 * a dateline when its credit part names an agency or a site ({@code KOMPAS.com}): "Mr Smith (right)
 * - ..." stays text.
 */
public final class Datelines {
  private static final String PLACE = "(?:[\\p{Lu}][\\p{L}.'’ ]{1,40}?\\s*,?\\s*)?";
  private static final String DASH = "\\s*[-–—]{1,2}\\s+";
  private static final Pattern PARENTHESISED =
      Pattern.compile("^" + PLACE + "\\(\\s*([^()]{1,30}?)\\s*\\)" + DASH);
  private static final Pattern COMMA =
      Pattern.compile(
          "^[\\p{Lu}][\\p{L}.'’ ]{1,40}?\\s*,\\s*([\\p{L}][\\p{L}\\p{N}.]{1,30})" + DASH);

  /** A site name as a credit: "KOMPAS.com", "kabarkilat.example", "detik.co.id". */
  private static final Pattern SITE = Pattern.compile("[\\p{L}\\p{N}-]+(?:\\.\\p{L}{2,}){1,2}");

  private Datelines() {}

  /** A dateline found at the start of a line: its length and the agency it credits. */
  public record Dateline(int length, Optional<WireCredit> credit) {}

  /** The dateline opening {@code line}, if it has one. */
  public static Optional<Dateline> find(String line) {
    for (Pattern p : new Pattern[] {PARENTHESISED, COMMA}) {
      Matcher m = p.matcher(line);
      if (m.lookingAt() && m.end() < line.length()) {
        String credit = m.group(1).strip();
        Optional<WireCredit> agency = WireAgencies.match(credit);
        if (agency.isPresent() || SITE.matcher(credit).matches()) {
          return Optional.of(new Dateline(m.end(), agency));
        }
      }
    }
    return Optional.empty();
  }
}
