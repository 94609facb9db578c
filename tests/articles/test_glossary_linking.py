"""Linking glossary terms (articles.glossary): the first use of each term on a page, in running text only."""

from articles.glossary import GlossaryLinker

TERMS = [
    ("hip-hinge", ["hip hinge", "hip hinges"]),
    ("eccentric", ["eccentric"]),
    ("reps-in-reserve", ["reps in reserve", "RIR"]),
]


def linker():
    return GlossaryLinker(TERMS, glossary_url="/glossary/")


def test_the_first_use_links_to_the_terms_anchor_and_later_ones_stay_plain():
    html = linker().link("<p>A hip hinge here, and another hip hinge there.</p>")
    assert html == (
        '<p>A <a class="term" href="/glossary/#hip-hinge">hip hinge</a> here, and another hip hinge there.</p>'
    )


def test_once_per_page_across_the_texts_of_one_page():
    page = linker()
    first = page.link("<p>The eccentric part.</p>")
    second = page.link("<p>Eccentric again, and reps in reserve.</p>")
    assert first.count('class="term"') == 1
    assert "#eccentric" not in second and second.count('href="/glossary/#reps-in-reserve"') == 1


def test_case_does_not_matter_and_the_readers_case_is_kept():
    assert '<a class="term" href="/glossary/#reps-in-reserve">Reps In Reserve</a>' in linker().link(
        "<p>Reps In Reserve matter.</p>"
    )


def test_other_spellings_link_to_the_same_term_and_count_as_its_first_use():
    html = linker().link("<p>Two hip hinges, then a hip hinge; 2 RIR.</p>")
    assert html.count("#hip-hinge") == 1 and ">hip hinges</a>" in html
    assert ">RIR</a>" in html


def test_words_are_matched_whole():
    assert "<a" not in linker().link("<p>Eccentricity and preccentric and hip hinged.</p>")


def test_a_term_split_over_two_lines_still_matches():
    assert ">hip\nhinge</a>" in linker().link("<p>One hip\nhinge.</p>")


def test_headings_links_and_code_are_left_alone_and_the_next_use_in_text_is_linked():
    html = linker().link(
        "<h3>The hip hinge</h3><p><a href='/x/'>hip hinge</a> <code>hip hinge</code></p>"
        '<nav><a href="#a">eccentric</a></nav><svg><text>eccentric</text></svg><p>A hip hinge, eccentric.</p>'
    )
    assert html.count('class="term"') == 2
    assert html.endswith(
        '<p>A <a class="term" href="/glossary/#hip-hinge">hip hinge</a>, '
        '<a class="term" href="/glossary/#eccentric">eccentric</a>.</p>'
    )


def test_attribute_values_are_never_touched():
    html = linker().link('<p title="hip hinge">text</p><img alt="eccentric"><p>plain</p>')
    assert "<a" not in html


def test_no_terms_leaves_the_page_as_it_was():
    html = "<p>A hip hinge.</p>"
    assert GlossaryLinker([], glossary_url="/glossary/").link(html) == html


def test_comments_and_quoted_angle_brackets_in_attributes_are_not_running_text():
    html = linker().link('<!-- hip hinge --><p title="a > eccentric">text</p><p>An eccentric hip hinge.</p>')
    assert html.startswith('<!-- hip hinge --><p title="a > eccentric">text</p>')
    assert html.count('class="term"') == 2


def test_an_element_left_open_skips_the_rest_and_a_self_closed_one_skips_nothing():
    assert "<a class" not in linker().link("<p><code>hip hinge <p>eccentric</p>")
    assert linker().link("<p><svg/>eccentric</p>").count('class="term"') == 1


def test_letters_that_change_length_or_form_in_lower_case_are_linked_not_a_crash():
    """ "HİP HİNGE" or "reps in reſerve" matched, ignoring case, but their lower case was not a known spelling:
    a KeyError, and the page that held them answered 500 (bad-input review)."""
    html = linker().link("<p>The HİP HİNGE, then reps in reſerve and ECCENTRİC work.</p>")
    assert '<a class="term" href="/glossary/#hip-hinge">HİP HİNGE</a>' in html
    assert '<a class="term" href="/glossary/#reps-in-reserve">reps in reſerve</a>' in html
    assert '<a class="term" href="/glossary/#eccentric">ECCENTRİC</a>' in html
