package org.warta.stories.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The word lists story clustering relies on, loaded once from this package's resources: stop words
 * of English and Indonesian ({@code stopwords-en.txt}, {@code stopwords-id.txt}), number and scale
 * words ({@code numbers.tsv}) and the bilingual news lexicon ({@code lexicon.tsv}: concept, kind,
 * English forms, Indonesian forms). Immutable and thread-safe.
 */
public final class Lexicon {
  private static final Lexicon DEFAULT = load();

  private final Set<String> englishStop;
  private final Set<String> indonesianStop;
  private final Map<String, Concept> english;
  private final Map<String, Concept> indonesian;
  private final Map<String, Double> numberWords;
  private final Map<String, Double> scaleWords;
  private final int longestForm;
  private final Set<String> phraseStarts;

  private Lexicon(
      Set<String> englishStop,
      Set<String> indonesianStop,
      Map<String, Concept> english,
      Map<String, Concept> indonesian,
      Map<String, Double> numberWords,
      Map<String, Double> scaleWords) {
    this.englishStop = Set.copyOf(englishStop);
    this.indonesianStop = Set.copyOf(indonesianStop);
    this.english = Map.copyOf(english);
    this.indonesian = Map.copyOf(indonesian);
    this.numberWords = Map.copyOf(numberWords);
    this.scaleWords = Map.copyOf(scaleWords);
    int longest = 1;
    for (String form : english.keySet()) {
      longest = Math.max(longest, form.split(" ").length);
    }
    for (String form : indonesian.keySet()) {
      longest = Math.max(longest, form.split(" ").length);
    }
    this.longestForm = longest;
    Set<String> starts = new HashSet<>();
    for (Map<String, Concept> side : List.of(english, indonesian)) {
      for (String form : side.keySet()) {
        int space = form.indexOf(' ');
        if (space > 0) {
          starts.add(form.substring(0, space));
        }
      }
    }
    this.phraseStarts = Set.copyOf(starts);
  }

  /** Whether some form of several words starts with this lower-cased word. */
  public boolean startsPhrase(String lower) {
    return phraseStarts.contains(lower);
  }

  /** The lexicon shipped with Warta. */
  public static Lexicon standard() {
    return DEFAULT;
  }

  /** Whether the lower-cased word is a stop word of the profile (both lists for OTHER). */
  public boolean isStopword(Profile profile, String lower) {
    return switch (profile) {
      case ENGLISH -> englishStop.contains(lower);
      case INDONESIAN -> indonesianStop.contains(lower);
      case OTHER -> englishStop.contains(lower) || indonesianStop.contains(lower);
    };
  }

  /**
   * The concept of a lower-cased form (one word or several joined by single spaces), looked up on
   * the profile's side of the lexicon (English first, then Indonesian, for OTHER).
   */
  public @Nullable Concept concept(Profile profile, String form) {
    return switch (profile) {
      case ENGLISH -> english.get(form);
      case INDONESIAN -> indonesian.get(form);
      case OTHER -> {
        Concept c = english.get(form);
        yield c != null ? c : indonesian.get(form);
      }
    };
  }

  /** The most words any lexicon form has ("meninggal dunia" has two). */
  public int longestForm() {
    return longestForm;
  }

  /** The value of a number word ("tiga", "three"), or NaN. */
  public double numberWord(String lower) {
    return numberWords.getOrDefault(lower, Double.NaN);
  }

  /** The multiplier of a scale word ("juta", "billion"), or NaN. */
  public double scaleWord(String lower) {
    return scaleWords.getOrDefault(lower, Double.NaN);
  }

  private static Lexicon load() {
    Map<String, Concept> english = new HashMap<>();
    Map<String, Concept> indonesian = new HashMap<>();
    for (String line : lines("lexicon.tsv")) {
      String[] cols = line.split("\t", -1);
      if (cols.length != 4) {
        throw new IllegalStateException("lexicon.tsv: expected 4 columns in '" + line + "'");
      }
      Concept concept =
          new Concept(cols[0], Concept.Kind.valueOf(cols[1].toUpperCase(Locale.ROOT)));
      addForms(english, cols[2], concept);
      addForms(indonesian, cols[3], concept);
    }
    Map<String, Double> numbers = new HashMap<>();
    Map<String, Double> scales = new HashMap<>();
    for (String line : lines("numbers.tsv")) {
      String[] cols = line.split("\t");
      Map<String, Double> target = cols[1].equals("scale") ? scales : numbers;
      target.put(cols[0], Double.parseDouble(cols[2]));
    }
    return new Lexicon(
        words(lines("stopwords-en.txt")),
        words(lines("stopwords-id.txt")),
        english,
        indonesian,
        numbers,
        scales);
  }

  private static Set<String> words(List<String> lines) {
    Set<String> out = new HashSet<>();
    for (String line : lines) {
      out.add(line.strip());
    }
    return out;
  }

  private static void addForms(Map<String, Concept> side, String forms, Concept concept) {
    for (String form : forms.split(",")) {
      String f = form.strip();
      if (f.isEmpty()) {
        continue;
      }
      Concept before = side.put(f, concept);
      if (before != null && !before.equals(concept)) {
        throw new IllegalStateException(
            "lexicon.tsv: form '"
                + f
                + "' belongs to both "
                + before.name()
                + " and "
                + concept.name());
      }
    }
  }

  /** The non-blank, non-comment lines of a resource of this package. */
  static List<String> lines(String name) {
    List<String> out = new ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource missing from the jar: " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
    return out;
  }
}
