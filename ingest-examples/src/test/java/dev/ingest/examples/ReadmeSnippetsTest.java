package dev.ingest.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's Java snippets are the compiled ones in {@link Quickstart}, so they cannot rot. */
class ReadmeSnippetsTest {

    private static final Pattern TAGGED =
            Pattern.compile("// tag::(\\w+)\\[]\\n(.*?)\\n\\s*// end::\\1\\[]", Pattern.DOTALL);
    private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)\\n```", Pattern.DOTALL);

    @Test
    void theReadmesJavaSectionShowsEachSnippetAsCompiled() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        String section = readme.substring(readme.indexOf("## Use it from Java"));
        section = section.substring(0, section.indexOf("\n## ", 1));
        List<String> shown = new ArrayList<>();
        Matcher block = JAVA_BLOCK.matcher(section);
        while (block.find()) {
            shown.add(block.group(1));
        }

        assertThat(shown).containsExactlyElementsOf(snippets());
    }

    /** Each tagged region of the Quickstart source, its common indentation removed. */
    private static List<String> snippets() throws IOException {
        String source = Files.readString(Path.of("src/main/java/dev/ingest/examples/Quickstart.java"));
        List<String> snippets = new ArrayList<>();
        Matcher tagged = TAGGED.matcher(source);
        while (tagged.find()) {
            snippets.add(tagged.group(2).stripIndent().strip());
        }
        assertThat(snippets).hasSize(3);
        return snippets;
    }
}
