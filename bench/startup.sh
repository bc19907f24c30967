#!/usr/bin/env bash
# Start-up time to ready, in seconds: Jingwu with the embedded MariaDB (first start on an empty data folder,
# then second starts that find the data again), beside two floors on the same Payara Micro jar: an empty war with
# Payara's default options, and with the launcher's option for the embedded database (--nohazelcast).
# Prints one line per run, the medians, and where the time goes (bench/startup-phases.py: the phases between
# lines of the log), per run and as medians.
# Needs a built tree: mvn -B -q package -DskipTests
# Usage: bench/startup.sh [runs] [--trace]   (default 3 runs; --trace adds Payara's deployment trace to the
#                                           breakdown: -Dorg.glassfish.deployment.trace, a little extra work)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
jvm=()
[ "${2:-}" = "--trace" ] && jvm=(-Dorg.glassfish.deployment.trace=true)
lib=launcher/target/lib
jar=launcher/target/jingwu.jar
micro=$(ls "$lib"/payara-micro-*.jar)
phases=bench/startup-phases.py
[ -f "$jar" ] || { echo "Build first: mvn -B -q package -DskipTests" >&2; exit 1; }
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Seconds from launch until $url answers 200, then stops the process and waits for it to exit. The log stays in
# $work/log, the launch and ready instants in $work/launched and $work/ready, and the CPU seconds the JVM had used
# by then (user + system, from /proc; the embedded mariadbd not counted) in $work/cpu: on a machine shared with
# other work the wall time follows the load, the CPU time much less.
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
    awk -v tick="$(getconf CLK_TCK)" '{printf "%.1f\n", ($14 + $15) / tick}' "/proc/$pid/stat" >"$work/cpu"
    kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
    echo "$start" >"$work/launched"; echo "$end" >"$work/ready"
    echo "$end - $start" | bc
}

# The breakdown of the start just timed, kept per start kind ($1) for the medians.
breakdown() {
    python3 "$phases" "$(cat "$work/launched")" "$(cat "$work/ready")" "$work/log" | tee -a "$work/phases-$1" \
        | sed 's/^/    /; s/\t/: /; s/$/ s/'
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

# The floor: an empty war (one static page) on the same Payara Micro.
mkdir -p "$work/empty"
echo '<!doctype html><title>empty</title>' >"$work/empty/index.html"
(cd "$work/empty" && jar cf "$work/ROOT.war" index.html)

echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg)"
floor=(); bare=(); first=(); second=(); floor_cpu=(); bare_cpu=(); first_cpu=(); second_cpu=()
for i in $(seq "$runs"); do
    port=$(free_port)
    t=$(time_to_ready "http://127.0.0.1:$port/" java -jar "$micro" --port "$port" --deploy "$work/ROOT.war")
    floor+=("$t"); floor_cpu+=("$(cat "$work/cpu")")
    echo "empty war on Payara Micro, default options, run $i: ${t}s (CPU $(cat "$work/cpu")s)"

    port=$(free_port)
    t=$(time_to_ready "http://127.0.0.1:$port/" java -jar "$micro" --port "$port" --nohazelcast --deploy "$work/ROOT.war")
    bare+=("$t"); bare_cpu+=("$(cat "$work/cpu")")
    echo "empty war on Payara Micro, --nohazelcast, run $i: ${t}s (CPU $(cat "$work/cpu")s)"

    data="$work/data-$i"
    port=$(free_port)
    t=$(time_to_ready "http://127.0.0.1:$port/health/ready" env JINGWU_DATA_DIR="$data" JINGWU_PORT="$port" java ${jvm[@]+"${jvm[@]}"} -jar "$jar")
    first+=("$t"); first_cpu+=("$(cat "$work/cpu")")
    echo "Jingwu, embedded MariaDB, first start, run $i: ${t}s (CPU $(cat "$work/cpu")s)"
    breakdown first

    port=$(free_port)
    t=$(time_to_ready "http://127.0.0.1:$port/health/ready" env JINGWU_DATA_DIR="$data" JINGWU_PORT="$port" java ${jvm[@]+"${jvm[@]}"} -jar "$jar")
    second+=("$t"); second_cpu+=("$(cat "$work/cpu")")
    echo "Jingwu, embedded MariaDB, second start, run $i: ${t}s (CPU $(cat "$work/cpu")s)"
    breakdown second
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

f=$(printf '%s\n' "${floor[@]}" | median)
n=$(printf '%s\n' "${bare[@]}" | median)
a=$(printf '%s\n' "${first[@]}" | median)
b=$(printf '%s\n' "${second[@]}" | median)
echo "median of $runs: empty war ${f}s (--nohazelcast ${n}s) | Jingwu first start ${a}s | Jingwu second start ${b}s"
echo "second start / floor: $(echo "scale=2; $b / $f" | bc) (default options), $(echo "scale=2; $b / $n" | bc) (--nohazelcast)"
fc=$(printf '%s\n' "${floor_cpu[@]}" | median)
nc=$(printf '%s\n' "${bare_cpu[@]}" | median)
ac=$(printf '%s\n' "${first_cpu[@]}" | median)
bc_=$(printf '%s\n' "${second_cpu[@]}" | median)
echo "CPU, median of $runs: empty war ${fc}s (--nohazelcast ${nc}s) | Jingwu first start ${ac}s | Jingwu second start ${bc_}s"
echo "second start / floor in CPU: $(echo "scale=2; $bc_ / $fc" | bc) (default options), $(echo "scale=2; $bc_ / $nc" | bc) (--nohazelcast)"
for kind in first second; do
    echo "where a $kind start goes, median of $runs (s):"
    # phases in the order of the log; a phase missing from some run is the median of the runs that have it
    awk -F'\t' '!seen[$1]++ {print $1}' "$work/phases-$kind" | while IFS= read -r phase; do
        m=$(awk -F'\t' -v p="$phase" '$1 == p {print $2}' "$work/phases-$kind" | median)
        printf '    %s: %s\n' "$phase" "$m"
    done
done
