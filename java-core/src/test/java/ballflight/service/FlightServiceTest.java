package ballflight.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ballflight.backend.Backend;
import ballflight.engine.FlightSimulator;
import ballflight.kernel.SimulationMode;
import ballflight.model.Atmosphere;
import ballflight.model.Fence;
import ballflight.model.FlightRequest;
import ballflight.model.FlightResult;
import ballflight.model.Launch;
import ballflight.model.Wind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FlightServiceTest {

    private static List<FlightRequest> randomRequests(int n, long seed) {
        Random rnd = new Random(seed);
        List<FlightRequest> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Launch launch = new Launch(60 + 55 * rnd.nextDouble(), -10 + 60 * rnd.nextDouble(), -45 + 90 * rnd.nextDouble(),
                    rnd.nextDouble() * 3000, -800 + 1600 * rnd.nextDouble(), Launch.DEFAULT_CONTACT_HEIGHT_FT);
            FlightRequest r = FlightRequest.of(launch)
                    .withAtmosphere(new Atmosphere(40 + 50 * rnd.nextDouble(), 5000 * rnd.nextDouble(), 29.92, 50))
                    .withWind(Wind.of(10 * rnd.nextDouble(), 360 * rnd.nextDouble()));
            out.add(i % 3 == 0 ? r.withFence(new Fence(330 + 80 * rnd.nextDouble(), 8 + 10 * rnd.nextDouble())) : r);
        }
        return out;
    }

    private static FlightService.Builder extreme() {
        return FlightService.builder()
                .simulators(() -> FlightSimulator.builder().backend(Backend.JAVA).mode(SimulationMode.EXTREME).build());
    }

    @Test
    void manyThreadsGetTheSimulatorsBits() throws Exception {
        List<FlightRequest> requests = randomRequests(400, 7);
        List<FlightResult> expected;
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA).mode(SimulationMode.EXTREME).build()) {
            expected = requests.stream().map(sim::fly).toList();
        }
        try (FlightService service = extreme().workers(2).maxBatch(32).maxWaitMicros(500).build();
             ExecutorService callers = Executors.newFixedThreadPool(8)) {
            List<Future<FlightResult>> answers = new ArrayList<>();
            CountDownLatch start = new CountDownLatch(1);
            for (FlightRequest r : requests) {
                answers.add(callers.submit(() -> {
                    start.await();
                    return service.submit(r).get(10, TimeUnit.SECONDS);
                }));
            }
            start.countDown();
            for (int i = 0; i < requests.size(); i++) {
                assertThat(answers.get(i).get()).as("flight %d", i).isEqualTo(expected.get(i));
            }
            ServiceMetrics m = service.metrics();
            assertThat(m.submitted()).isEqualTo(400);
            assertThat(m.completed()).isEqualTo(400);
            assertThat(m.failed()).isZero();
            assertThat(m.batchSizes().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(m.batches());
            assertThat(m.batchedFlights()).isEqualTo(400);
        }
    }

    @Test
    void concurrentRequestsAreCoalescedIntoBatches() {
        List<FlightRequest> requests = randomRequests(200, 11);
        try (FlightService service = extreme().workers(1).maxBatch(64).maxWaitMicros(20_000).build()) {
            List<CompletableFuture<FlightResult>> futures = requests.stream().map(service::submit).toList();
            futures.forEach(CompletableFuture::join);
            ServiceMetrics m = service.metrics();
            assertThat(m.batches()).isLessThan(20);
            assertThat(m.meanBatchSize()).isGreaterThan(10);
            assertThat(m.batchSizes().keySet()).allMatch(size -> size <= 64);
            assertThat(new ArrayList<>(m.batchSizes().keySet())).isSorted();
        }
    }

    @Test
    void submitAllKeepsOrderAndMatchesFlyAll() {
        List<FlightRequest> requests = randomRequests(300, 3);
        List<FlightResult> expected;
        try (FlightSimulator sim = FlightSimulator.builder().backend(Backend.JAVA).mode(SimulationMode.EXTREME).build()) {
            expected = sim.flyAll(requests);
        }
        try (FlightService service = extreme().workers(2).maxBatch(50).build()) {
            assertThat(service.submitAll(requests).join()).isEqualTo(expected);
        }
    }

    @Test
    void aFullQueueRefusesAtOnceAndShutdownStillDrains() {
        List<FlightRequest> requests = randomRequests(5, 5);
        // One worker holds the first request for up to 1 s waiting for company: the places stay taken.
        FlightService service = extreme().workers(1).maxBatch(100).maxWaitMicros(1_000_000).queueCapacity(4).build();
        List<CompletableFuture<FlightResult>> accepted = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            accepted.add(service.submit(requests.get(i)));
        }
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> service.submit(requests.get(4)))
                .isInstanceOf(FlightQueueFullException.class)
                .hasMessageContaining("flight queue full").hasMessageContaining("of 4 places free");
        assertThat(System.nanoTime() - t0).as("refusal does not wait").isLessThan(TimeUnit.SECONDS.toNanos(1));
        assertThatThrownBy(() -> service.submitAll(requests)).isInstanceOf(FlightQueueFullException.class);
        assertThat(service.metrics().rejected()).isEqualTo(6);
        service.close();
        assertThat(accepted).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
        assertThatThrownBy(() -> service.submit(requests.get(4)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("shut down");
    }

    @Test
    void closeAnswersEverythingQueuedAndJoinsTheWorkers() {
        List<FlightRequest> requests = randomRequests(2_000, 13);
        FlightService service = extreme().workers(2).maxBatch(16).build();
        List<CompletableFuture<FlightResult>> futures = requests.stream().map(service::submit).toList();
        service.close();
        assertThat(futures).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
        assertThat(service.metrics().completed()).isEqualTo(2_000);
        assertThat(service.metrics().queueDepth()).isZero();
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("ballflight-flight-"));
    }

    @Test
    void badSettingsNameTheSetting() {
        assertThatThrownBy(() -> FlightService.builder().maxBatch(0))
                .hasMessage("maxBatch = 0 is out of range: allowed 1 to 4096");
        assertThatThrownBy(() -> FlightService.builder().queueCapacity(-1)).hasMessageContaining("queueCapacity = -1");
        assertThatThrownBy(() -> FlightService.builder().maxWaitMicros(2_000_000)).hasMessageContaining("maxWaitMicros");
    }

    /** The README's FlightService example, as written there. */
    @Test
    void readmeExample() {
        try (FlightService service = FlightService.builder()
                .simulators(() -> FlightSimulator.builder().mode(SimulationMode.EXTREME).build())
                .maxBatch(1024)          // most flights per kernel batch
                .maxWaitMicros(200)      // a lone request waits at most 0.2 ms for company
                .build()) {
            CompletableFuture<FlightResult> one = service.submit(FlightRequest.of(Launch.of(100, 28).withBackspinRpm(1800)));
            System.out.printf("%.1f ft%n", one.join().distanceFt());
            System.out.println(service.metrics());
            assertThat(one.join().distanceFt()).isBetween(380.0, 440.0);
        }
    }
}
