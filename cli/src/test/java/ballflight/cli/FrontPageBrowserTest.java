package ballflight.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ballflight.data.LeagueData;
import ballflight.engine.FlightSimulator;
import ballflight.fielding.HomeRunParks;
import ballflight.fielding.ParkAir;
import ballflight.model.FlightRequest;
import ballflight.model.FlightResult;
import ballflight.model.Launch;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The front page in a real browser: fill the form, press Fly, read the answer. Needs Debian's
 * chromium ({@code make test} installs it and sets ballflight.browser.required, so a missing
 * browser fails there instead of skipping).
 */
class FrontPageBrowserTest {
    private static final Path CHROMIUM = Path.of(System.getProperty("ballflight.chromium", "/usr/bin/chromium"));

    @Test
    void fillingTheFormShowsTheEnginesDistanceAndDrawsThePath() throws Exception {
        boolean required = Boolean.getBoolean("ballflight.browser.required");
        if (required) {
            assertThat(Files.isExecutable(CHROMIUM)).as(CHROMIUM + " (apt-get install chromium)").isTrue();
        }
        assumeTrue(Files.isExecutable(CHROMIUM), "no Chromium at " + CHROMIUM);
        FlightResult expected;
        try (FlightSimulator sim = RunningServer.SIMULATOR.build()) {
            expected = sim.fly(FlightRequest.of(Launch.of(104, 31).withBackspinRpm(2100)));
        }
        try (RunningServer server = new RunningServer(ServeLimits.DEFAULT);
             HeadlessChromium browser = new HeadlessChromium(CHROMIUM)) {
            browser.open(server.uri("/").toString());
            browser.evaluate("""
                    (() => {
                      const set = (id, v) => { document.getElementById(id).value = v; };
                      set('exit_velocity_mph', '104'); set('launch_angle_deg', '31'); set('backspin_rpm', '2100');
                      document.getElementById('fly').click();
                      return true;
                    })()""");
            browser.waitFor("document.getElementById('distance_ft').textContent !== '–'", Duration.ofSeconds(30));
            assertThat(browser.evaluate("document.getElementById('distance_ft').textContent").asText())
                    .isEqualTo(String.format(Locale.ROOT, "%.1f", expected.distanceFt()));
            assertThat(browser.evaluate("document.getElementById('hang_time_s').textContent").asText())
                    .isEqualTo(String.format(Locale.ROOT, "%.2f", expected.hangTimeS()));
            assertThat(browser.evaluate("document.querySelector('#trajectory polyline').getAttribute('points')"
                    + ".split(' ').length").asInt()).isGreaterThan(50);
            // The parks answer: the verdict the engine gives for the same ball in the 30 parks.
            String verdict;
            try (FlightSimulator sim = RunningServer.SIMULATOR.build()) {
                verdict = new HomeRunParks(sim, LeagueData.mlb2025())
                        .ask(Launch.of(104, 31).withBackspinRpm(2100), ParkAir.AVERAGE).verdict();
            }
            browser.waitFor("document.getElementById('parks_verdict').textContent !== '–'", Duration.ofSeconds(30));
            assertThat(browser.evaluate("document.getElementById('parks_verdict').textContent").asText()).isEqualTo(verdict);

            browser.evaluate("document.getElementById('exit_velocity_mph').value = '400'; "
                    + "document.getElementById('fly').click(); true");
            browser.waitFor("document.getElementById('error').textContent !== ''", Duration.ofSeconds(30));
            assertThat(browser.evaluate("document.getElementById('error').textContent").asText())
                    .isEqualTo("exit_velocity_mph = 400 is out of range: allowed 0 to 150 mph");
        }
    }
}
