#!/usr/bin/env bash
# Claim-next latency (median, p99) with 10k, 100k and 1M open requests in the clerk's queue (seeded in SQL), and
# create-request throughput, each beside the trivial endpoint GET /api/v1/ping of the same server in the same run.
# Starts Jingwu (launcher/target/jingwu.jar) on the MariaDB server at 127.0.0.1:3306 in the database jingwu_bench with
# an account of the same name, which it creates anew (as root without password; see BENCH_DB_PORT, BENCH_DB_USER,
# BENCH_DB_PASSWORD) and drops at the end. Loopback only; stops by itself (14 minutes at most) and stops the server it started.
# Usage: bench/claim-next.sh [--sizes=10000,100000,1000000] [--claims=2000] [--clients=8] [--seconds=10]
#                            [--warm-up-seconds=10] [--limit-minutes=14] [--keep-database]
exec "$(dirname "$0")/run-benchmark.sh" ClaimNextBenchmark "$@"
