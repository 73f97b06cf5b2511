package org.warta.core.phrase;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.warta.core.Language;

/**
 * Recognises boilerplate lines in article text: "read also" inserts, promo and share lines, labels
 * such as "Advertisement", headings of non-article blocks and credit lines. The phrases are data,
 * one file per language ({@code org/warta/core/phrase/boilerplate-<lang>.tsv}, lines {@code
 * kind<TAB>pattern}; the kinds and their matching rules are on {@link PhraseKind}).
 *
 * <p>Usage: {@code BoilerplatePhrases.forLanguage(Language.INDONESIAN).match("Baca juga: Harga
 * cabai naik")} gives a {@link PhraseKind#RELATED} match with remainder {@code Harga cabai naik}.
 * Instances are immutable and thread-safe; lists are loaded once per language.
 */
public final class BoilerplatePhrases {
  private static final Map<String, List<CompiledPhrase>> LOADED = new ConcurrentHashMap<>();
  private static final Map<Set<String>, BoilerplatePhrases> INSTANCES = new ConcurrentHashMap<>();

  /** {@link #forLanguage} by language code (asked once per article text). */
  private static final Map<String, BoilerplatePhrases> BY_LANGUAGE = new ConcurrentHashMap<>();

  private static final int MAX_REMEMBERED_LANGUAGES = 512;
  private static final Comparator<CompiledPhrase> PRIORITY =
      Comparator.<CompiledPhrase>comparingInt(p -> priority(p.phrase().kind()))
          .thenComparing(p -> -p.phrase().pattern().length());

  private final List<CompiledPhrase> phrases;

  /** Single-literal whole-line phrases by their text; the first by priority wins. */
  private final Map<String, CompiledPhrase> exact = new HashMap<>();

  /** Every other phrase, by the first character of its first literal ("" for leading gaps). */
  private final Map<Character, Group> byFirstChar;

  /** Phrases whose first literal is empty or whose match may start anywhere (promos). */
  private final Group anywhere;

  /** The longest key of {@link #exact}: longer lines are not looked up (nor copied for it). */
  private final int longestExact;

  private BoilerplatePhrases(List<CompiledPhrase> phrases) {
    this.phrases = phrases;
    int longest = 0;
    Map<Character, List<CompiledPhrase>> starting = new HashMap<>();
    List<CompiledPhrase> rest = new ArrayList<>();
    for (CompiledPhrase p : phrases) {
      if (p.isExactWhole()) {
        exact.putIfAbsent(p.head(), p);
        longest = Math.max(longest, p.head().length());
      } else if (p.phrase().kind() == PhraseKind.PROMO || p.head().isEmpty()) {
        rest.add(p);
      } else {
        starting.computeIfAbsent(p.head().charAt(0), k -> new ArrayList<>()).add(p);
      }
    }
    this.longestExact = longest;
    this.anywhere = Group.of(rest);
    this.byFirstChar = new HashMap<>();
    starting.forEach((c, list) -> byFirstChar.put(c, Group.of(list)));
  }

  /**
   * Phrases tried in turn, with what the loop asks of each before reading the phrase itself
   * (whether it is a promo, and the first word of its required character pairs), in flat arrays
   * read one after the other.
   */
  private record Group(
      CompiledPhrase[] phrases, boolean[] promo, int[] firstWord, long[] firstMask) {
    static final Group EMPTY = of(List.of());

    static Group of(List<CompiledPhrase> list) {
      int n = list.size();
      CompiledPhrase[] phrases = list.toArray(new CompiledPhrase[0]);
      boolean[] promo = new boolean[n];
      int[] firstWord = new int[n];
      long[] firstMask = new long[n];
      for (int i = 0; i < n; i++) {
        promo[i] = phrases[i].phrase().kind() == PhraseKind.PROMO;
        Bigrams.Sparse required = phrases[i].required();
        if (required.words().length > 0) {
          firstWord[i] = required.words()[0];
          firstMask[i] = required.masks()[0];
        }
      }
      return new Group(phrases, promo, firstWord, firstMask);
    }
  }

  /**
   * The phrases of one language plus the English ones (English share bars and "Advertisement"
   * labels appear on pages in every language). An undetermined language or one without a list of
   * its own gives {@link #all()} and English respectively.
   */
  public static BoilerplatePhrases forLanguage(Language language) {
    if (!language.isDetermined()) {
      return all();
    }
    BoilerplatePhrases known = BY_LANGUAGE.get(language.code());
    if (known == null) {
      known = withEnglish(language);
      if (BY_LANGUAGE.size() < MAX_REMEMBERED_LANGUAGES) {
        BY_LANGUAGE.put(language.code(), known);
      }
    }
    return known;
  }

