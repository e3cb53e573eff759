package org.broadsheet.feed;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A small convenience over StAX for feeds and sitemaps: the writer escapes markup, and
 * this class also drops characters XML 1.0 cannot carry at all (control characters, lone
 * surrogates), so any story text gives a well-formed document.
 */
final class XmlDocument {

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private static final Pattern NOT_XML = Pattern
		.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);

	private final XMLStreamWriter xml;

	XmlDocument() {
		try {
			this.xml = FACTORY.createXMLStreamWriter(this.bytes, "UTF-8");
			this.xml.writeStartDocument("UTF-8", "1.0");
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	XmlDocument start(String name) {
		return run(() -> this.xml.writeStartElement(name));
	}

	XmlDocument namespace(String prefix, String uri) {
		return run(() -> {
			if (prefix.isEmpty()) {
				this.xml.writeDefaultNamespace(uri);
			}
			else {
				this.xml.writeNamespace(prefix, uri);
			}
		});
	}

	XmlDocument attribute(String name, String value) {
		return run(() -> this.xml.writeAttribute(name, clean(value)));
	}

	XmlDocument text(String text) {
		return run(() -> this.xml.writeCharacters(clean(text)));
	}

	XmlDocument end() {
		return run(this.xml::writeEndElement);
	}

	/**
	 * An element holding only text; left out when the text is {@code null}. Names may
	 * carry a prefix declared with {@link #namespace}.
	 */
	XmlDocument element(String name, String text) {
		return (text != null) ? start(name).text(text).end() : this;
	}

	byte[] finish() {
		run(() -> {
			this.xml.writeEndDocument();
			this.xml.flush();
			this.xml.close();
		});
		return this.bytes.toByteArray();
	}

	String finishAsString() {
		return new String(finish(), StandardCharsets.UTF_8);
	}

	static String clean(String text) {
		return (text != null) ? NOT_XML.matcher(text).replaceAll("") : "";
	}

	private XmlDocument run(XmlStep step) {
		try {
			step.run();
			return this;
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@FunctionalInterface
	private interface XmlStep {

		void run() throws XMLStreamException;

	}

}
