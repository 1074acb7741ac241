// The search page (overrides/search.html): queries Pagefind's chunked index in pagefind/, which
// the briefings plugin writes after each build. A query downloads only the index chunks of its
// words and the fragments of the results shown; the filter lists load when the filters open.
// The page's URL keeps the query and filters (?q=&section=&topic=&source=&year=), so a search
// can be shared, reloaded and reached from the header's and the home page's search boxes.
//
// On a phone on slow 4G every round trip costs about 400 ms, so the page spends them while the
// reader types: after each keystroke it fetches the index chunks of the words typed so far
// (Pagefind's preload) and then the first result's fragment, so that a submitted query finds
// both in Pagefind's cache. Results also show by themselves after a longer pause (search as you
// type), and the first result's fragment is always fetched before the others.
//
// Names first: pagefind/ is the engine with the index of the entity pages alone (people,
// organizations, places, topics, sources by name, alias and description: 34 KB at 1,000
// briefings, growing with the entity pages, not the briefings), pagefind/text/ the full text of
// every other page (generator/search.py). Until the full text is merged in, a query asks the
// names alone, so the first result of a name or a topic does not wait for the chunks of common
// words; then the full text is merged in (Pagefind's mergeIndex: the same engine, no second
// WebAssembly) and its results follow the best names. A page is in one bundle only.
//
// Newest first: the full text is split by age (generator/search.py). pagefind/text/ holds the
// newest briefings and every other page, pagefind/text-1/, text-2/, ... older briefings, listed
// newest first in pagefind/text/older.json. A query merges text/ alone, so a common phrase
// fetches the same chunks at 1,000 briefings as at 10,000; the next older bundle is merged when
// the reader asks for more results than the merged ones hold. Results already listed keep their
// places. Filters merge no more: their lists and counts come from pagefind/text/filters.json,
// which also says which filter values each bundle's pages have, so a filtered query merges the
// newest bundle that can answer it (a year lives in one or two) and skips the others.

const PAGE_SIZE = 10;
// A pause this long (ms) between keystrokes fetches the index chunks of the words typed so far.
const PRELOAD_PAUSE = 50;
// A pause this long shows the results without submitting. Until the full text has been merged
// in, those are the names alone, and a pause of FULL_PAUSE merges it: once merged, every query
// waits for the full text's chunks, so a reader typing at a steady pace keeps the names first
// for the query they submit.
const RESULTS_PAUSE = 400;
const FULL_PAUSE = 1200;
// The word being typed matches every word it begins as a prefix: at three letters ("con") that
// spans index chunks the finished word ("controls") does not need, which then hold up the one it
// does on a slow line. Its chunks are fetched from this many letters (finished words always, and
// words in scripts without spaces, which an input method hands over whole).
const PRELOAD_MIN_LETTERS = 5;
// Results as you type start from this many letters of the word being typed.
const RESULTS_MIN_LETTERS = 3;
const FILTERS = ["section", "topic", "source", "year"];
const SECTION_ORDER = ["Briefings", "People", "Organizations", "Places", "Topics", "Sources", "Pages"];
// The first query shows the entity pages that match about as well as the best one (a name or an
// alias, weighted 10, scores several times a quote or a description does), at most this many,
// before the full text is merged in; they keep their places at the top of its results (nothing
// the reader sees moves).
const NAMES_FIRST = 5;
const NAMES_SCORE = 0.5; // of the best name's score
// Words that reach every chunk of the names index (Pagefind's preload matches words as prefixes).
const WARM_UP = [..."abcdefghijklmnopqrstuvwxyz0123456789"].join(" ");

// This file is javascripts/search.js: the site's root is one folder up, under any sub-path.
const root = new URL("../", import.meta.url);

const form = document.querySelector("form[data-briefings-search]");
const input = form.querySelector("input[name=q]");
const details = form.querySelector("details");
const selects = Object.fromEntries(FILTERS.map((name) => [name, form.querySelector(`select[name=${name}]`)]));
const status = document.getElementById("briefings-search-status");
const list = document.querySelector(".briefings-search-results");
const moreRow = document.querySelector(".briefings-search-more-row");
const moreButton = moreRow.querySelector("button");

let pagefind = null;
let fullText = null; // the merge of the text bundle, once started
let older = null; // the older bundles' folders (pagefind/text/older.json), once asked for
const merged = new Set(); // those merged in
let olderLeft = false; // some older bundle that may answer the query on screen is not merged in yet
let filterInfo = null; // pagefind/text/filters.json, once asked for
let merging = Promise.resolve(); // the older bundles' merges, one after another
let lastQuery = null; // the term and filters of the results on screen
let results = [];
let shown = 0;
let filtersLoaded = null;
let searchId = 0; // the latest search; older ones drop their results
let preloadTimer = null;
let resultsTimer = null;
let fullTimer = null;

