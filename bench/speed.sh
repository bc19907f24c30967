#!/usr/bin/env bash
# The portal's speed figures in one run, each beside the trivial endpoint GET /api/v1/ping of the same server in the
# same run: ping; create (POST /api/v1/requests, varied texts, phones and divisions) from 8 and 64 connections; the
# tracking look-up of requests created in the run; claim-next; create at a fixed arrival rate timed from each call's
# scheduled send (open loop); create as the repeat-detection window holds 10k, 100k and 1M requests (seeded in SQL
# with their fingerprints, before each start); the server's resident memory at rest and at its peak, and its heap.
# Starts Jingwu (launcher/target/jingwu.jar, or --jar=) on the MariaDB server at 127.0.0.1:3306 in the database
# speed_bench with an account of the same name, which it creates anew (as root without password; see BENCH_DB_PORT,
# BENCH_DB_USER, BENCH_DB_PASSWORD) and drops at the end; the per-address limits are lifted for 127.0.0.1.
# Loopback only; stops by itself (25 minutes at most) and stops every server it started.
# Builds first when a source is newer than the build (bench/run-benchmark.sh).
# Usage: bench/speed.sh [--sizes=10000,100000,1000000] [--seconds=10] [--warm-up-seconds=10] [--limit-minutes=25]
#                       [--rate=<creates per second>] [--heap=384m] [--jar=<another build>] [--keep-database]
exec "$(dirname "$0")/run-benchmark.sh" SpeedBenchmark "$@"
