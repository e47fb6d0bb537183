// The search page's results, from the index the build wrote with Pagefind: the page's only script
// that loads another (Pagefind's, from the site itself), and the only one its policy allows to.
(() => {
  const root = document.querySelector('[data-search]');
  if (!root) return;
  const strings = JSON.parse(root.dataset.strings);
  const input = root.querySelector('input[type="search"]');
  const status = root.querySelector('[data-search-status]');
  const list = root.querySelector('[data-search-results]');
  const more = root.querySelector('[data-search-more]');
  const filterBox = root.querySelector('[data-search-filters]');
  const failed = document.querySelector('[data-search-failed]');
  const KINDS = ['paper', 'post', 'project', 'talk', 'news', 'page'];
  const FILTERS = ['kind', 'year'];
  const PAGE_SIZE = 10;

  const address = new URLSearchParams(location.search);
  input.value = address.get('q') ?? '';
  const chosen = Object.fromEntries(FILTERS.map((name) => [name, new Set(address.getAll(name))]));
  const fill = (template, values) =>
    template.replace(/\{(\w+)\}/g, (hole, key) => String(values[key] ?? hole));
  const kindLabel = (kind) => strings.kinds[kind] ?? kind;

  // `/` comes back to the field from anywhere on the page but another field.
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target;
    if (
      target instanceof HTMLElement &&
      (target.closest('input, textarea, select') || target.isContentEditable)
    )
      return;
    event.preventDefault();
    input.focus();
    input.select();
  });

  /** The query and the filters in the address, so that a search can be linked and survives a reload. */
  function keepInAddress(query) {
    const params = new URLSearchParams();
    if (query) params.set('q', query);
    for (const name of FILTERS) for (const value of chosen[name]) params.append(name, value);
    const search = params.toString();
    history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
  }

  /** Pagefind's excerpt marks the match with <mark>: only that element is kept, the rest is text. */
  function excerpt(html) {
    const paragraph = document.createElement('p');
    paragraph.className = 'excerpt';
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    for (const node of parsed.body.childNodes) {
      if (node.nodeName === 'MARK') {
        const mark = document.createElement('mark');
        mark.textContent = node.textContent;
        paragraph.append(mark);
      } else paragraph.append(node.textContent ?? '');
    }
    return paragraph;
  }

  function resultItem(data) {
    const item = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.meta.title || data.url;
    heading.append(link);
    const about = document.createElement('p');
    about.className = 'about';
    const kind = document.createElement('span');
    kind.className = 'kind';
    kind.textContent = kindLabel(data.meta.kind ?? 'page');
    about.append(kind);
    if (data.meta.byline) about.append(` · ${data.meta.byline}`);
    item.append(heading, about, excerpt(data.excerpt));
    return item;
  }

  let pagefind;
  let results = [];
  let shown = 0;
  let generation = 0;

  async function showMore(run) {
    const next = results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(next.map((result) => result.data()));
    if (run !== generation) return undefined;
    const items = data.map(resultItem);
    list.append(...items);
    shown += next.length;
    more.hidden = shown >= results.length;
    return items[0];
  }

  async function search() {
    const run = ++generation;
    const query = input.value.trim();
    keepInAddress(query);
    if (!query) {
      results = [];
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      return;
    }
    const filters = {};
    for (const name of FILTERS)
      if (chosen[name].size > 0) filters[name] = { any: [...chosen[name]] };
    const response = await pagefind.search(query, { filters });
    if (run !== generation) return;
    results = response.results;
    shown = 0;
    list.replaceChildren();
    await showMore(run);
    if (run !== generation) return;
    // Said once the list is there: a screen reader hears the count, then finds the results.
    const count = results.length;
    status.textContent = fill(
      count === 0 ? strings.none : count === 1 ? strings.one : strings.other,
      { count, query },
    );
  }

  function filterGroup(name, counts) {
    const values = Object.keys(counts).sort((a, b) =>
      name === 'kind' ? KINDS.indexOf(a) - KINDS.indexOf(b) : b.localeCompare(a),
    );
    if (values.length < 2) return [];
    const fieldset = document.createElement('fieldset');
    const legend = document.createElement('legend');
    legend.textContent = strings[name];
    fieldset.append(legend);
    for (const value of values) {
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.name = name;
      box.value = value;
      box.checked = chosen[name].has(value);
      box.addEventListener('change', () => {
        if (box.checked) chosen[name].add(value);
        else chosen[name].delete(value);
        search();
      });
      label.append(box, name === 'kind' ? kindLabel(value) : value);
      fieldset.append(label);
    }
    return [fieldset];
  }

  document.querySelector('[data-search-without]').hidden = true;
  root.hidden = false;
  import(root.dataset.bundle)
    .then(async (module) => {
      pagefind = module;
      await pagefind.init();
      const available = await pagefind.filters();
      filterBox.replaceChildren(
        ...FILTERS.flatMap((name) => filterGroup(name, available[name] ?? {})),
      );
      let timer;
      input.addEventListener('input', () => {
        clearTimeout(timer);
        timer = setTimeout(search, 150);
      });
      more.addEventListener('click', async () => {
        // The first new result takes the focus: a keyboard user goes on where the list grew.
        const first = await showMore(generation);
        first?.querySelector('a')?.focus();
      });
      if (input.value.trim() || Object.values(chosen).some((set) => set.size > 0)) await search();
    })
    .catch(() => {
      root.hidden = true;
      failed.hidden = false;
    });
})();
