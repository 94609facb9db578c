from dataclasses import dataclass


@dataclass
class Result:
    title: str
    url: str
    context: str  # one line saying what the result is, e.g. "Hamstrings exercise · Machine"
    snippet: str  # safe HTML: escaped text with the matched words in <mark>
    exact: bool  # the query is the result's title
    score: float
    also_called: tuple = ()  # the other names that matched what was typed (``Kind.other_names_matched``)


@dataclass
class Group:
    key: str
    label: str
    results: list
    more: bool  # there were more matches than are shown

    @property
    def best(self):
        return self.results[0]
