package org.warta.web.view;

import java.util.ArrayList;
import java.util.List;
import org.warta.core.Image;
import org.warta.core.StoredArticle;
import org.warta.core.StoryId;
import org.warta.store.ArticleSummary;
import org.warta.web.security.SafeUrl;

/** Turns stored articles into {@link ArticleCard}s, naming sources from the {@link Catalog}. */
public final class Cards {
  static final int EXCERPT_CHARS = 220;

  private final Catalog catalog;

  public Cards(Catalog catalog) {
    this.catalog = catalog;
  }

  public ArticleCard card(StoredArticle s) {
    return card(ArticleSummary.of(s));
  }

  public ArticleCard card(ArticleSummary a) {
    String name = a.siteName().isBlank() ? catalog.name(a.source()) : a.siteName();
    return new ArticleCard(
        a.id().value(),
        a.title().isBlank() ? a.url().getHost() + a.url().getPath() : a.title(),
        a.source().value(),
        name.isBlank() ? String.valueOf(a.url().getHost()) : name,
        a.sortTime(),
        Texts.excerpt(a.description().isBlank() ? a.bodyStart() : a.description(), EXCERPT_CHARS),
        a.leadImage().map(i -> SafeUrl.href(i.url())).filter(u -> !u.isEmpty()),
        a.leadImage().map(i -> altText(i, a.title())).orElse(""),
        a.language().code(),
        a.story().map(StoryId::value),
        a.duplicateGroup());
  }

  public List<ArticleCard> cards(List<ArticleSummary> articles) {
    List<ArticleCard> out = new ArrayList<>(articles.size());
    for (ArticleSummary s : articles) {
      out.add(card(s));
    }
    return out;
  }

  /** What stands for an image for readers who cannot see it: alt, else caption, else the title. */
  public static String altText(Image image, String title) {
    if (!image.alt().isBlank()) {
      return image.alt();
    }
    return image.caption().isBlank() ? title : image.caption();
  }
}
