#!/usr/bin/env bash
# Drives the real desktop window under Xvfb through the whole flow and writes
# a PNG of each step to docs/ (see app/tour.go).
#
# Network safety: the program runs in a new, empty network namespace (only
# loopback), against a web server on 127.0.0.1 started here, so no packet
# leaves this machine and no real gateway or resolver is asked anything.
set -euo pipefail
out=${1:-docs}
bin=${BIN:-bin}/conndoctor
mkdir -p "$out"
out=$(cd "$out" && pwd)
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
if [ "$(id -u)" = 0 ]; then unshare_net=(unshare --net); else unshare_net=(unshare --map-root-user --net); fi
exec "${unshare_net[@]}" env HOME="$home" XDG_CONFIG_HOME="$home/.config" OUT="$out" BIN="$bin" bash -c '
	set -euo pipefail
	ip link set lo up
	mkdir -p "$HOME/www" && echo "<h1>lab site</h1>" > "$HOME/www/index.html"
	# A threaded server with a real backlog: http.server'"'"'s default of 5
	# overflows when the checks open their connections at once.
	python3 -c "
import functools, http.server, sys
class S(http.server.ThreadingHTTPServer): request_queue_size = 128
S((\"127.0.0.1\", 8081), functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[1])).serve_forever()
" "$HOME/www" >/dev/null 2>&1 &
	srv=$!
	trap "kill $srv" EXIT
	sleep 0.5
	mkdir -p "$HOME/.cache" "$HOME/run" && chmod 700 "$HOME/run"
	# The window opens at its default 1000×740; the screen is made that size
	# so the screenshots are the window.
	LANG=C.UTF-8 XDG_RUNTIME_DIR="$HOME/run" FYNE_SCALE=1 FYNE_THEME="${FYNE_THEME:-light}" \
	CONNDOCTOR_TOUR="$OUT" CONNDOCTOR_TOUR_TARGET="http://127.0.0.1:8081/" \
		xvfb-run -a -s "-screen 0 1000x740x24" "$BIN"
'
