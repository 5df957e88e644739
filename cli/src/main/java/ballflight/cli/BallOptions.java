package ballflight.cli;

import picocli.CommandLine.Option;

/** The batted ball's own options, shared by {@code fly} and {@code parks} (as text: each command parses and names them). */
final class BallOptions {
    @Option(names = "--ev", paramLabel = "MPH", description = "Exit velocity, mph (0 to 150). Required without --input.")
    String exitVelocity;

    @Option(names = "--la", paramLabel = "DEG", description = "Launch angle, deg (-90 to 90). Required without --input.")
    String launchAngle;

    @Option(names = "--spray", paramLabel = "DEG", description = "Spray angle, deg: 0 = center, + toward right field.")
    String spray;

    @Option(names = "--backspin", paramLabel = "RPM", description = "Backspin, rpm (negative = topspin).")
    String backspin;

    @Option(names = "--sidespin", paramLabel = "RPM", description = "Sidespin, rpm (positive curves right).")
    String sidespin;

    @Option(names = "--contact-height", paramLabel = "FT", description = "Ball height at contact, ft (default 3).")
    String contactHeight;
}
