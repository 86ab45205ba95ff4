"""Italian dates without a leading zero and with the month in lower case (see the package)."""

from django.conf.locale.it.formats import *  # noqa: F403 (every other Italian format as Django's)

DATE_FORMAT = "j E Y"  # 4 dicembre 2026
DATETIME_FORMAT = "j E Y, H:i"  # 4 dicembre 2026, 17:38
YEAR_MONTH_FORMAT = "E Y"  # dicembre 2026
MONTH_DAY_FORMAT = "j E"  # 4 dicembre
