#!/usr/bin/env bash
# `make serve`: the production stack on loopback, as deployed. nginx (deploy/nginx.conf.template)
# listens on HOST:PORT, serves /static/ and /media/ and passes pages to gunicorn on a unix socket
# only nginx uses; the task worker sends emails. Ctrl-C stops all three.
#
# Plain HTTP here, so no HTTPS redirect, no HSTS and no Secure cookie flag; a random secret key
# unless DJANGO_SECRET_KEY is set. Set CACHE_URL=redis://127.0.0.1:6379/1 to try Redis.
# Installs nginx with apt when it is missing (as root).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${BIN:-.venv/bin}
HOST=${HOST:-127.0.0.1}
PORT=${PORT:-8000}
RUN_DIR=$(mkdir -p "${RUN_DIR:-.run/serve}" && cd "${RUN_DIR:-.run/serve}" && pwd)
PATH="$PATH:/usr/sbin:/sbin"

if (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null; then
  echo "Something already listens on $HOST:$PORT: stop it, or choose another port (make serve PORT=...)." >&2
  exit 1
fi

if ! command -v nginx >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing nginx (apt-get install nginx)..."
    apt-get install -y -qq nginx >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq nginx >/dev/null)
  else
    echo "nginx is missing: install it (sudo apt-get install nginx) and run make serve again." >&2
    exit 1
  fi
fi

export DJANGO_DEBUG=0 DJANGO_SECURE_SSL_REDIRECT=0 DJANGO_SECURE_HSTS_SECONDS=0 DJANGO_SECURE_COOKIES=0
# nginx sets X-Forwarded-Proto and X-Forwarded-For (overwriting the client's), and only nginx reaches gunicorn.
export DJANGO_SECURE_PROXY_SSL_HEADER=1 DJANGO_TRUSTED_PROXIES=1
export DJANGO_ALLOWED_HOSTS="${DJANGO_ALLOWED_HOSTS:-$HOST,localhost}"
export SITE_URL="${SITE_URL:-http://$HOST:$PORT}"
export DJANGO_SECRET_KEY="${DJANGO_SECRET_KEY:-$("$BIN/python" -c 'import secrets; print(secrets.token_urlsafe(50))')}"
export DJANGO_STATIC_ROOT="${DJANGO_STATIC_ROOT:-$PWD/staticfiles}"
export DJANGO_MEDIA_ROOT="${DJANGO_MEDIA_ROOT:-$PWD/media}"

"$BIN/python" manage.py collectstatic --noinput -v0
"$BIN/python" manage.py migrate --noinput -v0
"$BIN/python" manage.py seed_content
"$BIN/python" deploy/nginx_conf.py "$RUN_DIR" --listen "$HOST:$PORT" --upstream "unix:$RUN_DIR/gunicorn.sock" \
  --static-root "$DJANGO_STATIC_ROOT" --media-root "$DJANGO_MEDIA_ROOT" --access-log "$RUN_DIR/access.log" >/dev/null

pids=()
stop() { kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; }
trap stop EXIT INT TERM
rm -f "$RUN_DIR/gunicorn.sock"
"$BIN/gunicorn" -c config/gunicorn.conf.py --bind "unix:$RUN_DIR/gunicorn.sock" & pids+=($!)
"$BIN/python" manage.py worker --queue-name='*' --worker-id="$(hostname | cut -c1-58)-serve" & pids+=($!)
# nginx only once gunicorn listens, so the first visitors get pages, not 502s.
for _ in $(seq 300); do [ -S "$RUN_DIR/gunicorn.sock" ] && break; sleep 0.1; done
nginx -p "$RUN_DIR" -c "$RUN_DIR/nginx.conf" -g 'daemon off;' & pids+=($!)
echo "Serving the production stack on http://$HOST:$PORT/ (nginx, gunicorn, task worker; Ctrl-C stops it)"
wait -n
