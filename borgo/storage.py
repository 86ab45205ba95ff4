"""Media in S3-compatible object storage (django-storages), with private files kept private.

`borgo/settings/files.py` picks this storage when `MEDIA_BUCKET` is set
(borgo/media_settings.py); without it media stay on the local disk (`MEDIA_ROOT`), the embedded
default for one machine.

One bucket holds images, renditions and documents. Each object's ACL is chosen from its name
(borgo/private_media.py): public images and renditions are `public-read` and their URLs are
plain (on `MEDIA_URL`, a CDN in front of the bucket, when set); documents and the photos of
offers staff have not published yet are private objects, and their URLs are signed for
`MEDIA_SIGNED_URL_SECONDS`. Only code that has checked permission asks for such a URL: Wagtail's
document serve view (redirect method) and the admin's image views.
"""

from storages.backends.s3 import S3Storage

from .private_media import is_private_name


class MediaStorage(S3Storage):
    """S3Storage with a per-object choice of ACL and URL: public-read, or private and signed."""

    file_overwrite = False  # two uploads of "photo.jpg" must not replace each other
    querystring_auth = False  # public objects get plain, cacheable URLs

    def get_object_parameters(self, name):
        params = super().get_object_parameters(name)
        params["ACL"] = "private" if is_private_name(name) else "public-read"
        return params

    def url(self, name, parameters=None, expire=None, http_method=None):
        if not is_private_name(name):
            return super().url(name, parameters, expire, http_method)
        params = {
            **(parameters or {}),
            "Bucket": self.bucket_name,
            "Key": self._normalize_name(name),
        }
        return self.connection.meta.client.generate_presigned_url(
            "get_object",
            Params=params,
            ExpiresIn=expire or self.querystring_expire,
            HttpMethod=http_method,
        )
