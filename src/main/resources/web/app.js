/*
 * Parley's search page and permalink page, enhanced. Without this file both pages work as
 * server-rendered HTML and plain GET forms; with it, the page searches through the JSON API,
 * keeps its state in the URL, suggests as you type, draws the trend chart, opens hits in context
 * and copies citations. Everything is built with DOM APIs: server strings become text nodes, and
 * highlights become <mark> elements split from the escaped passage, never parsed as HTML.
 */
(() => {
  'use strict';

  const $ = (selector, root = document) => root.querySelector(selector);
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const PAGE_SIZE = 10;
  const CONTEXT = 3;
  const FILTERS = ['speaker', 'topic', 'role'];
  const STATE_KEYS = ['q', 'speaker', 'topic', 'role', 'from', 'to', 'in', 'sort', 'page'];

  // ---- DOM helpers -------------------------------------------------------------------------

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    setAttrs(node, attrs);
    node.append(...children.filter((c) => c !== null && c !== undefined));
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS(SVG_NS, tag);
    setAttrs(node, attrs);
    node.append(...children);
    return node;
  }

  function setAttrs(node, attrs) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v === true ? '' : String(v));
    }
  }

  const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  const decode = (s) => s.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]);

  /** Appends an escaped highlight ("a <mark>b</mark> c") as text nodes and <mark> elements. */
  function appendHighlight(parent, html) {
    String(html || '').split('<mark>').forEach((chunk, i) => {
      const end = i === 0 ? -1 : chunk.indexOf('</mark>');
      if (end >= 0) {
        parent.append(el('mark', null, decode(chunk.slice(0, end))));
        chunk = chunk.slice(end + 7);
      }
      parent.append(decode(chunk.split('</mark>').join('')));
    });
  }

  const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC',
  });
  const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const SHORT_MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

  function formatDate(iso) {
    const d = new Date(iso + 'T00:00:00Z');
    return isNaN(d) ? String(iso || '') : LONG_DATE.format(d);
  }

  const truncate = (s, n) => (s.length > n ? s.slice(0, n - 1).trimEnd() + '…' : s);
  const plural = (n, one, many) => n.toLocaleString('en') + ' ' + (n === 1 ? one : many);
  const permalink = (id) => '/p/' + encodeURIComponent(id);
  const plainClick = (e) => e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

  async function getJson(url, signal) {
    const res = await fetch(url, { signal, headers: { Accept: 'application/json' } });
    let body = null;
    try {
      body = await res.json();
    } catch (e) {
      body = null;
    }
    return { ok: res.ok, body };
  }

  function errorMessage(body) {
    const error = body && body.error;
    return error && typeof error.message === 'string' ? error.message : 'Search failed. Please try again.';
  }

  // ---- Citations (both pages) --------------------------------------------------------------

  function notify(text) {
    const notice = $('#notice');
    if (notice) notice.textContent = text;
  }

  async function copyText(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch (e) {
      // Clipboard API refused (permissions, insecure context): the selection-based fallback.
      const area = el('textarea', { class: 'vh', readonly: true, 'aria-hidden': 'true' });
      area.value = text;
      document.body.append(area);
      area.select();
      let done = false;
      try {
        done = document.execCommand('copy');
      } catch (ignored) {
        done = false;
      }
      area.remove();
      return done;
    }
  }

  function copyButton(citation) {
    return el('button', { type: 'button', class: 'copy', 'data-citation': citation }, 'Copy citation');
  }

  document.addEventListener('click', async (e) => {
    const button = e.target.closest && e.target.closest('button.copy[data-citation]');
    if (!button) return;
    const ok = await copyText(button.dataset.citation);
    button.textContent = ok ? 'Copied' : 'Copy failed';
    notify(ok ? 'Citation copied to the clipboard.' : 'Could not copy the citation.');
    setTimeout(() => {
      button.textContent = 'Copy citation';
    }, 2000);
  });

  for (const button of document.querySelectorAll('button.copy[hidden]')) button.hidden = false;

  // ---- Combobox (APG list autocomplete, focus stays on the input) --------------------------

  /**
   * Wires suggestions to an input: fetch(query, signal) resolves to [{text, kind}] or null when
   * stale; accept(text) runs when an option is chosen.
   */
  function combobox(input, list, fetchOptions, accept) {
    let active = -1;
    let timer = 0;
    let seq = 0;
    let controller = null;
    let last = '';
    const options = () => Array.from(list.children);
    const isOpen = () => !list.hidden;

    function move(index) {
      active = index;
      options().forEach((o, i) => o.setAttribute('aria-selected', String(i === index)));
      const option = options()[index];
      if (option) {
        input.setAttribute('aria-activedescendant', option.id);
        option.scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }
    function open() {
      if (!options().length) return;
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
    }
    function close() {
      move(-1);
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
    }
    function cancel() {
      clearTimeout(timer);
      seq++;
      if (controller) controller.abort();
      controller = null;
    }
    function choose(option) {
      cancel();
      close();
      input.value = option.dataset.value;
      last = input.value.trim();
      accept(input.value);
    }
    async function run() {
      const q = input.value.trim();
      if (q.length < 2) {
        list.replaceChildren();
        close();
        return;
      }
      if (q === last) {
        open();
        return;
      }
      cancel();
      last = q;
      const mine = seq;
      controller = new AbortController();
      try {
        const suggestions = await fetchOptions(q, controller.signal);
        if (mine !== seq || !suggestions) return;
        list.replaceChildren(
          ...suggestions.map((s, i) =>
            el('li', { id: list.id + '-' + i, role: 'option', 'aria-selected': 'false', 'data-value': s.text },
              el('span', { class: 'text' }, s.text),
              s.kind ? el('span', { class: 'kind' }, s.kind) : null)),
        );
        move(-1);
        if (suggestions.length) open();
        else close();
      } catch (e) {
        if (mine === seq) close(); // suggestions are optional: a failure just hides them
      }
    }

    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(run, 150);
    });
    input.addEventListener('keydown', (e) => {
      if (e.isComposing || e.keyCode === 229) return;
      const count = options().length;
      switch (e.key) {
        case 'ArrowDown':
        case 'ArrowUp': {
          if (!count) return;
          e.preventDefault();
          const wasOpen = isOpen();
          open();
          if (e.altKey) return;
          const down = e.key === 'ArrowDown';
          if (!wasOpen) move(down ? 0 : count - 1);
          else if (down) move(active + 1 >= count ? 0 : active + 1);
          else move(active <= 0 ? count - 1 : active - 1);
          return;
        }
        case 'Enter':
          if (isOpen() && active >= 0) {
            e.preventDefault();
            choose(options()[active]);
          }
          return;
        case 'Escape':
          e.preventDefault();
          if (isOpen()) {
            cancel();
            close();
          } else {
            cancel();
            input.value = '';
            last = '';
            list.replaceChildren();
          }
          return;
        case 'Tab':
          cancel();
          close();
          return;
        case 'Home':
        case 'End':
        case 'ArrowLeft':
        case 'ArrowRight':
          move(-1);
          return;
        default:
      }
    });
    list.addEventListener('pointerdown', (e) => e.preventDefault()); // keep focus on the input
    list.addEventListener('click', (e) => {
      const option = e.target.closest('[role=option]');
      if (option) choose(option);
    });
    document.addEventListener('pointerdown', (e) => {
      if (!e.composedPath().includes(input) && !e.composedPath().includes(list)) close();
    });
    return {
      dismiss() {
        cancel();
        close();
        last = input.value.trim();
      },
    };
  }

  // ---- The search page ---------------------------------------------------------------------

  function initSearchPage() {
    const form = $('#search');
    const input = $('#q');
    const results = $('#results');
    const status = $('#status');
    const hits = $('#hits');
    const pager = $('#pager');
    const facetsBox = $('#facets');
    const trend = $('#trend');
    const tools = $('#tools');
    const intro = $('#intro');
    let seq = 0;
    let controller = null;
    let shown = { params: new URLSearchParams(), page: 1, total: 0 };

    for (const apply of document.querySelectorAll('.js-hide')) apply.hidden = true;

    // On a phone the filters fold under one line, so results come first on screen.
    const panel = $('.filter-panel');
    const narrow = window.matchMedia('(max-width: 760px)');
    const fold = () => {
      panel.open = !narrow.matches;
    };
    fold();
    narrow.addEventListener('change', fold);

    const suggest = combobox(
      input,
      $('#q-suggestions'),
      async (q, signal) => {
        const { ok, body } = await getJson('/api/suggest?' + new URLSearchParams({ q }), signal);
        return ok && body && Array.isArray(body.suggestions) ? body.suggestions : [];
      },
      () => submit(),
    );

    /** The search state in canonical order, empty values and defaults dropped. */
    function canonical(source) {
      const p = new URLSearchParams();
      for (const key of STATE_KEYS) {
        for (let value of source.getAll(key)) {
          value = String(value).trim();
          if (!value || (key === 'sort' && value === 'relevance') || (key === 'page' && value === '1')) continue;
          if (key === 'in' && value === 'all') continue;
          if (key === 'q' || key === 'from' || key === 'to' || key === 'in' || key === 'sort' || key === 'page') {
            p.set(key, value);
          } else if (!p.getAll(key).includes(value)) {
            p.append(key, value);
          }
        }
      }
      return p;
    }

    const fromForm = () => canonical(new FormData(form));
    const fromLocation = () => canonical(new URLSearchParams(location.search));
    const isSearch = (p) => ['q', 'from', 'to', ...FILTERS].some((k) => p.has(k));
    const pageUrl = (p) => (p.toString() ? '/?' + p : '/');

    function fillForm(p) {
      input.value = p.get('q') || '';
      $('#sort').value = p.get('sort') || 'relevance';
      $('#from').value = p.get('from') || '';
      $('#to').value = p.get('to') || '';
    }

    function submit() {
      const p = fromForm();
      p.delete('page');
      navigate(p);
    }

    function navigate(p) {
      history.pushState(null, '', pageUrl(p));
      run(p);
    }

    async function run(p) {
      suggest.dismiss();
      fillForm(p);
      if (!isSearch(p)) {
        clear();
        return;
      }
      seq++;
      const mine = seq;
      if (controller) controller.abort();
      controller = new AbortController();
      const api = new URLSearchParams(p);
      api.set('facets', 'speaker,topic,role,year,month');
      api.set('size', String(PAGE_SIZE));
      results.setAttribute('aria-busy', 'true');
      try {
        const { ok, body } = await getJson('/api/search?' + api, controller.signal);
        if (mine !== seq) return;
        if (ok && body) render(body, p);
        else fail(errorMessage(body));
      } catch (e) {
        if (mine === seq && e.name !== 'AbortError') fail('Search failed. Please try again.');
      } finally {
        if (mine === seq) results.removeAttribute('aria-busy');
      }
    }

    function clear() {
      seq++;
      if (controller) controller.abort();
      results.removeAttribute('aria-busy');
      document.title = 'Parley';
      status.textContent = '';
      status.classList.remove('error');
      hits.replaceChildren();
      pager.replaceChildren();
      facetsBox.replaceChildren();
      trend.replaceChildren();
      trend.hidden = true;
      tools.hidden = true;
      if (intro) intro.hidden = false;
    }

    function fail(message) {
      clear();
      if (intro) intro.hidden = true;
      status.textContent = message;
      status.classList.add('error');
    }

    function countText(body) {
      const total = Number(body.total) || 0;
      if (!total) return 'No results';
      const text = (body.total_relation === 'gte' ? 'More than ' : '') + plural(total, 'result', 'results');
      const all = body.all_terms_total;
      if (typeof all !== 'number' || all >= total) return text;
      if (all === 0) return text + ' with some of the words (none has them all)';
      // Relaxed matching: say how many have every word, since those come first (SearchPage.countText).
      return text + ': ' + all.toLocaleString('en') + ' with all words, then partial matches';
    }

    function render(body, p) {
      const q = p.get('q') || '';
      document.title = (q ? q + ' – ' : '') + 'Parley search';
      if (intro) intro.hidden = true;
      status.classList.remove('error');
      status.textContent = countText(body) + (q ? ' for “' + q + '”' : '');
      renderFacets(body.facets || {}, p);
      renderTrend(body.facets || {}, p);
      const list = Array.isArray(body.hits) ? body.hits : [];
      hits.replaceChildren(...list.map(hitItem));
      shown = { params: p, page: Number(body.page) || 1, total: Number(body.total) || 0 };
      renderTools(p, list.length > 0);
      renderPager();
    }

    function renderTools(p, any) {
      tools.hidden = !any;
      const exportParams = new URLSearchParams(p);
      exportParams.delete('page');
      for (const link of tools.querySelectorAll('a[data-format]')) {
        exportParams.set('format', link.dataset.format);
        link.href = '/api/export?' + exportParams;
      }
    }

    function renderPager() {
      const shownCount = hits.children.length;
      if (shownCount && shown.page * PAGE_SIZE < shown.total && shown.page * PAGE_SIZE < 10000) {
        pager.replaceChildren(el('button', { type: 'button', class: 'more' }, 'Load more results'));
      } else {
        pager.replaceChildren();
      }
    }

    pager.addEventListener('click', async (e) => {
      const button = e.target.closest('button.more');
      if (!button) return;
      button.disabled = true;
      button.textContent = 'Loading…';
      const mine = seq;
      const api = new URLSearchParams(shown.params);
      api.set('page', String(shown.page + 1));
      api.set('size', String(PAGE_SIZE));
      try {
        const { ok, body } = await getJson('/api/search?' + api);
        if (mine !== seq) return;
        if (!ok || !body) {
          fail(errorMessage(body));
          return;
        }
        const added = (body.hits || []).map(hitItem);
        hits.append(...added);
        shown.page = Number(body.page) || shown.page + 1;
        renderPager();
        status.textContent = 'Showing ' + hits.children.length.toLocaleString('en') + ' of ' + countText(body).toLowerCase();
        if (added[0]) added[0].focus();
      } catch (err) {
        if (mine === seq) fail('Search failed. Please try again.');
      }
    });

    /** Publisher, original link and attribution line (SearchPage.provenance builds the same). */
    function provenance(doc) {
      if (!doc.organisation && !doc.source && !doc.attribution) return null;
      const p = el('p', { class: 'source' });
      const parts = [];
      if (doc.organisation) parts.push(el('span', { class: 'org' }, doc.organisation));
      if (doc.date_precision === 'approximate') parts.push('date approximate');
      if (doc.source && /^https?:\/\//i.test(doc.source)) {
        parts.push(el('a', { href: doc.source, rel: 'noopener noreferrer external' }, 'Original'));
      }
      parts.forEach((part, i) => p.append(...(i ? [' · ', part] : [part])));
      if (doc.attribution) p.append(el('small', { class: 'attribution' }, doc.attribution));
      return p;
    }

    /** Which words a partial match has (SearchPage.matched builds the same). */
    function matchedLine(hit) {
      if (hit.all_terms !== false || !Array.isArray(hit.matched_terms)) return null;
      return el('p', { class: 'matched' }, 'Partial match: ' + hit.matched_terms.join(', '));
    }

    /** Under a question: who answered and how, linked in context (ExchangePanel.answer). */
    function answerLine(answer) {
      return el('p', { class: 'answer' }, 'Answered by ' + (answer.speaker || 'the podium') + ': ',
        el('q', null, answer.text || ''), ' ', el('a', { href: permalink(answer.id) }, 'Answer in context'));
    }

    function hitItem(hit) {
      const passage = el('p', { class: 'passage' });
      appendHighlight(passage, hit.highlight);
      const who = hit.speaker || hit.speaker_label || 'Unknown speaker';
      const meta = el('p', { class: 'meta' }, el('span', { class: 'speaker' }, who));
      if (hit.speaker_label && hit.speaker_label !== who) {
        meta.append(' ', el('span', { class: 'label' }, '(' + hit.speaker_label + ')'));
      }
      if (hit.outlet) meta.append(', ', el('span', { class: 'outlet' }, hit.outlet));
      meta.append(' · ', el('time', { datetime: hit.date }, formatDate(hit.date)));
      const doc = hit.doc || {};
      const title = el('p', { class: 'doc' },
        el('a', { href: permalink(hit.id) }, doc.title || 'Transcript'), ', para. ' + hit.paragraph);
      const item = el('li', { class: 'hit', tabindex: '-1', 'data-id': hit.id }, passage, meta, title);
      const source = provenance(doc);
      if (source) item.append(source);
      const matched = matchedLine(hit);
      if (matched) item.append(matched);
      const question = hit.question;
      if (question && question.text) {
        const asker = [question.speaker, question.outlet].filter(Boolean).join(', ');
        item.append(el('p', { class: 'question' },
          'In answer to ' + (asker || 'a question') + ': ', el('q', null, truncate(question.text, 240))));
      }
      if (hit.answer) item.append(answerLine(hit.answer));
      if (Array.isArray(hit.topics) && hit.topics.length) {
        item.append(el('ul', { class: 'topics', 'aria-label': 'Topics' }, ...hit.topics.map((t) => el('li', null, t))));
      }
      item.append(el('p', { class: 'actions' },
        el('a', { class: 'in-context', href: permalink(hit.id), 'data-id': hit.id }, 'In context'),
        ' ', copyButton(hit.citation || '')));
      return item;
    }

    // -- facets

    function renderFacets(facets, p) {
      const focused = document.activeElement;
      const refocus = facetsBox.contains(focused) && focused.name ? [focused.name, focused.value] : null;
      const groups = [['speaker', 'Speaker'], ['topic', 'Topic'], ['role', 'Role']].map(([name, label]) => {
        const selected = p.getAll(name);
        const buckets = (facets[name] || []).slice();
        for (const value of selected) {
          if (!buckets.some((b) => b.value === value)) buckets.push({ value, count: 0 });
        }
        if (!buckets.length) return null;
        return el('fieldset', { class: 'facet', 'data-facet': name }, el('legend', null, label),
          el('ul', null, ...buckets.map((b) => el('li', null, el('label', null,
            el('input', { type: 'checkbox', name, value: b.value, checked: selected.includes(b.value) }),
            ' ', el('span', { class: 'value' }, b.value), ' ',
            el('span', { class: 'count' }, Number(b.count).toLocaleString('en')))))));
      });
      const years = (facets.year || []).slice().sort((a, b) => (a.value < b.value ? -1 : 1));
      if (years.length) {
        groups.push(el('fieldset', { class: 'facet years', 'data-facet': 'year' }, el('legend', null, 'Year'),
          el('ul', null, ...years.map((y) => {
            const period = { from: y.value + '-01-01', to: y.value + '-12-31' };
            const current = p.get('from') === period.from && p.get('to') === period.to;
            return el('li', null, el('a', {
              href: pageUrl(withPeriod(p, period)), 'data-from': period.from, 'data-to': period.to,
              'aria-current': current ? 'true' : null,
            }, y.value, ' ', el('span', { class: 'count' }, Number(y.count).toLocaleString('en'))));
          }))));
      }
      const filtered = ['from', 'to', ...FILTERS].some((k) => p.has(k));
      if (filtered) {
        const keep = new URLSearchParams();
        if (p.has('q')) keep.set('q', p.get('q'));
        if (p.has('sort')) keep.set('sort', p.get('sort'));
        groups.unshift(el('p', { class: 'clear' }, el('a', { href: pageUrl(keep), 'data-clear': '' }, 'Clear filters')));
      }
      facetsBox.replaceChildren(...groups.filter(Boolean));
      if (refocus) {
        const again = Array.from(facetsBox.querySelectorAll('input')).find(
          (i) => i.name === refocus[0] && i.value === refocus[1]);
        if (again) again.focus();
      }
    }

    function withPeriod(p, period) {
      const next = new URLSearchParams(p);
      next.set('from', period.from);
      next.set('to', period.to);
      next.delete('page');
      return canonical(next);
    }

    // -- trend chart

    function renderTrend(facets, p) {
      const months = (facets.month || []).filter((m) => /^\d{4}-\d{2}$/.test(m.value) && m.count > 0);
      if (!months.length) {
        trend.hidden = true;
        trend.replaceChildren();
        return;
      }
      const counts = new Map(months.map((m) => [m.value, Number(m.count)]));
      const keys = months.map((m) => m.value).sort();
      const [y0, m0] = keys[0].split('-').map(Number);
      const [y1, m1] = keys[keys.length - 1].split('-').map(Number);
      const span = (y1 - y0) * 12 + (m1 - m0) + 1;
      const bars = [];
      if (span <= 36) {
        for (let i = 0; i < span; i++) {
          const y = y0 + Math.floor((m0 - 1 + i) / 12);
          const m = ((m0 - 1 + i) % 12) + 1;
          const key = y + '-' + String(m).padStart(2, '0');
          const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
          const date = new Date(Date.UTC(y, m - 1, 1));
          bars.push({
            label: MONTH.format(date), short: SHORT_MONTH.format(date), count: counts.get(key) || 0,
            from: key + '-01', to: key + '-' + String(last).padStart(2, '0'),
          });
        }
      } else {
        for (let y = y0; y <= y1; y++) {
          let count = 0;
          for (const [key, n] of counts) if (key.startsWith(y + '-')) count += n;
          bars.push({ label: String(y), short: String(y), count, from: y + '-01-01', to: y + '-12-31' });
        }
      }
      const unit = span <= 36 ? 'month' : 'year';
      const max = Math.max(...bars.map((b) => b.count));
      // Few periods stay narrow bars in the middle instead of stretching across the chart.
      const slots = Math.max(bars.length, 24);
      const offset = Math.floor((slots - bars.length) / 2);
      const W = 12;
      const H = 60;
      const chart = svg('svg', {
        viewBox: `0 0 ${slots * W} ${H}`, preserveAspectRatio: 'none', class: 'chart',
        role: 'group', 'aria-label': 'Hits per ' + unit + '; choose a bar to filter to that ' + unit,
      });
      bars.forEach((b, i) => {
        if (!b.count) return;
        const h = Math.max(2, Math.round((b.count / max) * (H - 2)));
        const x = (offset + i) * W;
        const text = b.label + ': ' + plural(b.count, 'hit', 'hits');
        chart.append(svg('a', {
          href: pageUrl(withPeriod(p, b)), 'data-from': b.from, 'data-to': b.to, 'aria-label': text, class: 'bar',
        }, svg('title', null, text),
        svg('rect', { class: 'target', x, y: 0, width: W, height: H }),
        svg('rect', { class: 'fill', x: x + 1.5, y: H - h, width: W - 3, height: h })));
      });
      const first = bars[0].short;
      const last = bars[bars.length - 1].short;
      trend.replaceChildren(
        el('figcaption', null, 'Hits per ' + unit),
        chart,
        bars.length < slots
          ? el('div', { class: 'axis centered', 'aria-hidden': 'true' },
            el('span', null, first === last ? first : first + ' – ' + last))
          : el('div', { class: 'axis', 'aria-hidden': 'true' }, el('span', null, first), el('span', null, last)),
      );
      trend.hidden = false;
    }

    // -- events

    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submit();
    });
    form.addEventListener('change', (e) => {
      if (e.target === input) return;
      submit();
    });
    document.addEventListener('click', (e) => {
      if (!plainClick(e)) return;
      const period = e.target.closest('a[data-from]');
      const clearLink = e.target.closest('a[data-clear]');
      const context = e.target.closest('a.in-context');
      if (period) {
        e.preventDefault();
        navigate(withPeriod(fromLocation(), { from: period.dataset.from, to: period.dataset.to }));
      } else if (clearLink) {
        e.preventDefault();
        navigate(canonical(new URL(clearLink.href).searchParams));
      } else if (context) {
        e.preventDefault();
        openContext(context.dataset.id);
      }
    });
    window.addEventListener('popstate', () => run(fromLocation()));

    const initial = $('#initial-results');
    const start = fromLocation();
    let data = null;
    if (initial) {
      try {
        data = JSON.parse(initial.textContent);
      } catch (e) {
        data = null;
      }
    }
    if (data && data.hits) {
      fillForm(start);
      render(data, start);
    } else if (isSearch(start) && !$('#status.error')) {
      run(start);
    }
  }

  // ---- In context: a paragraph with its neighbours in a modal dialog -----------------------

  let contextSeq = 0;

  function contextDialog() {
    let dialog = $('#context');
    if (dialog) return dialog;
    dialog = el('dialog', { id: 'context', class: 'context', 'aria-labelledby': 'context-title' },
      el('div', { class: 'context-body' },
        el('div', { class: 'context-head' },
          el('h2', { id: 'context-title' }, 'In context'),
          el('button', { type: 'button', class: 'close' }, 'Close')),
        el('div', { class: 'context-main' })));
    dialog.addEventListener('click', (e) => {
      if (e.target === dialog || e.target.closest('button.close')) dialog.close();
    });
    dialog.addEventListener('close', () => contextSeq++);
    document.body.append(dialog);
    return dialog;
  }

  function paragraphItem(hit, current, previous) {
    const label = (h) => (h ? h.speaker_label || h.speaker || '' : '');
    const who = label(hit) !== label(previous) ? label(hit) : '';
    return el('li', {
      class: current ? 'para current' : 'para', 'aria-current': current ? 'true' : null,
      id: current ? 'context-current' : null, tabindex: current ? '-1' : null,
    },
    who ? el('span', { class: 'who' }, who + ': ') : null,
    el('span', { class: 'text' }, hit.text || ''));
  }

  async function openContext(id) {
    const dialog = contextDialog();
    const title = $('#context-title', dialog);
    const main = $('.context-main', dialog);
    const mine = ++contextSeq;
    title.textContent = 'In context';
    main.replaceChildren(el('p', { class: 'loading' }, 'Loading…'));
    if (!dialog.open) dialog.showModal();
    try {
      const { ok, body } = await getJson('/api/paragraphs/' + encodeURIComponent(id) + '?context=' + CONTEXT);
      if (mine !== contextSeq) return;
      if (!ok || !body || !body.paragraph) {
        main.replaceChildren(el('p', { class: 'error' }, errorMessage(body)));
        return;
      }
      const hit = body.paragraph;
      const doc = body.doc || hit.doc || {};
      title.textContent = doc.title || 'Transcript';
      const all = [...(body.before || []), hit, ...(body.after || [])];
      main.replaceChildren(
        el('p', { class: 'context-date' }, el('time', { datetime: doc.date || hit.date }, formatDate(doc.date || hit.date))),
        el('ol', { class: 'paras' }, ...all.map((h, i) => paragraphItem(h, h === hit, all[i - 1]))),
        el('p', { class: 'context-tools' },
          el('a', { href: permalink(hit.id), class: 'whole' }, 'Read the whole transcript'), ' ',
          copyButton(hit.citation || '')),
      );
      const current = $('#context-current', dialog);
      current.scrollIntoView({ block: 'center' });
    } catch (e) {
      if (mine === contextSeq) main.replaceChildren(el('p', { class: 'error' }, 'Could not load the transcript.'));
    }
  }

  // ---- The permalink page ------------------------------------------------------------------

  function initPermalinkPage() {
    const current = $('.para.current');
    if (!current) return;
    current.scrollIntoView({ block: 'center' });
    current.focus({ preventScroll: true });
  }

  const page = document.body.dataset.page;
  if (page === 'search') initSearchPage();
  else if (page === 'permalink') initPermalinkPage();
})();
