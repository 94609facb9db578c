"""How search engines, feed readers and link previews see the site: sitemap, robots.txt, feeds,
head tags, JSON-LD, breadcrumbs, related links and social preview images."""

import json
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from io import BytesIO

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse
from PIL import Image

from articles.anatomy import Role
from articles.models import GlossaryTerm, Muscle, MuscleGroup
from core import social_cards
from exercises.models import Exercise
from exercises.related import same_muscle_exercises
from studies.models import Study
from tests.factories import future, link, make_exercise, make_guide
from workouts.models import Workout

pytestmark = pytest.mark.usefixtures("seeded")

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
ATOM = "{http://www.w3.org/2005/Atom}"

# Every kind of page, with the @type of its main JSON-LD node.
PAGE_TYPES = [
    ("/", "WebSite"),
    ("/guides/hamstrings/", "Article"),
    ("/exercises/", "CollectionPage"),
    ("/exercises/romanian-deadlift/", "ExercisePlan"),
    ("/studies/", "CollectionPage"),
    ("/studies/maeo-2021/", "ScholarlyArticle"),
    ("/workouts/", "CollectionPage"),
    ("/workouts/hamstring-workout/", "ExercisePlan"),
    ("/search/?q=curl", "SearchResultsPage"),
    ("/newsletter/", "WebPage"),
    ("/glossary/", "DefinedTermSet"),
]
INDEXED_PAGES = [url for url, _ in PAGE_TYPES if not url.startswith("/search/")]


class Page(HTMLParser):
    """The parts of a page that machines read, collected the way a browser's parser splits them."""

    def __init__(self, html):
        super().__init__()
        self.title = ""
        self.meta = {}
        self.links = {}
        self.scripts = []  # (type, text)
        self.crumbs = []
        self._in = None
        self._in_breadcrumbs = False
        self._in_body = False
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "body":
            self._in_body = True
        elif tag == "title" and not self._in_body:  # not the <title> of an inline SVG
            self._in = "title"
        elif tag == "meta" and ("name" in attrs or "property" in attrs):
            self.meta[attrs.get("name") or attrs["property"]] = attrs["content"]
        elif tag == "link":
            self.links.setdefault(attrs["rel"], []).append(attrs)
        elif tag == "script":
            self.scripts.append([attrs.get("type"), ""])
            self._in = "script"
        elif tag == "nav" and attrs.get("aria-label") == "Breadcrumb":
            self._in_breadcrumbs = True
        elif tag == "a" and self._in_breadcrumbs:
            self.crumbs.append(attrs["href"])

    def handle_endtag(self, tag):
        if tag in ("title", "script"):
            self._in = None
        elif tag == "nav":
            self._in_breadcrumbs = False

    def handle_data(self, data):
        if self._in == "title":
            self.title += data
        elif self._in == "script":
            self.scripts[-1][1] += data

    @property
    def json_ld(self):
        assert all(kind == "application/ld+json" for kind, _ in self.scripts), self.scripts
        return [json.loads(text) for _, text in self.scripts]

    def node(self, type_):
        return next(node for node in self.json_ld if node["@type"] == type_)


def get_page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return Page(response.content.decode())


def absolute(path):
    """``path`` on SITE_URL, or on the test client's host when SITE_URL is unset (as in development)."""
    return (settings.SITE_URL or "http://testserver") + path


# Sitemap and robots.txt


def published_urls():
    """The lists, the glossary, the published guides, exercises and workouts, every seeded study (each cited)
    and the site's own pages (About, Privacy, Contact)."""
    urls = {"/", "/glossary/", "/exercises/", "/studies/", "/workouts/", "/newsletter/"}
    urls |= {f"/pages/{slug}/" for slug in ("about", "privacy", "contact")}
    for model in (MuscleGroup, Exercise, Workout):
        urls |= {obj.get_absolute_url() for obj in model.objects.published()}
    urls |= {study.get_absolute_url() for study in Study.objects.all()}
    return {absolute(url) for url in urls}


def make_study(slug):
    return Study.objects.create(
        slug=slug, authors="Tester A", title="A new study", journal="J Test", year=2024, finding="Something grew."
    )


