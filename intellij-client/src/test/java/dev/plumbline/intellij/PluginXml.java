package dev.plumbline.intellij;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** A plugin descriptor file parsed into a DOM (no DTDs, no external entities). */
final class PluginXml {

    final Element root;

    private PluginXml(Element root) {
        this.root = root;
    }

    static PluginXml read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PluginXml parse(InputStream in) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(in);
            return new PluginXml(document.getDocumentElement());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("not a well-formed descriptor: " + e.getMessage(), e);
        }
    }

    /** The text of the only direct child {@code name}, trimmed; "" when absent. */
    String text(String name) {
        List<Element> elements = children(root, name);
        return elements.isEmpty() ? "" : elements.get(0).getTextContent().trim();
    }

    List<Element> children(String name) {
        return children(root, name);
    }

    /** The elements named {@code name} inside every {@code <extensions defaultExtensionNs=ns>}. */
    List<Element> extensions(String ns, String name) {
        List<Element> found = new ArrayList<>();
        for (Element extensions : children(root, "extensions")) {
            if (ns.equals(extensions.getAttribute("defaultExtensionNs"))) {
                found.addAll(children(extensions, name));
            }
        }
        return found;
    }

    static List<Element> children(Element parent) {
        return children(parent, null);
    }

    /** The direct child elements named {@code name} (any name when null). */
    static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE && (name == null || nodes.item(i).getNodeName().equals(name))) {
                found.add((Element) nodes.item(i));
            }
        }
        return found;
    }
}