async function engine() {
  if (!pagefind) {
    pagefind = await import(new URL("pagefind/pagefind.js", root).href);
    await pagefind.options({ baseUrl: root.pathname, excerptLength: 24 });
  }
  return pagefind;
}

// The engine with the full text merged in. A site without a text bundle (a new project without
// entity pages has one bundle of everything) leaves a failed merge in the engine, which then
// fails every search: the engine is made again without it.
function withFullText() {
  fullText ??= (async () => {
    const pf = await engine();
    try {
      await pf.mergeIndex(new URL("pagefind/text/", root).pathname, { baseUrl: root.pathname, excerptLength: 24 });
    } catch (error) {
      console.warn(error);
      await pf.destroy();
      pagefind = null;
      await (await engine()).preload("");
    }
    return engine();
  })();
  older ??= fetch(new URL("pagefind/text/older.json", root))
    .then((response) => (response.ok ? response.json() : []))
    .catch(() => [])
    .then((list) => {
      olderLeft = list.length > 0;
      return list;
    });
  return fullText;
}

// The filter lists with their counts over every page, and each full-text bundle's filter values
// (generator/search.py); null on a site that has none (one bundle: Pagefind counts it whole).
function filterData() {
  filterInfo ??= fetch(new URL("pagefind/text/filters.json", root))
    .then((response) => (response.ok ? response.json() : null))
    .catch(() => null);
  return filterInfo;
}

// Whether a full-text bundle's pages have every chosen filter value (any, without filters.json).
function holds(info, bundle, filters) {
  const values = info && info.bundles && info.bundles[bundle];
  return !values || Object.entries(filters).every(([name, value]) => (values[name] || []).includes(value));
}

// The older bundles not merged yet that may hold results for `filters`, newest first.
async function olderFor(filters) {
  await withFullText();
  const list = await older;
  const info = Object.keys(filters).length ? await filterData() : null;
  return list.filter((bundle) => !merged.has(bundle) && holds(info, bundle, filters));
}

// Merges the next older bundle that may hold results for `filters` into the engine. Returns
// whether it merged one; `olderLeft` says whether another is left for them.
function mergeOlder(filters = {}) {
  const step = merging.then(async () => {
    const pf = await withFullText();
    const [next] = await olderFor(filters);
    if (next) {
      await pf.mergeIndex(new URL(`pagefind/${next}`, root).pathname, { baseUrl: root.pathname, excerptLength: 24 });
      merged.add(next);
    }
    olderLeft = (await olderFor(filters)).length > 0;
    return Boolean(next);
  });
  merging = step.catch(() => false);
  return step;
}

// The engine for a query with `filters`: the full text's newest bundle, and when no merged
// bundle has the chosen values (a year of older briefings), the newest one that has them.
async function engineFor(filters) {
  const pf = await withFullText();
  const info = Object.keys(filters).length ? await filterData() : null;
  if (info && ![...merged, "text/"].some((bundle) => holds(info, bundle, filters))) await mergeOlder(filters);
  await merging;
  olderLeft = (await olderFor(filters)).length > 0;
  return pf;
}

// Text only, with Pagefind's <mark> highlights kept: excerpts come from seed text, which is data.
function excerptNodes(html) {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, "text/html").body;
  const out = document.createDocumentFragment();
  for (const node of parsed.firstChild ? parsed.firstChild.childNodes : []) {
    if (node.nodeName === "MARK") {
      const mark = document.createElement("mark");
      mark.textContent = node.textContent;
      out.append(mark);
    } else {
      out.append(document.createTextNode(node.textContent));
    }
  }
  return out;
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  node.className = className;
  if (text) node.textContent = text;
  return node;
}

function resultItem(data) {
  const meta = data.meta || {};
  const item = element("li", "briefings-search-result");
  if (meta.kind) item.append(element("p", "briefings-search-result__kind", meta.kind));
  const heading = element("p", "briefings-search-result__title");
  const link = element("a", "", meta.title || data.url);
  link.href = data.url;
  heading.append(link);
  item.append(heading);
  const facts = [meta.date, meta.source].filter(Boolean).join(" · ");
  if (facts) item.append(element("p", "briefings-search-result__meta", facts));
  const excerpt = element("p", "briefings-search-result__excerpt");
  excerpt.append(excerptNodes(data.excerpt || ""));
  item.append(excerpt);
  return item;
}