  private static BoilerplatePhrases withEnglish(Language language) {
    Set<String> codes = new LinkedHashSet<>();
    if (languages().contains(language.code())) {
      codes.add(language.code());
    }
    codes.add("en");
    return of(codes);
  }

  /** Every list of every language. */
  public static BoilerplatePhrases all() {
    return of(languages());
  }

  /** The languages that have a list, as ISO 639-1 codes. */
  public static Set<String> languages() {
    return Languages.CODES;
  }

  /** Loaded on first use. */
  private static final class Languages {
    static final Set<String> CODES = Set.copyOf(PhraseFiles.lines("languages.txt"));
  }

  private static BoilerplatePhrases of(Set<String> codes) {
    return INSTANCES.computeIfAbsent(Set.copyOf(codes), BoilerplatePhrases::build);
  }

  private static BoilerplatePhrases build(Set<String> codes) {
    List<CompiledPhrase> merged = new ArrayList<>();
    for (String code : codes) {
      merged.addAll(LOADED.computeIfAbsent(code, BoilerplatePhrases::load));
    }
    merged.sort(PRIORITY);
    return new BoilerplatePhrases(List.copyOf(merged));
  }

  private static List<CompiledPhrase> load(String code) {
    List<CompiledPhrase> list = new ArrayList<>();
    for (String line : PhraseFiles.lines("boilerplate-" + code + ".tsv")) {
      list.add(new CompiledPhrase(Phrase.parse(code, line)));
    }
    return List.copyOf(list);
  }

  /**
   * The first phrase the line matches, whole-line kinds first, then labels with values, then
   * promos; longer patterns before shorter ones of the same kind.
   */
  public Optional<PhraseMatch> match(String line) {
    String cleaned = LineText.clean(line);
    Optional<PhraseMatch> found = matchCleaned(cleaned);
    if (found.isEmpty() && LineText.isEnclosed(cleaned)) {
      // a related link in brackets, "(Baca juga: …)"; credit lines in brackets, "(Reporting by X;
      // Editing by Y)", "（责任编辑：X）", stay: readers and annotators count them as the story's
      return matchCleaned(cleaned.substring(1, cleaned.length() - 1).strip())
          .filter(m -> m.kind() == PhraseKind.RELATED);
    }
    return found;
  }

  private Optional<PhraseMatch> matchCleaned(String cleaned) {
    if (cleaned.isEmpty()) {
      return Optional.empty();
    }
    String normalized = LineText.lower(cleaned);
    int words = LineText.words(cleaned);
    int keyLength = CompiledPhrase.wholeKeyLength(normalized);
    @Nullable CompiledPhrase best =
        keyLength <= longestExact ? exact.get(normalized.substring(0, keyLength)) : null;
    Group sameStart = byFirstChar.getOrDefault(normalized.charAt(0), Group.EMPTY);
    Optional<PhraseMatch> found = Optional.empty();
    long[] bigrams = Bigrams.of(normalized);
    for (int g = 0; g < 2; g++) {
      Group group = g == 0 ? sameStart : anywhere;
      CompiledPhrase[] tried = group.phrases();
      for (int i = 0; i < tried.length; i++) {
        if (best != null && PRIORITY.compare(tried[i], best) >= 0) {
          break;
        }
        if (group.promo()[i] && words > CompiledPhrase.MAX_PROMO_WORDS) {
          break; // promos come last
        }
        if ((group.firstMask()[i] & ~bigrams[group.firstWord()[i]]) != 0) {
          continue; // the first required pairs are missing: what mayMatch reads first
        }
        CompiledPhrase p = tried[i];
        if (!p.mayMatch(bigrams)) {
          continue;
        }
        Optional<PhraseMatch> m = p.match(cleaned, normalized, words);
        if (m.isPresent()) {
          best = p;
          found = m;
          break;
        }
      }
    }
    if (best != null && found.isEmpty()) {
      return best.match(cleaned, normalized, words);
    }
    return found;
  }

  /** Whether the line matches any phrase of these lists. */
  public boolean isBoilerplate(String line) {
    return match(line).isPresent();
  }

  /** The entries of these lists, in matching order. */
  public List<Phrase> phrases() {
    return phrases.stream().map(CompiledPhrase::phrase).toList();
  }

  private static int priority(PhraseKind kind) {
    return switch (kind) {
      case LABEL -> 0;
      case SECTION -> 1;
      case RELATED -> 2;
      case EDITOR -> 3;
      case PHOTO -> 4;
      case AUTHOR -> 5;
      case PROMO -> 6;
    };
  }
}
