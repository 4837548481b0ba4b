/*
 * <parley-search>: Parley's embeddable search box. A site adds
 *   <script src="https://PARLEY_HOST/embed.js" defer></script>
 *   <parley-search placeholder="..." topic="..." speaker="..." size="5" theme="light|dark" subscribe></parley-search>
 * (subscribe: the results end with a link to the Atom feed of the current search)
 * No framework, no build step. Safe on a stranger's page: Shadow DOM, one constructed stylesheet
 * (no inline styles, works under a strict CSP), text nodes and <mark> elements only (server
 * strings never reach an HTML parser), every request aborted by the next one.
 */
(() => {
  'use strict';
  const NAME = 'parley-search';
  // currentScript is only set while this file first runs; it names the Parley host to call.
  const me = document.currentScript;
  const BASE = new URL('./', me && me.tagName === 'SCRIPT' && me.src ? me.src : location.href);
  if (!window.customElements || customElements.get(NAME)) return;

  const DEBOUNCE_MS = 200;
  const MAX_QUERY = 200;
  const FRAGMENT = 160;

  // Units are px/em, never rem: the host page owns the root font size.
  const CSS = `
:host{all:initial!important;display:block!important;position:relative!important;
 font:15px/1.45 var(--parley-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif)!important;
 color:var(--_fg)!important;text-align:left!important;
 --_bg:var(--parley-bg,#fff);--_fg:var(--parley-fg,#1b1f24);--_muted:var(--parley-muted,#57606a);
 --_line:var(--parley-border,#b8c0c8);--_accent:var(--parley-accent,#0b5cad);
 --_mark:var(--parley-mark,#ffe680);--_markfg:var(--parley-mark-fg,#1b1f24);
 --_active:var(--parley-active,#e6effa);--_radius:var(--parley-radius,6px)}
:host([theme=dark]){color-scheme:dark;--_bg:var(--parley-bg,#161b22);--_fg:var(--parley-fg,#e6edf3);
 --_muted:var(--parley-muted,#9ea7b3);--_line:var(--parley-border,#3d444d);
 --_accent:var(--parley-accent,#79b8ff);--_mark:var(--parley-mark,#6b5500);
 --_markfg:var(--parley-mark-fg,#fff);--_active:var(--parley-active,#1f2d3d)}
:host([hidden]){display:none!important}
*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
form{margin:0;position:relative}
.row{display:flex;gap:6px}
input{flex:1;min-width:0;margin:0;padding:8px 10px;font:inherit;color:var(--_fg);background:var(--_bg);
 border:1px solid var(--_line);border-radius:var(--_radius)}
input:focus{outline:2px solid var(--_accent);outline-offset:1px}
button{margin:0;padding:8px 14px;font:inherit;color:var(--_bg);background:var(--_accent);border:0;
 border-radius:var(--_radius);cursor:pointer}
button:focus-visible{outline:2px solid var(--_fg);outline-offset:2px}
.panel{position:absolute;z-index:2147483000;left:0;right:0;top:100%;margin-top:4px;
 background:var(--_bg);border:1px solid var(--_line);border-radius:var(--_radius);
 box-shadow:0 6px 20px rgba(0,0,0,.18);max-height:30em;overflow:auto}
ul{list-style:none;margin:0;padding:4px 0}
li{margin:0;padding:0}
li a{display:block;padding:8px 12px;color:inherit;text-decoration:none}
li a[aria-selected=true],li a:hover{background:var(--_active)}
li a[aria-selected=true]{box-shadow:inset 3px 0 0 var(--_accent)}
.snippet{display:block}
mark{background:var(--_mark);color:var(--_markfg);padding:0 1px;border-radius:2px}
.meta{display:block;margin-top:2px;font-size:.85em;color:var(--_muted)}
.foot{margin:0;padding:6px 12px 8px;font-size:.85em;color:var(--_muted);border-top:1px solid var(--_line)}
.foot a{color:var(--_accent)}
.vh{position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);
 white-space:nowrap;border:0}`;

  let shared = null;
  function sheet() {
    if (!shared) {
      shared = new CSSStyleSheet();
      shared.replaceSync(CSS);
    }
    return shared;
  }

  const ENTITIES = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
  const decode = (s) => s.replace(/&(?:amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]);

  /** Appends an escaped highlight ("a <mark>b</mark> c") as text nodes and <mark> elements. */
  function appendHighlight(parent, html) {
    String(html || '').split('<mark>').forEach((chunk, i) => {
      const end = i === 0 ? -1 : chunk.indexOf('</mark>');
      if (end >= 0) {
        const mark = document.createElement('mark');
        mark.setAttribute('part', 'mark');
        mark.append(decode(chunk.slice(0, end)));
        parent.append(mark);
        chunk = chunk.slice(end + 7);
      }
      parent.append(decode(chunk.split('</mark>').join('')));
    });
  }

  const DATES = new Intl.DateTimeFormat('en-GB', {
    day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC',
  });
  function formatDate(iso) {
    const d = new Date(iso + 'T00:00:00Z');
    return isNaN(d) ? String(iso || '') : DATES.format(d);
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    node.append(...children);
    return node;
  }

  function searchPage(params) {
    const url = new URL('./', BASE);
    for (const [k, v] of params) url.searchParams.append(k, v);
    return url.href;
  }

  function feedUrl(params) {
    const url = new URL('feed.atom', BASE);
    for (const [k, v] of params) url.searchParams.append(k, v);
    return url.href;
  }

  class ParleySearch extends HTMLElement {
    static get observedAttributes() {
      return ['placeholder', 'topic', 'speaker'];
    }

    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      try {
        root.adoptedStyleSheets = [sheet()];
      } catch (e) {
        // A browser without constructable stylesheets shows the box unstyled but working.
      }
      this.input = el('input', {
        id: 'q', part: 'input', type: 'search', name: 'q', role: 'combobox',
        'aria-autocomplete': 'list', 'aria-controls': 'list', 'aria-expanded': 'false',
        autocomplete: 'off', spellcheck: 'false', maxlength: String(MAX_QUERY),
      });
      this.list = el('ul', { id: 'list', role: 'listbox', part: 'listbox', 'aria-label': 'Parley results' });
      this.foot = el('p', { class: 'foot', part: 'footer' });
      this.panel = el('div', { class: 'panel', part: 'panel', hidden: '' }, this.list, this.foot);
      this.status = el('div', { class: 'vh', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
      this.filters = el('span', { hidden: '' });
      this.form = el(
        'form',
        { role: 'search', method: 'get', action: searchPage([]), part: 'form' },
        el('label', { class: 'vh', for: 'q' }, 'Search statements on Parley'),
        el('div', { class: 'row' }, this.input, this.filters, el('button', { type: 'submit', part: 'button' }, 'Search')),
        this.panel,
        this.status,
      );
      root.append(this.form);
      this.timer = 0;
      this.seq = 0;
      this.controller = null;
      this.last = '';
      this.active = -1;
      this.input.addEventListener('input', () => this.schedule());
      this.input.addEventListener('keydown', (e) => this.onKey(e));
      this.onOutside = (e) => {
        if (!e.composedPath().includes(this)) this.close();
      };
    }

    connectedCallback() {
      this.sync();
      document.addEventListener('pointerdown', this.onOutside, true);
    }

    disconnectedCallback() {
      document.removeEventListener('pointerdown', this.onOutside, true);
      this.cancel();
    }

    attributeChangedCallback() {
      this.sync();
    }

    /** Placeholder and the preset filters, which the plain form submits too. */
    sync() {
      this.input.placeholder = this.getAttribute('placeholder') || 'Search statements';
      this.filters.replaceChildren(
        ...this.presets().map(([k, v]) => el('input', { type: 'hidden', name: k, value: v })),
      );
    }

    presets() {
      return ['topic', 'speaker'].filter((k) => this.getAttribute(k)).map((k) => [k, this.getAttribute(k)]);
    }

    size() {
      const n = parseInt(this.getAttribute('size'), 10);
      return n >= 1 ? Math.min(n, 20) : 5;
    }

    schedule() {
      clearTimeout(this.timer);
      if (!this.input.value.trim()) {
        this.reset();
        return;
      }
      this.timer = setTimeout(() => this.run(), DEBOUNCE_MS);
    }

    /** Stops the pending request and the debounce, so a late answer cannot reopen the panel. */
    cancel() {
      clearTimeout(this.timer);
      this.seq++;
      if (this.controller) this.controller.abort();
      this.controller = null;
      this.list.removeAttribute('aria-busy');
    }

    reset() {
      this.cancel();
      this.last = '';
      this.list.replaceChildren();
      this.close();
      this.status.textContent = '';
    }

    async run() {
      const q = this.input.value.trim().slice(0, MAX_QUERY);
      if (!q) return;
      if (q === this.last) {
        this.open();
        return;
      }
      this.cancel();
      this.last = q;
      const seq = this.seq;
      const controller = (this.controller = new AbortController());
      const params = [['q', q], ...this.presets()];
      const url = new URL('api/search', BASE);
      for (const [k, v] of params) url.searchParams.append(k, v);
      url.searchParams.set('size', String(this.size()));
      url.searchParams.set('fragment', String(FRAGMENT));
      this.list.setAttribute('aria-busy', 'true');
      try {
        const res = await fetch(url, {
          signal: controller.signal, credentials: 'omit', headers: { Accept: 'application/json' },
        });
        const body = await res.json();
        if (seq !== this.seq) return;
        if (!res.ok) throw new Error('status ' + res.status);
        this.render(body, params);
      } catch (e) {
        if (seq !== this.seq) return;
        this.last = '';
        this.list.replaceChildren();
        this.foot.replaceChildren('Search is unavailable right now.');
        this.status.textContent = 'Search is unavailable right now.';
        this.show();
      } finally {
        if (seq === this.seq) {
          this.controller = null;
          this.list.removeAttribute('aria-busy');
        }
      }
    }

    render(body, params) {
      const hits = Array.isArray(body.hits) ? body.hits : [];
      this.list.replaceChildren(
        ...hits.map((hit, i) => {
          const snippet = el('span', { class: 'snippet' });
          appendHighlight(snippet, hit.highlight);
          const who = hit.speaker || hit.speaker_label || 'Unknown speaker';
          const meta = el('span', { class: 'meta', part: 'meta' }, who, ' · ',
            el('time', { datetime: String(hit.date || '') }, formatDate(hit.date)));
          const org = hit.doc && hit.doc.organisation;
          if (org) meta.append(' · ' + org);
          if (hit.all_terms === false) meta.append(' · partial match');
          // The link itself is the option: a link inside an option would be a control nested in
          // a control, which assistive technology may still focus. It stays a real link.
          const option = el('a', {
            href: new URL('p/' + encodeURIComponent(hit.id), BASE).href, tabindex: '-1',
            id: 'opt-' + i, role: 'option', 'aria-selected': 'false', part: 'option',
          }, snippet, meta);
          return el('li', { role: 'none' }, option);
        }),
      );
      const total = Number(body.total) || 0;
      const all = body.all_terms_total;
      const more = (total === 1 ? '1 result' : (body.total_relation === 'gte' ? 'more than ' : '') + total + ' results')
        + (typeof all === 'number' && all < total ? ' (' + all + ' with all words, then partial matches)' : '');
      this.foot.replaceChildren(
        hits.length ? el('a', { href: searchPage(params), part: 'more' }, 'All ' + more + ' on Parley') : 'No results',
      );
      if (hits.length && this.hasAttribute('subscribe')) {
        this.foot.append(' · ', el('a', { href: feedUrl(params), part: 'subscribe', type: 'application/atom+xml' }, 'Subscribe'));
      }
      this.status.textContent = hits.length ? more : 'No results';
      this.active = -1;
      this.show();
    }

    options() {
      return Array.from(this.list.children, (li) => li.firstChild);
    }

    isOpen() {
      return !this.panel.hidden;
    }

    show() {
      this.move(-1);
      this.panel.hidden = false;
      this.input.setAttribute('aria-expanded', String(this.options().length > 0));
    }

    open() {
      if (this.options().length && !this.isOpen()) this.show();
    }

    close() {
      this.move(-1);
      this.panel.hidden = true;
      this.input.setAttribute('aria-expanded', 'false');
    }

    move(index) {
      const opts = this.options();
      this.active = index;
      opts.forEach((o, i) => o.setAttribute('aria-selected', String(i === index)));
      if (index >= 0 && opts[index]) {
        this.input.setAttribute('aria-activedescendant', opts[index].id);
        opts[index].scrollIntoView({ block: 'nearest' });
      } else {
        this.input.removeAttribute('aria-activedescendant');
      }
    }

    /** The APG combobox key map; focus never leaves the input. */
    onKey(e) {
      if (e.isComposing || e.keyCode === 229) return;
      const count = this.options().length;
      switch (e.key) {
        case 'ArrowDown':
        case 'ArrowUp': {
          if (!count) return;
          e.preventDefault();
          const wasOpen = this.isOpen();
          this.open();
          if (e.altKey) return;
          const down = e.key === 'ArrowDown';
          if (!wasOpen) this.move(down ? 0 : count - 1);
          else if (down) this.move(this.active + 1 >= count ? 0 : this.active + 1);
          else this.move(this.active <= 0 ? count - 1 : this.active - 1);
          return;
        }
        case 'Enter':
          if (this.isOpen() && this.active >= 0) {
            e.preventDefault();
            this.options()[this.active].click();
          }
          return; // otherwise the form submits to Parley's search page
        case 'Escape':
          e.preventDefault();
          if (this.isOpen()) {
            this.cancel();
            this.last = '';
            this.close();
          } else {
            this.input.value = '';
            this.reset();
          }
          return;
        case 'Tab':
          this.cancel();
          this.last = '';
          this.close();
          return;
        case 'Home':
        case 'End':
        case 'ArrowLeft':
        case 'ArrowRight':
          this.move(-1);
          return;
        default:
      }
    }
  }

  customElements.define(NAME, ParleySearch);
})();
