package jp.zairyu.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A Payara {@code domain.xml} opened for editing while the domain is stopped. Elements are found
 * with XPath; a path that matches nothing is an error, so a Payara upgrade that moves things fails
 * loudly instead of silently leaving a setting out. {@link #save()} writes only if something
 * changed.
 */
final class DomainXml {

  private final Path file;
  private final Document document;
  private boolean changed;

  private DomainXml(Path file, Document document) {
    this.file = file;
    this.document = document;
  }

  static DomainXml open(Path file) {
    try {
      var factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return new DomainXml(file, factory.newDocumentBuilder().parse(file.toFile()));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new StackException("Cannot read " + file, e);
    }
  }

  /** All elements matching {@code xpath}; at least one. */
  List<Element> all(String xpath) {
    List<Element> elements = find(xpath);
    if (elements.isEmpty()) {
      throw new StackException("Nothing in " + file + " matches " + xpath);
    }
    return elements;
  }

  /** The one element matching {@code xpath}. */
  Element one(String xpath) {
    List<Element> elements = all(xpath);
    if (elements.size() > 1) {
      throw new StackException(elements.size() + " elements in " + file + " match " + xpath);
    }
    return elements.get(0);
  }

  /**
   * The first {@code name} child of the element at {@code parentXpath} that {@code matches}; a new,
   * empty one is appended if none does.
   */
  Element oneOrNew(String parentXpath, String name, Predicate<Element> matches) {
    Element parent = one(parentXpath);
    for (Element child : children(parent, name)) {
      if (matches.test(child)) {
        return child;
      }
    }
    Element child = document.createElement(name);
    parent.appendChild(child);
    changed = true;
    return child;
  }

  List<Element> children(Element parent, String name) {
    var result = new ArrayList<Element>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element child && child.getTagName().equals(name)) {
        result.add(child);
      }
    }
    return result;
  }

  void set(Element element, String attribute, String value) {
    if (!value.equals(element.getAttribute(attribute)) || !element.hasAttribute(attribute)) {
      element.setAttribute(attribute, value);
      changed = true;
    }
  }

  void setAll(String xpath, String attribute, String value) {
    all(xpath).forEach(element -> set(element, attribute, value));
  }

  Element append(Element parent, String name, String text) {
    Element child = document.createElement(name);
    child.setTextContent(text);
    parent.appendChild(child);
    changed = true;
    return child;
  }

  void remove(Element element) {
    element.getParentNode().removeChild(element);
    changed = true;
  }

  void setText(Element element, String text) {
    if (!text.equals(element.getTextContent())) {
      element.setTextContent(text);
      changed = true;
    }
  }

  /** Writes the file if anything changed; returns whether it did. */
  boolean save() {
    if (!changed) {
      return false;
    }
    try {
      var transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      Path temporary = file.resolveSibling(file.getFileName() + ".devstack-tmp");
      transformer.transform(new DOMSource(document), new StreamResult(temporary.toFile()));
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      changed = false;
      return true;
    } catch (TransformerException | IOException e) {
      throw new StackException("Cannot write " + file, e);
    }
  }

  /** All elements matching {@code xpath}, possibly none. */
  List<Element> find(String xpath) {
    try {
      NodeList nodes =
          (NodeList)
              XPathFactory.newInstance()
                  .newXPath()
                  .evaluate(xpath, document, XPathConstants.NODESET);
      var elements = new ArrayList<Element>();
      for (int i = 0; i < nodes.getLength(); i++) {
        elements.add((Element) nodes.item(i));
      }
      return elements;
    } catch (XPathExpressionException e) {
      throw new IllegalArgumentException("Bad XPath " + xpath, e);
    }
  }
}
