package org.warta.extract.credit;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.warta.core.Whitespace;

/**
 * Cleans and splits author strings as pages print them: "By Jane Roe and John Doe", "Oleh: Rina dan
 * Budi", "Sinta Dewi - detakNews", "JANE ROE, Staff Writer". Rejects what is not a person's name:
 * generic accounts ("admin", "Redaksi", "Staff"), URLs, e-mail addresses, site names, long phrases.
 */
public final class Names {
  private static final Pattern LABEL =
      Pattern.compile(
          "(?iu)^((?:this (?:post|article|story|piece|guide) (?:was|is) )?(?:written"
              + " )?by|oleh|penulis|reporter|wartawan|pewarta|rep|authors?|written by|words"
              + " by|بقلم|كتب|记者|作者|文|text|teks|von|par|por|bylines?|posted by|story by|report"
              + " by|reported by|laporan wartawan)\\s*[:：|\\-–]?\\s+");
  private static final Pattern SPLIT =
      Pattern.compile(
          "(?iu)\\s*(?:,|;|\\||/|&|\\s+and\\s+|\\s+with\\s+|\\s+dan\\s+|\\s+und\\s+|\\s+et\\s+|\\s+y\\s+|\\s+e\\s+|、|，|\\s+و\\s*)\\s*");
  private static final Set<String> GENERIC =
      Set.of(
          "admin",
          "administrator",
          "redaksi",
          "tim redaksi",
          "redaktur",
          "editor",
          "editorial",
          "staff",
          "staff writer",
          "staff reporter",
          "team",
          "newsroom",
          "news desk",
          "desk",
          "webmaster",
          "author",
          "guest",
          "guest author",
          "anonymous",
          "unknown",
          "reporter",
          "contributor",
          "penulis",
          "kontributor",
          "wartawan",
          "humas",
          "the editors",
          "editorial staff",
          "editorial team",
          "web desk",
          "online desk",
          "digital desk",
          "press release",
          "the author",
          "our team",
          "admin user",
          "super user");
  private static final Pattern OTHER_CREDIT =
      Pattern.compile(
          "(?iu)\\s*[|/,;]?\\s*\\b(editor|redaktur|penyunting|foto|photo|fotografer|photographer|editing"
              + " by|edited by|copyright)\\s*[:：].*$");

  /** Words that show a byline slot held something else: "Sign In", "NOC Admin", "Writer". */
  private static final Pattern JUNK =
      Pattern.compile(
          "(?u)\\b(sign in|sign up|log"
              + " in|login|admin|writer|consultant|share|follow|subscribe|menu|search)\\b");

  private static final Pattern TRAILING_PUNCT = Pattern.compile("\\p{P}+$");
  private static final Pattern EDGE_PUNCT = Pattern.compile("^[\\p{P}\\s]+|[\\p{P}\\s&&[^.)]]+$");
  private static final Pattern TRAILING_PUNCT_KEEP_DOT = Pattern.compile("[\\p{P}&&[^.)]]+$");
  private static final Pattern INITIALS = Pattern.compile("[A-Z.]+");
  private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");
  private static final Pattern DOMAIN_SUFFIX =
      Pattern.compile("\\s+[-–]\\s+\\S+\\.(?:com|co\\.id|id|net|org|example)\\b.*$");

  /** Lower-case words that do occur inside names. */
  private static final Set<String> PARTICLES =
      Set.of(
          "van", "von", "der", "den", "de", "da", "di", "del", "della", "dos", "das", "du", "la",
          "le", "bin", "binti", "bint", "al", "el", "ibn", "ter", "ten", "zu", "y", "e");

  /** A date after a byline ("Luke Kim December 17, 2025", "Jane Roe · 3 min read"). */
  private static final Pattern DATE_TAIL =
      Pattern.compile(
          "(?iu)\\s*[·•|,–-]?\\s*(?:(?:on|at|updated|published|posted)\\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\\s+)?(?:\\d{1,2}\\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januari|februari|maret|mei|juni|juli|agustus|oktober|desember)[a-z]*\\.?\\s+\\d.*$|\\s*[·•|,–-]?\\s*(?<!\\p{L})\\d.*$");

