package org.warta.langid;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.warta.core.Language;
import org.warta.langid.Detection.Basis;
import org.warta.langid.model.ModelFile;
import org.warta.langid.model.ModelLanguage;
import org.warta.langid.model.NgramModel;
import org.warta.langid.model.Scores;
import org.warta.langid.script.ScriptLanguages;
import org.warta.langid.text.TextSample;

/**
 * Detects the language of article text. Scripts that belong to one language decide alone (Hangul is
 * Korean, kana Japanese, Han without kana Chinese, Thai, Greek, ...); otherwise a character n-gram
 * model of about 80 languages (see {@link NgramModel}; Indonesian, Malay, Javanese, Sundanese,
 * English, Dutch, Tagalog, the major European, Cyrillic, Arabic-script and Indic languages) scores
 * the languages written in the text's dominant script. Texts with fewer than {@value #MIN_LETTERS}
 * letters, and texts no language explains, are {@link Language#UNDETERMINED}.
 *
 * <p>{@link #standard()} loads the model shipped in this module once (about 10 MB of heap, well
 * under a second); instances are immutable and thread-safe.
 */
public final class LanguageDetector {
  /** Fewest letters an n-gram decision is made on. */
  public static final int MIN_LETTERS = 10;

  /** Fewest letters for a decision by script alone. */
  public static final int MIN_SCRIPT_LETTERS = 2;

  /** Log-likelihood bonus (natural log) of a declared language: odds of about 20 to 1. */
  static final double HINT_PRIOR = 3.0;

  /**
   * Winner's mean log-likelihood per letter below which no language explains the text (natural text
   * scores about -2 to -3 under its language; random letters below -5).
   */
  static final double MIN_MEAN_LOG_LIKELIHOOD = -5.0;

  /** Least confidence of a winner; below it two or more languages are too close to call. */
  static final double MIN_CONFIDENCE = 0.4;

  private final NgramModel model;

  private LanguageDetector(NgramModel model) {
    this.model = model;
  }

  /** The detector with the model shipped in this module, loaded on first use. */
  public static LanguageDetector standard() {
    return Standard.INSTANCE;
  }

  /** A detector on another model (tests, experiments). */
  public static LanguageDetector of(NgramModel model) {
    return new LanguageDetector(model);
  }

  /** The language of {@code text}, or {@link Language#UNDETERMINED}. */
  public Language detect(CharSequence text) {
    return detectWithScores(text).language();
  }

  /**
   * The language of {@code text}, taking {@code declared} (e.g. from {@code <html lang>}) as a
   * prior: it wins close calls and short texts in its script, but not clear evidence.
   */
  public Language detect(CharSequence text, Language declared) {
    return detectWithScores(text, declared).language();
  }

  /** The detection with its confidence, candidates and basis. */
  public Detection detectWithScores(CharSequence text) {
    return detectWithScores(text, Language.UNDETERMINED);
  }

  /** The detection with its confidence, candidates and basis, with a declared language as prior. */
  public Detection detectWithScores(CharSequence text, Language declared) {
    TextSample sample = TextSample.of(text);
    if (sample.letters() == 0) {
      return new Detection(Language.UNDETERMINED, 0, List.of(), Basis.TOO_SHORT, 0);
    }
    Optional<Language> byScript = ScriptLanguages.of(sample.scripts());
    if (byScript.isPresent()) {
      return byScript(sample, byScript.get());
    }
    Optional<UnicodeScript> script = sample.scripts().dominant();
    boolean[] candidates = script.map(this::candidates).orElse(new boolean[0]);
    int count = 0;
    for (boolean c : candidates) {
      count += c ? 1 : 0;
    }
    if (count == 0) {
      return new Detection(
          Language.UNDETERMINED, 0, List.of(), Basis.UNKNOWN_SCRIPT, sample.letters());
    }
    return byNgrams(sample, candidates, declared);
  }

  private Detection byScript(TextSample sample, Language language) {
    int letters = sample.letters();
    double share = (double) sample.scripts().total() / Math.max(1, letters);
    List<Candidate> only = List.of(new Candidate(language, Math.min(1, share)));
    if (letters < MIN_SCRIPT_LETTERS) {
      return new Detection(Language.UNDETERMINED, 0, only, Basis.TOO_SHORT, letters);
    }
    return new Detection(language, only.getFirst().confidence(), only, Basis.SCRIPT, letters);
  }

  private boolean[] candidates(UnicodeScript script) {
    List<ModelLanguage> languages = model.languages();
    boolean[] mask = new boolean[languages.size()];
    for (int i = 0; i < mask.length; i++) {
      mask[i] = languages.get(i).script() == script;
    }
    return mask;
  }

  private Detection byNgrams(TextSample sample, boolean[] mask, Language declared) {
    Scores scores = model.score(sample.words());
    List<ModelLanguage> languages = model.languages();
    double[] logL = new double[languages.size()];
    double best = Double.NEGATIVE_INFINITY;
    double bestUnhinted = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < logL.length; i++) {
      if (!mask[i]) {
        continue;
      }
      boolean hinted = languages.get(i).language().equals(declared);
      logL[i] = scores.of(i) + (hinted ? HINT_PRIOR : 0);
      best = Math.max(best, logL[i]);
      bestUnhinted = Math.max(bestUnhinted, scores.of(i));
    }
    List<Candidate> ranked = rank(logL, mask, best, scores.positions());
    Candidate top = ranked.getFirst();
    int letters = sample.letters();
    double mean = bestUnhinted / Math.max(1, scores.positions());
    boolean clear = top.confidence() >= MIN_CONFIDENCE && mean >= MIN_MEAN_LOG_LIKELIHOOD;
    if (letters >= MIN_LETTERS && clear) {
      return new Detection(top.language(), top.confidence(), ranked, Basis.NGRAMS, letters);
    }
    Optional<Candidate> hint =
        ranked.stream().filter(c -> c.language().equals(declared)).findFirst();
    if (hint.isPresent()) {
      return new Detection(declared, hint.get().confidence(), ranked, Basis.HINT, letters);
    }
    Basis why = letters < MIN_LETTERS ? Basis.TOO_SHORT : Basis.UNCLEAR;
    return new Detection(Language.UNDETERMINED, top.confidence(), ranked, why, letters);
  }

  /**
   * Candidates with softmax shares of their log-likelihoods, tempered by text length ({@code T = 1
   * + letters / 50}) because neighbouring letters are not independent evidence: the shares stay
   * informative on long texts instead of collapsing to 0 and 1.
   */
  private List<Candidate> rank(double[] logL, boolean[] mask, double best, int positions) {
    double temperature = 1 + positions / 50.0;
    double[] weight = new double[logL.length];
    double sum = 0;
    for (int i = 0; i < logL.length; i++) {
      weight[i] = mask[i] ? Math.exp((logL[i] - best) / temperature) : 0;
      sum += weight[i];
    }
    List<Candidate> ranked = new ArrayList<>();
    for (int i = 0; i < logL.length; i++) {
      if (mask[i]) {
        ranked.add(
            new Candidate(model.languages().get(i).language(), Math.min(1, weight[i] / sum)));
      }
    }
    ranked.sort(Comparator.comparingDouble(Candidate::confidence).reversed());
    return ranked;
  }

  /** Loads the standard model once, on first use (class initialisation is thread-safe). */
  private static final class Standard {
    static final LanguageDetector INSTANCE = new LanguageDetector(ModelFile.standard());
  }
}
