"""Parts of a page that other apps add, so a page never imports the apps built on top of it.

A guide page shows the exercises the guide discusses and its workout, but
``articles`` sits below ``exercises`` and ``workouts`` and may not import
them. Instead the page keeps a ``PageSections`` registry, and each app above
registers a ``PageSection`` from its ``AppConfig.ready()``: what the section
prefetches, how it builds its context, and the template that shows it.
"""


class PageSection:
    """One part of a page, contributed by an app.

    ``order`` places it among the other sections; ``prefetches(show_drafts)``
    names what it reads, so the page costs the same queries however much it
    holds; ``build(obj, references, show_drafts)`` returns the template's
    context (numbering its citations with ``references``, in reading order),
    or None to leave the section out; ``contents(context)`` gives the
    ``[(anchor, heading)]`` it adds to "On this page".
    """

    order = 50
    template_name = ""

    def prefetches(self, show_drafts):
        return []

    def build(self, obj, references, show_drafts):
        return None

    def contents(self, context):
        return []


class BuiltSection:
    """A section ready for its template: ``{% include section.template_name with section=section.context %}``."""

    def __init__(self, section, context):
        self.template_name = section.template_name
        self.context = context
        self.contents = section.contents(context)


class PageSections:
    def __init__(self):
        self.sections = []

    def register(self, section):
        if not any(type(registered) is type(section) for registered in self.sections):
            self.sections.append(section)
            self.sections.sort(key=lambda registered: registered.order)

    def prefetches(self, show_drafts):
        return [prefetch for section in self.sections for prefetch in section.prefetches(show_drafts)]

    def build(self, obj, references, show_drafts):
        """Every registered section that has something to show, in order."""
        built = []
        for section in self.sections:
            context = section.build(obj, references, show_drafts)
            if context is not None:
                built.append(BuiltSection(section, context))
        return built
