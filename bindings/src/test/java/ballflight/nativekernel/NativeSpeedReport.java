package ballflight.nativekernel;

import ballflight.engine.BatchCodec;
import ballflight.kernel.FlightBatch;
import ballflight.kernel.FlightKernel;
import ballflight.kernel.JavaFlightKernel;
import ballflight.kernel.KernelParams;
import ballflight.kernel.SimulationMode;
import ballflight.model.AeroParameters;
import ballflight.model.FlightRequest;
import ballflight.model.Launch;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Rough single-thread speed of the two kernels on 1000 ACCURATE batted balls (fixed seed), for
 * the report only: no assertion on time. JMH in the bench module is the real measurement. Run:
 * {@code mvn -pl bindings -am verify -Dballflight.speed.report=true -Dtest=NativeSpeedReport
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
@EnabledIfSystemProperty(named = "ballflight.speed.report", matches = "true")
class NativeSpeedReport {
    private static final int FLIGHTS = 1000;
    private static final int ROUNDS = 12;

    @Test
    void reportNanosPerFlight() {
        NativeFlightKernel nativeKernel = NativeTestSupport.kernel();
        int threadsBefore = nativeKernel.threadCount();
        nativeKernel.setThreads(1);
        KernelParams params = KernelParams.of(AeroParameters.NATHAN, SimulationMode.ACCURATE.dtSeconds());
        try (FlightBatch batch = FlightBatch.allocate(FLIGHTS)) {
            SplittableRandom rng = new SplittableRandom(2024);
            FlightRequest[] requests = new FlightRequest[FLIGHTS];
            for (int i = 0; i < FLIGHTS; i++) {
                requests[i] = FlightRequest.of(new Launch(rng.nextDouble(70, 115), rng.nextDouble(5, 45),
                        rng.nextDouble(-45, 45), rng.nextDouble(500, 3000), rng.nextDouble(-1000, 1000), 3.0));
            }
            double javaNs = median(new JavaFlightKernel(), batch, requests, params);
            double nativeNs = median(nativeKernel, batch, requests, params);
            System.out.printf(Locale.ROOT, "speed: %d ACCURATE batted balls, 1 thread, median of %d rounds:"
                    + " java %.0f ns/flight, native %.0f ns/flight, java/native = %.2f%n",
                    FLIGHTS, ROUNDS, javaNs, nativeNs, javaNs / nativeNs);
        } finally {
            nativeKernel.setThreads(threadsBefore);
        }
    }

    private static double median(FlightKernel kernel, FlightBatch batch, FlightRequest[] requests,
                                 KernelParams params) {
        double[] ns = new double[ROUNDS];
        for (int r = -3; r < ROUNDS; r++) { // 3 warm-up rounds
            for (int i = 0; i < requests.length; i++) {
                BatchCodec.encode(requests[i], AeroParameters.NATHAN, batch, i);
            }
            batch.setSize(requests.length);
            long t0 = System.nanoTime();
            kernel.integrate(batch, params, null);
            long t1 = System.nanoTime();
            if (r >= 0) {
                ns[r] = (t1 - t0) / (double) requests.length;
            }
        }
        Arrays.sort(ns);
        return ns[ROUNDS / 2];
    }
}
