#!/bin/sh
# Prints what an AOT cache was made for: the JDK (path and release) and the jar (size, mtime).
# make build stores it beside the cache; the launcher uses the cache only while it still matches
# (a cache made for another jar or JDK does not map and the JVM prints [error][aot] lines).
jdk=$1
jar=$2
release=$(sed -n 's/^JAVA_VERSION="\(.*\)"/\1/p' "$jdk/release" 2>/dev/null)
size_mtime=$(stat -c '%s %Y' "$jar" 2>/dev/null || stat -f '%z %m' "$jar" 2>/dev/null) || exit 1
echo "jdk=$jdk release=$release jar=$size_mtime"
