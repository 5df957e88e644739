package ballflight.nativekernel;

import static org.assertj.core.api.Assertions.assertThat;

import ballflight.kernel.BatchColumn;
import ballflight.model.EndReason;
import java.io.IOException;
import java.lang.foreign.AddressLayout;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.ValueLayout;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-written bindings against the committed C header (itself checked against the Rust
 * sources by the crate's header test): every function, the BfParams layout, the ABI version,
 * the column numbering and the end-reason codes.
 */
class NativeHeaderContractTest {
    private static final Path HEADER = Path.of("..", "native-rust", "include", "ballflight.h");
    private static final Pattern FUNCTION = Pattern.compile("(\\w+)\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*;");
    private static final Pattern STRUCT = Pattern.compile("typedef struct BfParams \\{([^}]*)\\} BfParams;");
    private static final Pattern DEFINE = Pattern.compile("#define (\\w+) (\\S+)");

    private static String code;

    @BeforeAll
    static void readHeader() throws IOException {
        // Comments out, so doc text cannot look like declarations.
        code = Files.readString(HEADER).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
    }

    /** The Java layout a C parameter or return type needs. */
    private static MemoryLayout layoutOf(String cType) {
        String t = cType.replace("const", "").replace("struct", "").trim();
        if (t.endsWith("*")) {
            return ValueLayout.ADDRESS;
        }
        return switch (t) {
            case "double" -> ValueLayout.JAVA_DOUBLE;
            case "int64_t", "uint64_t" -> ValueLayout.JAVA_LONG;
            case "int32_t", "uint32_t" -> ValueLayout.JAVA_INT;
            default -> throw new AssertionError("C type '" + cType + "' has no mapping in this test");
        };
    }

    /** Strips the parameter name: "const struct BfParams *params" -> "const struct BfParams *". */
    private static String typeOf(String parameter) {
        return parameter.trim().replaceAll("\\w+$", "").trim();
    }

    private static Map<String, FunctionDescriptor> headerFunctions() {
        Map<String, FunctionDescriptor> functions = new LinkedHashMap<>();
        Matcher m = FUNCTION.matcher(code.replaceAll("\\s+", " "));
        while (m.find()) {
            List<MemoryLayout> args = new ArrayList<>();
            String params = m.group(3).trim();
            if (!params.equals("void")) {
                for (String p : params.split(",")) {
                    args.add(layoutOf(typeOf(p)));
                }
            }
            MemoryLayout[] a = args.toArray(MemoryLayout[]::new);
            FunctionDescriptor d = m.group(1).equals("void") ? FunctionDescriptor.ofVoid(a)
                    : FunctionDescriptor.of(layoutOf(m.group(1)), a);
            functions.put(m.group(2), d);
        }
        return functions;
    }

    private static Map<String, String> defines() {
        Map<String, String> d = new LinkedHashMap<>();
        Matcher m = DEFINE.matcher(code);
        while (m.find()) {
            d.put(m.group(1), m.group(2));
        }
        return d;
    }

    private static MemoryLayout withoutName(MemoryLayout l) {
        return l instanceof AddressLayout a ? a.withoutTargetLayout().withoutName() : l.withoutName();
    }

    @Test
    void everyHeaderFunctionIsBoundWithItsExactSignature() {
        Map<String, FunctionDescriptor> header = headerFunctions();
        assertThat(header).as("functions parsed from " + HEADER).hasSizeGreaterThanOrEqualTo(6);
        assertThat(NativeAbi.FUNCTIONS.keySet()).containsExactlyInAnyOrderElementsOf(header.keySet());
        header.forEach((name, expected) -> {
            FunctionDescriptor bound = NativeAbi.FUNCTIONS.get(name);
            assertThat(bound.argumentLayouts().stream().map(NativeHeaderContractTest::withoutName).toList())
                    .as(name + " arguments").isEqualTo(expected.argumentLayouts());
            assertThat(bound.returnLayout().map(NativeHeaderContractTest::withoutName))
                    .as(name + " return type").isEqualTo(expected.returnLayout());
        });
    }

    @Test
    void paramsStructMatchesFieldForField() {
        Matcher m = STRUCT.matcher(code);
        assertThat(m.find()).as("typedef struct BfParams in the header").isTrue();
        List<String> fields = new ArrayList<>();
        List<MemoryLayout> layouts = new ArrayList<>();
        for (String decl : m.group(1).split(";")) {
            if (decl.isBlank()) {
                continue;
            }
            // "double dt", "int64_t max_steps", "const double *table"
            String d = decl.trim();
            String name = d.replaceAll("^.*?(\\w+)$", "$1");
            fields.add(name);
            layouts.add(layoutOf(d.substring(0, d.length() - name.length())));
        }
        List<MemoryLayout> members = NativeAbi.BF_PARAMS.memberLayouts();
        assertThat(members.stream().map(l -> l.name().orElseThrow()).toList()).isEqualTo(fields);
        assertThat(members.stream().map(NativeHeaderContractTest::withoutName).toList()).isEqualTo(layouts);
        // All 8-byte members (doubles, int64, a pointer on 64-bit targets): no padding, so C's size is the sum.
        assertThat(NativeAbi.BF_PARAMS.byteSize()).isEqualTo(8L * fields.size());
    }

    @Test
    void abiVersionColumnsAndEndReasonsAgree() throws IllegalAccessException {
        Map<String, String> d = defines();
        assertThat(d.get("BF_ABI_VERSION")).isEqualTo(String.valueOf(NativeAbi.ABI_VERSION));
        assertThat(d.get("BF_OK")).isEqualTo(String.valueOf(NativeAbi.OK));
        assertThat(d.get("BF_ERR_PANIC")).isEqualTo(String.valueOf(NativeAbi.ERR_PANIC));
        int columns = 0;
        for (Field f : BatchColumn.class.getFields()) {
            if (f.getType() != int.class || !Modifier.isStatic(f.getModifiers())) {
                continue;
            }
            String name = switch (f.getName()) {
                case "COUNT" -> "BF_COLUMN_COUNT";
                case "INPUT_COUNT" -> "BF_INPUT_COUNT";
                default -> "BF_COL_" + f.getName();
            };
            assertThat(d.get(name)).as(name + " vs BatchColumn." + f.getName())
                    .isEqualTo(String.valueOf(f.getInt(null)));
            columns++;
        }
        assertThat(columns).isEqualTo(BatchColumn.COUNT + 2);
        for (EndReason r : EndReason.values()) {
            assertThat(d.get("BF_END_" + r.name())).as(r.name()).isEqualTo(String.valueOf(r.code()));
        }
    }
}
