#!/usr/bin/env bash
# The workbench's "My queue" page with 100,000 open requests in the clerk's unit (seeded in SQL, and a quarter as many
# in the other units): median and p95 of the full render of its first page (GET /workbench/queue.xhtml, signed in
# through the real sign-in page), beside the trivial endpoint GET /api/v1/ping of the same server in the same run.
# Starts Jingwu (launcher/target/jingwu.jar) on the MariaDB server at 127.0.0.1:3306 in the database
# jingwu_queue_bench with an account of the same name, which it creates anew (as root without password; see
# BENCH_DB_PORT, BENCH_DB_USER, BENCH_DB_PASSWORD) and drops at the end. Loopback only; stops by itself (12 minutes
# at most) and stops the server it started.
# Usage: bench/queue-page.sh [--requests=100000] [--calls=50] [--warm-up-calls=20] [--limit-minutes=12] [--keep-database]
exec "$(dirname "$0")/run-benchmark.sh" QueuePageBenchmark "$@"
