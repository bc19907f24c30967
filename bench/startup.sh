#!/usr/bin/env bash
# Start-up time to ready, in seconds: Jingwu with the embedded MariaDB (first start on an empty data folder,
# then second starts that find the data again), beside the floor: an empty war on the same Payara Micro.
# Prints one line per run and the medians. Needs a built tree: mvn -B -q package -DskipTests
# Usage: bench/startup.sh [runs]   (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
lib=launcher/target/lib
jar=launcher/target/jingwu.jar
micro=$(ls "$lib"/payara-micro-*.jar)
[ -f "$jar" ] || { echo "Build first: mvn -B -q package -DskipTests" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Seconds from launch until $url answers 200, then stops the process and waits for it to exit.
time_to_ready() {
    local url=$1; shift
    local start end pid
    start=$(date +%s.%N)
    "$@" >"$work/log" 2>&1 &
    pid=$!
    until curl -fs -o /dev/null "$url"; do
        kill -0 "$pid" 2>/dev/null || { echo "process died; log: $work/log" >&2; tail -20 "$work/log" >&2; exit 1; }
        sleep 0.1
    done
    end=$(date +%s.%N)
    kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
    echo "$end - $start" | bc
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# The floor: an empty war (one static page) on the same Payara Micro with the options the launcher uses.
mkdir -p "$work/empty"
echo '<!doctype html><title>empty</title>' >"$work/empty/index.html"
(cd "$work/empty" && jar cf "$work/ROOT.war" index.html)

floor=(); first=(); second=()
for i in $(seq "$runs"); do
    port=$(free_port)
    t=$(time_to_ready "http://127.0.0.1:$port/" java -jar "$micro" --port "$port" --deploy "$work/ROOT.war")
    floor+=("$t"); echo "empty war on Payara Micro, run $i: ${t}s"

    data="$work/data-$i"
    port=$(free_port)
    t=$(time_to_ready "http://127.0.0.1:$port/health/ready" env JINGWU_DATA_DIR="$data" JINGWU_PORT="$port" java -jar "$jar")
    first+=("$t"); echo "Jingwu, embedded MariaDB, first start, run $i: ${t}s"

    port=$(free_port)
    t=$(time_to_ready "http://127.0.0.1:$port/health/ready" env JINGWU_DATA_DIR="$data" JINGWU_PORT="$port" java -jar "$jar")
    second+=("$t"); echo "Jingwu, embedded MariaDB, second start, run $i: ${t}s"
done

f=$(printf '%s\n' "${floor[@]}" | median)
a=$(printf '%s\n' "${first[@]}" | median)
b=$(printf '%s\n' "${second[@]}" | median)
echo "median of $runs: empty war ${f}s | Jingwu first start ${a}s | Jingwu second start ${b}s | second start / floor $(echo "scale=2; $b / $f" | bc)"
