"""The annotator's gestures in the real Label Studio labeling screen (headless chromium).

A small page object over Label Studio 1.23's frontend, driven by Python playwright with
Debian's chromium (playwright cannot download its own browsers here). The gestures that
work headlessly (see also the shared Label Studio notes, section 12):

* a span: press the label's hotkey, then select a DOM ``Range`` over the text between
  ``mousedown`` and ``mouseup`` (as the upstream Cypress helper does), dispatched at the
  range's real coordinates: two mouseups at one spot within 450 ms count as a double
  click, and the screen then gives the new span the previous span's label;
* a region is selected in the outliner, which is a virtual list (only what fits is in
  the DOM, so it is scrolled with the wheel); clicking a selected item unselects it, so
  :meth:`Screen.select` checks the selection first;
* a per-region control is the first control after its ``Header`` (an ``h4``);
* a relation is drawn from the selected region with "Create Relation" to the target's
  outliner item, and labelled from the Relations tab.

Every step can take a screenshot into ``test-artifacts/browser/<test>/NN-step.png``
(ignored by git), so a failure shows what the annotator saw. The console is recorded
for the whole page; :data:`KNOWN_CONSOLE_NOISE` lists, with reasons, the only errors
that are not ours.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO / "test-artifacts" / "browser"
ENV_CHROMIUM = "SAHEL_EVENTS_CHROMIUM"
CHROMIUM = Path(os.environ.get(ENV_CHROMIUM, "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]
VIEWPORT = {"width": 1400, "height": 1200}
SCORE = re.compile(r"^\d\.\d+$")
#: How long one gesture may wait for the screen (ms): short, so a broken screen fails fast.
TIMEOUT_MS = 15_000

#: Console errors that do not come from our labeling config, each with why it is there.
KNOWN_CONSOLE_NOISE: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        re.compile(r"/heidi-tips\b"),
        "Label Studio 1.23.2's own frontend asks the server for 'tips', which the open "
        "source server does not serve (404) on every page",
    ),
)

# Select the nth occurrence of a string in the rendered text with a DOM Range, the way
# Label Studio's own Cypress helper (RichText._selectRange) does. Text nodes are walked
# in order and each <br> counts as the "\n" it replaced.
_SELECT_JS = r"""([needle, nth]) => {
  const root = document.querySelector('.lsf-htx-richtext');
  const parts = []; let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  let n;
  while ((n = walker.nextNode())) {
    if (n.nodeType === 3) { parts.push([n, text.length]); text += n.data; }
    else if (n.tagName === 'BR') { text += '\n'; }
  }
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error('not in the rendered text: ' + needle);
  }
  const locate = (pos, isEnd) => {
    for (const [node, off] of parts) {
      const len = node.data.length;
      if (pos >= off && (isEnd ? pos <= off + len : pos < off + len)) return [node, pos - off];
    }
    throw new Error('no text node at ' + pos);
  };
  const [sn, so] = locate(at, false);
  const [en, eo] = locate(at + needle.length, true);
  const line = sn.parentElement.closest('.lsf-richtext__line') || sn.parentElement;
  const range = document.createRange(); range.setStart(sn, so); range.setEnd(en, eo);
  // Real coordinates: the screen takes two mouseups at one spot within 450 ms for a
  // double click, and would give the second span the first one's label.
  const rects = range.getClientRects();
  const first = rects[0], last = rects[rects.length - 1];
  const mouse = (type, x, rect) =>
    new MouseEvent(type, {bubbles: true, clientX: x, clientY: rect.top + rect.height / 2});
  line.dispatchEvent(mouse('mousedown', first.left + 1, first));
  const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);
  line.dispatchEvent(mouse('mouseup', last.right - 1, last));
  return at;
}"""

_REGION_COUNT_JS = "() => window.Htx.annotationStore.selected.regionStore.regions.length"

# The rendered outliner item whose label and text are exactly these (the score, shown last
# for pre-annotated regions, left aside).
_FIND_ITEM_JS = r"""([label, text, score]) => {
  const isScore = new RegExp(score);
  for (const item of document.querySelectorAll('.lsf-outliner-item')) {
    const parts = item.innerText.split('\n').map(p => p.trim()).filter(p => p);
    if (parts.length > 3 && isScore.test(parts[parts.length - 1])) parts.pop();
    if (parts.length >= 3 && parts[1] === label && parts.slice(2).join(' ') === text) return item;
  }
  return null;
}"""

# Visible per-region and document controls: each Header (h4) followed by its control.
_CONTROLS_JS = r"""() => {
  const out = [];
  for (const h of document.querySelectorAll('.lsf-main-view h4')) {
    if (h.offsetParent === null) continue;
    let next = h.nextElementSibling;
    while (next && next.tagName !== 'H4'
           && !next.matches('.lsf-choices, .lsf-text-area')) next = next.nextElementSibling;
    if (next && next.tagName !== 'H4' && next.offsetParent !== null) out.push(h.innerText.trim());
  }
  return out;
}"""


def chromium_or_fail() -> Path:
    """Debian's chromium; the test FAILS when it is missing (CI installs it)."""
    if not CHROMIUM.is_file():
        pytest.fail(
            f"chromium is not installed ({CHROMIUM} is missing): run .ci/install-chromium "
            f"(Debian package 'chromium') or set {ENV_CHROMIUM}",
            pytrace=False,
        )
    return CHROMIUM


