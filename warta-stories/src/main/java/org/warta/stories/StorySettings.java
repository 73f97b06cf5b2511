package org.warta.stories;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The knobs of {@link StoryClusterer}, with {@link #defaults()} chosen on the development sets (see
 * the module README for how and how sensitive the results are to each).
 *
 * @param joinThreshold lowest time-decayed cosine similarity at which an article joins a story
 *     rather than starting one
 * @param entityAgreement share of an article's named-entity and number weight a story must hold for
 *     the article to join it ("entities, numbers and places must agree")
 * @param splitSilhouette silhouette at which a story's two-means cut is accepted as two events
 * @param minSplitPart fewest articles each side of a split must have
 * @param mergeSimilarity lowest centroid similarity at which two stories an article links are
 *     considered for merging
 * @param mergeSilhouette merge only when the two stories' silhouette is below this (they do not
 *     form separate groups); keep it well below {@code splitSilhouette} so that merges and splits
 *     never undo each other
 * @param memberCap articles per story remembered for split and merge tests; a story's later
 *     articles are only added to its centroid
 * @param titleWeight how many body tokens a title token counts for
 * @param maxTerms heaviest terms kept per article vector
 * @param centroidCap heaviest terms kept per story centroid (caps memory and background chaining)
 * @param indexTerms heaviest centroid terms under which a story is indexed for candidate search
 * @param queryTerms heaviest article terms used to look up candidate stories
 * @param maxCandidates candidate stories scored per article
 * @param maxPostings stories kept per index term (oldest dropped first)
 * @param window a story without a new article for this long is evicted (its id stays valid in the
 *     store; the clusterer forgets it)
 * @param decay time scale of similarity decay: similarity is multiplied by {@code exp(-(gap /
 *     decay)^2)}, gap = time between the article and the story's latest article
 * @param statisticsBits the document-frequency table has {@code 2^bits} counters
 * @param statisticsHalving document frequencies halve every this many articles
 * @param statisticsPrior imagined background articles containing none of the terms, so that the
 *     first articles of a stream get usable IDF weights
 * @param maxStories live stories at most; the least recently updated are evicted beyond it
 * @param sweepInterval articles between two eviction sweeps
 */
