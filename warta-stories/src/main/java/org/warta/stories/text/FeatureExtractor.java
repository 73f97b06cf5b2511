package org.warta.stories.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.warta.core.Language;

/**
 * Describes an article by weighted term counts (see {@link Terms}): the cleaned text ({@link
 * TextCleaner}) is cut into tokens, stop words dropped, lexicon concepts recognised (also forms of
 * several words), words stemmed, numbers normalised ({@link Numbers}) and named entities found by
 * capitalisation. Title tokens count {@code titleWeight} times. Only the first {@link
 * #MAX_TEXT_CHARS} characters of the text and {@link #MAX_TITLE_CHARS} of the title are read (an
 * event is told at the top; hostile inputs cost bounded time). Not thread-safe: it memoises what
 * each word reads as ({@link WordReadings}).
 *
 * <p>Entity rule: a capitalised word that does not open its sentence, or an acronym of two to six
 * capitals, is an entity, unless its sentence is written in Title Case or ALL CAPS (headlines); in
 * those, and at a sentence start, a word is an entity only if the same text also writes it
 * capitalised mid-sentence more often than in lower case. Weekday and month names never are.
 */
public final class FeatureExtractor {
  /** Characters of article text read at most. */
  public static final int MAX_TEXT_CHARS = 32_768;

  /** Characters of title read at most. */
  public static final int MAX_TITLE_CHARS = 1_024;

  private final Lexicon lexicon;
  private final float titleWeight;
  private final WordReadings readings;

  /** An extractor with the given lexicon; title tokens weigh {@code titleWeight} body tokens. */
  public FeatureExtractor(Lexicon lexicon, float titleWeight) {
    if (!(titleWeight > 0)) {
      throw new IllegalArgumentException("title weight must be positive, got " + titleWeight);
    }
    this.lexicon = lexicon;
    this.titleWeight = titleWeight;
    this.readings = new WordReadings(lexicon);
  }

  /** The weighted term counts of an article; empty when it has no usable words. */
  public Map<String, Float> extract(String title, String text, Language language) {
    title = title.length() > MAX_TITLE_CHARS ? title.substring(0, MAX_TITLE_CHARS) : title;
    text = text.length() > MAX_TEXT_CHARS ? text.substring(0, MAX_TEXT_CHARS) : text;
    Profile profile = Profile.of(language);
    List<Token> titleTokens = Tokenizer.tokens(title);
    List<Token> bodyTokens = Tokenizer.tokens(TextCleaner.clean(text, language));
    SentenceStyles titleStyles = SentenceStyles.of(titleTokens, lexicon, profile);
    SentenceStyles bodyStyles = SentenceStyles.of(bodyTokens, lexicon, profile);
    Capitalisation evidence = new Capitalisation();
    evidence.observe(titleTokens, titleStyles);
    evidence.observe(bodyTokens, bodyStyles);
    Map<String, Float> out = new HashMap<>();
    ZoneReader reader = new ZoneReader(lexicon, readings, profile, evidence, out);
    reader.read(titleTokens, titleStyles, titleWeight);
    reader.read(bodyTokens, bodyStyles, 1f);
    return out;
  }
}
