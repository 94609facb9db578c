"""How Debian's Chromium is launched on these machines, for the browser tests and `make audit`.

Playwright's own browser download cannot run here, so both drive /usr/bin/chromium. Without
the networking flags Chromium keeps trying to reach the internet, which this machine refuses.
"""

from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
