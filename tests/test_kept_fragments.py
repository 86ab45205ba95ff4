"""`{% kept %}`: a fragment kept while the content stays the same."""

import pytest
from django.template import Context, Template, TemplateSyntaxError
from django.test import RequestFactory
from django.utils import translation

FRAGMENT = Template('{% load kept %}{% kept "counted" value %}{{ count }}{% endkept %}')


@pytest.fixture
def memo_on(settings):
    settings.CHROME_MEMO_SECONDS = 600


def render(value, calls, preview=False, host="testserver"):
    request = RequestFactory(HTTP_HOST=host).get("/")
    request.is_preview = preview

    def count():
        calls.append(value)
        return len(calls)

    return FRAGMENT.render(Context({"request": request, "value": value, "count": count}))


@pytest.mark.usefixtures("memo_on")
def test_a_fragment_is_rendered_once_for_the_same_values_language_and_host(settings):
    settings.ALLOWED_HOSTS = ["testserver", "other.example"]
    calls = []
    assert [render([1, 2], calls) for _n in range(2)] == ["1", "1"]
    assert render([1, 3], calls) == "2"  # other values, another fragment
    assert render([1, 2], calls, host="other.example") == "3"
    with translation.override("en"):
        assert render([1, 2], calls) == "4"
    assert [render([1, 2], calls, preview=True) for _n in range(2)] == ["5", "6"]
    assert render([1, 2], calls) == "1"


def test_without_a_shared_cache_nothing_is_kept(settings):
    settings.CHROME_MEMO_SECONDS = 0
    calls = []
    assert [render("a", calls) for _n in range(2)] == ["1", "2"]


def test_a_fragment_needs_a_quoted_name():
    with pytest.raises(TemplateSyntaxError):
        Template("{% load kept %}{% kept name %}{% endkept %}")


UNLESS = Template(
    '{% load kept %}{% kept "counted-unless" value unless busy %}{{ count }}{% endkept %}'
)


@pytest.mark.usefixtures("memo_on")
def test_unless_renders_the_fragment_each_time_the_condition_holds():
    calls = []

    def rendered(busy):
        def count():
            calls.append(busy)
            return len(calls)

        request = RequestFactory().get("/")
        context = {"request": request, "value": "v", "busy": busy, "count": count}
        return UNLESS.render(Context(context))

    assert [rendered(busy=False) for _n in range(2)] == ["1", "1"]
    assert [rendered(busy=True) for _n in range(2)] == ["2", "3"]
    assert rendered(busy=False) == "1"


@pytest.mark.parametrize("tag", ['{% kept "a" unless %}', '{% kept "a" unless b c %}'])
def test_unless_takes_one_condition_last(tag):
    with pytest.raises(TemplateSyntaxError):
        Template("{% load kept %}" + tag + "{% endkept %}")
