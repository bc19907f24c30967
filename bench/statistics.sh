#!/usr/bin/env bash
# The cost of the public figures (GET /api/v1/statistics) over a year of 1,000,000 requests (seeded in SQL): median
# and p95 latency of four shapes of query (a whole year; a month; a month of one unit; a quarter of one division
# prefix), each beside the trivial endpoint GET /api/v1/ping of the same server in the same run, and MariaDB's plans.
# Starts Jingwu (launcher/target/jingwu.jar) on the MariaDB server at 127.0.0.1:3306 in the database
# jingwu_stats_bench with an account of the same name, which it creates anew (as root without password; see
# BENCH_DB_PORT, BENCH_DB_USER, BENCH_DB_PASSWORD) and drops at the end. Loopback only; stops by itself (20 minutes
# at most) and stops the server it started.
# Usage: bench/statistics.sh [--requests=1000000] [--calls=30] [--warm-up-calls=5] [--limit-minutes=20] [--keep-database]
exec "$(dirname "$0")/run-benchmark.sh" StatisticsBenchmark "$@"
