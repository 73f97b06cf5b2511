package org.warta.dedupe;

import java.util.List;
import org.warta.core.ArticleId;

/**
 * A duplicate group as it stands after one {@link DuplicateDetector#add}: copies of one text,
 * grouped and never dropped, with the credited original.
 *
 * @param id the group's stable id: the id of the article that founded it (or the id the store
 *     already had, see {@link Candidate#priorGroup()}); survives merges of younger groups into it
 * @param members every article the detector has put into the group, in order of addition
 * @param attribution the credited original and why
 */
public record DuplicateGroup(long id, List<ArticleId> members, Attribution attribution) {
  public DuplicateGroup {
    members = List.copyOf(members);
  }

  /**
   * The original credited for one member: the group's original, except for the original article
   * itself, which is credited to the agency it names ({@link Attribution#upstream()}) or else to
   * itself. This is how the chain "aggregator copy → Media Indonesia → AFP" comes out.
   */
  public Original creditFor(ArticleId member) {
    if (attribution.original() instanceof Original.Article(ArticleId id) && id.equals(member)) {
      return attribution
          .upstream()
          .<Original>map(Original.Agency::new)
          .orElse(attribution.original());
    }
    return attribution.original();
  }
}
