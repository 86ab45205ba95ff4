"""Demo content for the fictional village of Castelmora, in it/en/de/fr: the municipality's
settings, the images' titles and alt texts, the home page and the content pages, read from
borgo/demo_data/ (the seeding code is borgo/demo/pages.py).
"""

from borgo.demo.data import load

MUNICIPALITY = load("borgo", "municipality")["municipality"]
IMAGES = load("borgo", "images")["images"]
HOME = load("borgo", "home")["home"]
PAGES = load("borgo", "pages")["pages"]
