package org.warta.core.phrase;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warta.core.WireCredit;

/**
 * News agencies (AFP, Reuters, AP, Antara, Xinhua, Bernama, ...) and how pages credit them. The
 * names are data ({@code org/warta/core/phrase/wire-agencies.tsv}, lines {@code agency<TAB>alias,
 * alias, ...}). Aliases of up to three letters match only with the case written there ({@code AP}
 * is the agency, {@code ap} is not; {@code ant} is Antara's lower-case credit), longer ones match
 * in any case.
 *
 * <p>Stateless and thread-safe.
 */
public final class WireAgencies {
  private static final Pattern PART_SEPARATORS = Pattern.compile("[/,;|]");
  private static final Pattern SPACED_SLASH = Pattern.compile("\\s*/\\s*");
  private static final Pattern SOURCE_LABEL =
      Pattern.compile("(?i)^(foto|photo|sumber|source|image|gambar)\\s*:\\s*");

  /**
   * A closing credit: a parenthesised group of one to four short tokens separated by "/", at the
   * very end of a paragraph, e.g. "(AFP/Z-3)", "(ant)", "(wun/jcr)", "(Antara/Budi)".
   */
  private static final Pattern CLOSING =
      Pattern.compile(
          "\\(\\s*((?:\\*|[\\p{L}][\\p{L}\\p{N}.\\-]{0,15})(?:\\s*/\\s*[\\p{L}\\p{N}][\\p{L}\\p{N}.\\-]{0,15}){0,3})\\s*\\)[\\s.]*$");

  private static final Pattern INITIALS =
      Pattern.compile("\\p{Ll}{2,5}|\\p{Lu}{1,3}-?\\d{1,3}|\\*");

  /** Lower-case words that end sentences in parentheses but are not credits. */
  private static final Set<String> NOT_CREDITS = Set.of("sic", "dll", "dst", "etc", "ed", "cs");

  private static final Map<String, String> EXACT = new LinkedHashMap<>();
  private static final Map<String, String> ANY_CASE = new LinkedHashMap<>();
  private static final List<String> NAMES = new ArrayList<>();

  static {
    for (String line : PhraseFiles.lines("wire-agencies.tsv")) {
      String[] cols = line.split("\t");
      if (cols.length != 2) {
        throw new IllegalStateException(
            "wire-agencies.tsv: expected 'agency<TAB>aliases', got '" + line + "'");
      }
      NAMES.add(cols[0].strip());
      for (String alias : cols[1].split(",")) {
        String a = alias.strip();
        if (a.length() <= 3) {
          EXACT.put(a, cols[0].strip());
        } else {
          ANY_CASE.put(a.toLowerCase(Locale.ROOT), cols[0].strip());
        }
      }
    }
  }

  private WireAgencies() {}

  /** Every agency name, in file order. */
  public static List<String> agencies() {
    return List.copyOf(NAMES);
  }

  /**
   * The agency a printed credit names: "AFP/Z-3" → AFP, "ant" → Antara, "ANTARA FOTO/Budi" →
   * Antara, "Reuters" → Reuters. Parentheses and a "Foto:"/"Photo:"/"Sumber:" label are ignored;
   * each "/"-separated part is tried in order, and a part matches when it is an alias or starts
   * with one followed by a space.
   */
  public static Optional<WireCredit> match(String printed) {
    String text = stripWrapping(printed);
    for (String part : PART_SEPARATORS.split(text)) {
      Optional<String> agency = agencyOf(part.strip());
      if (agency.isPresent()) {
        return Optional.of(new WireCredit(agency.get(), text));
      }
    }
    return Optional.empty();
  }

  /**
   * The closing credit at the end of a paragraph, if there is one: a parenthesised group that names
   * an agency or looks like reporter/editor initials ("(wun/jcr)", "(Z-3)", "(red)"). "(2024)",
   * "(UK)" or "(sic)" are not credits.
   */
  public static Optional<ClosingCredit> closingCredit(String paragraph) {
    int open = paragraph.lastIndexOf('(');
    if (open < 0 || paragraph.length() - open > 80) {
      return Optional.empty();
    }
    Matcher m = CLOSING.matcher(paragraph).region(open, paragraph.length());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    String printed = SPACED_SLASH.matcher(m.group(1)).replaceAll("/");
    Optional<WireCredit> agency = match(printed);
    if (agency.isPresent() || looksLikeInitials(printed)) {
      return Optional.of(new ClosingCredit(printed, open, agency));
    }
    return Optional.empty();
  }

  private static boolean looksLikeInitials(String printed) {
    for (String part : printed.split("/")) {
      if (!INITIALS.matcher(part).matches() || NOT_CREDITS.contains(part)) {
        return false;
      }
    }
    return true;
  }

  private static Optional<String> agencyOf(String part) {
    if (part.isEmpty()) {
      return Optional.empty();
    }
    String exact = EXACT.get(part);
    if (exact != null) {
      return Optional.of(exact);
    }
    String lower = part.toLowerCase(Locale.ROOT);
    for (Map.Entry<String, String> e : ANY_CASE.entrySet()) {
      if (lower.equals(e.getKey()) || lower.startsWith(e.getKey() + " ")) {
        return Optional.of(e.getValue());
      }
    }
    int space = part.indexOf(' ');
    return space > 0 ? Optional.ofNullable(EXACT.get(part.substring(0, space))) : Optional.empty();
  }

  private static String stripWrapping(String printed) {
    String t = printed.strip();
    while (t.length() >= 2
        && "([{".indexOf(t.charAt(0)) >= 0
        && ")]}".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(1, t.length() - 1).strip();
    }
    return SOURCE_LABEL.matcher(t).replaceFirst("");
  }
}
