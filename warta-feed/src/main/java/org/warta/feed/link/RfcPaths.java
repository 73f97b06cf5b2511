package org.warta.feed.link;

import java.util.ArrayList;
import java.util.List;

/** The path algorithms of RFC 3986: merge (section 5.2.3) and remove_dot_segments (5.2.4). */
final class RfcPaths {
  private RfcPaths() {}

  static String merge(boolean baseHasAuthority, String basePath, String referencePath) {
    if (baseHasAuthority && basePath.isEmpty()) {
      return "/" + referencePath;
    }
    int slash = basePath.lastIndexOf('/');
    return slash < 0 ? referencePath : basePath.substring(0, slash + 1) + referencePath;
  }

  static String removeDotSegments(String path) {
    if (path.indexOf('.') < 0) {
      return path;
    }
    boolean absolute = path.startsWith("/");
    String[] segments = (absolute ? path.substring(1) : path).split("/", -1);
    List<String> out = new ArrayList<>(segments.length);
    boolean trailingSlash = false;
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      boolean last = i == segments.length - 1;
      if (segment.equals(".")) {
        trailingSlash = last;
      } else if (segment.equals("..")) {
        if (!out.isEmpty()) {
          out.removeLast();
        }
        trailingSlash = last;
      } else {
        out.add(segment);
        trailingSlash = false;
      }
    }
    String joined = String.join("/", out);
    if (trailingSlash && !out.isEmpty()) {
      joined += "/";
    }
    return absolute ? "/" + joined : joined;
  }
}
