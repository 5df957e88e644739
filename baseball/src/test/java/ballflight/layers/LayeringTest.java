package ballflight.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The simulation's packages form a stack (data → pitch → contact → fielding → pa → game → season → export → projection):
 * a class may import only from its own package or from packages below it. Maven keeps java-core
 * from importing this module; this test keeps the order inside it, which no build tool checks.
 */
class LayeringTest {
    private static final List<String> STACK = List.of("data", "pitch", "contact", "fielding", "pa", "game", "season", "export",
            "projection");
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?ballflight\\.([a-z]+)\\.", Pattern.MULTILINE);

    @Test
    void everyImportPointsDownTheStack() throws IOException {
        Path root = Path.of("src/main/java/ballflight");
        List<String> upward = new ArrayList<>();
        int files = 0;
        for (String pkg : STACK) {
            try (Stream<Path> sources = Files.list(root.resolve(pkg))) {
                for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    files++;
                    Matcher m = IMPORT.matcher(Files.readString(source));
                    while (m.find()) {
                        int target = STACK.indexOf(m.group(1));
                        if (target > STACK.indexOf(pkg)) {
                            upward.add(pkg + "/" + source.getFileName() + " imports ballflight." + m.group(1));
                        }
                    }
                }
            }
        }
        assertThat(files).as("source files scanned").isGreaterThan(50);
        assertThat(upward).as("imports that point up the stack").isEmpty();
    }

    @Test
    void theRuleSeesAnUpwardImport() {
        Matcher m = IMPORT.matcher("package ballflight.pitch;\nimport ballflight.pa.PaRunner;\n");
        assertThat(m.find()).isTrue();
        assertThat(STACK.indexOf(m.group(1))).isGreaterThan(STACK.indexOf("pitch"));
    }
}
