#!/bin/sh
# Builds a JDK 25 AOT cache of the CLI (JEP 483/514: classes loaded and linked, method profiles)
# from one short training run, and its stamp (scripts/aot-stamp.sh). JDKs before 25 lack the
# one-step -XX:AOTCacheOutput: then no cache, and the launcher starts without one.
# Usage: aot-cache.sh JDK JAR CACHE [JVM option ...]
# The JVM options must be the ones scripts/ballflight runs with that cache: a cache is used only
# with matching module options.
jdk=$1
jar=$2
cache=$3
shift 3
here=$(cd "$(dirname "$0")" && pwd)
major=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$jdk/release")
rm -f "$cache" "$cache.stamp"
if [ "${major:-0}" -lt 25 ]; then
    echo "aot: JDK $major has no -XX:AOTCacheOutput (needs 25); no start-up cache"
    exit 0
fi
# Training: one ball, as the shortest commands do; the backend line and result go to /dev/null.
if "$jdk/bin/java" -XX:AOTCacheOutput="$cache" -Djava.awt.headless=true --enable-native-access=ALL-UNNAMED \
        "$@" -jar "$jar" fly --ev 100 --la 28 >/dev/null 2>"$cache.log"; then
    sh "$here/aot-stamp.sh" "$jdk" "$jar" > "$cache.stamp"
    rm -f "$cache.log"
    echo "aot: $cache ($(du -k "$cache" | cut -f1) KB)"
else
    echo "aot: training run failed (see $cache.log); no start-up cache"
    rm -f "$cache"
fi
