package ballflight.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the jar manifest's Implementation-Version, or a fallback outside the jar. */
final class ManifestVersion implements IVersionProvider {
    /** Shown when running from classes (tests, IDE) where there is no jar manifest. */
    static final String UNKNOWN = "dev (no jar manifest)";

    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? UNKNOWN : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"ballflight " + version()};
    }
}
