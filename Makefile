# ballflight build. Two commands matter: `make run` (main job) and `make test` (all tests).
# Finds a JDK >= 22 itself; builds the Rust library with cargo and the jars with Maven.

SHELL := /bin/sh
JAVA_HOME := $(shell sh scripts/find-jdk.sh)
export JAVA_HOME
export PATH := $(JAVA_HOME)/bin:$(HOME)/.cargo/bin:$(PATH)
# Maven's own Guava warns on JDK 24+ without this; not in .mvn/jvm.config (JDK 17 Maven would refuse it).
export MAVEN_OPTS ?= --sun-misc-unsafe-memory-access=allow

MVN ?= mvn -B -ntp -Dstyle.color=never
CARGO ?= cargo

# Platform of the bundled native library: /native/<os>-<arch>/<mapped name> inside the jar.
UNAME_S := $(shell uname -s)
UNAME_M := $(shell uname -m)
OS := $(if $(filter Darwin,$(UNAME_S)),macos,$(if $(findstring MINGW,$(UNAME_S))$(findstring MSYS,$(UNAME_S)),windows,linux))
ARCH := $(if $(filter arm64 aarch64,$(UNAME_M)),aarch64,x86_64)
LIBNAME := $(if $(filter macos,$(OS)),libballflight.dylib,$(if $(filter windows,$(OS)),ballflight.dll,libballflight.so))
NATIVE_OUT := native-rust/target/release/$(LIBNAME)
NATIVE_STAGE := native-rust/target/stage/native/$(OS)-$(ARCH)

CLI_JAR := cli/target/ballflight.jar

.PHONY: all build run test native jars clean check-tools java-info bench stream-overhead accuracy fuzz fuzz-smoke fuzz-tools asan \
	soak browser load schemathesis soak-serve fonts report-draws

all: build

check-tools:
	@if [ -z "$(JAVA_HOME)" ]; then echo "error: no JDK >= 22 found (see above)"; exit 1; fi
	@command -v mvn >/dev/null 2>&1 || { echo "mvn not found; installing Maven with apt-get"; \
	  (apt-get update && apt-get install -y maven) || { echo "error: Maven is required (apt-get install maven)"; exit 1; }; }
	@command -v $(CARGO) >/dev/null 2>&1 || { echo "error: cargo (Rust >= 1.85) is required: https://rustup.rs"; exit 1; }

java-info: check-tools
	@echo "JAVA_HOME=$(JAVA_HOME)"; "$(JAVA_HOME)/bin/java" -version 2>&1 | head -n 1

native: check-tools
	cd native-rust && $(CARGO) build --release --locked
	mkdir -p $(NATIVE_STAGE)
	cp $(NATIVE_OUT) $(NATIVE_STAGE)/$(LIBNAME)

jars: native
	$(MVN) -q package -DskipTests

# The AOT start-up caches (JDK 25, one training run of a one-ball fly each; scripts/aot-cache.sh):
# one with the Vector API module for every command, one without it for a one-ball fly (the
# launcher's two JVM option sets; the module turns off the cache's archived heap).
AOT_CACHE := cli/target/ballflight.aot
AOT_CACHE_ONE_BALL := cli/target/ballflight-one-ball.aot
build: jars fonts
	sh scripts/aot-cache.sh "$(JAVA_HOME)" $(CLI_JAR) $(AOT_CACHE) --add-modules=jdk.incubator.vector
	sh scripts/aot-cache.sh "$(JAVA_HOME)" $(CLI_JAR) $(AOT_CACHE_ONE_BALL)
	cp scripts/ballflight ./ballflight
	chmod +x ./ballflight
	@echo "built: $(CLI_JAR), ./ballflight, $(NATIVE_OUT)"

# The main job: the full 2025 season (2,430 games) with a progress bar, standings, the league
# line and the throughput (stderr), in the 512 MB heap the issue allows a season.
SEASON_SEED ?= 2025
run: build
	BALLFLIGHT_JAVA_OPTS=-Xmx512m ./ballflight season --seed $(SEASON_SEED) --profile

# All tests: the crate's own tests, then every Maven module (native backend required).
# The crate's tests run in the dev profile: a release test build (fat LTO plus the cbindgen
# dev-dependency that checks include/ballflight.h is current) takes minutes; the optimized
# library itself is what the Maven parity tests exercise.
test: native fuzz-smoke browser fonts
	cd native-rust && $(CARGO) test --locked
	$(MVN) verify -Pspark -Dballflight.native.required=true -Dballflight.browser.required=true
	cp scripts/ballflight ./ballflight
	chmod +x ./ballflight

# The JMH suite plus fresh-JVM cold runs (ColdSuite; under 15 minutes on 2 cores): raw JSON in bench/results/, the report in
# docs/BENCHMARKS.md, and the verdict the jar carries as auto's default. Rebuild afterwards
# (`make build`) to bundle the new verdict.
BENCH_STAMP := $(shell date -u +%Y%m%dT%H%M%SZ)
BENCH_COMMIT := $(shell git describe --always --dirty 2>/dev/null || echo unknown)
# docs/ACCURACY.md: the fixed modes on 240 cases, tolerance stepping on 10,000 envelope cases
# against the Hipparchus reference (about a minute; make test checks a 300-case sample).
accuracy:
	$(MVN) -pl java-core verify -Dtest=AccuracyTest -Dsurefire.failIfNoSpecifiedTests=false \
		-Dballflight.accuracy.write=true -Dballflight.accuracy.cases=10000