def sitemap_entries(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {url.findtext(f"{SITEMAP}loc"): url.findtext(f"{SITEMAP}lastmod") for url in root}


def test_sitemap_lists_exactly_the_published_pages_each_with_lastmod(client):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    make_exercise("draft-curl", guide=guide, status=Exercise.Status.DRAFT, position=10)
    make_exercise("scheduled-curl", guide=guide, published_at=future(), position=11)
    make_guide("glutes", "Glutes", status=MuscleGroup.Status.DRAFT)
    make_guide("calves", "Calves")
    entries = sitemap_entries(client)
    assert set(entries) == published_urls()
    assert absolute("/guides/calves/") in entries and absolute("/guides/quadriceps/") in entries
    assert not any("draft-curl" in url or "scheduled-curl" in url or "glutes" in url for url in entries)
    # 4 lists, the glossary, 3 guides, 12 exercises, 17 studies, 2 workouts, the newsletter, About, Privacy, Contact
    assert len(entries) == 43
    # Every content page says when it last changed; the newsletter page has no content date.
    assert all(lastmod for url, lastmod in entries.items() if url != absolute("/newsletter/"))


def test_sitemap_drops_a_page_when_it_is_unpublished(client):
    assert absolute("/exercises/squat/") in sitemap_entries(client)
    # Saved as the admin does: QuerySet.update() sends no signal, so the page cache keeps the old sitemap.
    squat = Exercise.objects.get(slug="squat")
    squat.status = Exercise.Status.DRAFT
    squat.save()
    assert absolute("/exercises/squat/") not in sitemap_entries(client)


def test_sitemap_lists_a_study_only_while_a_published_page_cites_it(client):
    make_study("new-2024")
    url = absolute("/studies/new-2024/")
    assert url not in sitemap_entries(client)  # cited by nothing
    draft = make_exercise("draft-curl", status=Exercise.Status.DRAFT, description="It grew [@new-2024].")
    assert url not in sitemap_entries(client)  # cited only by a draft
    link(
        make_guide("calves", "Calves", status=MuscleGroup.Status.DRAFT),
        Exercise.objects.get(slug="squat"),
        reason="See [@new-2024].",
    )
    assert url not in sitemap_entries(client)  # cited only in a draft guide's verdict
    assert client.get("/studies/new-2024/").status_code == 404
    draft.status = Exercise.Status.PUBLISHED
    draft.save()
    entries = sitemap_entries(client)
    assert url in entries and entries[url]
    assert client.get("/studies/new-2024/").status_code == 200


def test_sitemap_uses_the_public_site_url(client, settings):
    settings.SITE_URL = "https://muscleguide.example"
    assert absolute("/guides/hamstrings/") in sitemap_entries(client)
    assert all(url.startswith("https://muscleguide.example/") for url in sitemap_entries(client))


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    text = response.content.decode()
    assert f"Sitemap: {absolute('/sitemap.xml')}" in text
    assert "Disallow: /admin/" in text and "Disallow: /search/" in text


# Feeds


def test_rss_feed_parses_and_lists_the_published_guides(client):
    make_guide("calves", "Calves")
    make_guide("glutes", "Glutes", status=MuscleGroup.Status.DRAFT)
    make_guide("biceps", "Biceps", published_at=future())
    response = client.get("/feed/")
    assert response.status_code == 200
    channel = ET.fromstring(response.content).find("channel")
    items = {item.findtext("link"): item for item in channel.findall("item")}
    assert list(items) == [
        absolute("/guides/calves/"),
        absolute("/guides/quadriceps/"),
        absolute("/guides/hamstrings/"),
    ]
    hamstrings = items[absolute("/guides/hamstrings/")]
    assert hamstrings.findtext("title") == "How to train your hamstrings"
    assert hamstrings.findtext("pubDate")
    assert hamstrings.findtext("description").startswith("The hamstrings straighten the hip")


def test_atom_feed_parses_and_lists_the_published_guides(client):
    make_guide("glutes", "Glutes", status=MuscleGroup.Status.DRAFT)
    response = client.get("/feed/atom/")
    assert response.status_code == 200
    feed = ET.fromstring(response.content)
    entries = {entry.findtext(f"{ATOM}title"): entry for entry in feed.findall(f"{ATOM}entry")}
    assert set(entries) == {"How to train your hamstrings", "How to train your quadriceps"}
    hamstrings = entries["How to train your hamstrings"]
    assert hamstrings.find(f"{ATOM}link").get("href") == absolute("/guides/hamstrings/")
    assert hamstrings.findtext(f"{ATOM}author/{ATOM}name") == "Muscle Guide editors"
    assert hamstrings.findtext(f"{ATOM}published") and hamstrings.findtext(f"{ATOM}updated")


@pytest.mark.parametrize("url", ["/feed/", "/feed/atom/"])
def test_control_characters_pasted_into_a_guide_do_not_take_the_feeds_down(client, url):
    """A summary ending in a backspace and an escape (pasted text carries them) made both feeds 500: XML 1.0 cannot
    hold them (bad-input review)."""
    MuscleGroup.objects.filter(slug="quadriceps").update(
        summary="Front of the thigh \x08\x1b.", title="How to train your quad\x0bs"
    )
    response = client.get(url)
    assert response.status_code == 200
    text = ET.tostring(ET.fromstring(response.content), encoding="unicode")
    assert "Front of the thigh ." in text and "How to train your quads" in text


@pytest.mark.parametrize("url", [url for url, _ in PAGE_TYPES])
def test_every_page_links_to_both_feeds_from_its_head(client, url):
    alternates = {link["type"]: link["href"] for link in get_page(client, url).links["alternate"]}
    assert alternates == {"application/rss+xml": "/feed/", "application/atom+xml": "/feed/atom/"}


# Head tags


@pytest.mark.parametrize("url", INDEXED_PAGES)
def test_every_page_has_title_description_canonical_and_social_tags(client, url):
    page = get_page(client, url)
    assert page.title.strip()
    assert len(page.meta["description"]) > 20
    assert [link["href"] for link in page.links["canonical"]] == [absolute(url)]
    assert page.meta["og:url"] == absolute(url)
    assert page.meta["og:title"] and page.meta["og:description"]
    assert page.meta["og:image"].startswith(absolute("/"))
    assert page.meta["og:image:width"] == "1200" and page.meta["og:image:height"] == "630"
    assert page.meta["twitter:card"] == "summary_large_image"
    assert page.meta["twitter:image"] == page.meta["og:image"]


def test_each_page_has_its_own_title_and_description(client):
    pages = [get_page(client, url) for url in INDEXED_PAGES]
    assert len({page.title for page in pages}) == len(pages)
    assert len({page.meta["description"] for page in pages}) == len(pages)


def test_detail_pages_describe_themselves_in_their_social_tags(client):
    guide = get_page(client, "/guides/hamstrings/")
    assert guide.title == "How to train your hamstrings · Muscle Guide"
    assert guide.meta["og:type"] == "article"
    assert guide.meta["og:title"] == "How to train your hamstrings"
    assert guide.meta["og:image"].startswith(absolute("/guides/hamstrings/card.png?v="))
    assert guide.meta["article:author"] == "Muscle Guide editors"
    exercise = get_page(client, "/exercises/squat/")
    assert exercise.meta["og:title"] == "Barbell back squat"
    assert exercise.meta["og:description"] == Exercise.objects.get(slug="squat").summary
    assert exercise.meta["og:image"].startswith(absolute("/exercises/squat/card.png?v="))
    workout = get_page(client, "/workouts/hamstring-workout/")
    assert workout.meta["og:image"].startswith(absolute("/workouts/hamstring-workout/card.png?v="))
    site_card = absolute(reverse("core:site_card") + "?v=")
    assert site_card == absolute("/card.png?v=")
    assert get_page(client, "/studies/").meta["og:image"].startswith(site_card)
    assert get_page(client, "/studies/maeo-2021/").meta["og:image"].startswith(site_card)


def test_canonical_links_use_the_public_site_url_whatever_the_host(client, settings):
    settings.SITE_URL = "https://muscleguide.example"
    page = get_page(client, "/exercises/squat/?utm_source=x")
    assert page.links["canonical"][0]["href"] == "https://muscleguide.example/exercises/squat/"


def test_without_site_url_every_absolute_link_uses_the_request_host(client, settings):
    settings.SITE_URL = ""
    page = get_page(client, "/exercises/squat/")
    assert page.links["canonical"][0]["href"] == "http://testserver/exercises/squat/"
    assert page.meta["og:image"].startswith("http://testserver/exercises/squat/card.png?v=")
    assert page.node("ExercisePlan")["url"] == "http://testserver/exercises/squat/"
    assert page.node("BreadcrumbList")["itemListElement"][0]["item"] == "http://testserver/"
    assert "http://testserver/guides/hamstrings/" in sitemap_entries(client)
    feed = ET.fromstring(client.get("/feed/").content)
    assert "http://testserver/guides/hamstrings/" in [link.text for link in feed.findall("channel/item/link")]
    assert "Sitemap: http://testserver/sitemap.xml" in client.get("/robots.txt").content.decode()


def test_a_request_for_a_host_not_allowed_is_a_400_page_not_a_500(settings):
    settings.SITE_URL = ""
    response = Client(raise_request_exception=False).get("/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert "Bad request" in response.content.decode()


def test_search_and_error_pages_ask_not_to_be_indexed(client):
    assert get_page(client, "/search/?q=curl").meta["robots"] == "noindex, follow"
    not_found = Page(client.get("/exercises/no-such-thing/").content.decode())
    assert not_found.meta["robots"] == "noindex" and "canonical" not in not_found.links


# JSON-LD


@pytest.mark.parametrize("url,type_", PAGE_TYPES)
def test_every_page_has_json_ld_of_the_expected_type_and_a_breadcrumb_list_below_home(client, url, type_):
    nodes = get_page(client, url).json_ld
    assert ([node["@type"] for node in nodes][-1] == "BreadcrumbList") is (url != "/")
    assert type_ in [node["@type"] for node in nodes]
    assert all(node["@context"] == "https://schema.org" for node in nodes)


def test_guide_article_names_author_dates_image_and_cites_studies_by_doi(client):
    article = get_page(client, "/guides/hamstrings/").node("Article")
    guide = MuscleGroup.objects.get(slug="hamstrings")
    assert article["headline"] == guide.title
    assert article["author"] == {"@type": "Organization", "name": "Muscle Guide editors"}  # the site's own team
    assert article["datePublished"] == guide.published_at.isoformat()
    assert article["dateModified"] == guide.updated_at.isoformat()
    assert article["image"] == absolute(guide.social_card().image_url)
    citations = article["citation"]
    assert [citation["@type"] for citation in citations] == ["ScholarlyArticle"] * 5
    cited = ["maeo-2021", "van-dyk-2019", "impellizzeri-2021", "kubo-2019", "ebben-2009"]  # in reading order
    dois = [citation.get("identifier", {}).get("value", "") for citation in citations]
    assert dois == [Study.objects.get(slug=slug).doi for slug in cited]
    assert dois[4] == "" and "sameAs" not in citations[4]  # Ebben 2009: its DOI is not verified, so none is given
    assert citations[4]["name"] == Study.objects.get(slug="ebben-2009").title
    assert [citation["genre"] for citation in citations] == [
        "within-participant trial",
        "meta-analysis",
        "meta-analysis",
        "randomised trial",
        "EMG study",
    ]
    assert citations[0]["sameAs"] == "https://doi.org/10.1249/MSS.0000000000002523"
    assert citations[0]["author"] == [{"@type": "Person", "name": "Maeo S"}]  # "et al." is not a person


def test_a_guide_by_a_person_names_them_as_a_person(client):
    guide = make_guide("calves", "Calves")
    article = get_page(client, "/guides/calves/").node("Article")
    assert article["author"] == {"@type": "Person", "name": "Test Author", "description": guide.author.bio}


def test_exercise_plan_says_what_the_exercise_trains(client):
    plan = get_page(client, "/exercises/seated-leg-curl/").node("ExercisePlan")
    assert plan["name"] == "Seated leg curl"
    assert plan["exerciseType"] == "Strength training: machine, isolation (one joint)"
    assert {"@type": "Muscle", "name": "Biceps femoris short head"} in plan["about"]
    assert plan["citation"][0]["identifier"]["value"] == "10.1249/MSS.0000000000002523"
    squat = get_page(client, "/exercises/squat/").node("ExercisePlan")
    trained = {muscle["name"] for muscle in squat["about"]}
    assert trained == {"Rectus femoris", "Vastus lateralis", "Vastus medialis", "Vastus intermedius"}  # no hamstring


def test_exercise_plan_is_part_of_each_public_guide_that_discusses_it(client):
    link(make_guide("calves", "Calves", status=MuscleGroup.Status.DRAFT), Exercise.objects.get(slug="squat"))
    squat = get_page(client, "/exercises/squat/").node("ExercisePlan")
    # Recommended by the quadriceps guide, discussed and left out by the hamstrings guide; never the draft.
    assert squat["isPartOf"] == [
        {"@type": "Article", "headline": "How to train your hamstrings", "url": absolute("/guides/hamstrings/")},
        {"@type": "Article", "headline": "How to train your quadriceps", "url": absolute("/guides/quadriceps/")},
    ]
    seated = get_page(client, "/exercises/seated-leg-curl/").node("ExercisePlan")
    assert [guide["url"] for guide in seated["isPartOf"]] == [absolute("/guides/hamstrings/")]
    assert "isPartOf" not in get_page(client, "/exercises/good-morning/").node("ExercisePlan")  # no guide discusses it


def test_workout_plan_lists_its_exercises_with_sets_and_repetitions(client):
    plan = get_page(client, "/workouts/hamstring-workout/").node("ExercisePlan")
    parts = [(part["name"], part["repetitions"], part["additionalVariable"]) for part in plan["hasPart"]]
    assert parts == [
        ("Romanian deadlift", 8, "4 sets of 8 repetitions"),
        ("Seated leg curl", 12, "3 sets of 12 repetitions"),
        ("Lying leg curl", 20, "2 sets of 20 repetitions"),
    ]
    assert all(part["@type"] == "ExercisePlan" for part in plan["hasPart"])
    assert plan["isPartOf"]["url"] == absolute("/guides/hamstrings/")


def test_workout_plan_gives_a_rep_range_as_a_range(client):
    plan = get_page(client, "/workouts/quadriceps-workout/").node("ExercisePlan")
    squat = plan["hasPart"][0]
    assert squat["name"] == "Barbell back squat"
    assert squat["repetitions"] == {"@type": "QuantitativeValue", "minValue": 6, "maxValue": 8}
    assert squat["additionalVariable"] == "4 sets of 6–8 repetitions"


def test_study_page_is_a_scholarly_article_with_its_doi(client):
    article = get_page(client, "/studies/van-dyk-2019/").node("ScholarlyArticle")
    assert article["identifier"] == {
        "@type": "PropertyValue",
        "propertyID": "DOI",
        "value": "10.1136/bjsports-2018-100045",
    }
    assert [author["name"] for author in article["author"]] == ["van Dyk N", "Behan FP", "Whiteley R"]
    assert article["datePublished"] == "2019"
    assert article["isPartOf"] == {"@type": "Periodical", "name": "Br J Sports Med"}


HOSTILE = 'Curls </script><script>alert("x")</script><!-- & -->'


@pytest.mark.parametrize(
    "model,slug,fields,url,type_",
    [
        (MuscleGroup, "hamstrings", ["name", "title"], "/guides/hamstrings/", "Article"),
        (Exercise, "squat", ["name"], "/exercises/squat/", "ExercisePlan"),
        (Workout, "hamstring-workout", ["name"], "/workouts/hamstring-workout/", "ExercisePlan"),
        (Study, "kubo-2019", ["title"], "/studies/kubo-2019/", "ScholarlyArticle"),
    ],
)
def test_an_editor_title_with_a_script_tag_cannot_break_out(client, model, slug, fields, url, type_):
    model.objects.filter(slug=slug).update(**dict.fromkeys(fields, HOSTILE))
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    page = Page(html)
    assert len(page.scripts) == len(page.json_ld) == 2  # both data blocks intact, nothing else
    node = page.node(type_)
    assert HOSTILE in (node.get("headline"), node.get("name"))
    assert HOSTILE in page.node("BreadcrumbList")["itemListElement"][-1]["name"]
    assert page.meta["og:title"] == HOSTILE


def test_an_exercise_name_with_a_script_tag_is_safe_in_the_workout_plan(client):
    Exercise.objects.filter(slug="romanian-deadlift").update(name=HOSTILE)
    page = get_page(client, "/workouts/hamstring-workout/")
    assert page.node("ExercisePlan")["hasPart"][0]["name"] == HOSTILE


# Breadcrumbs


@pytest.mark.parametrize(
    "url,trail",
    [
        ("/guides/hamstrings/", ["/", "/guides/hamstrings/"]),
        ("/exercises/", ["/", "/exercises/"]),
        ("/exercises/squat/", ["/", "/exercises/", "/exercises/squat/"]),
        ("/studies/", ["/", "/studies/"]),
        ("/studies/maeo-2021/", ["/", "/studies/", "/studies/maeo-2021/"]),
        ("/workouts/", ["/", "/workouts/"]),
        ("/workouts/hamstring-workout/", ["/", "/workouts/", "/workouts/hamstring-workout/"]),
        ("/search/?q=curl", ["/", "/search/"]),
        ("/newsletter/", ["/", "/newsletter/"]),
    ],
)
def test_every_page_shows_breadcrumbs_matching_its_breadcrumb_list(client, url, trail):
    page = get_page(client, url)
    assert page.crumbs == trail
    items = page.node("BreadcrumbList")["itemListElement"]
    assert [item["item"] for item in items] == [absolute(path) for path in trail]
    assert [item["position"] for item in items] == list(range(1, len(trail) + 1))


def test_the_home_page_shows_no_trail_of_one_crumb(client):
    page = get_page(client, "/")
    assert page.crumbs == [] and 'class="breadcrumbs"' not in client.get("/").content.decode()
    assert "BreadcrumbList" not in [node["@type"] for node in page.json_ld]


def test_the_current_page_is_marked_in_the_breadcrumbs(client):
    html = client.get("/exercises/squat/").content.decode()
    assert '<a href="/exercises/squat/" aria-current="page">Barbell back squat</a>' in html


# Related links


def test_exercise_links_to_substitutes_and_to_exercises_for_the_same_muscles(client):
    html = client.get("/exercises/seated-leg-curl/").content.decode()
    substitutes = html[html.index('id="substitutes-heading"') : html.index('id="same-muscles-heading"')]
    assert 'href="/exercises/lying-leg-curl/"' in substitutes
    same = html[html.index('id="same-muscles-heading"') :].split("</section>")[0]
    assert 'href="/exercises/romanian-deadlift/"' in same and 'href="/exercises/nordic-hamstring/"' in same
    assert 'href="/exercises/lying-leg-curl/"' not in same  # already listed as a substitute
    assert 'href="/exercises/squat/"' not in same  # trains none of them
    assert 'href="/exercises/seated-leg-curl/"' not in same


def with_relations(slug):
    return Exercise.objects.prefetch_related("involvements", "substitutes").get(slug=slug)


def test_same_muscle_exercises_puts_most_muscles_in_common_first_and_skips_drafts():
    guide = MuscleGroup.objects.get(slug="hamstrings")
    draft = make_exercise("a-draft-curl", status=Exercise.Status.DRAFT)
    for muscle in guide.muscles.exclude(slug="biceps-femoris"):  # the four parts the seated curl trains
        draft.involvements.create(muscle=muscle, role=Role.PRIMARY)
    related = same_muscle_exercises(with_relations("seated-leg-curl"))
    # The Nordic trains all four of its parts, the hip hinges three (not the short head), by name;
    # the lying curl is left out as its substitute, and the squat trains no hamstring.
    assert [(exercise.slug, exercise.muscles_in_common) for exercise in related] == [
        ("nordic-hamstring", 4),
        ("45-degree-back-extension", 3),
        ("deadlift", 3),
        ("good-morning", 3),
        ("romanian-deadlift", 3),
        ("stiff-legged-deadlift", 3),
    ]
    assert [exercise.slug for exercise in same_muscle_exercises(with_relations("seated-leg-curl"), limit=2)] == [
        "nordic-hamstring",
        "45-degree-back-extension",
    ]


def test_an_exercise_that_trains_no_muscle_has_no_same_muscle_exercises():
    plank = make_exercise("plank")
    plank.involvements.create(muscle=Muscle.objects.get(slug="semitendinosus"), role=Role.NOT_TRAINED)
    assert same_muscle_exercises(with_relations("plank")) == []


def test_study_links_to_what_cites_it_and_guide_to_other_guides(client):
    html = client.get("/studies/kubo-2019/").content.decode()
    cited_on = html[html.index("<h2>Cited on</h2>") :]
    for url in ["/guides/hamstrings/", "/guides/quadriceps/", "/exercises/squat/", "/workouts/quadriceps-workout/"]:
        assert f'href="{url}"' in cited_on, url
    make_guide("calves", "Calves")
    assert 'href="/guides/calves/"' in client.get("/guides/hamstrings/").content.decode()


# Social preview images


@pytest.fixture
def card_dir(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path / "social-cards"


def fetch_card(client, page_url):
    image_url = get_page(client, page_url).meta["og:image"].removeprefix(absolute(""))
    response = client.get(image_url)
    assert response.status_code == 200, image_url
    assert response["Content-Type"] == "image/png"
    return image_url, b"".join(response.streaming_content)


@pytest.mark.parametrize(
    "page_url", ["/guides/hamstrings/", "/exercises/romanian-deadlift/", "/workouts/hamstring-workout/", "/studies/"]
)
def test_social_images_are_1200_by_630_pngs(client, card_dir, page_url):
    _, png = fetch_card(client, page_url)
    image = Image.open(BytesIO(png))
    assert image.format == "PNG"
    assert image.size == (1200, 630)


def test_a_changed_title_gives_a_new_image_at_a_new_url_and_removes_the_old_one(client, card_dir):
    old_url, old_png = fetch_card(client, "/exercises/squat/")
    folder = card_dir / "exercises" / "squat"
    assert len(list(folder.glob("*.png"))) == 1
    exercise = Exercise.objects.get(slug="squat")
    exercise.name = "Back squat"
    exercise.save()
    new_url, new_png = fetch_card(client, "/exercises/squat/")
    assert new_url != old_url
    assert new_png != old_png
    assert Image.open(BytesIO(new_png)).size == (1200, 630)
    assert len(list(folder.glob("*.png"))) == 1


def test_a_new_muscle_group_name_redraws_the_workout_card(client, card_dir):
    old_url, _ = fetch_card(client, "/workouts/hamstring-workout/")
    # Saved as the admin does: QuerySet.update() sends no signal, so the page cache keeps the old page.
    guide = MuscleGroup.objects.get(slug="hamstrings")
    guide.name = "Hamstring muscles"
    guide.save()
    new_url, _ = fetch_card(client, "/workouts/hamstring-workout/")
    assert new_url != old_url


def test_new_equipment_redraws_the_exercise_card(client, card_dir):
    old_url, _ = fetch_card(client, "/exercises/squat/")
    squat = Exercise.objects.get(slug="squat")
    squat.equipment = Exercise.Equipment.MACHINE
    squat.save()
    new_url, _ = fetch_card(client, "/exercises/squat/")
    assert new_url != old_url


def test_cards_are_drawn_once_and_then_served_from_disk(client, card_dir, monkeypatch):
    fetch_card(client, "/guides/hamstrings/")

    def fail(card):
        raise AssertionError("the card was drawn again")

    monkeypatch.setattr(social_cards, "render_png", fail)
    _, png = fetch_card(client, "/guides/hamstrings/")
    assert Image.open(BytesIO(png)).size == (1200, 630)


def test_a_very_long_title_still_fits_the_card(card_dir):
    guide = MuscleGroup.objects.get(slug="hamstrings")
    guide.title = "A very long guide title " * 12 + "Supercalifragilisticexpialidocious" * 3
    path = guide.social_card().cached_file()
    assert Image.open(path).size == (1200, 630)


def test_cards_of_drafts_and_unknown_slugs_are_404(client, card_dir):
    Exercise.objects.filter(slug="squat").update(status=Exercise.Status.DRAFT)
    assert client.get("/exercises/squat/card.png").status_code == 404
    assert client.get("/guides/nothing/card.png").status_code == 404
    assert not card_dir.exists()


def test_the_glossary_is_a_defined_term_set_with_each_terms_plain_definition_and_anchor(client):
    term_set = get_page(client, "/glossary/").node("DefinedTermSet")
    terms = {term["name"]: term for term in term_set["hasDefinedTerm"]}
    hinge = terms["hip hinge"]
    assert hinge["url"] == absolute("/glossary/#hip-hinge")
    assert hinge["inDefinedTermSet"] == absolute("/glossary/")
    assert hinge["description"] and "<" not in hinge["description"]
    assert len(terms) == GlossaryTerm.objects.published().count()
