package org.amerules.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML reports as CI servers read them: {@code <testsuites>} of {@code <testsuite>} of
 * {@code <testcase>}, each with at most one {@code <failure>}, {@code <error>} or {@code <skipped>}.
 */
final class JUnitXml {
    private JUnitXml() {
    }

    /** One test case; at most one of failure, error, skipped is set. */
    record TestCase(String classname, String name, double seconds, String failure, String error, String skipped,
            String details, String systemOut) {
        static TestCase passed(String classname, String name, double seconds, String systemOut) {
            return new TestCase(classname, name, seconds, null, null, null, null, systemOut);
        }
    }

    /** One suite of test cases. */
    record Suite(String name, List<TestCase> cases, double seconds) {
        long failures() {
            return cases.stream().filter(c -> c.failure() != null).count();
        }

        long errors() {
            return cases.stream().filter(c -> c.error() != null).count();
        }

        long skipped() {
            return cases.stream().filter(c -> c.skipped() != null).count();
        }
    }

    static void write(Path file, String name, List<Suite> suites) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("testsuites");
            w.writeAttribute("name", clean(name));
            w.writeAttribute("tests", Long.toString(suites.stream().mapToLong(s -> s.cases().size()).sum()));
            w.writeAttribute("failures", Long.toString(suites.stream().mapToLong(Suite::failures).sum()));
            w.writeAttribute("errors", Long.toString(suites.stream().mapToLong(Suite::errors).sum()));
            w.writeAttribute("skipped", Long.toString(suites.stream().mapToLong(Suite::skipped).sum()));
            w.writeAttribute("time", seconds(suites.stream().mapToDouble(Suite::seconds).sum()));
            w.writeCharacters("\n");
            for (Suite s : suites) {
                w.writeStartElement("testsuite");
                w.writeAttribute("name", clean(s.name()));
                w.writeAttribute("tests", Integer.toString(s.cases().size()));
                w.writeAttribute("failures", Long.toString(s.failures()));
                w.writeAttribute("errors", Long.toString(s.errors()));
                w.writeAttribute("skipped", Long.toString(s.skipped()));
                w.writeAttribute("time", seconds(s.seconds()));
                w.writeCharacters("\n");
                for (TestCase c : s.cases()) {
                    w.writeStartElement("testcase");
                    w.writeAttribute("classname", clean(c.classname()));
                    w.writeAttribute("name", clean(c.name()));
                    w.writeAttribute("time", seconds(c.seconds()));
                    if (c.failure() != null) {
                        outcome(w, "failure", c.failure(), c.details());
                    } else if (c.error() != null) {
                        outcome(w, "error", c.error(), c.details());
                    } else if (c.skipped() != null) {
                        w.writeStartElement("skipped");
                        w.writeAttribute("message", clean(c.skipped()));
                        w.writeEndElement();
                    }
                    if (c.systemOut() != null) {
                        w.writeStartElement("system-out");
                        w.writeCharacters(clean(c.systemOut()));
                        w.writeEndElement();
                    }
                    w.writeEndElement();
                    w.writeCharacters("\n");
                }
                w.writeEndElement();
                w.writeCharacters("\n");
            }
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void outcome(XMLStreamWriter w, String element, String message, String details) throws XMLStreamException {
        w.writeStartElement(element);
        w.writeAttribute("message", clean(message));
        w.writeAttribute("type", element.equals("failure") ? "AssertionError" : "Error");
        if (details != null) {
            w.writeCharacters(clean(details));
        }
        w.writeEndElement();
    }

    private static String seconds(double s) {
        return String.format(Locale.ROOT, "%.3f", s);
    }

    /** Characters XML 1.0 cannot hold (most control characters, lone surrogates) become U+FFFD. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(c).append(s.charAt(++i));
            } else {
                sb.append(ok ? c : '\uFFFD');
            }
        }
        return sb.toString();
    }
}
