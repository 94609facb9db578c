"""axe-core audits for the browser tests: one place for where axe comes from and what it checks.

axe-core comes from the npm registry at the version pinned in package-lock.json
(`make browser-deps`, which .ci/run calls). Without it the accessibility tests skip.
"""

from pathlib import Path

import pytest

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def new_audit_page(browser, color_scheme="light"):
    """A page whose CSP is bypassed, for injecting axe-core only; the site's own pages never need that."""
    if not AXE.exists():
        pytest.skip(f"axe-core is missing at {AXE.relative_to(AXE.parents[2])}: run `make browser-deps` (npm ci)")
    return browser.new_context(bypass_csp=True, color_scheme=color_scheme).new_page()


def axe_problems(page):
    """axe-core's WCAG 2.1 AA violations on the loaded page, one line each."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        "(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']})",
        WCAG_21_AA,
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
    ]
