#!/usr/bin/env bash
# `npm run clusters:stop`: stops the local brokers of THIS checkout only. A broker's command line ends
# in `kafka.Kafka <data dir>/<cluster>/node-<n>/server.properties`, so we match that argument against
# this checkout's absolute data dir; brokers of other checkouts, of test slots (.data/test-local-*)
# and of benches (.data/bench-*) live elsewhere and are left alone. The clusters stay in the database:
# the next `npm start` re-adopts or restarts them.
source "$(dirname "$0")/lib.sh"
data=${TRIBUTARY_LOCAL_DATA_DIR:-.data/local}
case "$data" in /*) ;; *) data="$ROOT/$data" ;; esac
data="${data%/}/"

# pids whose argv has `kafka.Kafka` followed by a config file under $data.
brokers() {
  local cmdline pid
  for cmdline in /proc/[0-9]*/cmdline; do
    pid=${cmdline#/proc/}; pid=${pid%/cmdline}
    # argv is NUL-separated; read it into an array (the process may vanish while we read).
    local -a argv=()
    mapfile -d '' -t argv <"$cmdline" 2>/dev/null || continue
    local i
    for ((i = 0; i + 1 < ${#argv[@]}; i++)); do
      [ "${argv[i]}" = kafka.Kafka ] || continue
      # The config path, or (when the data dir was given relative) the broker's working directory,
      # which LocalProvider sets to the node's dir and the kernel reports absolute.
      if [[ "${argv[i + 1]}" == "$data"* || "$(readlink "/proc/$pid/cwd" 2>/dev/null)/" == "$data"* ]]; then echo "$pid"; fi
      break
    done
  done
}

mapfile -t pids < <(brokers)
if [ ${#pids[@]} -eq 0 ]; then ok "no brokers running under $data"; exit 0; fi
step "Stopping ${#pids[@]} broker(s) under $data"
kill -TERM "${pids[@]}" 2>/dev/null || true
# Kafka shuts down cleanly in a few seconds (controlled shutdown, flushing logs); give it 30.
for _ in $(seq 1 60); do
  alive=()
  for p in "${pids[@]}"; do kill -0 "$p" 2>/dev/null && alive+=("$p"); done
  [ ${#alive[@]} -eq 0 ] && { ok "stopped"; exit 0; }
  sleep 0.5
done
warn "still running after 30 s, killing: ${alive[*]}"
kill -KILL "${alive[@]}" 2>/dev/null || true
ok "stopped"
