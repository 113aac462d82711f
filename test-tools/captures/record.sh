#!/bin/sh
# Records the capture fixtures of lib/capture on the loopback interface (needs root and tcpdump:
# apt-get install -y tcpdump). Each file holds one connection made by peer.py on its own port;
# a snap length of 96 bytes keeps the headers and drops most of the payload, so files stay small.
set -eu
cd "$(dirname "$0")"
record() { # NAME STORY PORT
  tcpdump -i lo -s 96 -U -w "$1.pcap" "tcp port $3" 2>/dev/null &
  pid=$!
  sleep 1 # tcpdump needs a moment before it captures
  python3 peer.py "$2" "$3"
  sleep 1 # the last segments (the final ACK) reach the file
  kill -INT "$pid"
  wait "$pid" || true
}
record handshake-data-close data-close 40101
record half-close half-close 40102
record refused refused 40103
record keepalive keepalive 40104
record server-closes-first server-first 40105
# One copy in pcapng, when Wireshark's editcap is installed (the tests also build one from bytes).
if command -v editcap >/dev/null; then editcap -F pcapng handshake-data-close.pcap handshake-data-close.pcapng; fi
ls -l ./*.pcap*
