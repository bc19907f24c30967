#!/usr/bin/env bash
# Runs one benchmark's main class (io.jingwu.bench.<Name>) with the given options, after building the tree when a
# source is newer than the build (Maven's own options: MAVEN_ARGS, e.g. MAVEN_ARGS=-o). The bench/*.sh commands
# call it; usage: bench/run-benchmark.sh <Name> [options]
set -euo pipefail
cd "$(dirname "$0")/.."
built=bench/target/bench.jar
if [ ! -f "$built" ] || [ ! -f launcher/target/jingwu.jar ] \
    || [ -n "$(find pom.xml */pom.xml */src -newer "$built" -type f -print -quit)" ]; then
    echo "building: mvn -B -q ${MAVEN_ARGS:-} package -DskipTests" >&2
    # shellcheck disable=SC2086 # MAVEN_ARGS holds separate options
    mvn -B -q ${MAVEN_ARGS:-} package -DskipTests
fi
main=$1
shift
exec java -cp "$built:bench/target/lib/*" "io.jingwu.bench.$main" "$@"
