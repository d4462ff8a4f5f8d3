package org.amerules.cli;

import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Reads a report with the JDK's XML parser, as a CI server would (a malformed file fails the test). */
final class Xml {
    private Xml() {
    }

    static Document parse(Path file) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            var builder = f.newDocumentBuilder();
            builder.setErrorHandler(null);
            return builder.parse(file.toFile());
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + file + ": " + e.getMessage(), e);
        }
    }

    static int intAttribute(Document d, String element, int index, String attribute) {
        return Integer.parseInt(((Element) d.getElementsByTagName(element).item(index)).getAttribute(attribute));
    }
}
