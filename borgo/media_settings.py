"""Where uploaded media are stored, chosen from the environment (read by borgo/settings/files.py).

Kept apart from borgo/storage.py so that the settings import nothing of boto3.
"""

from urllib.parse import urlsplit

LOCAL_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}


def media_storage(env):
    """(the `default` entry of STORAGES, the origins media are served from, for the CSP).

    Local disk without `MEDIA_BUCKET`; otherwise borgo.storage.MediaStorage on that bucket.
    """
    bucket = env.str("MEDIA_BUCKET", default="")
    if not bucket:
        return LOCAL_STORAGE, []
    endpoint = env.str("MEDIA_ENDPOINT_URL", default="").rstrip("/")
    public_url = env.str("MEDIA_URL", default="")
    if not public_url:
        # Path-style address on the endpoint, or the bucket's own host on AWS.
        public_url = f"{endpoint}/{bucket}/" if endpoint else f"https://{bucket}.s3.amazonaws.com/"
    public = urlsplit(public_url)
    options = {
        "bucket_name": bucket,
        "endpoint_url": endpoint or None,
        "region_name": env.str("MEDIA_REGION", default="") or None,
        "access_key": env.str("MEDIA_ACCESS_KEY_ID", default="") or None,
        "secret_key": env.str("MEDIA_SECRET_ACCESS_KEY", default="") or None,
        "querystring_expire": env.int("MEDIA_SIGNED_URL_SECONDS", default=300),
        "custom_domain": (public.netloc + public.path).rstrip("/"),
        "url_protocol": f"{public.scheme}:",
        "addressing_style": "path" if endpoint else None,
        "signature_version": "s3v4",  # what every S3-compatible server accepts for signed URLs
    }
    origins = [f"{public.scheme}://{public.netloc}"]
    if endpoint:  # signed URLs of private files point at the endpoint itself
        parts = urlsplit(endpoint)
        origins.append(f"{parts.scheme}://{parts.netloc}")
    return {"BACKEND": "borgo.storage.MediaStorage", "OPTIONS": options}, sorted(set(origins))
