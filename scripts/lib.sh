# Shared by the scripts that start the example server: waits until it answers.
#   wait_for_server PORT
wait_for_server() {
  for _ in $(seq 1 50); do
    curl -fsS -o /dev/null "http://127.0.0.1:$1/" 2>/dev/null && return 0
    sleep 0.2
  done
  echo "the example server did not start on port $1" >&2
  return 1
}
