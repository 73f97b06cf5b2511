package org.warta.langid.model;

import java.util.List;

/**
 * The log-likelihood (natural log) of a text sample under each language of a model, index-aligned
 * with {@link NgramModel#languages()}, and the number of letter positions scored.
 */
public record Scores(List<ModelLanguage> languages, double[] logLikelihood, int positions) {
  public Scores {
    languages = List.copyOf(languages);
    logLikelihood = logLikelihood.clone();
  }

  /** The log-likelihood of the language at {@code index}. */
  public double of(int index) {
    return logLikelihood[index];
  }
}
