package ballflight.verdict;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class MachineIdTest {
    private static final String X86 = """
            processor	: 0
            vendor_id	: AuthenticAMD
            model name	: AMD EPYC 7B13
            flags		: fpu sse sse2 sse4_1 sse4_2 avx avx2 fma
            """;
    private static final String ARM = """
            processor	: 0
            Features	: fp asimd evtstrm aes crc32
            CPU implementer	: 0x41
            """;

    @Test
    void cpuModelAndWidestSimdFromCpuinfo() {
        assertThat(MachineId.cpuModel(X86, "amd64")).isEqualTo("AMD EPYC 7B13");
        assertThat(MachineId.simd(X86)).isEqualTo("avx2");
        assertThat(MachineId.simd(X86.replace("avx2", "avx2 avx512f"))).isEqualTo("avx512");
        assertThat(MachineId.simd(ARM)).isEqualTo("neon");
        assertThat(MachineId.cpuModel(ARM, "aarch64")).isEqualTo("aarch64 CPU");
        assertThat(MachineId.simd(null)).isEqualTo("unknown");
        assertThat(MachineId.cpuModel(null, "amd64")).isEqualTo("amd64 CPU");
    }

    @Test
    void anyDecidingFieldMakesAnotherMachine() {
        MachineId a = new MachineId("AMD EPYC 7B13", 2, "avx2", "Linux", "amd64", 25);
        assertThat(a.sameAs(new MachineId("AMD EPYC 7B13", 2, "avx2", "Linux", "amd64", 25))).isTrue();
        assertThat(a.sameAs(new MachineId("AMD EPYC 7B13", 8, "avx2", "Linux", "amd64", 25))).isFalse();
        assertThat(a.sameAs(new MachineId("AMD EPYC 7B13", 2, "avx512", "Linux", "amd64", 25))).isFalse();
        assertThat(a.sameAs(new MachineId("Intel Xeon", 2, "avx2", "Linux", "amd64", 25))).isFalse();
        assertThat(a.sameAs(new MachineId("AMD EPYC 7B13", 2, "avx2", "Linux", "amd64", 26))).isFalse();
        assertThat(a.sameAs(null)).isFalse();
        assertThat(a.describe()).isEqualTo("AMD EPYC 7B13 (2 cores, avx2, Linux amd64, JDK 25)");
    }

    @Test
    void theHostRoundTripsThroughTheFileAndOldFilesHaveNone() throws IOException {
        MachineId here = MachineId.current();
        Verdict v = VerdictFixtures.crossoverAt256().withHost(here);
        Verdict back = VerdictJson.read(new ByteArrayInputStream(VerdictJson.write(v).getBytes(StandardCharsets.UTF_8)));
        assertThat(back.host()).isEqualTo(here);
        assertThat(back.measuredOn(here)).isTrue();
        String old = VerdictJson.write(VerdictFixtures.crossoverAt256());
        Verdict fromOld = VerdictJson.read(new ByteArrayInputStream(old.getBytes(StandardCharsets.UTF_8)));
        assertThat(fromOld.host()).isNull();
        assertThat(fromOld.measuredOn(here)).isFalse();
    }

    @Test
    void safePlanIsNativeFromSixtyFourFlightsElseJavaThenJavaParallel() {
        assertThat(SafePlan.plan("ACCURATE", k -> true, 2).describe()).isEqualTo("java below 64 flights, native from 64");
        KernelPlan noNative = SafePlan.plan("ACCURATE", k -> !k.equals(Contenders.NATIVE), 2);
        assertThat(noNative.describe()).isEqualTo("java below 4096 flights, java-parallel from 4096");
        assertThat(SafePlan.plan("ACCURATE", k -> !k.equals(Contenders.NATIVE), 1).bands())
                .isEqualTo(List.of(new KernelPlan.Band(1, Contenders.JAVA)));
    }
}
