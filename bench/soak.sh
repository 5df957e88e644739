#!/bin/sh
# Soak: N seasons (default 50) of G games (default 60) in EXTREME mode in one JVM; prints heap
# after GC and RSS per season and fails (exit 1) if either grew more than 5 % after warm-up.
# Usage: sh bench/soak.sh [seasons] [games] [mode] [threads] [backend]   (from the repository root,
# after `make build`). Not part of `make test`: it takes minutes.
set -eu
JAR=cli/target/ballflight.jar
[ -f "$JAR" ] || { echo "error: $JAR missing: run make build first" >&2; exit 2; }
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# A fixed, pre-touched heap: G1 growing or shrinking its committed heap would show in the RSS
# as growth that is not a leak; this way RSS moves only with native memory and the JIT.
exec "$JAVA" -Xms512m -Xmx512m -XX:+AlwaysPreTouch --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow \
  -cp "$JAR" ballflight.bench.Soak "${1:-50}" "${2:-60}" "${3:-extreme}" "${4:-2}" "${5:-auto}"
