# Run on the minion by run-benchmark.ts, in the benchmark's cwd and environment (run marker included), as:
#   sh -c "<this file>" KILL_SCRIPT MARKER GRACE_MS RUN_DIR OUTPUT_DIR PGID_FILE REPORT_FILE PROGRAM [ARG...]
#
# One SSH exec per benchmark, because each exec costs a login-shell start on the minion:
# 1. recreates OUTPUT_DIR empty (whatever an earlier attempt left there goes);
# 2. runs PROGRAM as the leader of a new session, whose pid (= its process group id) and start time
#    (field 22 of /proc/<pid>/stat, which tells a reused pid apart) go to PGID_FILE for the killer,
#    and waits for it;
# 3. kills whatever this delivery of the run left alive (KILL_SCRIPT, i.e. kill-run.sh MARKER GRACE_MS RUN_DIR
#    PGID_FILE's name, MARKER being the delivery's marker) and writes REPORT_FILE: the benchmark's duration in ms, kill-run.sh's exit code, then its output;
# 4. exits with the benchmark's exit status.
# An exit code without REPORT_FILE means step 1 failed and the benchmark never ran.
kill_script=$0 marker=$1 grace_ms=$2 run_dir=$3 output_dir=$4 pgid_file=$5 report_file=$6
shift 6
rm -rf -- "$output_dir" "$report_file" && mkdir -p -- "$output_dir" || exit
started=$(date +%s%N)
# -f: this shell is no group leader, so setsid would otherwise exec in place, and a benchmark's death by
# signal N would show as 128+N instead of setsid -w's N (see BenchmarkOutcome.exitCode)
setsid -f -w sh -c 'echo "$$ $(cut -d " " -f 22 /proc/$$/stat)" > "$0" && exec "$@"' "$pgid_file" "$@"
status=$?
duration_ms=$((($(date +%s%N) - started) / 1000000))
# Until here this shell carries the markers, so a cleanup of the run kills it too (an executor that died
# leaves nothing behind). The killer must not kill itself: it runs as a fresh process without the markers,
# so a redelivery's cleanup cannot stop it either: hence it targets only its own delivery's processes.
exec env -i PATH="$PATH" sh -c '
result=$(sh -c "$0" benchline-kill-run "$1" "$2" "$3" "$4" 2>&1)
code=$?
printf "%s\n%s\n%s\n" "$6" "$code" "$result" > "$5"
exit "$7"' "$kill_script" "$marker" "$grace_ms" "$run_dir" "${pgid_file##*/}" "$report_file" "$duration_ms" "$status"
