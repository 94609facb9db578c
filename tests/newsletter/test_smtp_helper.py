"""The test SMTP server's own helper: a port a finished server leaves behind can serve the next test."""

import smtplib

from tests.newsletter import smtp


def test_the_port_of_a_server_that_said_goodbye_is_free_again(monkeypatch):
    """After QUIT the server closes first, so its port waits a minute in TIME_WAIT. A probe without
    SO_REUSEADDR took that as taken, and a test starting its fifth server in a minute found no port."""
    with smtp.SmtpServer(smtp.Inbox()) as server, smtplib.SMTP("127.0.0.1", server.port) as client:
        client.noop()
    monkeypatch.setattr(smtp, "PORTS", range(server.port, server.port + 1))
    assert smtp.free_port() == server.port
    with smtp.SmtpServer(smtp.Inbox()) as again, smtplib.SMTP("127.0.0.1", again.port) as client:
        assert client.noop()[0] == 250


def test_a_port_a_server_listens_on_is_still_taken(monkeypatch):
    with smtp.SmtpServer(smtp.Inbox()) as server:
        monkeypatch.setattr(smtp, "PORTS", range(server.port, server.port + 1))
        try:
            smtp.free_port()
        except RuntimeError as error:
            assert str(server.port) in str(error)
        else:
            raise AssertionError("a listening port was offered")