@contextlib.contextmanager
def launch_browser(scratch: Path) -> Iterator[Any]:
    """Headless chromium with HOME in ``scratch``; closed (and its processes gone) on exit."""
    from playwright.sync_api import sync_playwright

    binary = chromium_or_fail()
    home = scratch / "home"
    home.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if k != "HOME"}
    env["HOME"] = str(home)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(binary), args=CHROMIUM_ARGS, headless=True, env=env
        )
        try:
            yield browser
        finally:
            browser.close()


def logged_in_context(browser: Any, url: str, email: str, password: str) -> Any:
    """A browser context logged in through Label Studio's login form."""
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    try:
        page.set_default_timeout(TIMEOUT_MS * 2)
        page.goto(f"{url}/user/login/")
        page.fill("input[name=email]", email)
        page.fill("input[name=password]", password)
        page.click("button[type=submit], input[type=submit]")
        page.wait_for_load_state("networkidle")
        if not any(c["name"] == "sessionid" for c in context.cookies()):
            raise AssertionError(f"logging in as {email} failed: still on {page.url}")
    except BaseException:
        context.close()
        raise
    finally:
        if not page.is_closed():
            page.close()
    return context


@dataclass
class ConsoleEntry:
    """One console message or uncaught page error."""

    kind: str
    text: str
    url: str = ""

    def __str__(self) -> str:
        return f"[{self.kind}] {self.text}" + (f" ({self.url})" if self.url else "")


@dataclass
class Console:
    """Everything the page logged, and the errors that are not known noise."""

    entries: list[ConsoleEntry] = field(default_factory=list)

    def attach(self, page: Any) -> None:
        """Record the page's console messages and uncaught errors."""
        page.on("console", self._on_console)
        page.on("pageerror", lambda exc: self.entries.append(ConsoleEntry("pageerror", str(exc))))

    def _on_console(self, message: Any) -> None:
        location = message.location or {}
        self.entries.append(ConsoleEntry(message.type, message.text, location.get("url", "")))

    def errors(self) -> list[ConsoleEntry]:
        """Console errors and page errors, without :data:`KNOWN_CONSOLE_NOISE`."""
        return [
            e
            for e in self.entries
            if e.kind in ("error", "pageerror")
            and not any(p.search(e.url) or p.search(e.text) for p, _ in KNOWN_CONSOLE_NOISE)
        ]

    def write(self, path: Path) -> None:
        """Save the whole log (an artefact next to the screenshots)."""
        path.write_text("\n".join(str(e) for e in self.entries) + "\n", encoding="utf-8")


@dataclass(frozen=True)
class Item:
    """One region as the outliner shows it: its index, label(s) and text."""

    index: str
    label: str
    text: str


