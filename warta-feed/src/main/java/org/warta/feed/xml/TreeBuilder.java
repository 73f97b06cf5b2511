package org.warta.feed.xml;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.nodes.Entities;
import org.warta.feed.FeedException;
import org.warta.feed.FeedException.Problem;
import org.warta.feed.link.Hrefs;

/**
 * Turns the events of a non-namespace-aware StAX reader into {@link XmlElement}s, resolving
 * namespace prefixes itself so that undeclared conventional prefixes ({@code media:}, {@code dc:})
 * still mean what the publisher intended. Stops at the end of the root element, so trailing garbage
 * after it (a PHP warning, a second document) is ignored.
 */
final class TreeBuilder {
  private static final String UNDECLARED = "urn:warta:undeclared-prefix:";

  private record Frame(XmlElement element, StringBuilder text, Map<String, String> scope) {}

  private final XMLStreamReader reader;
  private final URI url;
  private final List<String> warnings;
  private final ArrayDeque<Frame> stack = new ArrayDeque<>();
  private final Set<String> reported = new HashSet<>();
  private String doctype = "";
  private int elements;

  TreeBuilder(XMLStreamReader reader, URI url, List<String> warnings) {
    this.reader = reader;
    this.url = url;
    this.warnings = warnings;
  }

  XmlDocument build() throws XMLStreamException {
    while (reader.hasNext()) {
      switch (reader.next()) {
        case XMLStreamConstants.START_ELEMENT -> start();
        case XMLStreamConstants.END_ELEMENT -> {
          Frame done = end();
          if (stack.isEmpty()) {
            return new XmlDocument(done.element(), doctype, warnings);
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (!stack.isEmpty()) {
            stack.peek().text().append(reader.getText());
          }
        }
        case XMLStreamConstants.ENTITY_REFERENCE -> entity(reader.getLocalName());
        case XMLStreamConstants.DTD -> dtd(reader.getText());
        default -> {}
      }
    }
    throw new XMLStreamException("the document has no root element");
  }

  private void dtd(String text) {
    doctype = text;
    if (text.contains("<!ENTITY")) {
      throw new FeedException(
          Problem.DTD_REFUSED,
          url,
          "the DOCTYPE declares entities; nothing was expanded or fetched");
    }
  }

  private void entity(String name) {
    if (stack.isEmpty()) {
      return;
    }
    String value = Entities.isNamedEntity(name) ? Entities.getByName(name) : "";
    if (value.isEmpty()) {
      report("undeclared entity &" + name + "; dropped");
    }
    stack.peek().text().append(value);
  }

  private void start() {
    if (stack.size() >= SafeXml.MAX_DEPTH || ++elements > SafeXml.MAX_ELEMENTS) {
      throw new FeedException(
          Problem.TOO_COMPLEX,
          url,
          "more than " + SafeXml.MAX_DEPTH + " levels or " + SafeXml.MAX_ELEMENTS + " elements");
    }
    Map<String, String> scope = null;
    List<String> plain = new ArrayList<>(reader.getAttributeCount() * 2);
    for (int i = 0; i < reader.getAttributeCount(); i++) {
      String prefix = reader.getAttributePrefix(i);
      String local = reader.getAttributeLocalName(i);
      String qname = prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
      if (qname.equals("xmlns") || qname.startsWith("xmlns:")) {
        scope = scope == null ? new HashMap<>(4) : scope;
        scope.put(
            qname.equals("xmlns") ? "" : qname.substring(6),
            Namespaces.canonical(reader.getAttributeValue(i).strip()));
      } else {
        plain.add(qname);
        plain.add(reader.getAttributeValue(i));
      }
    }
    push(reader.getLocalName(), plain, scope);
  }

  private void push(String qname, List<String> plain, Map<String, String> scope) {
    Frame parent = stack.peek();
    int colon = qname.indexOf(':');
    String prefix = colon > 0 ? qname.substring(0, colon) : "";
    String local = colon > 0 ? qname.substring(colon + 1) : qname;
    String namespace = namespaceOf(prefix, scope);
    List<String> attributes = new ArrayList<>(plain.size() / 2 * 3);
    URI base = parent == null ? url : parent.element().base();
    String lang = parent == null ? "" : parent.element().lang();
    for (int i = 0; i < plain.size(); i += 2) {
      String aq = plain.get(i);
      int c = aq.indexOf(':');
      String ans = c > 0 ? namespaceOf(aq.substring(0, c), scope) : "";
      String aname = c > 0 ? aq.substring(c + 1) : aq;
      String value = plain.get(i + 1);
      if (ans.equals(Namespaces.XML) && aname.equals("base")) {
        base = Hrefs.resolve(base, value).orElse(base);
      } else if (ans.equals(Namespaces.XML) && aname.equals("lang")) {
        lang = value.strip();
      }
      attributes.add(ans);
      attributes.add(aname);
      attributes.add(value);
    }
    XmlElement element = new XmlElement(namespace, prefix, local, attributes, base, lang);
    if (parent != null) {
      flush(parent);
      parent.element().addChild(element);
    }
    stack.push(new Frame(element, new StringBuilder(), scope == null ? Map.of() : scope));
  }

  private String namespaceOf(String prefix, Map<String, String> pending) {
    if (pending != null && pending.containsKey(prefix)) {
      return pending.get(prefix);
    }
    for (Frame frame : stack) {
      String ns = frame.scope().get(prefix);
      if (ns != null) {
        return ns;
      }
    }
    if (prefix.isEmpty()) {
      return "";
    }
    String conventional = Namespaces.forConventionalPrefix(prefix);
    if (!conventional.isEmpty()) {
      if (!prefix.equals("xml")) {
        report("prefix '" + prefix + ":' used without a declaration; assumed " + conventional);
      }
      return conventional;
    }
    report("prefix '" + prefix + ":' used without a declaration");
    return UNDECLARED + prefix;
  }

  private Frame end() {
    Frame frame = stack.pop();
    flush(frame);
    return frame;
  }

  private static void flush(Frame frame) {
    if (!frame.text().isEmpty()) {
      frame.element().addText(frame.text().toString());
      frame.text().setLength(0);
    }
  }

  private void report(String warning) {
    if (reported.add(warning) && reported.size() <= 20) {
      warnings.add(warning);
    }
  }
}
