// dyad web page: plain JavaScript, no libraries, served by `dyad serve`; works offline.
// Every piece of article or event text goes into the page as a text node (textContent),
// never as HTML, so an article containing <script> shows as text.
'use strict';

(function () {
  const QUAD = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };
  const KIND_LABEL = { actor: 'actor', media: 'reported by', trigger: 'trigger', date: 'date', place: 'place' };
  let cameoNames = {};

  // ---------- small helpers ----------
  function $(id) { return document.getElementById(id); }

  /** An element with attributes and children; strings become text nodes. */
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === null || v === undefined || v === false) continue;
        if (k === 'class') e.className = v;
        else if (k === 'text') e.textContent = v;
        else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
        else e.setAttribute(k, v === true ? '' : String(v));
      }
    }
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  function svg(tag, attrs, ...children) {
    const e = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    for (const c of children) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return e;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

  function showError(msg) {
    const box = $('error');
    if (!msg) { box.hidden = true; box.textContent = ''; return; }
    box.textContent = msg;
    box.hidden = false;
  }

  /** Calls the API; an error answer ({"error"}) becomes an Error with its message. */
  async function api(path, options) {
    let res;
    try {
      res = await fetch(path, options);
    } catch (e) {
      throw new Error('the dyad server cannot be reached (' + e.message + ')');
    }
    let body = null;
    try { body = await res.json(); } catch (e) { /* not JSON */ }
    if (!res.ok) throw new Error((body && body.error) ? body.error : ('HTTP ' + res.status));
    return body;
  }

  function cameoLabel(code) {
    const n = cameoNames[code];
    return n ? code + ' ' + n : code;
  }

  function actorLabel(a) { return a ? a.code : '—'; }

  function quadChip(q) { return el('span', { class: 'q q' + q, title: 'quad class ' + q + ': ' + (QUAD[q] || '') }); }

  function params(obj) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(obj)) if (v !== null && v !== undefined && String(v).trim() !== '') p.set(k, String(v).trim());
    return p;
  }

  // ---------- highlighted text ----------
  function spanKey(kind, start, end) { return kind + ':' + start + ':' + end; }

  /**
   * Renders `text` into `box` with `spans` lit: the text is cut at every span and sentence edge, and
   * each piece covered by spans becomes a <mark> with the classes of all spans covering it.
   */
  function renderText(box, text, spans, sentences) {
    clear(box);
    const cuts = new Set([0, text.length]);
    const good = spans.filter(s => s.start >= 0 && s.end <= text.length && s.end > s.start);
    for (const s of good) { cuts.add(s.start); cuts.add(s.end); }
    const sents = (sentences || []).filter(s => s.start >= 0 && s.end <= text.length && s.end > s.start);
    for (const s of sents) { cuts.add(s.start); cuts.add(s.end); }
    const points = Array.from(cuts).sort((a, b) => a - b);
    let sentIdx = 0;
    let holder = box;
    let current = null;
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      while (sentIdx < sents.length && sents[sentIdx].end <= a) sentIdx++;
      const s = sentIdx < sents.length && sents[sentIdx].start <= a && sents[sentIdx].end >= b ? sents[sentIdx] : null;
      if (s !== current) {
        current = s;
        holder = s ? box.appendChild(el('span', { class: 'sent', 'data-s': s.index })) : box;
      }
      const piece = text.slice(a, b);
      const cover = good.filter(x => x.start <= a && x.end >= b);
      if (cover.length === 0) { holder.append(document.createTextNode(piece)); continue; }
      const kinds = Array.from(new Set(cover.map(x => x.kind)));
      const mark = el('mark', {
        class: 'hl ' + kinds.join(' '),
        'data-k': cover.map(x => spanKey(x.kind, x.start, x.end)).join(' '),
        title: cover.map(describeSpan).join('\n'),
      }, piece);
      holder.append(mark);
    }
  }

  function describeSpan(s) {
    const label = KIND_LABEL[s.kind] || s.kind;
    if (s.kind === 'actor') return label + ': ' + s.code + (s.country ? ' (' + s.country + (s.role ? ', ' + s.role : '') + ')' : '') + (s.actor_kind ? ' · ' + s.actor_kind : '');
    if (s.kind === 'trigger') return label + ': ' + (s.cameo || []).map(cameoLabel).join(', ');
    if (s.kind === 'date') return label + ': ' + (s.value || '?');
    if (s.kind === 'place') return label + ': ' + (s.name || s.text) + (s.country ? ', ' + s.country : '');
    return label + ': ' + s.text;
  }

  /** Marks the spans and the sentence of one event in a rendered text, and scrolls to it. */
  function selectInText(box, e, spans) {
    for (const m of box.querySelectorAll('mark.sel')) m.classList.remove('sel');
    for (const m of box.querySelectorAll('.sel-sent')) m.classList.remove('sel-sent');
    if (!e) return;
    const keys = new Set();
    if (e.source) keys.add(spanKey('actor', e.source.start, e.source.end));
    if (e.target) keys.add(spanKey('actor', e.target.start, e.target.end));
    if (e.trigger) keys.add(spanKey('trigger', e.trigger.start, e.trigger.end));
    if (e.location && e.location.start >= 0) keys.add(spanKey('place', e.location.start, e.location.end));
    if (e.date_text) {
      for (const s of spans) if (s.kind === 'date' && s.text === e.date_text) keys.add(spanKey('date', s.start, s.end));
    }
    const sent = box.querySelector('.sent[data-s="' + e.sentence_index + '"]');
    if (sent) sent.classList.add('sel-sent');
    let first = null;
    for (const m of box.querySelectorAll('mark')) {
      const ks = (m.getAttribute('data-k') || '').split(' ');
      if (ks.some(k => keys.has(k)) && (!sent || sent.contains(m) || !ks.some(k => k.startsWith('date:')))) {
        m.classList.add('sel');
        if (!first) first = m;
      }
    }
    const target = first || sent;
    if (target) {
      const top = target.offsetTop - box.offsetTop - box.clientHeight / 3;
      box.scrollTo({ top: Math.max(0, top), behavior: 'smooth' });
    }
  }

  // ---------- events table and detail ----------
  function eventsTable(tbody, events, onSelect) {
    clear(tbody);
    if (events.length === 0) {
      tbody.append(el('tr', { class: 'empty' }, el('td', { colspan: 6 }, 'no events coded')));
      return;
    }
    events.forEach((e, i) => {
      const tr = el('tr', { 'data-event': e.event_id },
        el('td', { class: 'num' }, String(e.sentence_index)),
        el('td', { class: 'date' }, e.date || '?'),
        el('td', { class: 'code', title: e.source ? e.source.text : '' }, actorLabel(e.source)),
        el('td', null, quadChip(e.quad_class), cameoLabel(e.cameo)),
        el('td', { class: 'code', title: e.target ? e.target.text : '' }, actorLabel(e.target)),
        el('td', { class: 'mode-' + e.mode }, e.mode));
      tr.tabIndex = 0;
      tr.addEventListener('click', () => onSelect(i));
      tr.addEventListener('keydown', ev => { if (ev.key === 'Enter' || ev.key === ' ') { ev.preventDefault(); onSelect(i); } });
      tbody.append(tr);
    });
  }

  function markRow(tbody, eventId) {
    for (const tr of tbody.querySelectorAll('tr')) tr.classList.toggle('selected', tr.getAttribute('data-event') === eventId);
  }

  /** The evidence sentence with the event's actors and trigger lit. */
  function evidence(e, text, sentences) {
    const q = el('blockquote');
    const sen = (sentences || []).find(s => s.index === e.sentence_index);
    if (!sen || !text) { q.textContent = e.sentence; return q; }
    const spans = [];
    if (e.source) spans.push({ kind: 'actor', start: e.source.start - sen.start, end: e.source.end - sen.start, code: e.source.code });
    if (e.target) spans.push({ kind: 'actor', start: e.target.start - sen.start, end: e.target.end - sen.start, code: e.target.code });
    if (e.trigger) spans.push({ kind: 'trigger', start: e.trigger.start - sen.start, end: e.trigger.end - sen.start, cameo: [e.cameo] });
    renderText(q, text.slice(sen.start, sen.end), spans, []);
    return q;
  }

  function showDetail(box, e, article) {
    clear(box);
    box.hidden = false;
    const actor = a => a ? [el('span', { class: 'code' }, a.code), ' ', '“' + a.text + '”',
      a.country ? ' · ' + a.country : '', a.role ? ' ' + a.role : ''] : ['— (no target)'];
    const dl = el('dl');
    const row = (k, ...v) => { dl.append(el('dt', null, k), el('dd', null, ...v)); };
    row('event', quadChip(e.quad_class), el('b', null, cameoLabel(e.cameo)));
    row('class', 'quad ' + e.quad_class + ' (' + (QUAD[e.quad_class] || '') + '), Goldstein ' + (e.goldstein === null ? '?' : e.goldstein) + (e.plover ? ', PLOVER ' + e.plover : ''));
    row('source', ...actor(e.source));
    row('target', ...actor(e.target));
    row('trigger', '“' + e.trigger.text + '”');
    row('date', (e.date || 'unknown') + (e.date_precision ? ' (' + e.date_precision + ')' : '') + ', ' + e.date_basis + (e.date_text ? ' from “' + e.date_text + '”' : '') + (e.historical ? ', historical' : ''));
    row('mode', el('span', { class: 'mode-' + e.mode }, e.mode));
    if (e.reported_by) row('reported by', e.reported_by);
    if (e.location) row('where', e.location.name + (e.location.country ? ', ' + e.location.country : '') + ' (' + e.location.basis + (e.location.text && e.location.text !== e.location.name ? ', “' + e.location.text + '”' : '') + ')');
    row('confidence', String(e.confidence));
    if (e.num_mentions !== undefined) row('reports', e.num_mentions + ' mention(s), ' + e.num_sources + ' source(s), ' + e.num_articles + ' article(s)');
    row('event id', el('span', { class: 'code' }, e.event_id));
    box.append(el('h3', null, (e.source ? e.source.code : '?') + ' → ' + (e.target ? e.target.code : '—') + ': ' + cameoLabel(e.cameo)));
    box.append(dl);
    box.append(el('div', { class: 'meta' }, 'evidence, sentence ' + e.sentence_index + ':'));
    box.append(evidence(e, article.text, article.sentences));
    if (e.explain && e.explain.length) {
      box.append(el('div', { class: 'meta' }, 'how it was coded (--explain):'));
      box.append(el('ol', { class: 'explain' }, ...e.explain.map(t => el('li', null, t))));
    } else if (article.stored) {
      box.append(el('div', { class: 'meta' }, 'The store keeps no --explain trace: paste the article under “Code an article” to see it.'));
    }
    const tl = el('a', { href: '#/timeline?' + params({ a: e.source ? e.source.country || e.source.code : '', b: e.target ? e.target.country || e.target.code : '', by: 'month', both: '1' }) }, 'timeline of this dyad');
    box.append(el('p', null, tl));
  }

  /** Text, spans, events table and detail, wired together (the code view and the article view). */
  function showArticle(prefix, article, selectId) {
    const textBox = $(prefix + '-article') || $(prefix + '-text');
    renderText(textBox, article.text, article.spans, article.sentences);
    const tbody = $(prefix + '-events').querySelector('tbody');
    const detail = $(prefix + '-detail');
    detail.hidden = true;
    const select = i => {
      const e = article.events[i];
      markRow(tbody, e.event_id);
      showDetail(detail, e, article);
      selectInText(textBox, e, article.spans);
    };
    eventsTable(tbody, article.events, select);
    const i = selectId ? article.events.findIndex(e => e.event_id === selectId) : -1;
    if (i >= 0) select(i);
  }

  // ---------- view: code an article ----------
  async function codeArticle(ev) {
    if (ev) ev.preventDefault();
    showError(null);
    const text = $('code-text').value;
    if (!text.trim()) { showError('Paste an article first.'); return; }
    const body = { text: text };
    if ($('code-id').value.trim()) body.id = $('code-id').value.trim();
    if ($('code-date').value) body.date = $('code-date').value;
    $('code-run').disabled = true;
    $('code-busy').hidden = false;
    try {
      const r = await api('api/code?explain=true', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
      $('code-result').hidden = false;
      $('code-text').rows = 3; // the text is below, lit; the box grows again when focused
      const notes = (r.diagnostics || []).filter(d => d.severity !== 'info').map(d => d.message);
      $('code-summary').textContent = r.article_id + (r.date ? ' · ' + r.date : ' · no date: relative dates stay unresolved') + ' · '
        + r.events.length + ' event(s) · ' + r.spans.length + ' highlighted span(s)' + (notes.length ? ' · ' + notes.join('; ') : '');
      showArticle('code', r, r.events.length ? r.events[0].event_id : null);
    } catch (e) {
      showError(e.message);
    } finally {
      $('code-run').disabled = false;
      $('code-busy').hidden = true;
    }
  }

  function loadFile() {
    const f = $('code-file').files[0];
    if (!f) return;
    const reader = new FileReader();
    reader.onload = () => {
      let text = String(reader.result);
      let id = f.name, date = '';
      const first = text.split('\n').find(l => l.trim()) || '';
      if (/\.(jsonl|ndjson|json)$/i.test(f.name) && first.trim().startsWith('{')) {
        try {
          const o = JSON.parse(first);
          text = o.text || ''; id = o.id || id; date = o.date || '';
          if (/^\d{8}$/.test(date)) date = date.slice(0, 4) + '-' + date.slice(4, 6) + '-' + date.slice(6);
        } catch (e) { showError('the file is not JSON Lines: ' + e.message); return; }
      } else {
        const m = /^\s*date\s+(\d{4}-\d{2}-\d{2})[ \t]*/i.exec(text);
        if (m) { date = m[1]; text = text.slice(m[0].length); }
      }
      $('code-text').value = text;
      $('code-id').value = id;
      if (date) $('code-date').value = date;
      showError(null);
    };
    reader.onerror = () => showError('cannot read ' + f.name);
    reader.readAsText(f);
  }

  function pasted() {
    // a pasted text that starts with a dateline sets the date
    const ta = $('code-text');
    const m = /^\s*date\s+(\d{4}-\d{2}-\d{2})[ \t]*/i.exec(ta.value);
    if (m) { $('code-date').value = m[1]; ta.value = ta.value.slice(m[0].length); }
  }

  // ---------- view: browse events ----------
  const PAGE = 50;
  async function browse(query) {
    const form = $('ev-form');
    for (const inp of form.elements) if (inp.name) inp.value = query.get(inp.name) || '';
    const offset = parseInt(query.get('offset') || '0', 10) || 0;
    const tbody = $('ev-table').querySelector('tbody');
    const p = new URLSearchParams(query);
    p.set('limit', PAGE);
    p.set('offset', offset);
    try {
      const r = await api('api/events?' + p.toString());
      clear(tbody);
      if (r.events.length === 0) tbody.append(el('tr', { class: 'empty' }, el('td', { colspan: 8 }, 'no events match')));
      for (const e of r.events) {
        const link = '#/article/' + encodeURIComponent(e.article_id) + '?event=' + encodeURIComponent(e.event_id);
        const tr = el('tr', { 'data-event': e.event_id },
          el('td', { class: 'date' }, e.date || '?'),
          el('td', { class: 'code', title: e.source ? e.source.text : '' }, actorLabel(e.source)),
          el('td', null, quadChip(e.quad_class), cameoLabel(e.cameo)),
          el('td', { class: 'code', title: e.target ? e.target.text : '' }, actorLabel(e.target)),
          el('td', { class: 'mode-' + e.mode }, e.mode),
          el('td', { class: 'num' }, e.goldstein === null ? '' : String(e.goldstein)),
          el('td', { class: 'num', title: 'mentions / sources / articles' }, e.num_mentions + ' / ' + e.num_sources + ' / ' + e.num_articles),
          el('td', { class: 'sentence', title: e.sentence }, el('a', { href: link }, e.publisher || e.article_id), ': ' + e.sentence));
        tr.addEventListener('click', ev => { if (ev.target.tagName !== 'A') location.hash = link; });
        tbody.append(tr);
      }
      const last = Math.min(r.total, offset + r.events.length);
      $('ev-summary').textContent = r.total + ' event(s) (one row per real-world event; click a row for its article)';
      $('ev-page').textContent = r.total === 0 ? '' : (offset + 1) + '–' + last + ' of ' + r.total;
      $('ev-prev').disabled = offset <= 0;
      $('ev-next').disabled = last >= r.total;
      $('ev-prev').onclick = () => { const q = new URLSearchParams(query); q.set('offset', Math.max(0, offset - PAGE)); location.hash = '#/events?' + q; };
      $('ev-next').onclick = () => { const q = new URLSearchParams(query); q.set('offset', offset + PAGE); location.hash = '#/events?' + q; };
    } catch (e) {
      clear(tbody);
      $('ev-summary').textContent = '';
      $('ev-page').textContent = '';
      showError(e.message);
    }
  }

  function submitFilters(ev) {
    ev.preventDefault();
    const q = new URLSearchParams();
    for (const inp of $('ev-form').elements) if (inp.name && inp.value.trim()) q.set(inp.name, inp.value.trim());
    const h = '#/events?' + q.toString();
    if (location.hash === h) route(); else location.hash = h;
  }

  // ---------- view: a stored article ----------
  async function article(id, query) {
    $('art-title').textContent = id;
    $('art-meta').textContent = 'loading…';
    try {
      const a = await api('api/articles/' + encodeURIComponent(id));
      a.stored = true;
      $('art-title').textContent = a.title || a.article_id;
      const meta = $('art-meta');
      clear(meta);
      meta.append([a.article_id, a.date || 'no date', a.publisher].filter(Boolean).join(' · '));
      if (a.url && /^https?:\/\//i.test(a.url)) meta.append(' · ', el('a', { href: a.url, rel: 'noopener noreferrer' }, a.url));
      meta.append(' · ' + a.events.length + ' event(s)');
      showArticle('art', a, query.get('event'));
    } catch (e) {
      $('art-meta').textContent = '';
      clear($('art-text'));
      clear($('art-events').querySelector('tbody'));
      showError(e.message);
    }
  }

  // ---------- view: timeline ----------
  async function timeline(query) {
    const form = $('tl-form');
    $('tl-a').value = query.get('a') || '';
    $('tl-b').value = query.get('b') || '';
    $('tl-by').value = query.get('by') || 'month';
    $('tl-both').checked = query.get('both') !== '0';
    form.elements.mode.value = query.get('mode') || '';
    form.elements.from.value = query.get('from') || '';
    form.elements.to.value = query.get('to') || '';
    const a = $('tl-a').value.trim().toUpperCase(), b = $('tl-b').value.trim().toUpperCase();
    const p = params({ by: $('tl-by').value, mode: form.elements.mode.value, from: form.elements.from.value, to: form.elements.to.value });
    if (a && b) { p.set('dyad', a + ':' + b); p.set('both', $('tl-both').checked ? 'true' : 'false'); }
    else if (a || b) p.set('actor', a || b);
    const title = a && b ? a + ($('tl-both').checked ? ' ↔ ' : ' → ') + b : (a || b ? 'events of ' + (a || b) : 'all events');
    const chart = clear($('tl-chart'));
    const tbody = clear($('tl-table').querySelector('tbody'));
    try {
      const r = await api('api/timeline?' + p.toString());
      const total = r.periods.reduce((s, x) => s + x.total, 0);
      $('tl-summary').textContent = title + ': ' + total + ' event(s) in ' + r.periods.length + ' ' + r.by + '(s)' + (p.get('mode') ? '' : ' (asserted events)')
        + (r.periods.length ? '; the table lists the ' + r.periods.filter(x => x.total > 0).length + ' with events' : '');
      chart.append(drawChart(r.periods, r.by, title));
      for (const x of r.periods.filter(x => x.total > 0)) {
        tbody.append(el('tr', null, el('td', null, periodLabel(x.start, r.by)), ...x.quad.map(c => el('td', { class: 'num' }, String(c))),
          el('td', { class: 'num' }, String(x.total)), el('td', { class: 'num' }, x.goldstein_mean === null ? '' : x.goldstein_mean.toFixed(2)),
          el('td', { class: 'num' }, x.goldstein_sum.toFixed(1))));
      }
    } catch (e) {
      $('tl-summary').textContent = '';
      showError(e.message);
    }
  }

  function periodLabel(start, by) {
    if (by === 'month') return start.slice(0, 7);
    if (by === 'year') return start.slice(0, 4);
    if (by === 'week') return 'wk ' + start;
    return start;
  }

  /** Stacked bars of the quad classes per period, and the mean Goldstein value as a line on its own axis. */
  function drawChart(periods, by, title) {
    const W = 980, H = 380, L = 48, R = 52, T = 34, B = 58;
    const pw = W - L - R, ph = H - T - B;
    const root = svg('svg', { viewBox: '0 0 ' + W + ' ' + H, role: 'img', 'aria-label': 'timeline ' + title, id: 'tl-svg' });
    root.append(svg('text', { x: L, y: 18, class: 'title' }, title + ' — events per ' + by + ' by quad class, mean Goldstein'));
    if (periods.length === 0) {
      root.append(svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle' }, 'no events'));
      return root;
    }
    const maxN = Math.max(1, ...periods.map(p => p.total));
    const step = niceStep(maxN);
    const top = Math.ceil(maxN / step) * step;
    const y = n => T + ph - (n / top) * ph;
    const g = v => T + ph / 2 - (v / 10) * (ph / 2);
    for (let v = 0; v <= top; v += step) {
      root.append(svg('line', { x1: L, x2: L + pw, y1: y(v), y2: y(v), class: 'grid' }));
      root.append(svg('text', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end' }, String(v)));
    }
    for (const v of [-10, -5, 0, 5, 10]) root.append(svg('text', { x: L + pw + 6, y: g(v) + 4 }, (v > 0 ? '+' : '') + v));
    root.append(svg('line', { x1: L, x2: L + pw, y1: g(0), y2: g(0), class: 'zero' }));
    root.append(svg('line', { x1: L, x2: L, y1: T, y2: T + ph, class: 'axis' }));
    root.append(svg('line', { x1: L + pw, x2: L + pw, y1: T, y2: T + ph, class: 'axis' }));
    root.append(svg('line', { x1: L, x2: L + pw, y1: T + ph, y2: T + ph, class: 'axis' }));
    root.append(svg('text', { x: 12, y: T + ph / 2, transform: 'rotate(-90 12 ' + (T + ph / 2) + ')', 'text-anchor': 'middle' }, 'events'));
    root.append(svg('text', { x: W - 10, y: T + ph / 2, transform: 'rotate(90 ' + (W - 10) + ' ' + (T + ph / 2) + ')', 'text-anchor': 'middle' }, 'Goldstein (mean)'));
    const slot = pw / periods.length;
    const bw = Math.max(1, Math.min(40, slot * 0.72));
    const colors = ['var(--q1)', 'var(--q2)', 'var(--q3)', 'var(--q4)'];
    const every = Math.max(1, Math.ceil(periods.length / 14));
    const pts = [];
    periods.forEach((p, i) => {
      const cx = L + slot * i + slot / 2;
      let acc = 0;
      for (let q = 0; q < 4; q++) {
        const n = p.quad[q];
        if (!n) continue;
        const r = svg('rect', { x: cx - bw / 2, y: y(acc + n), width: bw, height: Math.max(0.5, y(acc) - y(acc + n)), fill: colors[q], class: 'bar q' + (q + 1) });
        r.append(svg('title', {}, periodLabel(p.start, by) + ': ' + n + ' ' + QUAD[q + 1]));
        root.append(r);
        acc += n;
      }
      if (i % every === 0) {
        root.append(svg('text', { x: cx, y: T + ph + 16, 'text-anchor': 'middle' }, periodLabel(p.start, by)));
      }
      if (p.goldstein_mean !== null) pts.push([cx, g(p.goldstein_mean), p]);
    });
    // the line joins neighbouring periods only: a period without events is a gap, not a mean of zero
    let run = [];
    const flush = () => { if (run.length > 1) root.append(svg('polyline', { points: run.map(q => q[0] + ',' + q[1]).join(' '), class: 'gline' })); run = []; };
    periods.forEach((p, i) => {
      const pt = pts.find(q => q[2] === p);
      if (pt) run.push(pt); else flush();
    });
    flush();
    for (const [cx, cy, p] of pts) {
      const c = svg('circle', { cx: cx, cy: cy, r: 3.2, class: 'gdot' });
      c.append(svg('title', {}, periodLabel(p.start, by) + ': mean Goldstein ' + p.goldstein_mean.toFixed(2) + ' over ' + p.total + ' event(s)'));
      root.append(c);
    }
    const names = ['verbal cooperation', 'material cooperation', 'verbal conflict', 'material conflict'];
    let lx = L;
    names.forEach((n, q) => {
      root.append(svg('rect', { x: lx, y: H - 22, width: 12, height: 12, fill: colors[q] }));
      root.append(svg('text', { x: lx + 17, y: H - 12, class: 'legend-text' }, n));
      lx += 30 + n.length * 6.6;
    });
    root.append(svg('line', { x1: lx, x2: lx + 18, y1: H - 16, y2: H - 16, class: 'gline' }));
    root.append(svg('text', { x: lx + 24, y: H - 12, class: 'legend-text' }, 'mean Goldstein (right axis)'));
    return root;
  }

  function niceStep(max) {
    const raw = max / 5;
    const mag = Math.pow(10, Math.floor(Math.log10(raw)));
    for (const m of [1, 2, 5, 10]) if (raw <= m * mag) return Math.max(1, m * mag);
    return Math.max(1, 10 * mag);
  }

  function submitTimeline(ev) {
    ev.preventDefault();
    const f = $('tl-form').elements;
    const q = params({ a: f.a.value, b: f.b.value, by: f.by.value, both: $('tl-both').checked ? '1' : '0', mode: f.mode.value, from: f.from.value, to: f.to.value });
    const h = '#/timeline?' + q.toString();
    if (location.hash === h) route(); else location.hash = h;
  }

  // ---------- routing ----------
  function route() {
    showError(null);
    const h = location.hash || '#/code';
    const [path, qs] = h.slice(1).split('?');
    const query = new URLSearchParams(qs || '');
    const parts = path.split('/').filter(Boolean);
    const view = parts[0] || 'code';
    for (const v of document.querySelectorAll('.view')) v.hidden = v.id !== 'view-' + view;
    for (const a of document.querySelectorAll('header nav a')) a.classList.toggle('active', a.id === 'nav-' + (view === 'article' ? 'events' : view));
    if (view === 'events') browse(query);
    else if (view === 'article') article(decodeURIComponent(parts.slice(1).join('/')), query);
    else if (view === 'timeline') timeline(query);
    else $('view-code').hidden = false;
  }

  async function status() {
    try {
      const s = await api('api/status');
      const name = s.db ? s.db.split(/[\\/]/).pop() : null;
      $('status').textContent = 'dyad ' + s.version + ' · ' + (name ? 'database ' + name + (s.db_available ? '' : ' (not there yet)') : 'no database');
      $('status').title = s.db || '';
    } catch (e) {
      $('status').textContent = 'server unreachable';
    }
  }

  document.addEventListener('DOMContentLoaded', async () => {
    $('code-form').addEventListener('submit', codeArticle);
    $('code-file').addEventListener('change', loadFile);
    $('code-text').addEventListener('paste', () => setTimeout(pasted, 0));
    $('code-text').addEventListener('focus', () => { $('code-text').rows = 10; });
    $('ev-form').addEventListener('submit', submitFilters);
    $('tl-form').addEventListener('submit', submitTimeline);
    window.addEventListener('hashchange', route);
    try { cameoNames = await api('api/cameo'); } catch (e) { /* labels are a nicety */ }
    status();
    route();
    document.body.setAttribute('data-ready', 'true');
  });
})();