class Screen:
    """The labeling screen of one task, with the annotator's gestures."""

    def __init__(self, page: Any, url: str, artifacts: Path) -> None:
        self.page = page
        self.url = url
        self.artifacts = artifacts
        self.step = 0
        self.console = Console()
        self.console.attach(page)
        page.set_default_timeout(TIMEOUT_MS)

    # ---------------------------------------------------------------- artefacts

    def shot(self, name: str) -> Path:
        """Screenshot the page as ``NN-name.png`` in this test's artefact folder."""
        self.step += 1
        path = self.artifacts / f"{self.step:02d}-{re.sub(r'[^A-Za-z0-9_-]+', '-', name)}.png"
        self.page.screenshot(path=str(path))
        return path

    # ---------------------------------------------------------------- navigation

    def open_task(self, project_id: int, task_id: int) -> None:
        """Open one task's labeling screen and wait until its text is rendered."""
        self.page.goto(f"{self.url}/projects/{project_id}/data?task={task_id}")
        self.page.wait_for_selector(".lsf-htx-richtext .lsf-richtext__line")
        self.page.wait_for_selector(".lsf-outliner", state="attached")
        self._wait_for_highlights_to_settle()

    def _wait_for_highlights_to_settle(self, poll_ms: int = 150, timeout_ms: int = 8000) -> None:
        """Wait until the text's highlights stop changing: the regions of a
        pre-annotation are drawn one after the other, later on a busy machine (a fixed
        pause let a test read them half drawn under a full CI run)."""
        highlights = self.page.locator(".lsf-htx-richtext .htx-highlight")
        counts: list[int] = []
        waited = 0
        while waited < timeout_ms:
            counts.append(highlights.count())
            # Three equal counts in a row, 300 ms apart at least: drawn.
            if len(counts) >= 3 and counts[-1] == counts[-2] == counts[-3]:
                return
            self.page.wait_for_timeout(poll_ms)
            waited += poll_ms

    # ---------------------------------------------------------------- reading

    def labels(self) -> dict[str, str]:
        """Each label shown above the text and the hotkey printed on it."""
        shown: dict[str, str] = {}
        for label in self.page.locator(".lsf-label").all():
            text = label.locator(".lsf-label__text")
            if not text.count():
                continue
            key = label.locator(".lsf-label__hotkey")
            shown[text.inner_text().strip()] = key.inner_text().strip() if key.count() else ""
        return shown

    def selected_labels(self) -> list[str]:
        """The labels currently selected for the next span."""
        return [
            t.strip()
            for t in self.page.locator(".lsf-label_selected .lsf-label__text").all_inner_texts()
        ]

    def _rendered_items(self) -> list[Item]:
        out = []
        for text in self.page.locator(".lsf-outliner-item").all_inner_texts():
            parts = [p.strip() for p in text.split("\n") if p.strip()]
            if len(parts) > 3 and SCORE.match(parts[-1]):
                parts.pop()  # a pre-annotated region shows its score last
            if len(parts) >= 3:
                out.append(Item(parts[0], parts[1], " ".join(parts[2:])))
        return out

    def _scroll_outliner(self, pixels: int) -> bool:
        """Wheel over the outliner (a virtual list); False when it did not move."""
        holder = self.page.locator(".lsf-outliner-tree .lsf-tree-list-holder")
        if not holder.count():
            return False
        before = self._rendered_items()
        holder.hover()
        self.page.mouse.wheel(0, pixels)
        self.page.wait_for_timeout(80)
        return self._rendered_items() != before

    def _outliner_step(self) -> int:
        """A wheel step that shows new items without skipping any: most of the list's height."""
        height = self.page.evaluate(
            "() => document.querySelector('.lsf-outliner-tree .lsf-tree-list-holder')"
            "?.clientHeight || 0"
        )
        return max(int(height * 0.75), 80)

    def items(self) -> list[Item]:
        """All regions of the outliner, in its order (it renders only what fits, so scroll)."""
        self._scroll_outliner(-1_000_000)
        seen = self._rendered_items()
        step = self._outliner_step()
        while self._scroll_outliner(step):
            seen += [item for item in self._rendered_items() if item not in seen]
        self._scroll_outliner(-1_000_000)
        return seen

    def visible_controls(self) -> list[str]:
        """Headers of the controls shown right now (per-region and document ones)."""
        controls: list[str] = self.page.evaluate(_CONTROLS_JS)
        return controls

    def control(self, header: str) -> Any:
        """The control right after the header ``header``."""
        is_control = "contains(@class,'lsf-choices') or contains(@class,'lsf-text-area')"
        return self.page.locator(
            f"xpath=//div[contains(@class,'lsf-main-view')]//h4[normalize-space()={_xq(header)}]"
            f"/following-sibling::*[{is_control}][1]"
            f"[preceding-sibling::h4[1][normalize-space()={_xq(header)}]]"
        )

    def choice_values(self, header: str) -> list[str]:
        """The values a Choices control offers."""
        names = self.control(header).locator("input").evaluate_all("els => els.map(e => e.name)")
        return [str(n) for n in names]

    def checked(self, header: str) -> list[str]:
        """The values ticked in a Choices control."""
        names = (
            self.control(header)
            .locator("input:checked")
            .evaluate_all("els => els.map(e => e.name)")
        )
        return [str(n) for n in names]

    def highlights(self) -> list[dict[str, str]]:
        """The highlighted spans in the text: label, and text shown."""
        found: list[dict[str, str]] = self.page.evaluate(
            """() => [...document.querySelectorAll('.lsf-htx-richtext .htx-highlight')].map(
                 e => ({label: e.dataset.label || '', text: e.innerText}))"""
        )
        return found

    # ---------------------------------------------------------------- gestures

    def press(self, key: str) -> None:
        """Press a key on the page (a hotkey)."""
        self.page.keyboard.press(key)
        self.page.wait_for_timeout(100)

    def escape(self) -> None:
        """Unselect the region (and leave relation mode)."""
        self.page.keyboard.press("Escape")
        self.page.wait_for_timeout(60)

    def _region_count(self) -> int:
        count: int = self.page.evaluate(_REGION_COUNT_JS)
        return count

    def label_span(self, hotkey: str, needle: str, nth: int = 0) -> list[str]:
        """Pick a label by its hotkey, then select ``needle`` (its nth occurrence) in the text.

        Waits for the key to pick a label and for the region to exist (the screen can be
        slow on a loaded machine). Returns the labels the hotkey picked.
        """
        self.escape()
        before = self._region_count()
        self.press(hotkey)
        self.page.wait_for_selector(".lsf-label_selected")
        picked = self.selected_labels()
        self.page.evaluate(_SELECT_JS, [needle, nth])
        self.page.wait_for_function(f"() => ({_REGION_COUNT_JS})() > {before}")
        return picked

    def _item(self, label: str, text: str) -> Any:
        """The outliner item of a region, brought into the rendered part of the list."""
        found = self.page.evaluate_handle(_FIND_ITEM_JS, [label, text, SCORE.pattern]).as_element()
        if found is not None:
            return found
        self._scroll_outliner(-1_000_000)
        step = self._outliner_step()
        while True:
            found = self.page.evaluate_handle(
                _FIND_ITEM_JS, [label, text, SCORE.pattern]
            ).as_element()
            if found is not None:
                return found
            if not self._scroll_outliner(step):
                raise AssertionError(f"no region {label} {text!r} in the outliner")

    def index_of(self, label: str, text: str) -> str:
        """The outliner index of a region (what the Relations panel shows)."""
        first_line = self._item(label, text).inner_text().strip().split("\n")[0]
        return first_line.strip()

    def select(self, label: str, text: str) -> None:
        """Select a region in the outliner (unless it is selected already).

        With several regions of the same label and text, the first one shown is taken.
        """
        for _ in range(3):
            if self.selected() == (label, text):
                return
            self._item(label, text).click()  # found again: the list re-renders
            self.page.wait_for_timeout(200)
        raise AssertionError(f"region {label} {text!r} could not be selected")

    def select_region(self, region_id: str) -> None:
        """Select the region with this result id, as clicking its span in the text does.

        For a region whose label and text repeat (a country named nine times): the
        annotator clicks the one in the sentence at hand; the outliner cannot tell them apart.
        """
        found = self.page.evaluate(
            """(id) => { const a = window.Htx.annotationStore.selected;
                const r = a.regionStore.regions.find(
                    r => r.cleanId === id || String(r.id).split('#')[0] === id);
                if (!r) return false; a.selectArea(r); return true; }""",
            region_id,
        )
        assert found, f"no region {region_id} on the screen"
        self.page.wait_for_timeout(200)

    def selected(self) -> tuple[str, str] | None:
        """Label and text of the selected region (what the Info panel shows), or None."""
        found = self.page.evaluate(
            """() => { const n = window.Htx.annotationStore.selected.highlightedNode;
                       return n ? [(n.labels || []).join(', '), n.text] : null; }"""
        )
        return (str(found[0]), str(found[1])) if found else None

    def relabel(self, label: str) -> None:
        """Give the selected region another label by clicking it (a correction)."""
        text = self.page.locator(".lsf-label__text", has_text=re.compile(f"^{re.escape(label)}$"))
        self.page.locator(".lsf-label").filter(has=text).first.click()
        self.page.wait_for_timeout(200)

    def delete_selected(self) -> None:
        """Delete the selected region (Backspace), with its attributes and relations."""
        self.press("Backspace")
        self.page.wait_for_timeout(150)

    def choose(self, header: str, value: str) -> None:
        """Tick ``value`` in the control under ``header``."""
        box = self.control(header).locator(f"input[name={_css_string(value)}]")
        box.click()
        self.page.wait_for_timeout(100)

    def type_text(self, header: str, text: str) -> None:
        """Type a value into the one-line text field under ``header`` and submit it."""
        field_ = self.control(header).locator("input, textarea").first
        field_.fill(text)
        field_.press("Enter")
        self.page.wait_for_timeout(200)

    def relate(self, source: tuple[str, str], target: tuple[str, str]) -> None:
        """Draw a relation from the source region to the target region."""
        self.select(*source)
        self.page.locator('button[aria-label="Create Relation"]').click()
        self._item(*target).click()
        self.page.wait_for_timeout(250)

    def _tab(self, name: str) -> None:
        """Show a tab of the side panel (Regions, Relations)."""
        tab = self.page.locator(".lsf-panel-tabs__tab:visible").filter(
            has_text=re.compile(f"^{name}$")
        )
        tab.first.click()
        self.page.wait_for_timeout(150)

    def _relation(self, source_index: str, target_index: str) -> Any:
        for rel in self.page.locator(".lsf-relations__item").all():
            indexes = rel.locator(".lsf-detailed-region__index_value").all_inner_texts()
            if [i.strip() for i in indexes] == [source_index, target_index]:
                return rel
        raise AssertionError(f"no relation {source_index} -> {target_index} in the panel")

    def _open_roles(self, source: tuple[str, str], target: tuple[str, str]) -> Any:
        indexes = self.index_of(*source), self.index_of(*target)  # from the Regions tab
        self._tab("Relations")
        rel = self._relation(*indexes)
        rel.hover()
        show = rel.locator('button[aria-label="Show Relation Labels"]')
        if show.count():
            show.click()
        rel.locator(".lsf-relation-meta button[data-testid^=select-trigger]").click()
        return self.page.get_by_role("dialog")

    def roles_offered(self, source: tuple[str, str], target: tuple[str, str]) -> list[str]:
        """The role labels the relation's label menu offers."""
        dialog = self._open_roles(source, target)
        texts = [t.strip() for t in dialog.locator("[role=option]").all_inner_texts()]
        if not texts:
            texts = [t.strip() for t in dialog.locator("label, li").all_inner_texts()]
        self.page.keyboard.press("Escape")
        self.page.wait_for_timeout(150)
        self._tab("Regions")
        return [t for t in texts if t]

    def give_role(self, source: tuple[str, str], target: tuple[str, str], role: str) -> None:
        """Label the relation between two regions with a role."""
        dialog = self._open_roles(source, target)
        dialog.get_by_text(role, exact=True).click()
        self.page.keyboard.press("Escape")
        self.page.wait_for_timeout(150)
        self._tab("Regions")

    def open_instructions(self) -> str:
        """Open the project instructions from the header; return their text and close them."""
        self.page.get_by_role("button", name="Instructions").click()
        modal = self.page.locator(".lsf-modal-ls_visible .lsf-modal-ls__body")
        modal.wait_for()
        text = str(modal.inner_text())
        self.shot("instructions")
        self.page.keyboard.press("Escape")
        return text

    def serialized(self) -> list[dict[str, Any]]:
        """The result the frontend would submit now (what the annotator has made)."""
        raw = self.page.evaluate(
            "() => JSON.stringify(window.Htx.annotationStore.selected.serializeAnnotation())"
        )
        result: list[dict[str, Any]] = json.loads(raw)
        return result

    def submit(self) -> None:
        """Submit the annotation and wait until the server has stored it."""
        with self.page.expect_response(
            lambda r: (
                r.request.method == "POST"
                and re.search(r"/api/tasks/\d+/annotations", r.url) is not None
            )
        ) as response:
            self.page.get_by_role("button", name="Submit").click()
        assert response.value.status == 201, f"submit answered {response.value.status}"
        self.page.wait_for_timeout(300)


def artifacts_for(nodeid: str) -> Path:
    """A fresh artefact folder for one test: ``test-artifacts/browser/<test name>/``."""
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", nodeid.split("::")[-1])[:120]
    folder = ARTIFACTS / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _xq(text: str) -> str:
    """``text`` as an XPath string literal."""
    if "'" not in text:
        return f"'{text}'"
    return "concat('" + "', \"'\", '".join(text.split("'")) + "')"


def _css_string(text: str) -> str:
    """``text`` as a CSS attribute value."""
    return json.dumps(text)
