#!/usr/bin/env bash
# Memory soak: the real desktop window under Xvfb checks one target RUNS
# times (app/soak.go) and writes the resident set after each run to OUT
# (tab-separated); the growth per run is printed at the end.
#
# Network safety: the program runs in a new, empty network namespace (only
# loopback), against a web server on 127.0.0.1 started here, so no packet
# leaves this machine and no real gateway or resolver is asked anything.
set -euo pipefail
out=${1:-soak.tsv}
runs=${RUNS:-50}
bin=${BIN:-bin}/conndoctor
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
touch "$out" && out=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
if [ "$(id -u)" = 0 ]; then unshare_net=(unshare --net); else unshare_net=(unshare --map-root-user --net); fi
"${unshare_net[@]}" env HOME="$home" XDG_CONFIG_HOME="$home/.config" OUT="$out" BIN="$bin" RUNS="$runs" bash -c '
	set -euo pipefail
	ip link set lo up
	mkdir -p "$HOME/www" && echo "<h1>lab site</h1>" > "$HOME/www/index.html"
	# A threaded server with a real backlog (http.server'"'"'s default of 5
	# overflows when the checks open their connections at once).
	python3 -c "
import functools, http.server, sys
class S(http.server.ThreadingHTTPServer): request_queue_size = 128
S((\"127.0.0.1\", 8081), functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[1])).serve_forever()
" "$HOME/www" >/dev/null 2>&1 &
	srv=$!
	trap "kill $srv" EXIT
	sleep 0.5
	mkdir -p "$HOME/.cache" "$HOME/run" && chmod 700 "$HOME/run"
	LANG=C.UTF-8 XDG_RUNTIME_DIR="$HOME/run" FYNE_SCALE=1 \
	CONNDOCTOR_SOAK="$OUT" CONNDOCTOR_SOAK_HEAP="${HEAP:-}" CONNDOCTOR_SOAK_RUNS="$RUNS" CONNDOCTOR_TOUR_TARGET="http://127.0.0.1:8081/" \
		xvfb-run -a -s "-screen 0 1280x800x24" "$BIN" 2>/dev/null
'
# Summary: the start, after the first run (fonts and GL warmed up), at run
# 10 and at the end; growth per run from run 10 on (Fyne keeps removed
# widgets about a minute, so a leak shows as growth that never levels off).
awk -F'\t' 'NR==2{r0=$2; h0=$3; g0=$4} NR==3{r1=$2} $1==10{r10=$2} NR>2{n=$1; r=$2; h=$3; g=$4}
	END{printf "%d runs: RSS %d MB at start, %d MB after run 1, %d MB after run 10, %d MB after run %d (%+.0f KB a run from run 10); Go heap %d → %d MB; goroutines %d → %d\n",
		n, r0/1024, r1/1024, r10/1024, r/1024, n, (r-r10)/(n-10), h0/1024, h/1024, g0, g}' "$out"
