"""Lists that stay small as the library grows: pages of ``LIST_PAGE_SIZE`` items.

``PagedListMixin`` goes before ``ListView``. Its page links keep every other
parameter of the query string (the filters), so they work as plain links without
JavaScript, and the head names the previous and next pages (``rel="prev"``,
``rel="next"``). A page number that is not a whole number from 1 is a 400, and
one past the last page a 404; both render the list page itself with a message
and a link back, never a bare error.
"""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger

PAGE_PARAMETER = "page"


@dataclass(frozen=True)
class PageLink:
    number: int | None  # None: the gap ("…") between far-apart numbers
    url: str = ""
    current: bool = False


@dataclass
class PageNavigation:
    """What the list template and its head need about the pages: links, canonical address, any problem."""

    canonical_url: str
    number: int = 1
    count: int = 0  # items in the whole list
    num_pages: int = 1
    first_item: int = 0
    last_item: int = 0
    previous_url: str = ""
    next_url: str = ""
    links: list = field(default_factory=list)  # empty when everything fits on one page
    problem: str = ""  # why the page asked for cannot be shown
    back_url: str = ""  # where to go instead
    back_label: str = ""


def page_url(request, number):
    """This address with ``?page=number`` and every other parameter kept; page 1 has no page parameter."""
    query = request.GET.copy()
    query.pop(PAGE_PARAMETER, None)
    if number > 1:
        query[PAGE_PARAMETER] = str(number)
    encoded = query.urlencode()
    return f"{request.path}?{encoded}" if encoded else request.path


def canonical_url(request, number):
    """The page's own address for search engines: the list's path, with its page number unless filtered."""
    filtered = any(key != PAGE_PARAMETER for key in request.GET)
    return f"{request.path}?{PAGE_PARAMETER}={number}" if number > 1 and not filtered else request.path


def navigation(request, paginator, page):
    nav = PageNavigation(
        canonical_url=canonical_url(request, page.number),
        number=page.number,
        count=paginator.count,
        num_pages=paginator.num_pages,
        first_item=page.start_index(),
        last_item=page.end_index(),
    )
    if page.has_previous():
        nav.previous_url = page_url(request, page.previous_page_number())
    if page.has_next():
        nav.next_url = page_url(request, page.next_page_number())
    if paginator.num_pages > 1:
        nav.links = [
            PageLink(None)
            if number == paginator.ELLIPSIS
            else PageLink(number, page_url(request, number), number == page.number)
            for number in paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)
        ]
    return nav


class PagedListMixin:
    """Paginate a ``ListView`` with answers, not 500s or bare 404s, for page numbers that name no page.

    Adds ``pages`` (a ``PageNavigation``) to the context; ``page_problem_status``
    is the status code of the answer (200 when the page exists).
    """

    page_kwarg = PAGE_PARAMETER
    # Each page of the list is cached (core.page_cache); a list with filters adds their names.
    page_cache_query = (PAGE_PARAMETER,)

    def get_paginate_by(self, queryset):
        return settings.LIST_PAGE_SIZE

    def get(self, request, *args, **kwargs):
        self.page_problem_status = 200
        response = super().get(request, *args, **kwargs)
        if self.page_problem_status != 200:
            response.status_code = self.page_problem_status
        return response

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size)
        raw = self.request.GET.get(self.page_kwarg) or "1"
        try:
            page = paginator.page(raw)
        except PageNotAnInteger:
            message = f"“{raw[:20]}” is not a page number. Pages are numbered 1, 2, 3…"
            return self.refuse(paginator, queryset, 400, message)
        except EmptyPage:
            if int(raw) < 1:
                return self.refuse(paginator, queryset, 400, f"There is no page {raw[:20]}: pages are numbered from 1.")
            pages = f"{paginator.num_pages} page{'s' if paginator.num_pages != 1 else ''}"
            return self.refuse(paginator, queryset, 404, f"There is no page {int(raw):,}: this list has {pages}.")
        self.pages = navigation(self.request, paginator, page)
        return paginator, page, page.object_list, page.has_other_pages()

    def refuse(self, paginator, queryset, status, message):
        """Nothing listed, ``message`` shown, and a link to the first or (past the end) the last page."""
        self.page_problem_status = status
        last = paginator.num_pages if status == 404 else 1
        self.pages = PageNavigation(
            canonical_url=self.request.path,
            problem=message,
            back_url=page_url(self.request, last),
            back_label="Go to the last page" if last > 1 else "Go to the first page",
        )
        return paginator, None, queryset.none(), False

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["pages"] = self.pages
        return context
