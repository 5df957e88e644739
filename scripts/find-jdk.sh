#!/bin/sh
# Prints the home of a JDK >= 22 (the newest found), or explains and fails.
# Order: $JAVA_HOME if new enough, then the usual install roots of Linux and macOS.
min=22

major_of() {
    # A JDK's "release" file holds JAVA_VERSION="25.0.3" (or "1.8.0_..." for old ones).
    [ -f "$1/release" ] && [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 1
    v=$(sed -n 's/^JAVA_VERSION="\([0-9][0-9]*\).*/\1/p' "$1/release")
    [ -n "$v" ] && echo "$v"
}

if [ -n "${JAVA_HOME:-}" ]; then
    m=$(major_of "$JAVA_HOME") && [ "$m" -ge "$min" ] && { echo "$JAVA_HOME"; exit 0; }
fi

best=""
best_major=0
for d in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home /opt/java/* /opt/jdk*; do
    [ -d "$d" ] || continue
    m=$(major_of "$d") || continue
    if [ "$m" -ge "$min" ] && [ "$m" -gt "$best_major" ]; then
        best="$d"
        best_major="$m"
    fi
done

if [ -z "$best" ]; then
    echo "error: ballflight needs a JDK >= $min and found none (JAVA_HOME='${JAVA_HOME:-}')." >&2
    echo "       Looked in /usr/lib/jvm, /Library/Java/JavaVirtualMachines, /opt." >&2
    echo "       Install one (e.g. Temurin 25) or set JAVA_HOME to it." >&2
    ls /usr/lib/jvm >&2 2>/dev/null
    exit 1
fi
echo "$best"
