"""A real SMTP server on loopback for the tests (aiosmtpd), keeping every message it accepts.

``on_message(number, envelope)`` may answer instead of accepting: return an SMTP
reply such as "451 4.3.0 Try again later" to refuse, or None to accept. Tests
also use it to act at a chosen moment of a send (stop the worker, unsubscribe
a reader). ``refuse_rcpt`` holds addresses refused for good at RCPT TO. With
``stall_after_data`` the server keeps each message it receives but never answers
the DATA step (no "250"), so the client times out on a message that did arrive.
"""

import asyncio
import os
import socket
import threading
from collections import Counter
from email import message_from_bytes, policy

from aiosmtpd.controller import Controller

# This project's ports on the shared machine, four for each of the test runner's processes (pytest-xdist).
WORKER = int(os.environ.get("PYTEST_XDIST_WORKER", "gw0").removeprefix("gw"))
PORTS = range(8121 + 4 * WORKER, 8125 + 4 * WORKER)


def free_port():
    for port in PORTS:
        with socket.socket() as probe:
            # As the server binds (asyncio's reuse_address): a port still in TIME_WAIT from a server that
            # closed its connections is free; one a server listens on is not.
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError(f"no free port in {PORTS}")


class Inbox:
    def __init__(self, on_message=None, refuse_rcpt=(), wait_for_clients=1, stall_after_data=False):
        self.messages = []
        self.tries = 0
        self.on_message = on_message
        self.refuse_rcpt = set(refuse_rcpt)
        self.lock = threading.Lock()
        self.clients = set()
        self.wait_for_clients = wait_for_clients  # hold each message until this many senders have connected
        self.stall_after_data = stall_after_data

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse_rcpt:
            return "550 5.1.1 No such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.clients.add(session.peer)
        for _ in range(600):  # at most 30 s: a test that waits for two workers must not hang on one
            if len(self.clients) >= self.wait_for_clients:
                break
            await asyncio.sleep(0.05)
        with self.lock:
            self.tries += 1
            number = self.tries
        answer = self.on_message(number, envelope) if self.on_message else None
        if answer:
            return answer
        with self.lock:
            self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        if self.stall_after_data:
            await asyncio.get_running_loop().create_future()  # never done: stopping the server cancels it
        return "250 Message accepted for delivery"

    def copies(self):
        """How many copies each address received."""
        return Counter(message["To"] for message in self.messages)


class SmtpServer:
    def __init__(self, inbox):
        self.inbox = inbox
        self.port = free_port()
        self.controller = Controller(inbox, hostname="127.0.0.1", port=self.port)

    def __enter__(self):
        self.controller.start()
        return self

    def __exit__(self, *exc):
        self.controller.stop()

    def settings(self):
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": self.port,
            "EMAIL_USE_TLS": False,
            "EMAIL_USE_SSL": False,
            "EMAIL_HOST_USER": "",
            "EMAIL_HOST_PASSWORD": "",
        }
