"""Validators for the codes Italian law asks listings to show."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# CIN (Codice Identificativo Nazionale, DL 145/2023 art. 13-ter), as assigned by the Ministry of
# Tourism's BDSR: "IT", the ISTAT code of the province (3 digits) and of the municipality
# (3 digits), the ISTAT classification of the accommodation (a letter and a digit or letter,
# e.g. "C2") and a random alphanumeric string of up to 8 characters, e.g. IT076099C2ABCD1234.
CIN_PATTERN = re.compile(r"^IT\d{6}[A-Z][A-Z0-9][A-Z0-9]{1,8}$")


def normalize_cin(value):
    """Upper case without spaces or dashes: owners copy the code in many ways."""
    return re.sub(r"[\s\-]", "", value or "").upper()


def validate_cin(value):
    if not CIN_PATTERN.match(normalize_cin(value)):
        raise ValidationError(
            _(
                "Enter the CIN as the Ministry of Tourism assigned it: IT, six digits "
                "(province and municipality), the two-character category and up to 8 letters "
                "or digits, e.g. IT076099C2ABCD1234."
            ),
            code="invalid_cin",
        )