function chosenFilters() {
  const chosen = {};
  for (const name of FILTERS) if (selects[name].value) chosen[name] = selects[name].value;
  return chosen;
}

function keepInAddress(term, filters) {
  const params = new URLSearchParams();
  if (term) params.set("q", term);
  for (const [name, value] of Object.entries(filters)) params.set(name, value);
  const query = params.toString();
  history.replaceState(history.state, "", query ? `?${query}` : location.pathname);
}

// Pagefind answers a word that is not in an index with the longest prefix of it that is
// ("Huang" finds "Huawei" through "hua"), and it decides so for each merged bundle alone: a
// bundle of older briefings without the word would bring such pages in. Pagefind matches a word
// when the stem of one of its parts begins with the query word's stem (English stemming:
// "policies" and "policy" are "polici"); a fallback matches a shorter stem. So a result is left
// out when a word its excerpt highlights has no part that shares at least the query word's stem
// with a query word. The stem is not known here (Pagefind stems inside its WebAssembly), so it
// is taken at its shortest, as English (Snowball) stemming could leave it: a plural's or a verb's
// ending off ("-s", "-ies", "-ed", "-ing"), then any ending its later steps take off, again and
// again, but only past the word's first syllable (its "R1", where those steps work: "state"
// keeps "stat", "generalizations" goes to "gen"), and a doubled last letter counts once
// ("hopping" → "hop"). A real match is not left out; a fallback prefix as long as that is kept
// (it is nearly the word). Highlighted text is the text as the reader sees it (Pagefind's
// excerpt is escaped HTML: "&lt;b&gt;Raw" is "<b>Raw"), and a highlighted word is the whole run
// between spaces, whose parts Pagefind indexed one by one ("onclick="alert('block')">" holds
// "block"). Compared without case, accents and punctuation ("U.S.", "Jen-Hsun" are two words
// each, as Pagefind indexes them); queries in scripts without spaces are not checked.
const INFLECTIONS = ["ingly", "edly", "ings", "ing", "ied", "ies", "ed", "es", "s"];
// Endings taken off past R1 (Snowball's steps 2, 3 and 5, with "y" as step 1 leaves it "i")
// and past R2, R1 of what follows R1 (step 4).
const ending = (list) => new RegExp(`^(?:${list.join("|")})$`);
const R1_ENDINGS = ending(["izations?", "isations?", "ational", "tional", "ations?", "ators?", "alize", "icate", "iciti",
  "ative", "fulness", "ousness", "iveness", "alism", "ness", "enci", "anci", "abli", "bli", "entli", "ousli", "fulli",
  "lessli", "alli", "aliti", "iviti", "biliti", "ogi", "ical", "ful", "izer", "li", "ly", "y", "e", "i"]);
const R2_ENDINGS = ending(["al", "ances?", "ences?", "ers?", "ic", "able", "ible", "ant", "ements?", "ments?", "ent",
  "isms?", "ate", "iti", "ities", "ity", "ous", "ives?", "ize", "ise", "ions?", "e"]);

// Where R1 starts: after the first consonant that follows a vowel (the whole word if none).
function regionAfter(word, from) {
  const at = word.slice(from).search(/[aeiouy][^aeiouy]/);
  return at < 0 ? word.length : from + at + 2;
}

function stemFloor(word) {
  const r1 = regionAfter(word, 0);
  const r2 = regionAfter(word, r1);
  let stem = word;
  for (const end of INFLECTIONS) {
    if (stem.endsWith(end) && /[aeiouy]/.test(stem.slice(0, -end.length))) {
      stem = stem.slice(0, -end.length);
      break;
    }
  }
  for (let cut = r1; cut < stem.length; cut++) {
    if (R1_ENDINGS.test(stem.slice(cut)) || (cut >= r2 && R2_ENDINGS.test(stem.slice(cut)))) {
      stem = stem.slice(0, cut); // the longest ending past R1, then the ending of what is left
      cut = r1 - 1;
    }
  }
  const undoubled = /([^aeiouy])\1$/.test(stem) ? stem.length - 1 : stem.length;
  return Math.min(word.length, Math.max(2, undoubled));
}

function highlightsTheQuery(marks, term) {
  const parts = (text) => text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase()
    .split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (/[^\p{Script=Latin}\p{N}\p{P}\p{Z}\p{M}\p{S}]/u.test(term || "")) return true;
  const words = parts(term || "");
  if (!words.length) return true;
  const shared = (a, b) => {
    let n = 0;
    while (n < a.length && n < b.length && a[n] === b[n]) n++;
    return n;
  };
  return marks.every((mark) => parts(mark).some((part) => words.some((w) => shared(part, w) >= stemFloor(w))));
}

