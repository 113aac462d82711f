#!/usr/bin/env python3
"""Makes one TCP connection on 127.0.0.1 for record.sh: `peer.py STORY PORT`.

Both ends run in this process (the server on a thread) so that one command makes one
connection whose every step happens at a known time: the sleeps keep the steps apart
in the capture, so the importer can tell one user action from the next.
"""
import socket
import sys
import threading
import time

STORY, PORT = sys.argv[1], int(sys.argv[2])
PAUSE = 0.2  # seconds between user actions


def read_all(sock):
    """Reads until the peer's FIN; returns the number of bytes."""
    total = 0
    while True:
        chunk = sock.recv(65536)
        if not chunk:
            return total
        total += len(chunk)


def server(ready, story):
    lsock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    lsock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    lsock.bind(("127.0.0.1", PORT))
    lsock.listen(1)
    ready.set()
    conn, _ = lsock.accept()
    lsock.close()
    if story == "data-close":
        conn.recv(65536)
        time.sleep(PAUSE)
        conn.sendall(b"s" * 200)
        read_all(conn)
        time.sleep(PAUSE)
        conn.close()
    elif story == "half-close":
        read_all(conn)  # data, then the client's FIN
        time.sleep(PAUSE)
        conn.sendall(b"s" * 300)  # data after the first FIN
        time.sleep(PAUSE)
        conn.close()
    elif story == "keepalive":
        read_all(conn)
        time.sleep(PAUSE)
        conn.close()
    elif story == "server-first":
        time.sleep(PAUSE)
        conn.sendall(b"s" * 100)
        time.sleep(PAUSE)
        conn.close()


def client(story):
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    if story == "keepalive":
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPCNT, 3)
    try:
        sock.connect(("127.0.0.1", PORT))
    except ConnectionRefusedError:
        return
    time.sleep(PAUSE)
    if story == "data-close":
        sock.sendall(b"c" * 100)
        sock.recv(65536)
        time.sleep(PAUSE)
        sock.close()
    elif story == "half-close":
        sock.sendall(b"c" * 100)
        time.sleep(PAUSE)
        sock.shutdown(socket.SHUT_WR)
        read_all(sock)
        time.sleep(PAUSE)
        sock.close()
    elif story == "keepalive":
        time.sleep(3.3)  # idle: the kernel sends a probe every second
        sock.close()
    elif story == "server-first":
        read_all(sock)
        time.sleep(PAUSE)
        sock.close()


if STORY != "refused":
    ready = threading.Event()
    t = threading.Thread(target=server, args=(ready, STORY))
    t.start()
    ready.wait()
client(STORY)
if STORY != "refused":
    t.join()
