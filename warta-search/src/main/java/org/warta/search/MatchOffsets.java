package org.warta.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Where a query's body terms occur in the hits of one page, from the postings' offsets. One terms
 * enumeration per segment and one postings enumeration are reused across the page's hits (each new
 * enumeration allocates its block buffers: a page of 20 hits made dozens).
 */
final class MatchOffsets {
  private final List<BytesRef> terms;
  private final Map<LeafReader, TermsEnum> enums = new IdentityHashMap<>();
  private PostingsEnum reused;

  MatchOffsets(Set<String> terms) {
    this.terms = terms.stream().map(BytesRef::new).toList();
  }

  /** The occurrences of the terms in document {@code doc} of {@code reader}, in text order. */
  List<SearchResults.Match> of(LeafReader reader, int doc) throws IOException {
    if (terms.isEmpty()) {
      return List.of();
    }
    TermsEnum te = enums.computeIfAbsent(reader, MatchOffsets::bodyTerms);
    if (te == null) {
      return List.of();
    }
    List<SearchResults.Match> out = new ArrayList<>();
    for (BytesRef term : terms) {
      if (!te.seekExact(term)) {
        continue;
      }
      PostingsEnum postings = te.postings(reused, PostingsEnum.OFFSETS);
      reused = postings;
      if (postings.advance(doc) != doc) {
        continue;
      }
      String text = term.utf8ToString();
      for (int k = postings.freq(); k > 0; k--) {
        postings.nextPosition();
        out.add(new SearchResults.Match(postings.startOffset(), postings.endOffset(), text));
      }
    }
    out.sort(Comparator.comparingInt(SearchResults.Match::start));
    return out;
  }

  private static TermsEnum bodyTerms(LeafReader reader) {
    try {
      Terms field = reader.terms(Fields.BODY);
      return field == null ? null : field.iterator();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot read the body terms of a segment", e);
    }
  }
}
