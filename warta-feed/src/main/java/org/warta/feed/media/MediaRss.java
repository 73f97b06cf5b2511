package org.warta.feed.media;

import java.util.ArrayList;
import java.util.List;
import org.warta.feed.xml.Namespaces;
import org.warta.feed.xml.XmlElement;

/**
 * Reads the Media RSS elements of an item or entry (Media RSS 1.5.1: {@code media:content}, {@code
 * media:thumbnail}, {@code media:group}, {@code media:description}, {@code media:credit}, {@code
 * media:title}). Values set on a group or on the item apply to the contents inside unless they set
 * their own, as the specification says.
 */
public final class MediaRss {
  private static final String M = Namespaces.MEDIA;

  private MediaRss() {}

  /** The media references of an item, in document order, groups flattened. */
  public static List<MediaRef> read(XmlElement item) {
    List<MediaRef> refs = new ArrayList<>(2);
    Inherited top = Inherited.of(item, new Inherited("", "", ""));
    collect(item, top, refs);
    for (XmlElement group : item.children(M, "group")) {
      collect(group, Inherited.of(group, top), refs);
    }
    return refs;
  }

  private record Inherited(String title, String description, String credit) {
    static Inherited of(XmlElement e, Inherited parent) {
      String title = e.childText(M, "title");
      String description = e.childText(M, "description");
      String credit = e.childText(M, "credit");
      return new Inherited(
          title.isEmpty() ? parent.title() : title,
          description.isEmpty() ? parent.description() : description,
          credit.isEmpty() ? parent.credit() : credit);
    }
  }

  private static void collect(XmlElement parent, Inherited inherited, List<MediaRef> refs) {
    for (XmlElement child : parent.children()) {
      if (!child.namespace().equals(M)) {
        continue;
      }
      if (child.name().equals("content")) {
        Inherited own = Inherited.of(child, inherited);
        refs.add(ref(MediaRef.Kind.CONTENT, child, own));
        for (XmlElement thumb : child.children(M, "thumbnail")) {
          refs.add(ref(MediaRef.Kind.THUMBNAIL, thumb, own));
        }
      } else if (child.name().equals("thumbnail")) {
        refs.add(ref(MediaRef.Kind.THUMBNAIL, child, inherited));
      }
    }
  }

  private static MediaRef ref(MediaRef.Kind kind, XmlElement e, Inherited values) {
    return new MediaRef(
        kind,
        e.attribute("url"),
        e.attribute("type"),
        e.attribute("medium"),
        width(e.attribute("width")),
        values.title(),
        values.description(),
        values.credit());
  }

  private static int width(String text) {
    try {
      return text.isBlank() ? 0 : Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
