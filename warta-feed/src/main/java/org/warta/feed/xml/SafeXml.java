package org.warta.feed.xml;

import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    byte[] bytes = XmlBytes.isUtf16(body) ? body : XmlBytes.clean(body);
    if (bytes != body) {
      warnings.add("removed whitespace before the XML declaration or forbidden control characters");
    }
    Optional<Charset> charset =
        XmlBytes.declaresEncoding(bytes) ? Optional.empty() : XmlBytes.charsetOf(contentType);
    try {
      return read(bytes, charset, url, warnings);
    } catch (XMLStreamException first) {
      return retry(bytes, charset, url, warnings, first);
    }
  }

  private static XmlDocument retry(
      byte[] bytes,
      Optional<Charset> charset,
      URI url,
      List<String> warnings,
      XMLStreamException first) {
    if (isEncodingError(first)) {
      warnings.add("not valid in its declared encoding; read as windows-1252");
      String text = new String(bytes, Charset.forName("windows-1252"));
      return readOrFail(
          text.getBytes(StandardCharsets.UTF_8),
          Optional.of(StandardCharsets.UTF_8),
          url,
          warnings,
          first,
          true);
    }
    byte[] repaired = XmlBytes.isUtf16(bytes) ? bytes : XmlBytes.escapeBareAmpersands(bytes);
    if (repaired == bytes) {
      throw malformed(url, first);
    }
    warnings.add("escaped '&' characters that started no entity");
    return readOrFail(repaired, charset, url, warnings, first, false);
  }

  private static XmlDocument readOrFail(
      byte[] bytes,
      Optional<Charset> charset,
      URI url,
      List<String> warnings,
      XMLStreamException first,
      boolean recoded) {
    try {
      return read(bytes, charset, url, warnings, recoded);
    } catch (XMLStreamException second) {
      throw malformed(url, first);
    }
  }

  private static XmlDocument read(
      byte[] bytes, Optional<Charset> charset, URI url, List<String> warnings)
      throws XMLStreamException {
    return read(bytes, charset, url, warnings, false);
  }

  private static XmlDocument read(
      byte[] bytes,
      Optional<Charset> charset,
      URI url,
      List<String> warnings,
      boolean ignoreDeclaration)
      throws XMLStreamException {
    XMLStreamReader reader;
    if (ignoreDeclaration) {
      String text = new String(bytes, StandardCharsets.UTF_8).replaceFirst("^<\\?xml[^>]*\\?>", "");
      reader = FACTORY.createXMLStreamReader(new StringReader(text));
    } else if (charset.isPresent()) {
      reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes), charset.get().name());
    } else {
      reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes));
    }
    try {
      return new TreeBuilder(reader, url, warnings).build();
    } finally {
      reader.close();
    }
  }

  private static boolean isEncodingError(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CharConversionException) {
        return true;
      }
      String m = String.valueOf(t.getMessage());
      if (m.contains("Invalid byte")
          || m.contains("Invalid UTF-8")
          || m.contains("MalformedByteSequence")) {
        return true;
      }
    }
    return false;
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
