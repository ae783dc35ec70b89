package dev.ecslint.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ecslint.core.model.Finding;
import dev.ecslint.core.model.Location;
import dev.ecslint.core.model.Severity;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The XML reports parse, and what a consumer reads back is what the report held. */
class XmlReportsTest {

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element element(Document document, String tag, int index) {
        return (Element) document.getElementsByTagName(tag).item(index);
    }

    @Test
    void checkstyleAttributesRoundTrip() throws Exception {
        Document xml = parse(Golden.render(new CheckstyleReporter(), ReportFixture.report()));

        NodeList files = xml.getElementsByTagName("file");
        assertThat(files.getLength()).isEqualTo(5);
        assertThat(((Element) files.item(3)).getAttribute("name")).isEqualTo(ReportFixture.POLICY);
        NodeList errors = xml.getElementsByTagName("error");
        assertThat(errors.getLength()).isEqualTo(ReportFixture.report().activeFindings().size());
        Element schema = element(xml, "error", 3);
        assertThat(schema.getAttribute("message"))
                .isEqualTo("cpu \"100%\" is not a valid task size,\nexpected one of: 256, 512, 1024, 2048, 4096");
        assertThat(schema.getAttribute("source")).isEqualTo("E002");
    }

    @Test
    void junitTestCasesAreUniquePerFileAndCountsAddUp() throws Exception {
        Document xml = parse(Golden.render(new JunitReporter(), ReportFixture.report()));

        NodeList cases = xml.getElementsByTagName("testcase");
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element testCase = (Element) cases.item(i);
            assertThat(keys.add(testCase.getAttribute("classname") + "\u0000" + testCase.getAttribute("name")))
                    .as("test case %s is unique", testCase.getAttribute("name")).isTrue();
        }
        Element root = xml.getDocumentElement();
        assertThat(Integer.parseInt(root.getAttribute("tests"))).isEqualTo(cases.getLength());
        assertThat(Integer.parseInt(root.getAttribute("failures")))
                .isEqualTo(xml.getElementsByTagName("failure").getLength());
        assertThat(xml.getElementsByTagName("testsuite").getLength()).isEqualTo(5);
    }

    @Test
    void characterseXmlCannotHoldAreReplaced() throws Exception {
        Finding finding = new Finding("DF005", "latest-tag", Severity.WARNING, "bad \u0000\u0008 bytes\tand \uD800 half",
                Location.at("Dockerfile", 1, 1), null, null);
        LintReport report = new LintReport("0.1.0", List.of("Dockerfile"), List.of(finding), List.of(), Map.of());

        Document checkstyle = parse(Golden.render(new CheckstyleReporter(), report));
        Document junit = parse(Golden.render(new JunitReporter(), report));

        assertThat(element(checkstyle, "error", 0).getAttribute("message")).isEqualTo("bad \uFFFD\uFFFD bytes\tand \uFFFD half");
        assertThat(element(junit, "failure", 0).getTextContent()).contains("bad \uFFFD\uFFFD bytes\tand \uFFFD half");
    }
}