  private static final Pattern ROLE_SUFFIX =
      Pattern.compile(
          "(?iu)(?:\\s+(?:last\\s+)?(?:published|updated|posted|writer|founder|author|editor)\\b.*$)|\\s*[,\\-–|]\\s*(staff"
              + " writer|senior"
              + " writer|reporter|correspondent|contributor|editor|columnist|writer|kontributor|koresponden|wartawan)\\b.*$");

  /**
   * The section or place a byline names after the writer: "Jane Roe in Project Management", "Jane
   * Roe in Washington". No name holds the word "in".
   */
  private static final Pattern IN_SECTION = Pattern.compile("\\s+in\\s+(?=\\p{Lu}).*$");

  /** A team credited as author: "The Garden Team", "the Acme Editorial Team". */
  private static final Pattern TEAM = Pattern.compile("^(?:the|The) (?:\\p{Lu}\\S* ){1,3}Team$");

  /** Words of job titles printed after or instead of a name. */
  private static final Set<String> ROLES =
      Set.of(
          "expert",
          "executive",
          "director",
          "manager",
          "officer",
          "analyst",
          "specialist",
          "strategist",
          "founder",
          "co-founder",
          "ceo",
          "president",
          "researcher",
          "engineer",
          "head",
          "senior",
          "chief",
          "sponsored",
          "correspondent",
          "columnist",
          "producer");

  private static final Set<String> ARTICLES = Set.of("the", "a", "an");

  /** The index of the first job-title word, or -1. */
  private static int roleAt(String[] words) {
    for (int i = 0; i < words.length; i++) {
      if (ROLES.contains(
          TRAILING_PUNCT.matcher(words[i].toLowerCase(Locale.ROOT)).replaceAll(""))) {
        return i;
      }
    }
    return -1;
  }

  private Names() {}

  /** The person names in an author string, cleaned, in order; empty when none looks like a name. */
  public static List<String> split(String raw, String siteName) {
    return split(raw, siteName, false);
  }

