"""The newsletter's part of guide pages: the signup box after the article (``articles.guide_page.after_article``)."""

from core.sections import PageSection


class GuideSignupSection(PageSection):
    template_name = "newsletter/includes/guide_signup.html"

    def build(self, guide, references, show_drafts):
        return {}  # the box is the same on every guide
