"""The curated StreamField blocks every page body is built from.

A small set on purpose: editors compose pages from headings, text, images, calls to action,
FAQs and tables, and the site keeps one consistent, accessible look.
"""

import copy

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.images.blocks import ImageBlock

RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading (h2)")), ("h3", _("Sub-heading (h3)"))],
        default="h2",
        help_text=_("The page title is the only h1. Use h3 only below an h2."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = "blocks/heading.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    credit = blocks.CharBlock(
        label=_("Credit"), required=False, max_length=120, help_text=_("e.g. Photo: Mario Rossi")
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/image.html"


class CallToActionBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=400)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(
        label=_("External link"), required=False, help_text=_("Used when no page is chosen.")
    )
    label = blocks.CharBlock(label=_("Button text"), max_length=60)

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = "blocks/call_to_action.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": ValidationError(_("Choose a page or a link."))}
            )
        return value


class FaqItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = blocks.RichTextBlock(label=_("Answer"), features=RICH_TEXT_FEATURES)


class FaqBlock(blocks.StructBlock):
    items = blocks.ListBlock(FaqItemBlock(), label=_("Questions"), min_num=1)

    class Meta:
        icon = "help"
        label = _("Frequently asked questions")
        template = "blocks/faq.html"


class TranslatableTableBlock(TableBlock):
    """A table whose caption and cells wagtail-localize can translate.

    wagtail-localize skips block types it does not know; these two hooks expose each cell as a
    segment (path "row.column") so translators see them like any other text.
    """

    def get_translatable_segments(self, value):
        from wagtail_localize.segments import StringSegmentValue

        segments = (
            [StringSegmentValue("caption", value["table_caption"])]
            if value.get("table_caption")
            else []
        )
        for row_index, row in enumerate(value.get("data") or []):
            for column_index, cell in enumerate(row):
                if cell and str(cell).strip():
                    segments.append(StringSegmentValue(f"{row_index}.{column_index}", str(cell)))
        return segments

    def restore_translated_segments(self, value, segments):
        value = copy.deepcopy(value)
        for segment in segments:
            if segment.path == "caption":
                value["table_caption"] = segment.render_text()
            else:
                row_index, column_index = map(int, segment.path.split("."))
                value["data"][row_index][column_index] = segment.render_text()
        return value

    class Meta:
        icon = "table"
        label = _("Table")
        template = "blocks/table.html"
        help_text = _("Give the table a caption and a header row: screen readers rely on them.")


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(label=_("Text"), features=RICH_TEXT_FEATURES, icon="pilcrow")
    image = CaptionedImageBlock()
    cta = CallToActionBlock()
    faq = FaqBlock()
    table = TranslatableTableBlock(
        table_options={"startRows": 3, "startCols": 2, "contextMenu": True}
    )