  /**
   * As {@link #split(String, String)}; with {@code strictCase} every name must start with a capital
   * (for names read from free text after a label, where "Editor in Chief" must not give "in
   * Chief"), otherwise a single lower-case word is accepted as a user name ("aawoods").
   */
  public static List<String> split(String raw, String siteName, boolean strictCase) {
    String s = Whitespace.collapse(raw);
    s = LABEL.matcher(s).replaceFirst("");
    if ((s.contains(" and ") || s.contains(" & ")) && organization(s).isPresent()) {
      return List.of(); // "Center for Drug Evaluation and Research" is not "Research"
    }
    // each pattern runs only when the text holds a character every match of it needs
    if (s.indexOf(':') >= 0 || s.indexOf('：') >= 0) {
      s = OTHER_CREDIT.matcher(s).replaceFirst("");
    }
    if (hasAsciiDigit(s)) { // both branches of DATE_TAIL need a \d
      s = DATE_TAIL.matcher(s).replaceFirst("");
    }
    if (s.indexOf('(') >= 0) {
      s = PARENTHESES.matcher(s).replaceAll("");
    }
    if (!siteName.isBlank()) {
      s = withoutSiteSuffix(s, siteName.strip());
    }
    if (s.indexOf('.') >= 0) {
      s = DOMAIN_SUFFIX.matcher(s).replaceFirst("");
    }
    s = ROLE_SUFFIX.matcher(s).replaceFirst("");
    if (s.contains("in")) {
      s = IN_SECTION.matcher(s).replaceFirst("");
    }
    s = withoutJobTitle(s);
    List<String> out = new ArrayList<>();
    boolean credentials = false;
    for (String part : SPLIT.split(s)) {
      if (!out.isEmpty() && (isCredential(part) || credentials && isCapitals(part))) {
        // "Jane Roe, MS, RD"; after a known credential, further capitals are credentials too
        out.set(out.size() - 1, out.getLast() + ", " + part.strip());
        credentials = true;
        continue;
      }
      credentials = false;
      String name = clean(part, strictCase);
      if (!name.isEmpty() && !out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  private static final Pattern LOWER_CASE_NAME = Pattern.compile("\\p{Ll}{2,}(?: \\p{Ll}+){1,2}");

  /**
   * A declared author (meta tag, structured data) that a person typed in lower case, "annette
   * thurmon": two or three words of lower-case letters, not a generic account or a job title. Only
   * for declared values, where the field itself says it holds the author; {@link #split} rejects
   * lower-case word runs because in page text they are phrases ("in Chief").
   */
  public static List<String> typedInLowerCase(String raw) {
    String n = Whitespace.collapse(raw).strip();
    if (!LOWER_CASE_NAME.matcher(n).matches()
        || GENERIC.contains(n)
        || JUNK.matcher(n).find()
        || roleAt(n.split(" ")) >= 0) {
      return List.of();
    }
    for (String w : n.split(" ")) {
      if (ARTICLES.contains(w)) {
        return List.of(); // "the team", "an editor"
      }
    }
    return List.of(n);
  }

  /**
   * Lower-case words that join the words of an organization's name ("Center for Drug Evaluation",
   * "Office of the Mayor"); no person's name holds them.
   */
  private static final Set<String> ORGANIZATION_JOINERS = Set.of("of", "for", "on", "at", "the");

  private static final Pattern ORGANIZATION_SHAPE = Pattern.compile("[\\p{L} &'’.-]+");

  /**
   * A declared author that is an organization's name in title case, "Center for Drug Evaluation and
   * Research", "Department of Health and Human Services": three to ten words, the first and the
   * last capitalized, every lower-case word a joiner ("of", "for", "on", "at", "the") or "and",
   * with a joiner before any "and" (so "Jane Roe and John Doe of the Tribune" is not one), no comma
   * or other separator. Such a value is not split at "and": its last word alone is no name.
   */
  public static Optional<String> organization(String raw) {
    String n = Whitespace.collapse(raw).strip();
    if (n.length() > 100 || !ORGANIZATION_SHAPE.matcher(n).matches()) {
      return Optional.empty();
    }
    String[] words = n.split(" ");
    if (words.length < 3
        || words.length > 10
        || !Character.isUpperCase(words[0].codePointAt(0))
        || !Character.isUpperCase(words[words.length - 1].codePointAt(0))) {
      return Optional.empty();
    }
    boolean joined = false;
    for (String w : words) {
      if (Character.isUpperCase(w.codePointAt(0)) || w.equals("&")) {
        continue;
      }
      if (ORGANIZATION_JOINERS.contains(w)) {
        joined = true;
      } else if (!(w.equals("and") && joined)) {
        return Optional.empty(); // a lower-case word of a phrase, or "and" before any joiner
      }
    }
    return joined ? Optional.of(n) : Optional.empty();
  }

  private static final Pattern USER_NAME =
      Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,38}[\\p{L}\\p{N}]");
  private static final Pattern E_MAIL =
      Pattern.compile(
          "[\\p{L}\\p{N}._+-]{1,40}@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.\\p{L}{2,}");

  /**
   * A declared author that is a user name or an e-mail address as a site's accounts show it
   * ("sara.r.peter", "3d23d65-ddc6-4ce5", "jane.roe@example.org"): one token, not a generic account
   * ("admin", "editor"). Only for declared values, as the last resort: {@link #split} rejects such
   * tokens because in page text they are handles of other things.
   */
  public static List<String> userName(String raw) {
    String n = Whitespace.collapse(raw).strip();
    String lower = n.toLowerCase(Locale.ROOT);
    if (n.length() > 60
        || GENERIC.contains(lower)
        || JUNK.matcher(lower).find()
        || n.chars().noneMatch(Character::isLowerCase) // "CDC", "AS": an acronym or initials
        || !(USER_NAME.matcher(n).matches() || E_MAIL.matcher(n).matches())) {
      return List.of();
    }
    return List.of(n);
  }

  private static final Pattern WORD_GAP = Pattern.compile("[\\s\\-–]+");

  /**
   * Cuts a comma part that holds a job-title word, and what follows it: "Jane Roe, Privacy and
   * Digital Security Expert" is one person with a title, not three names ("and" would split it).
   */
  private static String withoutJobTitle(String s) {
    int comma = s.indexOf(',');
    while (comma > 0) {
      int next = s.indexOf(',', comma + 1);
      String part = s.substring(comma + 1, next < 0 ? s.length() : next).strip();
      if (!part.isEmpty() && roleAt(WORD_GAP.split(part)) >= 0) {
        return s.substring(0, comma);
      }
      comma = next;
    }
    return s;
  }

  private static final Set<String> CREDENTIALS =
      Set.copyOf(CarriedPublishers.lines("credentials.txt"));

  /** Whether the part is a degree or credential ("MS", "Ph.D.", "S.H."): it belongs to the name. */
  static boolean isCredential(String part) {
    String p = part.strip();
    if (p.isEmpty() || p.length() > 8 || !Character.isUpperCase(p.codePointAt(0))) {
      return false;
    }
    if (p.length() == 2 && !p.equals(p.toUpperCase(Locale.ROOT))) {
      return false; // "Ma", "Do": words, not "MA", "DO"
    }
    return CREDENTIALS.contains(p.replace(".", "").replace(" ", "").toLowerCase(Locale.ROOT));
  }

  /** Two to six capital letters (ASCII), as credentials are abbreviated: "FOMA", "CCRN". */
  static boolean isCapitals(String part) {
    String p = part.strip();
    if (p.length() < 2 || p.length() > 6) {
      return false;
    }
    for (int i = 0; i < p.length(); i++) {
      if (p.charAt(i) < 'A' || p.charAt(i) > 'Z') {
        return false;
      }
    }
    return true;
  }

  private static String clean(String part, boolean strictCase) {
    String n = LABEL.matcher(part.strip()).replaceFirst("").strip();
    n = EDGE_PUNCT.matcher(n).replaceAll("").strip();
    if (n.isEmpty()
        || n.length() > 60
        || n.contains("@")
        || n.contains("://")
        || n.contains("www.")) {
      return "";
    }
    String lowerName = n.toLowerCase(Locale.ROOT);
    if (GENERIC.contains(lowerName)
        || n.contains(".") && !n.contains(" ")
        || JUNK.matcher(lowerName).find()) {
      return "";
    }
    String[] words = n.split(" ");
    int role = roleAt(words);
    if (role == 0 || role == 1 && words.length > 1) {
      return ""; // "Senior Research Executive", "Jane Director": a job, not a name
    }
    if (role > 1) {
      words = java.util.Arrays.copyOf(words, role); // "Liza Burke Marketing Director"
      n = TRAILING_PUNCT_KEEP_DOT.matcher(String.join(" ", words)).replaceAll("");
    }
    if (words.length > 6 || !Character.isLetter(n.codePointAt(0))) {
      return "";
    }
    if (words.length == 1 && ARTICLES.contains(lowerName)) {
      return "";
    }
    if (words.length == 1) {
      boolean initials =
          n.length() <= 3 && INITIALS.matcher(n).matches(); // "CM", "AB": an avatar, not a name
      boolean lower = Character.isLowerCase(n.codePointAt(0));
      return initials || (lower && strictCase) ? "" : noDigits(n);
    }
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      int c = w.codePointAt(0);
      boolean teamArticle = i == 0 && w.equals("the") && TEAM.matcher(n).find();
      if (Character.isLowerCase(c) && !PARTICLES.contains(w) && !teamArticle) {
        return ""; // "Head of Marketing", "Insights from", "in Chief": not a name
      }
    }
    return noDigits(n);
  }

  /** Cuts " - Site" or " | Site" and what follows, the site name compared in any case. */
  private static String withoutSiteSuffix(String s, String site) {
    if (site.isEmpty()) {
      return s;
    }
    for (int i = 0; i + site.length() <= s.length(); i++) {
      if (s.regionMatches(true, i, site, 0, site.length())) {
        int j = i - 1;
        while (j >= 0 && s.charAt(j) == ' ') {
          j--;
        }
        if (j >= 0 && "-–|".indexOf(s.charAt(j)) >= 0) {
          return s.substring(0, j).strip();
        }
      }
    }
    return s;
  }

  /** Whether the text holds a digit {@code \d} matches (ASCII, without UNICODE_CHARACTER_CLASS). */
  private static boolean hasAsciiDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        return true;
      }
    }
    return false;
  }

  private static String noDigits(String n) {
    for (int i = 0; i < n.length(); i++) {
      if (Character.isDigit(n.charAt(i))) {
        return "";
      }
    }
    return n;
  }
}
