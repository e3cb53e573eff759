package org.broadsheet.feed;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Parses XML responses (namespace-aware, no external entities) for element-wise checks.
 */
final class XmlAssert {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";

	static final String DC = "http://purl.org/dc/elements/1.1/";

	private XmlAssert() {
	}

	static Document parse(byte[] xml) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
	}

	static List<Element> children(Element parent, String namespace, String name) {
		List<Element> found = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			Node node = nodes.item(i);
			if (node instanceof Element element && name.equals(element.getLocalName())
					&& equalsNullable(namespace, element.getNamespaceURI())) {
				found.add(element);
			}
		}
		return found;
	}

	static Element child(Element parent, String namespace, String name) {
		List<Element> found = children(parent, namespace, name);
		if (found.isEmpty()) {
			throw new AssertionError("No <" + name + "> in <" + parent.getLocalName() + ">");
		}
		return found.get(0);
	}

	static String text(Element parent, String namespace, String name) {
		return child(parent, namespace, name).getTextContent();
	}

	static List<String> texts(Element parent, String namespace, String name) {
		return children(parent, namespace, name).stream().map(Element::getTextContent).toList();
	}

	private static boolean equalsNullable(String a, String b) {
		return (a == null) ? b == null : a.equals(b);
	}

}
