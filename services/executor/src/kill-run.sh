# Run on the minion as: sh -c "<this file>" benchline-kill-run MARKER GRACE_MS RUN_DIR [PGID_FILES]
# (by cleanup.ts, and by run-wrapper.sh after each benchmark)
#
# Targets: live (non-zombie) processes owned by the SSH user that either belong to a process group
# recorded in a RUN_DIR/PGID_FILES file (a glob, default *.pgid), or carry MARKER in /proc/<pid>/environ:
# BENCHLINE_RUN_ID=<runId> and *.pgid for everything of the run, BENCHLINE_DELIVERY=<runId>.<delivery> and
# <benchmark>.<delivery>.pgid for what one delivery of the run's message started.
# The environ scan is needed because a benchmark's child can leave the process group (setsid,
# double-forking daemons) yet still inherits the marker; the groups cover children that cleared
# their environment. SIGTERM, wait up to GRACE_MS, then SIGKILL until nothing is left.
# A .pgid file holds the group's number and its leader's start time (field 22 of /proc/<pid>/stat).
# Linux gives a group's number to a new process only once every process of the group is gone, so a
# live process with that pid and another start time means the file is stale and the number reused:
# that group is not the run's and is left alone. Kills re-scanned pids, never `kill -- -PGID`.
# Prints the last signal it sent (nothing if nothing was found).
marker=$1 grace_ms=$2 run_dir=$3 pgid_files=${4:-*.pgid}

now_ms() {
  echo $(($(date +%s%N) / 1000000))
}

marked() {
  # environ entries are NUL-terminated: grep -z treats each as a line, -x -F match one entry exactly
  grep -lzxF -e "$marker" /proc/[0-9]*/environ 2>/dev/null | while IFS= read -r f; do
    f=${f#/proc/}
    echo "${f%/environ}"
  done
}

start_time() {
  { read -r stat < "/proc/$1/stat"; } 2>/dev/null || return 1
  # the fields after "(comm) " are: state ppid pgrp ...; the start time is the 20th of them
  set -- ${stat##*) }
  echo "${20}"
}

groups() {
  for f in "$run_dir"/$pgid_files; do
    [ -f "$f" ] || continue
    g='' started=''
    { read -r g started < "$f"; } 2>/dev/null
    case $g in ''|*[!0-9]*) continue ;; esac
    case $started in *[!0-9]*) started='' ;; esac
    if [ -n "$started" ] && now=$(start_time "$g") && [ "$now" != "$started" ]; then continue; fi
    echo "$g"
  done
}

targets() {
  marked_pids=" $(marked | tr '\n' ' ') "
  group_ids=" $(groups | tr '\n' ' ') "
  for d in /proc/[0-9]*; do
    [ -O "$d" ] || continue
    { read -r stat < "$d/stat"; } 2>/dev/null || continue
    # the fields after "(comm) " are: state ppid pgrp ...; comm may itself contain spaces and ")"
    set -- ${stat##*) }
    [ "$1" = Z ] && continue
    pid=${d#/proc/}
    case $marked_pids in *" $pid "*) echo "$pid"; continue ;; esac
    case $group_ids in *" $3 "*) echo "$pid" ;; esac
  done
}

pids=$(targets)
if [ -n "$pids" ]; then
  kill -s TERM $pids 2>/dev/null
  last=TERM
  deadline=$(($(now_ms) + grace_ms))
  while [ "$(now_ms)" -lt "$deadline" ]; do
    pids=$(targets)
    [ -z "$pids" ] && break
    sleep 0.1
  done
  rounds=0
  while pids=$(targets); [ -n "$pids" ]; do
    if [ "$rounds" -ge 50 ]; then
      echo "still alive after SIGKILL: $pids" >&2
      exit 1
    fi
    kill -s KILL $pids 2>/dev/null
    last=KILL
    rounds=$((rounds + 1))
    sleep 0.1
  done
  echo "$last"
fi
rm -f -- "$run_dir"/$pgid_files