bench: native
	$(MVN) -q package -DskipTests -pl bench -am
	mkdir -p bench/results
	"$(JAVA_HOME)/bin/java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow \
	  -cp bench/target/benchmarks.jar ballflight.bench.Suite \
	  --results bench/results/$(BENCH_STAMP).json --markdown docs/BENCHMARKS.md \
	  --verdict java-core/src/main/resources/ballflight/default-verdict.json --commit $(BENCH_COMMIT)

# fly --input's cost a row beyond the kernel, on a 10-million-row file (~4 min; issue 13).
stream-overhead: build
	$(MVN) -q package -DskipTests -pl bench -am
	sh scripts/stream-overhead.sh 1000000 10

# The charts (--plot, season --charts) draw their text with a system font through fontconfig; a bare
# machine may have none.
fonts:
	@fc-list 2>/dev/null | grep -q . || { echo "installing fontconfig and DejaVu fonts for the charts"; \
	  (apt-get update -qq && apt-get install -y -qq fontconfig fonts-dejavu-core) >/dev/null \
	  || { echo "error: the charts need a font: apt-get install fontconfig fonts-dejavu-core failed"; exit 1; }; }

# Debian's Chromium for the serve front-page test (FrontPageBrowserTest drives it headless).
browser:
	@command -v chromium >/dev/null 2>&1 || { echo "installing Debian's chromium for the browser test"; \
	  (apt-get update -qq && apt-get install -y -qq chromium) >/dev/null || { echo "error: apt-get install chromium failed"; exit 1; }; }

# Load test of `ballflight serve` (not in make test): wrk from Debian on loopback, bounded in time.
# LOAD_SECONDS, LOAD_CONNECTIONS and SERVE_OPTS tune it; the server is started and stopped here.
LOAD_SECONDS ?= 60
LOAD_CONNECTIONS ?= 64
SERVE_OPTS ?=
load: build
	@command -v wrk >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq wrk >/dev/null)
	sh bench/load/run-load.sh $(LOAD_SECONDS) $(LOAD_CONNECTIONS) "$(SERVE_OPTS)"

# 30 minutes of fixed-rate load on `ballflight serve`: heap after GC and RSS must stay flat (<= 5 %).
SOAK_MINUTES ?= 30
SOAK_RATE ?= 6000
soak-serve: build
	sh bench/load/run-soak.sh $(SOAK_MINUTES) $(SOAK_RATE)

# Schemathesis (PyPI) against docs/openapi.yaml and a live server: no 5xx, no schema violation.
schemathesis: build
	sh bench/load/run-schemathesis.sh

# Fuzzing the C ABI (native-rust/fuzz, libFuzzer + ASan on nightly): `make test` runs the target
# for FUZZ_SMOKE_SECONDS from the committed corpus (new inputs go to target/, the committed corpus
# stays clean); `make fuzz` is the long run (FUZZ_SECONDS, default 30 min) and grows the committed
# corpus (minimize it with `cargo +nightly fuzz cmin bf_integrate` before committing).
CARGO_FUZZ_VERSION := 0.13.1
FUZZ_SMOKE_SECONDS ?= 60
FUZZ_SECONDS ?= 1800
FUZZ_RUN = cd native-rust && $(CARGO) +nightly fuzz run bf_integrate
fuzz-tools: check-tools
	@rustup run nightly rustc --version >/dev/null 2>&1 || rustup toolchain install nightly --profile minimal
	@$(CARGO) fuzz --version 2>/dev/null | grep -q " $(CARGO_FUZZ_VERSION)$$" || \
	  $(CARGO) install --locked cargo-fuzz@$(CARGO_FUZZ_VERSION)

fuzz-smoke: fuzz-tools
	mkdir -p native-rust/fuzz/target/smoke-corpus
	$(FUZZ_RUN) fuzz/target/smoke-corpus fuzz/corpus/bf_integrate -- \
	  -max_total_time=$(FUZZ_SMOKE_SECONDS) -timeout=30 -print_final_stats=1

fuzz: fuzz-tools
	$(FUZZ_RUN) fuzz/corpus/bf_integrate -- -max_total_time=$(FUZZ_SECONDS) -timeout=30 -print_final_stats=1

# The crate's tests under AddressSanitizer (nightly; std itself is not instrumented, the crate
# and its tests are).
RUST_HOST = $(shell rustc -vV | sed -n 's/^host: //p')
asan: fuzz-tools
	cd native-rust && RUSTFLAGS=-Zsanitizer=address ASAN_OPTIONS=detect_leaks=1 \
	  $(CARGO) +nightly test --locked --target $(RUST_HOST) --target-dir target/asan --lib --tests

# The fidelity report drawn DRAWS times over seeds that do not overlap, and how often each row holds
# (~3 min for 7 draws of 5 seasons; docs/CALIBRATION.md, "The report itself, drawn seven times").
DRAWS ?= 7
report-draws: build
	python3 scripts/report_draws.py $(DRAWS) 5

# 50 EXTREME seasons in one JVM: heap after GC and RSS per season (bench/soak.sh; ~6 min idle).
SOAK_SEASONS ?= 50
SOAK_GAMES ?= 60
soak: build
	sh bench/soak.sh $(SOAK_SEASONS) $(SOAK_GAMES)

clean:
	-$(MVN) clean
	-cd native-rust && $(CARGO) clean
	rm -f ./ballflight
