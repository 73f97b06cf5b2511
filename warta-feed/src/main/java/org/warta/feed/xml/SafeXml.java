package org.warta.feed.xml;

import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.warta.feed.FeedException;
import org.warta.feed.FeedException.Problem;

/**
 * The one way Warta parses XML: StAX with DTD processing and external entities off, so nothing is
 * ever fetched or expanded. A DOCTYPE without an internal subset (the Netscape RSS 0.91 DTD) is
 * accepted and ignored, and the HTML entities such feeds use ({@code &eacute;}) are resolved from a
 * fixed table; a DOCTYPE that declares entities (XXE, "billion laughs") is refused with {@link
 * Problem#DTD_REFUSED} before any entity is used. Depth and element count are bounded. Documents
 * broken in the common ways (blank lines before the declaration, control characters, bare {@code
 * &}, wrong charset) are repaired and the repair reported as a warning.
 */
public final class SafeXml {
  /**
   * Deeper than any feed or sitemap (XHTML content rarely exceeds 30); below the JDK's own {@code
   * jdk.xml.maxElementDepth} of 100 so that our clearer error comes first.
   */
  public static final int MAX_DEPTH = 96;

  /** More than 50 000 sitemap URLs with their news and image children. */
  public static final int MAX_ELEMENTS = 2_000_000;

  private static final XMLInputFactory FACTORY = newFactory();

  private SafeXml() {}

  private static XMLInputFactory newFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false); // resolved by us, leniently
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    f.setXMLResolver(
        (publicId, systemId, base, namespace) -> {
          throw new XMLStreamException("external resource refused: " + systemId);
        });
    return f;
  }

  /**
   * Parses a document.
   *
   * @param contentType the Content-Type header (its charset is used when the document declares
   *     none), empty when unknown
   * @throws FeedException with {@link Problem#MALFORMED}, {@link Problem#DTD_REFUSED} or {@link
   *     Problem#TOO_COMPLEX}
   */
  public static XmlDocument parse(byte[] body, URI url, String contentType) {
    List<String> warnings = new ArrayList<>();
    String decoded = XmlBytes.decode(body, contentType, warnings);
    String text = XmlBytes.clean(decoded);
    if (text != decoded) {
      warnings.add("removed whitespace before the XML declaration or forbidden control characters");
    }
    refuseEntityDeclarations(text, url);
    try {
      return read(text, url, warnings);
    } catch (XMLStreamException first) {
      String repaired = XmlBytes.escapeBareAmpersands(text);
      if (repaired == text) {
        throw malformed(url, first);
      }
      warnings.add("escaped '&' characters that started no entity");
      try {
        return read(repaired, url, warnings);
      } catch (XMLStreamException second) {
        throw malformed(url, first);
      }
    }
  }

  private static XmlDocument read(String text, URI url, List<String> warnings)
      throws XMLStreamException {
    XMLStreamReader reader = FACTORY.createXMLStreamReader(new StringReader(text));
    try {
      return new TreeBuilder(reader, url, warnings).build();
    } finally {
      reader.close();
    }
  }

  /**
   * Refuses a DOCTYPE whose internal subset declares entities, looking at the text itself (the
   * parser's DTD event does not always carry the internal subset): everything between {@code
   * <!DOCTYPE} and the root element's start tag.
   */
  static void refuseEntityDeclarations(String text, URI url) {
    int limit = Math.min(text.length(), 1 << 20);
    int doctype = text.indexOf("<!DOCTYPE", 0);
    if (doctype < 0 || doctype > limit) {
      return;
    }
    int i = doctype + 9;
    while (i + 1 < text.length()) {
      int lt = text.indexOf('<', i);
      if (lt < 0 || lt + 1 >= text.length()) {
        return;
      }
      char next = text.charAt(lt + 1);
      if (next != '!' && next != '?') {
        return; // the root element: the DOCTYPE is over
      }
      if (text.startsWith("<!ENTITY", lt)) {
        throw new FeedException(
            Problem.DTD_REFUSED,
            url,
            "the DOCTYPE declares entities; nothing was expanded or fetched");
      }
      i = lt + 2;
    }
  }

  static FeedException malformed(URI url, XMLStreamException e) {
    if (String.valueOf(e.getMessage()).contains("JAXP0001")) { // a JDK processing limit was hit
      return new FeedException(Problem.TOO_COMPLEX, url, String.valueOf(e.getMessage()), e);
    }
    Location at = e.getLocation();
    String where =
        at == null ? "" : "line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ": ";
    String message = String.valueOf(e.getMessage());
    int detail = message.indexOf("Message: ");
    message = detail >= 0 ? message.substring(detail + 9) : message;
    return new FeedException(Problem.MALFORMED, url, where + message.strip(), e);
  }
}
