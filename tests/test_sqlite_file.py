"""The embedded SQLite file as several gunicorn workers share it (borgo/settings/): a
transaction that reads and then writes is not refused because another worker wrote in between,
which SQLite's default (deferred) transactions answer at once with "database is locked" (seen
as the admin preview's 503)."""

import threading

from .test_settings import GOOD_KEY, run_python


def read_then_write_while_another_writes():
    """Run with the project's settings (a new process): two threads, each with its own
    connection as two workers have. Prints what each of them wrote, or the error."""
    from django.db import connection, transaction

    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE visit (id INTEGER PRIMARY KEY, worker TEXT)")

    other_started = threading.Event()
    errors = []

    def other_worker():
        try:
            other_started.set()
            with transaction.atomic():
                with connection.cursor() as cursor:
                    cursor.execute("INSERT INTO visit (worker) VALUES ('other')")
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    other = threading.Thread(target=other_worker)
    try:
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SELECT count(*) FROM visit")
                other.start()
                other_started.wait(timeout=10)
                # Time for the other write to commit, which it does if nothing holds it back.
                other.join(timeout=1)
                cursor.execute("INSERT INTO visit (worker) VALUES ('this')")
    except Exception as error:
        errors.append(error)
    other.join(timeout=30)
    with connection.cursor() as cursor:
        cursor.execute("SELECT worker FROM visit ORDER BY id")
        print([row[0] for row in cursor.fetchall()], [str(error) for error in errors])


def test_a_transaction_reading_then_writing_waits_for_another_workers_write(tmp_path):
    result = run_python(
        "import django; django.setup()\n"
        "from tests.test_sqlite_file import read_then_write_while_another_writes\n"
        "read_then_write_while_another_writes()",
        SECRET_KEY=GOOD_KEY,
        DATABASE_URL=f"sqlite:///{tmp_path / 'site.sqlite3'}",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "['this', 'other'] []"
