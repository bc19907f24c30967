#!/usr/bin/env bash
# The anti-fraud text model's quality (api, io.jingwu.api.fraud.scams): retrains it from the corpus by stratified
# 5-fold cross-validation and prints precision, recall and F1 of scam against ordinary and of each kind of scam, the
# "not sure" rate and the confusion matrix, at the shipped thresholds; --sweep adds the figures at other thresholds.
# Needs no server or database; a few minutes on two cores.
# Usage: bench/scam-model.sh [--folds=5] [--seed=20261208] [--sweep] [--limit-minutes=20]
exec "$(dirname "$0")/run-benchmark.sh" ScamModelBenchmark "$@"
