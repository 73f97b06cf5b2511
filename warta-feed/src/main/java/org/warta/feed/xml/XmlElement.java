package org.warta.feed.xml;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One element of a parsed document, with its namespace resolved, its effective {@code xml:base} and
 * {@code xml:lang}, its attributes and its mixed content (text and child elements in document
 * order). Built by {@link SafeXml}; immutable once returned.
 */
public final class XmlElement {
  private final String namespace;
  private final String prefix;
  private final String name;
  private final List<String> attributes; // flat triples: namespace, local name, value
  private final List<Object> content = new ArrayList<>(); // String or XmlElement
  private final List<XmlElement> children = new ArrayList<>();
  private final URI base;
  private final String lang;

  XmlElement(
      String namespace,
      String prefix,
      String name,
      List<String> attributes,
      URI base,
      String lang) {
    this.namespace = namespace;
    this.prefix = prefix;
    this.name = name;
    this.attributes = attributes;
    this.base = base;
    this.lang = lang;
  }

  void addText(String text) {
    content.add(text);
  }

  void addChild(XmlElement child) {
    content.add(child);
    children.add(child);
  }

  /** The resolved namespace URI, empty for elements in no namespace. */
  public String namespace() {
    return namespace;
  }

  /** The local name, e.g. {@code content} for {@code media:content}. */
  public String name() {
    return name;
  }

  /** Whether this element has the given namespace and local name. */
  public boolean is(String namespace, String name) {
    return this.name.equals(name) && this.namespace.equals(namespace);
  }

  /** The effective base URI for relative links inside this element. */
  public URI base() {
    return base;
  }

  /** The effective {@code xml:lang} (inherited), empty when none was declared. */
  public String lang() {
    return lang;
  }

  /** The value of an attribute in no namespace, or empty. */
  public String attribute(String name) {
    return attribute("", name);
  }

  /** The value of a namespaced attribute, or empty. */
  public String attribute(String namespace, String name) {
    for (int i = 0; i < attributes.size(); i += 3) {
      if (attributes.get(i + 1).equals(name) && attributes.get(i).equals(namespace)) {
        return attributes.get(i + 2);
      }
    }
    return "";
  }

  /** All child elements in document order. */
  public List<XmlElement> children() {
    return Collections.unmodifiableList(children);
  }

  /** The child elements with this local name in the given namespace. */
  public List<XmlElement> children(String namespace, String name) {
    List<XmlElement> found = new ArrayList<>(2);
    for (XmlElement child : children) {
      if (child.is(namespace, name)) {
        found.add(child);
      }
    }
    return found;
  }

  /** The child elements with this local name in this element's own namespace. */
  public List<XmlElement> children(String name) {
    return children(namespace, name);
  }

  /** The first child with this local name in the given namespace. */
  public Optional<XmlElement> child(String namespace, String name) {
    for (XmlElement child : children) {
      if (child.is(namespace, name)) {
        return Optional.of(child);
      }
    }
    return Optional.empty();
  }

  /** The first child with this local name in this element's own namespace. */
  public Optional<XmlElement> child(String name) {
    return child(namespace, name);
  }

  /** The stripped text of the first such child, or empty. */
  public String childText(String namespace, String name) {
    return child(namespace, name).map(XmlElement::text).orElse("");
  }

  /** The stripped text of the first child with this name in this element's namespace, or empty. */
  public String childText(String name) {
    return childText(namespace, name);
  }

  /** The element's own text (not its children's), stripped. */
  public String text() {
    if (content.size() == 1 && content.getFirst() instanceof String only) {
      return only.strip();
    }
    StringBuilder sb = new StringBuilder();
    for (Object part : content) {
      if (part instanceof String s) {
        sb.append(s);
      }
    }
    return sb.toString().strip();
  }

  /** Whether this element contains child elements (markup), not only text. */
  public boolean hasChildren() {
    return !children.isEmpty();
  }

  /**
   * The content as markup: text escaped, child elements serialised with their attributes. Used for
   * XHTML content and for HTML that a publisher forgot to escape. Whitespace is kept.
   */
  public String innerXml() {
    StringBuilder sb = new StringBuilder();
    for (Object part : content) {
      if (part instanceof String s) {
        XmlEscape.text(s, sb);
      } else {
        ((XmlElement) part).outerXml(sb);
      }
    }
    return sb.toString();
  }

  /** {@link #innerXml()} when the element holds markup, else its text. */
  public String textOrMarkup() {
    return children.isEmpty() ? text() : innerXml().strip();
  }

  private void outerXml(StringBuilder sb) {
    String qname =
        prefix.isEmpty() || namespace.equals(Namespaces.XHTML) ? name : prefix + ":" + name;
    sb.append('<').append(qname);
    for (int i = 0; i < attributes.size(); i += 3) {
      sb.append(' ').append(attributes.get(i + 1)).append("=\"");
      XmlEscape.attribute(attributes.get(i + 2), sb);
      sb.append('"');
    }
    if (content.isEmpty()) {
      sb.append("/>");
      return;
    }
    sb.append('>').append(innerXml()).append("</").append(qname).append('>');
  }

  @Override
  public String toString() {
    return (namespace.isEmpty() ? "" : "{" + namespace + "}") + name;
  }
}