async function showMore({ focus = false, count = PAGE_SIZE } = {}) {
  const next = results.slice(shown, shown + count);
  shown += next.length;
  const batch = results;
  const term = lastQuery && lastQuery.term;
  const dropped = new Set();
  // The first result's fragment is fetched alone, so that on a slow line it does not share the
  // bandwidth with nine others; the rest are asked for together once it is on screen, and each
  // shows as soon as those before it have.
  let pending = next.slice(0, 1).map((r) => r.data());
  let focused = !focus;
  for (let index = 0; index < next.length; index++) {
    const data = await pending[index];
    if (batch !== results) return; // a newer query replaced these results
    if (index === 0) pending = pending.concat(next.slice(1).map((r) => r.data()));
    const node = resultItem(data);
    if (!highlightsTheQuery([...node.querySelectorAll("mark")].map((m) => m.textContent), term)) {
      dropped.add(next[index].id);
      continue;
    }
    list.append(node);
    if (!focused) node.querySelector("a").focus();
    focused = true;
  }
  if (dropped.size) {
    results = results.filter((r) => !dropped.has(r.id));
    shown -= dropped.size;
  }
  moreRow.hidden = shown >= results.length && !olderLeft;
}

// "Show more results": the next page of the merged results; when fewer than a page are left,
// older bundles are merged in first (one at a time, until a page is full or none is left), and
// their results go after those already found, so nothing listed moves.
async function showMoreOrOlder() {
  const id = searchId;
  const query = lastQuery;
  moreButton.disabled = true;
  try {
    while (query && results.length - shown < PAGE_SIZE && olderLeft) {
      if (!(await mergeOlder(query.filters))) break;
      if (id !== searchId) return;
      const found = await (await withFullText()).search(query.term || null, { filters: query.filters });
      if (id !== searchId) return;
      const known = new Set(results.map((r) => r.id));
      results = results.concat(found.results.filter((r) => !known.has(r.id)));
    }
    await showMore({ focus: true });
    if (query) status.textContent = describe(results.length, query.term, query.filters);
  } catch (error) {
    status.textContent = "Search is not available: its index could not be loaded.";
    console.warn(error);
  } finally {
    moreButton.disabled = false;
  }
}

function describe(count, term, filters) {
  const what = term ? ` for “${term}”` : "";
  const narrowed = Object.values(filters).length ? ` in ${Object.values(filters).join(", ")}` : "";
  const sofar = olderLeft ? " in the newer briefings and the other pages; older briefings are searched when you ask for more" : "";
  if (!count) return `No results${what}${narrowed}${sofar}.`;
  return `${count} result${count === 1 ? "" : "s"}${what}${narrowed}${sofar}.`;
}

// The words of what the reader is typing whose index chunks are worth fetching already: the
// finished ones, and the one being typed once it has `letters` letters.
function typedWords(value, letters) {
  const words = value.trimStart().split(/\s+/);
  const last = words.pop(); // "" when the reader has just typed a space
  if (last.length >= letters || /[^\p{Script=Latin}\p{N}\p{P}]/u.test(last)) words.push(last);
  return words.join(" ");
}

async function search({ namesOnly = false } = {}) {
  clearTimeout(preloadTimer);
  clearTimeout(resultsTimer);
  if (!namesOnly) clearTimeout(fullTimer);
  const id = ++searchId;
  const term = input.value.trim();
  const filters = chosenFilters();
  keepInAddress(term, filters);
  lastQuery = { term, filters };
  if (!term && !Object.keys(filters).length) {
    list.replaceChildren();
    moreRow.hidden = true;
    status.textContent = "";
    return;
  }
  try {
    let first = [];
    if (!fullText && term && !Object.keys(filters).length) {
      // Before the full text is merged in: the best names at once, from the small bundle alone.
      const names = await (await engine()).search(term);
      if (id !== searchId) return;
      const best = names.results.length ? names.results[0].score : 0;
      first = names.results.filter((r) => r.score >= best * NAMES_SCORE).slice(0, NAMES_FIRST);
      results = first;
      shown = 0;
      list.replaceChildren();
      moreRow.hidden = true;
      status.textContent = "";
      await showMore();
      if (id !== searchId || namesOnly) return;
      first = results.slice(0, shown);
    }
    const pf = await engineFor(filters);
    const found = await pf.search(term || null, { filters });
    if (id !== searchId) return; // a newer query is on its way
    const top = new Set(first.map((r) => r.id));
    results = first.concat(found.results.filter((r) => !top.has(r.id)));
    shown = first.length;
    if (!first.length) list.replaceChildren();
    moreRow.hidden = true;
    await showMore({ count: PAGE_SIZE - shown });
    status.textContent = describe(results.length, term, filters);
  } catch (error) {
    status.textContent = "Search is not available: its index could not be loaded.";
    console.warn(error);
  }
}

