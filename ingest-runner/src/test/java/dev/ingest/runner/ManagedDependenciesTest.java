package dev.ingest.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The parent pom manages only dependencies some module declares: a version pinned for nothing outlives the code that
 * needed it and misleads whoever reads the pom. Imported BOMs (Jackson, JUnit) manage whole families and are exempt.
 */
class ManagedDependenciesTest {

    private static final Path ROOT = Path.of("..");

    @Test
    void everyManagedDependencyIsDeclaredBySomeModule() throws Exception {
        Document parent = read(ROOT.resolve("pom.xml"));
        Set<String> declared = new TreeSet<>(dependencies(parent.getDocumentElement()));
        for (Element module : children(child(parent.getDocumentElement(), "modules"), "module")) {
            declared.addAll(dependencies(
                    read(ROOT.resolve(module.getTextContent().trim()).resolve("pom.xml"))
                            .getDocumentElement()));
        }

        Set<String> unused = new TreeSet<>();
        Element managed = child(child(parent.getDocumentElement(), "dependencyManagement"), "dependencies");
        for (Element dependency : children(managed, "dependency")) {
            if (!"import".equals(text(dependency, "scope")) && !declared.contains(coordinates(dependency))) {
                unused.add(coordinates(dependency));
            }
        }

        assertThat(declared).as("dependencies the modules declare").contains("dev.ingest:ingest-core");
        assertThat(unused)
                .as("managed in the parent pom, declared by no module")
                .isEmpty();
    }

    @Test
    void theBomManagesLibraryModulesOnlyAtTheProjectsVersion() throws Exception {
        Element parent = read(ROOT.resolve("pom.xml")).getDocumentElement();
        Set<String> libraries = new TreeSet<>();
        for (Element module : children(child(parent, "modules"), "module")) {
            String name = module.getTextContent().trim();
            // Applications, test harnesses and the BOM itself are not dependencies of an application.
            if (!Set.of("ingest-runner", "ingest-faults", "ingest-bom", "ingest-examples")
                    .contains(name)) {
                libraries.add("dev.ingest:" + name);
            }
        }
        Element bom = read(ROOT.resolve("ingest-bom/pom.xml")).getDocumentElement();
        Set<String> managed = new TreeSet<>();
        for (Element dependency : children(child(child(bom, "dependencyManagement"), "dependencies"), "dependency")) {
            managed.add(coordinates(dependency));
            assertThat(text(dependency, "version")).isEqualTo("${project.version}");
        }

        // A new connector module needs no BOM line to build or ship in the runner; it adds one when it is published.
        assertThat(libraries).containsAll(managed);
        assertThat(managed).contains("dev.ingest:ingest-core", "dev.ingest:ingest-http", "dev.ingest:ingest-csv");
        assertThat(text(bom, "version")).isEqualTo(text(parent, "version"));
        assertThat(child(bom, "parent"))
                .as("a BOM with a parent would import the parent's versions")
                .isNull();
    }

    /** The {@code groupId:artifactId} of each dependency the project element declares for itself. */
    private static List<String> dependencies(Element project) {
        List<String> found = new ArrayList<>();
        Element dependencies = child(project, "dependencies");
        if (dependencies != null) {
            children(dependencies, "dependency").forEach(d -> found.add(coordinates(d)));
        }
        return found;
    }

    private static String coordinates(Element dependency) {
        return text(dependency, "groupId") + ":" + text(dependency, "artifactId");
    }

    private static String text(Element element, String name) {
        Element found = child(element, name);
        return found == null ? null : found.getTextContent().trim();
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE
                    && nodes.item(i).getNodeName().equals(name)) {
                found.add((Element) nodes.item(i));
            }
        }
        return found;
    }

    private static Document read(Path pom) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    }
}
