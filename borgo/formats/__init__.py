"""Date formats that read as the language writes them (FORMAT_MODULE_PATH in settings).

Django's Italian formats write "04 Dicembre 2026" and "Venerdì 04 Dicembre 2026 17:38"; Italian
writes "4 dicembre 2026", in lower case. The month names come from the "alt. month" names (the
`E` format), which locale/it translates in lower case (borgo/formats/months.py)."""
