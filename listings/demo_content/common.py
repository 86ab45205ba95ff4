"""The listing index pages and the listings' photos: listings/demo_data/common.yaml."""

from borgo.demo.data import load

_COMMON = load("listings", "common")
INDEX_PAGES = _COMMON["index_pages"]
PHOTOS = _COMMON["photos"]
