"""Cold renders measured inside Django, for bench/pages.py, printed as one JSON line.

python bench/render_stats.py URL...   per page: status, SQL queries and the median time of a render
                                      with the page cache off (run with PAGE_CACHE_SECONDS=0)
"""

import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

RENDERS = 30


def render_stats(urls):
    client = Client(HTTP_HOST="127.0.0.1")
    stats = {}
    for url in urls:
        client.get(url)  # templates compiled, connections open
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        count = len(queries)  # now: the captured list is read from the connection's log
        times = []
        for _ in range(RENDERS):
            started = time.perf_counter()
            client.get(url)
            times.append((time.perf_counter() - started) * 1000)
        stats[url] = {"status": response.status_code, "queries": count, "render_ms": statistics.median(times)}
    return stats


if __name__ == "__main__":
    print(json.dumps(render_stats(sys.argv[1:])))
