# Borgo's production image: the web server (gunicorn serving borgo.wsgi, static files by
# whitenoise) and, with another command, the task worker.
#
#   docker build -t borgo .
#   docker run --rm --env-file prod.env borgo python manage.py migrate --no-input   # release step
#   docker run -d -p 8000:8000 --env-file prod.env borgo                          # web, any number
#   docker run -d --env-file prod.env borgo python manage.py db_worker            # worker
#
# prod.env holds at least SECRET_KEY, ALLOWED_HOSTS and DATABASE_URL, and for more than one
# machine REDIS_URL, TASKS_BACKEND=database and the MEDIA_BUCKET variables (see the README:
# "Production"). nginx in front (deploy/nginx/borgo.conf) serves /app/staticfiles, copied out
# of this image or shared as a volume. Migrations run as a release step, once per deploy (the
# first command above), not in CMD: with several containers starting at once they would race.

# --- build: install the locked dependencies, compile translations, collect static files -------
FROM python:3.11-slim-bookworm AS build

# Bytecode is written here on purpose: the runtime user cannot write it next to the code.
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# gettext's msgfmt for compilemessages. Every locked package ships a wheel: no compiler needed.
RUN apt-get update \
    && apt-get install -y --no-install-recommends gettext \
    && rm -rf /var/lib/apt/lists/*

RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH

WORKDIR /app

# The lock alone first, so that the dependency layer is rebuilt only when the lock changes.
COPY requirements.lock .
RUN pip install -r requirements.lock

COPY . .

# The key below exists only so that the settings load during the build; nothing is signed with it.
RUN export DEBUG=false \
        SECRET_KEY=build-only-not-a-secret-0123456789-abcdefghijklmnopqrstuvwxyz \
        ENV_FILE=/dev/null \
        DATABASE_URL=sqlite:////tmp/build.sqlite3 \
    && python manage.py compilemessages --verbosity 0 \
    && python manage.py collectstatic --no-input --verbosity 0 \
    && python -m compileall -q borgo attractions coworking listings seo \
    && rm -f /tmp/build.sqlite3

# --- runtime: the virtualenv and the built app, run as an unprivileged user ---------------------
FROM python:3.11-slim-bookworm AS runtime

RUN useradd --uid 10001 --user-group --create-home --shell /usr/sbin/nologin borgo

COPY --from=build /opt/venv /opt/venv
# The code stays owned by root (read-only for the app); /app holds staticfiles/ and the .mo files.
COPY --from=build /app /app
# Media belong in object storage in production (MEDIA_BUCKET); this directory serves
# single-machine set-ups, mounted as a volume.
RUN install -d -o borgo -g borgo /app/media

ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    DEBUG=false \
    ENV_FILE=/dev/null \
    STATIC_ROOT=/app/staticfiles \
    MEDIA_ROOT=/app/media

WORKDIR /app
USER borgo

EXPOSE 8000

# No curl in the slim image: Python's urllib asks /healthz (non-2xx or no answer: unhealthy),
# naming a host from ALLOWED_HOSTS, since Django refuses (400) any other Host header.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import os, urllib.request as r; h = os.environ.get('ALLOWED_HOSTS', '').split(',')[0].strip().lstrip('.'); h = 'localhost' if h in ('', '*') else h; r.urlopen(r.Request('http://127.0.0.1:%s/healthz' % os.environ.get('PORT', '8000'), headers={'Host': h}), timeout=4)"]

CMD ["gunicorn", "borgo.wsgi", "-c", "gunicorn.conf.py"]
