"""The environment every settings module reads: django-environ over the process's variables
and the optional `.env` file (ENV_FILE), the repository's folder, and DEBUG."""

import os
from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
# ENV_FILE lets tests and containers point at another file (or at none: /dev/null).
environ.Env.read_env(os.environ.get("ENV_FILE", BASE_DIR / ".env"))

DEBUG = env.bool("DEBUG", default=False)
