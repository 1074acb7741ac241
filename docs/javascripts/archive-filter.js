// The Briefings index's filters (generator/templates/briefings_index.md.j2): narrow the archive by
// topic, source and year. Progressive enhancement: the page lists every briefing without this
// script, and the form stays hidden until it runs. The page's URL keeps the choice
// (?topic=&source=&year=), so a filtered archive can be shared and reloaded.
(function () {
  "use strict";

  const FILTERS = ["topic", "source", "year"];

  // Does a briefing (its <li>'s data attributes) match the chosen values?
  function matches(item, chosen) {
    return (!chosen.topic || item.dataset.topics.split(" ").includes(chosen.topic))
      && (!chosen.source || item.dataset.source === chosen.source)
      && (!chosen.year || item.dataset.year === chosen.year);
  }

  function setUp() {
    const form = document.querySelector("form.archive-filter");
    if (!form || form.dataset.ready) return;
    form.dataset.ready = "true";
    const lists = Array.from(document.querySelectorAll("ul.briefing-archive"));
    const items = lists.flatMap((list) => Array.from(list.children));
    const status = form.querySelector(".archive-filter-status");
    const selects = Object.fromEntries(FILTERS.map((name) => [name, form.elements[name]]));

    function apply() {
      const chosen = Object.fromEntries(FILTERS.map((name) => [name, selects[name].value]));
      let shown = 0;
      for (const item of items) {
        item.hidden = !matches(item, chosen);
        if (!item.hidden) shown += 1;
      }
      // A month with nothing left goes, heading and all.
      for (const list of lists) {
        const empty = !Array.from(list.children).some((item) => !item.hidden);
        list.hidden = empty;
        const heading = list.previousElementSibling;
        if (heading && heading.tagName === "H2") heading.hidden = empty;
      }
      const filtered = FILTERS.some((name) => chosen[name]);
      status.textContent = filtered
        ? `${shown} of ${items.length} briefing${items.length === 1 ? "" : "s"} match.`
        : "";
      const url = new URL(window.location.href);
      for (const name of FILTERS) {
        if (chosen[name]) url.searchParams.set(name, chosen[name]);
        else url.searchParams.delete(name);
      }
      window.history.replaceState(window.history.state, "", url);
    }

    // The choice in the page's address, when it names an option that exists.
    const params = new URLSearchParams(window.location.search);
    for (const name of FILTERS) {
      const value = params.get(name);
      if (value && Array.from(selects[name].options).some((option) => option.value === value)) {
        selects[name].value = value;
      }
    }
    form.addEventListener("change", apply);
    form.addEventListener("submit", (event) => event.preventDefault());
    // "Show all" resets the selects; the change is seen once the reset is done.
    form.addEventListener("reset", () => window.setTimeout(apply, 0));
    form.hidden = false;
    apply();
  }

  // Material's instant navigation swaps pages without reloading: it announces each in document$.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setUp);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