// The filter lists, with how many pages each value has; loaded once, when first wanted.
function loadFilters() {
  filtersLoaded ??= (async () => {
    // From filters.json: merging every bundle to have Pagefind count would fetch each one's
    // table of contents and filter index. A site of one bundle has Pagefind count it.
    const info = await filterData();
    const available = info ? info.counts : await (await withFullText()).filters();
    for (const name of FILTERS) {
      const select = selects[name];
      const counts = available[name] || {};
      let values = Object.keys(counts);
      if (name === "section") values.sort((a, b) => SECTION_ORDER.indexOf(a) - SECTION_ORDER.indexOf(b));
      else if (name === "year") values.sort().reverse();
      else values.sort((a, b) => a.localeCompare(b));
      const current = select.value;
      const chosen = select.selectedOptions[0];
      if (current) chosen.remove();
      for (const value of values) {
        select.append(new Option(`${value} (${counts[value]})`, value, false, value === current));
      }
    }
  })();
  return filtersLoaded;
}

// Wiring

const params = new URLSearchParams(location.search);
input.value = params.get("q") || "";
for (const name of FILTERS) {
  const value = params.get(name);
  if (value) {
    // Chosen before the lists load: the option is there from the start.
    selects[name].append(new Option(value, value, true, true));
    details.open = true;
  }
}

// Fetches what a search for `words` needs before it is submitted: the index chunks, and when
// `whole` (they are all the reader has typed) the first result's fragment, the one thing a
// submitted search would still wait for. Both stay in Pagefind's cache for the search itself.
async function fetchAhead(words, whole) {
  const id = searchId;
  const filters = chosenFilters();
  try {
    // Before the first query, the names alone (the full text is merged in by the query).
    const pf = fullText ? await fullText : await engine();
    await pf.preload(words, { filters });
    if (!whole || id !== searchId) return; // the reader typed on
    const found = await pf.search(words, { filters });
    if (found.results.length && id === searchId) await found.results[0].data();
  } catch (error) {
    console.warn(error); // the submitted search reports what went wrong
  }
}

// While the reader types: the index chunks after a short pause, the results after a longer one.
function typed() {
  ++searchId; // results of an earlier query no longer apply
  clearTimeout(preloadTimer);
  clearTimeout(resultsTimer);
  clearTimeout(fullTimer);
  const value = input.value;
  if (!value.trim()) {
    search();
    return;
  }
  const ahead = typedWords(value, PRELOAD_MIN_LETTERS);
  if (ahead) preloadTimer = setTimeout(() => fetchAhead(ahead, ahead === value.trim()), PRELOAD_PAUSE);
  if (typedWords(value, RESULTS_MIN_LETTERS) === value.trim()) {
    resultsTimer = setTimeout(() => search({ namesOnly: !fullText }), RESULTS_PAUSE);
    if (!fullText) fullTimer = setTimeout(search, FULL_PAUSE);
  }
}

form.addEventListener("submit", (event) => {
  event.preventDefault();
  search();
});
input.addEventListener("input", typed);
for (const select of Object.values(selects)) select.addEventListener("change", () => search());
details.addEventListener("toggle", () => {
  if (details.open) loadFilters();
});
moreButton.addEventListener("click", showMoreOrOlder);

if (input.value || Object.keys(chosenFilters()).length) {
  search();
} else {
  input.focus();
  // Nobody comes to this page but to search: fetch the engine (its WebAssembly and the names
  // index's table of contents) while the reader types. Pagefind's init() returns before the
  // engine has loaded; an empty query fetches nothing more but waits for it, so the form is
  // marked ready (for tests and the benchmark) once a query needs nothing but the index. Then
  // the names index itself, which grows with the entity pages, not the briefings (34 KB in 3
  // chunks at 1,000 briefings): a pasted name or topic then waits for its excerpt alone. Words
  // from every letter and digit reach every chunk that holds a Latin word; Chinese names sort
  // after "z", in the last of them (a chunk of Chinese words alone would come with its query).
  engine()
    .then((pf) => pf.preload(""))
    .then(() => { form.dataset.ready = ""; })
    .then(() => (fullText ? null : engine().then((pf) => pf.preload(WARM_UP))))
    .catch(() => {});
}
if (details.open) loadFilters();