public record StorySettings(
    double joinThreshold,
    double entityAgreement,
    double splitSilhouette,
    int minSplitPart,
    double mergeSimilarity,
    double mergeSilhouette,
    int memberCap,
    float titleWeight,
    int maxTerms,
    int centroidCap,
    int indexTerms,
    int queryTerms,
    int maxCandidates,
    int maxPostings,
    Duration window,
    Duration decay,
    int statisticsBits,
    long statisticsHalving,
    double statisticsPrior,
    int maxStories,
    int sweepInterval) {

  public StorySettings {
    unit(joinThreshold, "joinThreshold");
    unit(entityAgreement, "entityAgreement");
    unit(splitSilhouette, "splitSilhouette");
    unit(mergeSimilarity, "mergeSimilarity");
    if (!(mergeSilhouette < splitSilhouette)) {
      throw new IllegalArgumentException(
          "mergeSilhouette ("
              + mergeSilhouette
              + ") must be below splitSilhouette ("
              + splitSilhouette
              + ") or merges and splits could undo each other");
    }
    positive(minSplitPart, "minSplitPart");
    positive(memberCap, "memberCap");
    positive(maxTerms, "maxTerms");
    positive(centroidCap, "centroidCap");
    positive(indexTerms, "indexTerms");
    positive(queryTerms, "queryTerms");
    positive(maxCandidates, "maxCandidates");
    positive(maxPostings, "maxPostings");
    positive(maxStories, "maxStories");
    positive(sweepInterval, "sweepInterval");
    if (!(statisticsPrior >= 0)) {
      throw new IllegalArgumentException(
          "statisticsPrior must not be negative, got " + statisticsPrior);
    }
    if (!(titleWeight > 0)) {
      throw new IllegalArgumentException("titleWeight must be positive, got " + titleWeight);
    }
    if (window.isNegative() || window.isZero() || decay.isNegative() || decay.isZero()) {
      throw new IllegalArgumentException(
          "window and decay must be positive durations, got " + window + " and " + decay);
    }
  }

  /** The settings Warta ships with. */
  public static StorySettings defaults() {
    return new StorySettings(
        0.15,
        0.1,
        0.4,
        3,
        0.6,
        0.2,
        32,
        2f,
        96,
        128,
        24,
        24,
        16,
        1024,
        Duration.ofDays(7),
        Duration.ofDays(4),
        22,
        200_000,
        5,
        2_000_000,
        1024);
  }

  /**
   * These settings with one value changed, by component name and text ({@code joinThreshold=0.2},
   * {@code window=P3D}: durations in ISO-8601). Unknown names fail, naming the known ones.
   */
  public StorySettings with(String name, String value) {
    Map<String, String> v = values();
    if (!v.containsKey(name)) {
      throw new IllegalArgumentException(
          "unknown story setting '" + name + "'; known: " + String.join(", ", v.keySet()));
    }
    v.put(name, value.strip());
    try {
      return fromValues(v);
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException(
          "story setting " + name + ": cannot read '" + value + "' (" + e.getMessage() + ")", e);
    }
  }

  /** Every setting by name, as text (the form {@link #with} reads). */
  public Map<String, String> values() {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("joinThreshold", Double.toString(joinThreshold));
    v.put("entityAgreement", Double.toString(entityAgreement));
    v.put("splitSilhouette", Double.toString(splitSilhouette));
    v.put("minSplitPart", Integer.toString(minSplitPart));
    v.put("mergeSimilarity", Double.toString(mergeSimilarity));
    v.put("mergeSilhouette", Double.toString(mergeSilhouette));
    v.put("memberCap", Integer.toString(memberCap));
    v.put("titleWeight", Float.toString(titleWeight));
    v.put("maxTerms", Integer.toString(maxTerms));
    v.put("centroidCap", Integer.toString(centroidCap));
    v.put("indexTerms", Integer.toString(indexTerms));
    v.put("queryTerms", Integer.toString(queryTerms));
    v.put("maxCandidates", Integer.toString(maxCandidates));
    v.put("maxPostings", Integer.toString(maxPostings));
    v.put("window", window.toString());
    v.put("decay", decay.toString());
    v.put("statisticsBits", Integer.toString(statisticsBits));
    v.put("statisticsHalving", Long.toString(statisticsHalving));
    v.put("statisticsPrior", Double.toString(statisticsPrior));
    v.put("maxStories", Integer.toString(maxStories));
    v.put("sweepInterval", Integer.toString(sweepInterval));
    return v;
  }

  private static StorySettings fromValues(Map<String, String> v) {
    return new StorySettings(
        Double.parseDouble(v.get("joinThreshold")),
        Double.parseDouble(v.get("entityAgreement")),
        Double.parseDouble(v.get("splitSilhouette")),
        Integer.parseInt(v.get("minSplitPart")),
        Double.parseDouble(v.get("mergeSimilarity")),
        Double.parseDouble(v.get("mergeSilhouette")),
        Integer.parseInt(v.get("memberCap")),
        Float.parseFloat(v.get("titleWeight")),
        Integer.parseInt(v.get("maxTerms")),
        Integer.parseInt(v.get("centroidCap")),
        Integer.parseInt(v.get("indexTerms")),
        Integer.parseInt(v.get("queryTerms")),
        Integer.parseInt(v.get("maxCandidates")),
        Integer.parseInt(v.get("maxPostings")),
        Duration.parse(v.get("window")),
        Duration.parse(v.get("decay")),
        Integer.parseInt(v.get("statisticsBits")),
        Long.parseLong(v.get("statisticsHalving")),
        Double.parseDouble(v.get("statisticsPrior")),
        Integer.parseInt(v.get("maxStories")),
        Integer.parseInt(v.get("sweepInterval")));
  }

  private static void unit(double v, String name) {
    if (!(v >= 0 && v <= 1)) {
      throw new IllegalArgumentException(name + " must be within 0..1, got " + v);
    }
  }

  private static void positive(long v, String name) {
    if (v <= 0) {
      throw new IllegalArgumentException(name + " must be positive, got " + v);
    }
  }
}
