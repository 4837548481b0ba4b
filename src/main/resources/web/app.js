/*
 * Parley's search page and permalink page, enhanced. The server renders both pages whole (hits,
 * facets, count, trend chart, pager) and they work as plain GET forms and links; this file renders
 * no results. It submits the form when a filter changes (and puts focus back after the load),
 * suggests as you type, opens a hit in context in a dialog and copies citations. What it builds
 * (suggestions, the dialog) is built with DOM APIs: server strings become text nodes, never HTML.
 */
(() => {
  'use strict';

  const $ = (selector, root = document) => root.querySelector(selector);
  const CONTEXT = 3;

  // ---- DOM helpers -------------------------------------------------------------------------

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    setAttrs(node, attrs);
    node.append(...children.filter((c) => c !== null && c !== undefined));
    return node;
  }

  function setAttrs(node, attrs) {
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v === true ? '' : String(v));
    }
  }

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
    return error && typeof error.message === 'string' ? error.message : 'Could not load the transcript.';
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

  /** Where focus was when a filter submitted the form, so the reloaded page can put it back. */
  const REFOCUS_KEY = 'parley.refocus';

  function initSearchPage() {
    const form = $('#search');
    const input = $('#q');
    const status = $('#status');

    for (const apply of document.querySelectorAll('.js-hide')) apply.hidden = true;

    // On a phone the filters fold under one line, so results come first on screen.
    const panel = $('.filter-panel');
    const narrow = window.matchMedia('(max-width: 760px)');
    const fold = () => {
      panel.open = !narrow.matches;
    };
    fold();
    narrow.addEventListener('change', fold);

    combobox(
      input,
      $('#q-suggestions'),
      async (q, signal) => {
        const { ok, body } = await getJson('/api/suggest?' + new URLSearchParams({ q }), signal);
        return ok && body && Array.isArray(body.suggestions) ? body.suggestions : [];
      },
      () => form.requestSubmit(),
    );

    // Empty fields stay out of the URL: the server reads a blank value as absent anyway.
    form.addEventListener('formdata', (e) => {
      for (const [name, value] of Array.from(e.formData)) {
        if (value === '') e.formData.delete(name);
      }
    });

    /** Submits the form (a page load) and remembers which control to focus again after it. */
    function apply(control) {
      try {
        sessionStorage.setItem(REFOCUS_KEY, JSON.stringify([control.name, control.value]));
      } catch (e) {
        // Storage refused (private mode): the page still loads, focus starts at the top.
      }
      form.requestSubmit();
    }

    // A checkbox or the sort applies at once; a date when its field is left, so typing a year
    // digit by digit does not load the page four times.
    const changedDates = new Set();
    form.addEventListener('change', (e) => {
      const target = e.target;
      if (target === input || !target.name) return;
      if (target.type === 'date') changedDates.add(target);
      else apply(target);
    });
    form.addEventListener('focusout', (e) => {
      if (changedDates.has(e.target)) {
        changedDates.clear();
        apply(e.target);
      }
    });

    // Back and forward may show this page from the cache as it was left, with a filter just
    // changed or other text typed: put the controls back to what the results were rendered for.
    window.addEventListener('pageshow', (e) => {
      if (e.persisted) form.reset();
    });

    let refocus = null;
    try {
      refocus = JSON.parse(sessionStorage.getItem(REFOCUS_KEY) || 'null');
      sessionStorage.removeItem(REFOCUS_KEY);
    } catch (e) {
      refocus = null;
    }
    if (Array.isArray(refocus)) {
      const again = Array.from(form.elements).find(
        (c) => c.name === refocus[0] && (c.type !== 'checkbox' || c.value === refocus[1]));
      if (again) again.focus();
    }

    // The count is in the page already; a live region only speaks of changes, so say it again,
    // unless something else (a copied citation) has been announced in the meantime.
    if (status.textContent) {
      setTimeout(() => {
        const notice = $('#notice');
        if (notice && !notice.textContent) notify(status.textContent);
      }, 100);
    }

    document.addEventListener('click', (e) => {
      if (!plainClick(e)) return;
      const context = e.target.closest('a.in-context');
      if (context) {
        e.preventDefault();
        openContext(context);
      }
    });
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

  /**
   * Opens the dialog for the hit holding {@code link}: title, date, permalink and citation button
   * are the hit's own server-rendered parts; only the neighbouring paragraphs come from the API.
   */
  async function openContext(link) {
    const item = link.closest('.hit');
    const dialog = contextDialog();
    const title = $('#context-title', dialog);
    const main = $('.context-main', dialog);
    const mine = ++contextSeq;
    title.textContent = $('.doc a', item).textContent;
    main.replaceChildren(el('p', { class: 'loading' }, 'Loading…'));
    if (!dialog.open) dialog.showModal();
    try {
      const url = '/api/paragraphs/' + encodeURIComponent(link.dataset.id) + '?context=' + CONTEXT;
      const { ok, body } = await getJson(url);
      if (mine !== contextSeq) return;
      if (!ok || !body || !body.paragraph) {
        main.replaceChildren(el('p', { class: 'error' }, errorMessage(body)));
        return;
      }
      const hit = body.paragraph;
      const all = [...(body.before || []), hit, ...(body.after || [])];
      const copy = $('button.copy', item).cloneNode(false);
      copy.append('Copy citation');
      main.replaceChildren(
        el('p', { class: 'context-date' }, $('.meta time', item).cloneNode(true)),
        el('ol', { class: 'paras' }, ...all.map((h, i) => paragraphItem(h, h === hit, all[i - 1]))),
        el('p', { class: 'context-tools' },
          el('a', { href: link.getAttribute('href'), class: 'whole' }, 'Read the whole transcript'), ' ', copy),
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
