"""Write nginx.conf for Muscle Guide from deploy/nginx.conf.template (standard library only).

    python deploy/nginx_conf.py RUN_DIR --listen 127.0.0.1:8000 --upstream unix:RUN_DIR/gunicorn.sock \\
        --static-root staticfiles --media-root media [--tls-listen 443 --tls-certificate F --tls-certificate-key F]

writes RUN_DIR/nginx.conf and the folders nginx writes to; then run
``nginx -p RUN_DIR -c RUN_DIR/nginx.conf -g 'daemon off;'``. ``make serve`` and the stack test use it.
"""

import argparse
import os
import re
from pathlib import Path

DEPLOY_DIR = Path(__file__).resolve().parent
TEMPLATE = DEPLOY_DIR / "nginx.conf.template"
PLACEHOLDER = re.compile(r"\$\{([A-Z_]+)\}")
TEMP_FOLDERS = ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")


def render(
    run_dir,
    *,
    listen,
    upstream,
    static_root,
    media_root,
    tls_listen="",
    tls_certificate="",
    tls_certificate_key="",
    server_name="_",
    client_timeout="10s",
    admin_max_body="21m",
    worker_processes="auto",
    access_log="off",
    user="",
):
    """The configuration text; lines marked ``#tls`` are kept only when a certificate is given."""
    values = {
        "RUN_DIR": Path(run_dir).resolve(),
        "DEPLOY_DIR": DEPLOY_DIR,
        "ERRORS_DIR": DEPLOY_DIR / "errors",
        "LISTEN": listen,
        "UPSTREAM": upstream,
        "STATIC_ROOT": Path(static_root).resolve(),
        "MEDIA_ROOT": Path(media_root).resolve(),
        "TLS_LISTEN": tls_listen,
        "TLS_CERTIFICATE": tls_certificate,
        "TLS_CERTIFICATE_KEY": tls_certificate_key,
        "SERVER_NAME": server_name,
        "CLIENT_TIMEOUT": client_timeout,
        "ADMIN_MAX_BODY": admin_max_body,
        "WORKER_PROCESSES": worker_processes,
        "ACCESS_LOG": access_log,
        # Started as root, nginx runs its workers as `user` (default: nobody, who could not reach the
        # socket or files of a user's checkout): the same user as gunicorn, unless one is named.
        "USER": user or ("root" if os.geteuid() == 0 else ""),
    }
    lines = []
    for line in TEMPLATE.read_text().splitlines():
        for marker, wanted in (("#tls", tls_certificate), ("#user", values["USER"])):
            if line.startswith(marker):
                line = line[len(marker) :] if wanted else None
                break
        if line is not None:
            lines.append(line)
    text = "\n".join(lines) + "\n"
    # Only ${NAME}: nginx's own variables ($host, $uri) have no braces.
    return PLACEHOLDER.sub(lambda match: str(values[match.group(1)]), text)


def write(run_dir, **options):
    """Write ``run_dir/nginx.conf`` (and the folders nginx needs); return its path."""
    run_dir = Path(run_dir)
    for folder in TEMP_FOLDERS:
        (run_dir / folder).mkdir(parents=True, exist_ok=True)
    Path(options["media_root"]).mkdir(parents=True, exist_ok=True)
    path = run_dir / "nginx.conf"
    path.write_text(render(run_dir, **options))
    return path


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run_dir")
    parser.add_argument("--listen", required=True, help="address:port for HTTP, e.g. 127.0.0.1:8000 or 80")
    parser.add_argument("--upstream", required=True, help="gunicorn: unix:/path/gunicorn.sock or 127.0.0.1:8001")
    parser.add_argument("--static-root", required=True)
    parser.add_argument("--media-root", required=True)
    parser.add_argument("--tls-listen", default="")
    parser.add_argument("--tls-certificate", default="")
    parser.add_argument("--tls-certificate-key", default="")
    parser.add_argument("--server-name", default="_")
    parser.add_argument("--client-timeout", default="10s")
    parser.add_argument("--admin-max-body", default="21m")
    parser.add_argument("--worker-processes", default="auto")
    parser.add_argument("--access-log", default="off", help="a file, or off")
    parser.add_argument("--user", default="", help="the workers' user when started as root, e.g. www-data")
    args = vars(parser.parse_args())
    print(write(args.pop("run_dir"), **args))


if __name__ == "__main__":
    main()
