package ballflight.nativekernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NativePlatformTest {

    @ParameterizedTest
    @CsvSource({
        "Linux,       amd64,   /native/linux-x86_64/libballflight.so",
        "Linux,       aarch64, /native/linux-aarch64/libballflight.so",
        "Mac OS X,    x86_64,  /native/macos-x86_64/libballflight.dylib",
        "Mac OS X,    aarch64, /native/macos-aarch64/libballflight.dylib",
        "Windows 11,  amd64,   /native/windows-x86_64/ballflight.dll",
        "Windows 11,  aarch64, /native/windows-aarch64/ballflight.dll",
    })
    void mapsEverySupportedPlatformToItsResource(String osName, String osArch, String resource) {
        assertThat(NativePlatform.of(osName, osArch).resourcePath()).isEqualTo(resource);
    }

    @Test
    void acceptsTheOtherSpellingsOfTheArchitectures() {
        assertThat(NativePlatform.of("Linux", "x86_64").arch()).isEqualTo("x86_64");
        assertThat(NativePlatform.of("Mac OS X", "arm64").arch()).isEqualTo("aarch64");
    }

    @Test
    void currentPlatformUsesTheJdksLibraryName() {
        assertThat(NativePlatform.current().libraryFileName()).isEqualTo(System.mapLibraryName("ballflight"));
    }

    @Test
    void unsupportedPlatformsAreNamed() {
        assertThatThrownBy(() -> NativePlatform.of("FreeBSD", "amd64")).hasMessageContaining("FreeBSD");
        assertThatThrownBy(() -> NativePlatform.of("Linux", "riscv64")).hasMessageContaining("riscv64");
    }
}
