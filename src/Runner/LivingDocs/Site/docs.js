// The living documentation's page. Plain JavaScript with no library and no network: the data is
// window.LIVING_DOCS (docs-data.js beside this file), every view is rendered from it, and the URL fragment
// holds the view and the filters so a link opens the same rule for whoever receives it.
(function () {
  'use strict';

  // docs-data.js holds the model packed (CompactJson.cs): every repeated string and object shape written once.
  // A scenario's record (its contract cards) and its steps stay packed until a page or the search reads them, so
  // the first paint unpacks only what the overview and the navigation read.
  var LATER = { record: true, steps: true };

  function unpack(packed) {
    var strings = packed.strings;
    var shapes = packed.shapes.map(function (shape) { return shape.map(function (i) { return strings[i]; }); });
    function value(v) {
      if (typeof v === 'number') return strings[v];
      if (typeof v === 'string') return Number(v);
      if (v === null || typeof v !== 'object') return v;
      if (typeof v[0] === 'number' && v[0] < 0) {
        var keys = shapes[-v[0] - 1];
        var o = {};
        for (var i = 0; i < keys.length; i++) {
          if (LATER[keys[i]] === true) later(o, keys[i], v[i + 1]); else o[keys[i]] = value(v[i + 1]);
        }
        return o;
      }
      return v.map(value);
    }
    function later(o, key, packedValue) {
      Object.defineProperty(o, key, {
        configurable: true, enumerable: true,
        get: function () { var unpacked = value(packedValue); Object.defineProperty(o, key, { value: unpacked, enumerable: true }); return unpacked; }
      });
    }
    return value(packed.root);
  }

  var data = window.LIVING_DOCS = unpack(window.LIVING_DOCS_PACKED);
  var main = document.getElementById('main');
  var nav = document.getElementById('nav');
  var searchBox = document.getElementById('q');
  var tagsBox = document.getElementById('tags');
  var tagError = document.getElementById('tag-error');
  var statusGroup = document.getElementById('statuses');

  var STATUSES = ['passed', 'failed', 'flaky', 'skipped', 'notRun'];
  var STATUS_WORDS = { passed: 'passed', failed: 'failed', flaky: 'flaky', skipped: 'skipped', notRun: 'not run' };
  var CHANGE_WORDS = { 'new': 'new', newlyFailing: 'newly failing', newlyFixed: 'newly fixed' };
  var KIND_WORDS = { command: 'Command', event: 'Event', error: 'Refusal', table: 'Value' };

  var scenarioById = {};
  var featureById = {};
  var glossaryById = {};
  data.scenarios.forEach(function (s) { scenarioById[s.id] = s; });
  data.features.forEach(function (f) { featureById[f.id] = f; });
  data.glossary.forEach(function (g) { glossaryById[g.id] = g; });
  var ruleById = {};
  (data.rules || []).forEach(function (r) { ruleById[r.id] = r; });

  // ---------- helpers ----------

  function esc(text) {
    return String(text == null ? '' : text).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  // "productId" -> "Product id", "ProductCreated" -> "Product created"
  function humanize(name) {
    var words = String(name).replace(/[-_]/g, ' ').replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/\s+/).filter(Boolean);
    var text = words.map(function (w, i) { return i === 0 || (w.length > 1 && w === w.toUpperCase()) ? w : w.toLowerCase(); }).join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  function capitalize(text) {
    text = String(text || '');
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  // 2026-03-01T09:00:00.000Z -> 2026-03-01 09:00 UTC
  function instant(text) {
    var m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?/.exec(text || '');
    return m ? m[1] + ' ' + m[2] + ' UTC' : String(text || '');
  }

  function link(view, text, extraClass) {
    return '<a href="' + esc(hrefFor({ view: view })) + '"' + (extraClass ? ' class="' + extraClass + '"' : '') + '>' + esc(text) + '</a>';
  }

  function badge(status) {
    return '<span class="badge st-' + status + '">' + esc(STATUS_WORDS[status] || status) + '</span>';
  }

  function changeBadge(s) {
    return s.change && s.change !== 'none' ? ' <span class="badge ch-' + s.change + '">' + esc(CHANGE_WORDS[s.change]) + '</span>' : '';
  }

  function duration(ms) {
    if (!ms) return '';
    return ms < 1000 ? Math.round(ms) + ' ms' : (ms / 1000).toFixed(1) + ' s';
  }

  // Each count opens its scenarios: the same view (home, an area, a feature) filtered to that status.
  function countsHtml(c, view) {
    return '<span class="counts">' + STATUSES.filter(function (s) { return c[s] > 0; }).map(function (s) {
      return '<a class="count st-' + s + '" href="' + esc(hrefFor({ view: view || '', status: [s] })) + '" title="Show the ' + esc(STATUS_WORDS[s]) + ' scenarios">' +
        c[s] + ' ' + esc(STATUS_WORDS[s]) + '</a>';
    }).join(' ') + '</span>';
  }

  function countOf(scenarios) {
    var c = { passed: 0, failed: 0, flaky: 0, skipped: 0, notRun: 0 };
    scenarios.forEach(function (s) { c[s.status]++; });
    return c;
  }

  // ---------- state in the URL fragment ----------

  function readState() {
    var params = new URLSearchParams(location.hash.replace(/^#/, ''));
    return {
      view: params.get('view') || '',
      q: params.get('q') || '',
      tags: params.get('tags') || '',
      status: (params.get('status') || '').split(',').filter(function (s) { return STATUSES.indexOf(s) >= 0; })
    };
  }

  // "Home" is the overview: it drops a search and the filters, where a link keeps them (after a search, Home had
  // opened the search results again).
  function homeLink() {
    return '<a href="#">Home</a>';
  }

  // A description's first sentence as its summary, cut at a word near 160 characters when there is none: feature
  // files wrap their lines by hand, so the first line ended mid-phrase ("...The units").
  function summary(text) {
    var flat = String(text || '').replace(/\s+/g, ' ').trim();
    var end = flat.search(/[.!?](\s|$)/);
    if (end >= 0 && end < 220) return flat.slice(0, end + 1);
    if (flat.length <= 160) return flat;
    var cut = flat.lastIndexOf(' ', 160);
    return flat.slice(0, cut > 80 ? cut : 160) + '\u2026';
  }

  function hrefFor(change) {
    var state = readState();
    Object.keys(change).forEach(function (k) { state[k] = change[k]; });
    var params = new URLSearchParams();
    if (state.view) params.set('view', state.view);
    if (state.q) params.set('q', state.q);
    if (state.tags) params.set('tags', state.tags);
    if (state.status.length) params.set('status', state.status.join(','));
    var text = params.toString();
    return '#' + text;
  }

  // A new view gets a history entry of its own (Back returns to the one before, where it was scrolled to); a
  // replacing change (the next letter typed into the search) does not. Setting the hash renders through the
  // hashchange handler, so each navigation renders once.
  function go(change, replace) {
    var target = hrefFor(change);
    if (replace) {
      history.replaceState(history.state, '', target);
      render();
    } else if (location.hash === target) {
      render();
    } else {
      rememberScroll();
      location.hash = target;
    }
  }

  // The scroll position is kept in the history entry being left, so Back lands where the reader was.
  function rememberScroll() {
    history.replaceState({ scrollY: window.scrollY }, '');
  }

  // ---------- word forms: a small stemmer ----------
  // One suffix is stripped (longest first, leaving at least three letters), "-ies"/"-ied" become "y" first,
  // and a doubled final consonant is undone: expire, expires, expired, expiring and expiry all become "expir".
  var SUFFIXES = ['ations', 'ation', 'ingly', 'edly', 'ings', 'ing', 'ments', 'ment', 'ness', 'ed', 'es', 'ly', 's', 'e', 'y'];

  function stem(word) {
    var w = word.toLowerCase();
    if (w.length <= 3 || /\d/.test(w)) return w;
    if (/ie[sd]$/.test(w) && w.length > 4) w = w.slice(0, -3) + 'y';
    for (var i = 0; i < SUFFIXES.length; i++) {
      var suffix = SUFFIXES[i];
      if (w.length - suffix.length >= 3 && w.slice(-suffix.length) === suffix) {
        if (suffix === 's' && /(ss|us|is)$/.test(w)) continue;
        w = w.slice(0, -suffix.length);
        if (suffix === 'ation' || suffix === 'ations') w += 'at';
        break;
      }
    }
    if (/([b-df-hj-km-np-tv-xz])\1$/.test(w) && !/(ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
    return w;
  }
  window.livingDocsStem = stem;
  window.livingDocsQueryTokens = function (query) { return queryTokens(query); };
  // For the browser tests: a contract card as a scenario page draws it, from a contract's name and fields.
  window.livingDocsCard = function (kind, type, fields) { return card('Recorded', kind, type, fields); };
  window.livingDocsContracts = function (record) { return contracts(record); };
  window.livingDocsStory = function (scenario, alone) { return story(scenario, alone); };
  window.livingDocsScenarioList = function (flat) { return scenarioList(data.scenarios.map(function (s) { return s.id; }), 'exercised', flat); };

  function words(text) {
    return String(text || '').toLowerCase().split(/[^a-z0-9@.\-]+/).map(function (w) { return w.replace(/^[.\-]+|[.\-]+$/g, ''); }).filter(Boolean);
  }

  function tokens(text) {
    var out = [];
    words(text).forEach(function (w) {
      // A tag is found with or without its @: "@R-1.5" and "R-1.5" both find the rule's scenarios.
      if (w.charAt(0) === '@') { out.push(w); out.push(w.slice(1)); } else out.push(stem(w));
      // "can't", "R-1.5" and "sku-100" are found by their parts too.
      if (/[@.\-]/.test(w)) w.split(/[@.\-]+/).filter(Boolean).forEach(function (part) { out.push(stem(part)); });
    });
    return out;
  }

  // ---------- the search index (built on first use, so it costs nothing at first paint) ----------
  var index = null;

  function buildIndex() {
    var docs = [];
    var postings = {};
    function add(doc, text, weight) {
      tokens(text).forEach(function (t) {
        var p = postings[t] || (postings[t] = {});
        p[doc] = (p[doc] || 0) + weight;
      });
    }
    data.scenarios.forEach(function (s) {
      var doc = docs.push({ kind: 'scenario', item: s }) - 1;
      var feature = featureById[s.featureId];
      add(doc, s.name, 10);
      add(doc, s.rule, 5);
      add(doc, s.tags.join(' '), 4);
      add(doc, feature.name, 3);
      // The feature's Background is every scenario's set-up: it is found once, on the feature, or "supplier" would
      // find every scenario of purchasing.
      s.steps.forEach(function (step) { if (!step.background) addStep(doc, step); });
      add(doc, ownContracts(s).map(function (c) { return humanize(c.split(':')[1]); }).join(' '), 1);
    });
    function addStep(doc, step) {
      add(doc, step.text, 2);
      if (step.table) add(doc, step.table.map(function (r) { return r.join(' '); }).join(' '), 1);
    }
    data.features.forEach(function (f) {
      var doc = docs.push({ kind: 'feature', item: f }) - 1;
      add(doc, f.name, 10);
      add(doc, f.descriptionText, 2);
      add(doc, f.tags.join(' '), 4);
      // Every distinct Background step of the feature's scenarios: a Gherkin Rule: may have a Background of its own.
      var seen = {};
      f.scenarioIds.forEach(function (sid) {
        scenarioById[sid].steps.forEach(function (step) {
          var key = step.keyword + ' ' + step.text + (step.table ? JSON.stringify(step.table) : '');
          if (step.background && !seen[key]) { seen[key] = true; addStep(doc, step); }
        });
      });
    });
    data.glossary.forEach(function (g) {
      var doc = docs.push({ kind: 'glossary', item: g }) - 1;
      add(doc, g.name + ' ' + g.title, 10);
      add(doc, g.rules.join(' '), 5);
      add(doc, g.description, 3);
      add(doc, g.fields.map(function (f) { return humanize(f.name) + ' ' + f.description; }).join(' '), 1);
    });
    (data.rules || []).forEach(function (r) {
      var doc = docs.push({ kind: 'rule', item: r }) - 1;
      add(doc, r.id, 10);
      add(doc, r.text, 3);
    });
    return { docs: docs, postings: postings, vocabulary: Object.keys(postings) };
  }

  // Every query word must match (its stem, or as the start of a longer stem at half the weight); the
  // scores add up, so a word in a title ranks before the same word in a step.
  // Words a reader may search for that the specs spell out.
  var SYNONYMS = { fefo: 'first expiry first out', po: 'purchase order' };

  // A query's words: a synonym is replaced by what it stands for, and a hyphenated word ("over-receipt") by its
  // parts, so it finds "over-receipt" and "over receipt" alike; rule ids and SKUs ("R-1.5", "SKU-100") stay whole.
  function queryTokens(query) {
    var out = [];
    words(query).forEach(function (w) {
      var said = Object.prototype.hasOwnProperty.call(SYNONYMS, w) ? SYNONYMS[w] : w;
      if (said !== w) out.push.apply(out, tokens(said));
      else if (/^[a-z]+(-[a-z]+)+$/.test(w)) w.split('-').forEach(function (part) { out.push(stem(part)); });
      else out.push.apply(out, tokens(w));
    });
    return out;
  }

  function search(query) {
    if (!index) index = buildIndex();
    var terms = queryTokens(query).filter(function (t, i, all) { return all.indexOf(t) === i; });
    if (!terms.length) return [];
    var scores = null;
    terms.forEach(function (term) {
      var found = {};
      index.vocabulary.forEach(function (v) {
        var exact = v === term;
        if (!exact && !(term.length >= 3 && v.indexOf(term) === 0)) return;
        var p = index.postings[v];
        Object.keys(p).forEach(function (doc) { found[doc] = Math.max(found[doc] || 0, exact ? p[doc] : p[doc] / 2); });
      });
      if (scores === null) { scores = found; return; }
      Object.keys(scores).forEach(function (doc) { if (found[doc] === undefined) delete scores[doc]; else scores[doc] += found[doc]; });
    });
    return Object.keys(scores).map(function (doc) { return { doc: index.docs[doc], score: scores[doc] }; })
      .sort(function (a, b) { return b.score - a.score; });
  }

  // ---------- tag expressions: and, or, not, parentheses, \ escapes ----------
  function parseTags(text) {
    var toks = [];
    var i = 0;
    while (i < text.length) {
      var c = text.charAt(i);
      if (/\s/.test(c)) { i++; continue; }
      if (c === '(' || c === ')') { toks.push(c); i++; continue; }
      var word = '';
      while (i < text.length && !/[\s()]/.test(text.charAt(i))) {
        if (text.charAt(i) === '\\' && i + 1 < text.length) { word += text.charAt(i + 1); i += 2; } else { word += text.charAt(i); i++; }
      }
      toks.push(word === 'and' || word === 'or' || word === 'not' ? word : { tag: word });
    }
    var pos = 0;
    function peek() { return toks[pos]; }
    function fail(message) { throw new Error(message); }
    function primary() {
      var t = toks[pos++];
      if (t === undefined) fail('the expression ends too early');
      if (t === 'not') { var inner = primary(); return function (tags) { return !inner(tags); }; }
      if (t === '(') { var e = or(); if (toks[pos++] !== ')') fail('a parenthesis is not closed'); return e; }
      if (typeof t === 'object') {
        if (t.tag.charAt(0) !== '@') fail('"' + t.tag + '" is not a tag: tags start with @');
        var name = t.tag.toLowerCase();
        return function (tags) { return tags.indexOf(name) >= 0; };
      }
      fail('"' + t + '" cannot stand here');
    }
    function and() {
      var left = primary();
      while (peek() === 'and') { pos++; left = (function (l, r) { return function (tags) { return l(tags) && r(tags); }; })(left, primary()); }
      return left;
    }
    function or() {
      var left = and();
      while (peek() === 'or') { pos++; left = (function (l, r) { return function (tags) { return l(tags) || r(tags); }; })(left, and()); }
      return left;
    }
    if (!toks.length) return null;
    var expression = or();
    if (pos < toks.length) fail('"' + (typeof toks[pos] === 'object' ? toks[pos].tag : toks[pos]) + '" was not expected there');
    return expression;
  }

  // The filters of the state as one predicate over scenarios; an invalid tag expression is shown, not applied.
  function scenarioFilter(state) {
    var tagTest = null;
    tagError.hidden = true;
    try {
      tagTest = parseTags(state.tags);
    } catch (error) {
      tagError.textContent = 'Tag expression: ' + error.message + '.';
      tagError.hidden = false;
    }
    return function (s) {
      if (state.status.length && state.status.indexOf(s.status) < 0) return false;
      if (tagTest && !tagTest(s.tags.map(function (t) { return t.toLowerCase(); }))) return false;
      return true;
    };
  }

  // A page's counts are of what the tag filter keeps, whatever the status boxes say: each count's link (the same tags,
  // one status) opens exactly that many, and every status stays one click away.
  function tagsKeep(state) {
    return scenarioFilter({ view: state.view, q: state.q, tags: state.tags, status: [] });
  }

  // A tag expression still being typed ("@ and") filters nothing: the page stays as it was, with the error shown.
  function filtersActive(state) { return !!(tagsFilter(state) || state.status.length); }

  function tagsFilter(state) {
    if (!state.tags) return false;
    try {
      parseTags(state.tags);
      return true;
    } catch (error) {
      return false;
    }
  }

  // ---------- navigation ----------
  function renderNav(state, keep) {
    var html = '<ul class="tree">';
    data.areas.forEach(function (area) {
      var scenarios = [];
      area.featureIds.forEach(function (id) { featureById[id].scenarioIds.forEach(function (s) { scenarios.push(scenarioById[s]); }); });
      var open = state.view === 'area/' + area.id || area.featureIds.some(function (id) {
        return state.view === 'feature/' + id || (state.view.indexOf('scenario/') === 0 && (scenarioById[state.view.slice(9)] || {}).featureId === id);
      });
      html += '<li><details' + (open ? ' open' : '') + '><summary>' + link('area/' + area.id, area.name, 'area-link') + ' ' + countsHtml(countOf(scenarios.filter(keep)), 'area/' + area.id) + '</summary><ul>';
      area.featureIds.forEach(function (id) {
        var f = featureById[id];
        var c = countOf(f.scenarioIds.map(function (s) { return scenarioById[s]; }).filter(keep));
        html += '<li' + (state.view === 'feature/' + id ? ' class="current"' : '') + '>' + link('feature/' + id, f.name) + ' <span class="dots">' + dots(c) + '</span></li>';
      });
      html += '</ul></details></li>';
    });
    html += '</ul><ul class="tree extra">' + (data.rules && data.rules.length ? '<li>' + link('rules', 'Rules') + ' <span class="muted">' + rulesCount(data.rules.length) + '</span></li>' : '') +
      '<li>' + link('glossary', 'Glossary') + ' <span class="muted">' + data.glossary.length + ' terms</span></li>';
    if (data.comparedWith) html += '<li>' + link('changes', 'What changed') + '</li>';
    html += '</ul>';
    nav.innerHTML = html;
  }

  function dots(c) {
    return (c.failed ? '<span class="dot st-failed" title="' + c.failed + ' failed"></span>' : '') +
      (c.flaky ? '<span class="dot st-flaky" title="' + c.flaky + ' flaky"></span>' : '');
  }

  // ---------- views ----------
  function renderHome(state, keep) {
    var all = data.scenarios.filter(keep);
    var c = countOf(all);
    var html = '<h1>' + esc(data.title) + '</h1>';
    html += '<p class="lede">What the system does, ' + (data.rules && data.rules.length ? link('rules', 'rule by rule') : 'rule by rule') + ', and whether each rule holds today' +
      (data.runFinishedAt ? ' (verified ' + esc(data.runFinishedAt) + ')' : '') + '. ' + countsHtml(c) + '</p>';
    if (data.problems.length) html += '<div class="problems"><strong>Could not read everything:</strong><ul>' + data.problems.map(function (p) { return '<li>' + esc(p) + '</li>'; }).join('') + '</ul></div>';
    html += scopeNote();
    if (filtersActive(state)) return html + oneRuleHead(state) + resultList(all.map(function (s) { return { doc: { kind: 'scenario', item: s } }; }), state);
    html += failingNow(all);
    html += '<div class="areas">';
    data.areas.forEach(function (area) {
      var scenarios = [];
      area.featureIds.forEach(function (id) { featureById[id].scenarioIds.forEach(function (s) { scenarios.push(scenarioById[s]); }); });
      html += '<section class="area-card"><h2>' + link('area/' + area.id, area.name) + '</h2>' + countsHtml(countOf(scenarios), 'area/' + area.id) +
        '<ul>' + area.featureIds.map(function (id) { return '<li>' + link('feature/' + id, featureById[id].name) + '</li>'; }).join('') + '</ul></section>';
    });
    html += '</div>';
    if (data.rules && data.rules.length) html += rulesSummary();
    var gaps = data.glossary.filter(function (g) { return g.kind !== 'table' && !g.scenarioIds.length && !g.notInRun; });
    var outside = data.glossary.filter(function (g) { return g.notInRun; }).length;
    if (data.glossary.length) {
      html += '<p>' + link('glossary', 'Glossary') + ': ' + data.glossary.length + ' terms; ' + gaps.length + ' commands, events or refusals no scenario exercises yet' +
        (outside ? '; ' + outside + ' not in this run' : '') + '.</p>';
    }
    if (data.comparedWith) html += changesSummary();
    return html;
  }

  // What a reader opening the site after a red run looks for first: the failing scenarios, before the areas.
  var FAILING_SHOWN = 10;

  function failingNow(scenarios) {
    var failing = scenarios.filter(function (s) { return s.status === 'failed'; });
    if (!failing.length) return '';
    return '<section class="failing-now"><h2>Failing now</h2><ul>' + failing.slice(0, FAILING_SHOWN).map(function (s) {
      return '<li>' + link('scenario/' + s.id, s.name) + ' <span class="muted">' + esc(featureById[s.featureId].name) + '</span></li>';
    }).join('') + (failing.length > FAILING_SHOWN
      ? '<li><a href="' + esc(hrefFor({ view: '', status: ['failed'] })) + '">and ' + (failing.length - FAILING_SHOWN) + ' more</a></li>'
      : '') + '</ul></section>';
  }

  function changesSummary() {
    var count = function (change) { return data.scenarios.filter(function (s) { return s.change === change; }).length; };
    return '<p class="changes-summary">Since ' + esc(data.comparedWith) + ': ' + link('changes', count('new') + ' new, ' + data.removed.length + ' removed, ' +
      count('newlyFailing') + ' newly failing, ' + count('newlyFixed') + ' newly fixed') + '.</p>';
  }

  function resultList(results, state) {
    if (!results.length) return '<p class="empty">Nothing matches' + (state.q ? ' &ldquo;' + esc(state.q) + '&rdquo;' : '') + '. Try fewer or other words, or clear the filters.</p>';
    var html = '<p class="muted">' + results.length + ' result' + (results.length === 1 ? '' : 's') + '</p><ol class="results">';
    results.slice(0, 200).forEach(function (r) {
      var item = r.doc.item;
      if (r.doc.kind === 'scenario') {
        var f = featureById[item.featureId];
        html += '<li class="result result-scenario">' + badge(item.status) + changeBadge(item) + ' ' + link('scenario/' + item.id, item.name, 'result-title') +
          '<div class="muted">' + esc(f.name) + (item.rule ? ' &middot; ' + esc(item.rule) : '') + ' &middot; ' + item.tags.map(esc).join(' ') + '</div></li>';
      } else if (r.doc.kind === 'feature') {
        html += '<li class="result result-feature"><span class="badge kind">Feature</span> ' + link('feature/' + item.id, item.name, 'result-title') +
          '<div class="muted">' + esc(summary(item.descriptionText)) + '</div></li>';
      } else if (r.doc.kind === 'rule') {
        html += '<li class="result result-rule"><span class="badge kind">Rule</span> ' + ruleLink(item.id, item.id, 'result-title') +
          '<div class="muted">' + esc(summary(item.text)) + '</div></li>';
      } else {
        html += '<li class="result result-glossary"><span class="badge kind">' + esc(KIND_WORDS[item.kind]) + '</span> ' + link('glossary/' + item.id, item.title, 'result-title') +
          '<div class="muted">' + esc(item.description) + '</div></li>';
      }
    });
    if (results.length > 200) html += '<li class="muted">&hellip; and ' + (results.length - 200) + ' more: add words to narrow the search.</li>';
    return html + '</ol>';
  }

  function renderSearch(state, keep) {
    var results = search(state.q).filter(function (r) { return r.doc.kind !== 'scenario' || keep(r.doc.item); })
      .filter(function (r) { return r.doc.kind === 'scenario' || !filtersActive(state); });
    return '<h1>Search: &ldquo;' + esc(state.q) + '&rdquo;</h1>' + resultList(results, state);
  }

  function renderArea(id, keep, state) {
    var area = data.areas.filter(function (a) { return a.id === id; })[0];
    if (!area) return notFound('area', id);
    var inArea = [];
    area.featureIds.forEach(function (fid) { featureById[fid].scenarioIds.forEach(function (sid) { inArea.push(scenarioById[sid]); }); });
    var html = '<p class="crumbs">' + homeLink() + '</p><h1>' + esc(area.name) + '</h1>' + countsHtml(countOf(inArea.filter(tagsKeep(state))), 'area/' + area.id);
    // Filtered (a count clicked, a tag typed): the area's matching scenarios themselves, not its features.
    if (filtersActive(state)) {
      var matching = [];
      area.featureIds.forEach(function (fid) { featureById[fid].scenarioIds.forEach(function (s) { if (keep(scenarioById[s])) matching.push(scenarioById[s]); }); });
      return html + resultList(matching.map(function (s) { return { doc: { kind: 'scenario', item: s } }; }), state);
    }
    html += '<ul class="features">';
    area.featureIds.forEach(function (fid) {
      var f = featureById[fid];
      var scenarios = f.scenarioIds.map(function (s) { return scenarioById[s]; });
      html += '<li>' + link('feature/' + fid, f.name, 'feature-link') + ' ' + countsHtml(countOf(scenarios.filter(keep)), 'feature/' + fid) +
        (f.descriptionText ? '<div class="muted">' + esc(summary(f.descriptionText)) + '</div>' : '') + '</li>';
    });
    return html + '</ul>';
  }

  function renderFeature(id, keep, state) {
    var f = featureById[id];
    if (!f) return notFound('feature', id);
    var area = data.areas.filter(function (a) { return a.id === f.areaId; })[0];
    var scenarios = f.scenarioIds.map(function (s) { return scenarioById[s]; });
    var shown = scenarios.filter(keep);
    var html = '<p class="crumbs">' + homeLink() + ' &rsaquo; ' + link('area/' + area.id, area.name) + '</p>';
    html += '<h1>' + esc(f.name) + '</h1><p class="meta">' + f.tags.map(tagLink).join(' ') + ' <span class="muted">' + esc(f.uri) + '</span></p>';
    html += '<div class="description">' + f.descriptionHtml + '</div>' + countsHtml(countOf(scenarios.filter(tagsKeep(state))), 'feature/' + f.id);
    if (filtersActive(state) && shown.length < scenarios.length) html += '<p class="muted">' + shown.length + ' of ' + scenarios.length + ' scenarios match the filters.</p>';
    var rule = null;
    shown.forEach(function (s) {
      if (s.rule !== rule && s.rule) html += '<h2 class="rule">' + (s.ruleId ? ruleLink(s.ruleId) + ' &middot; ' : '') + 'Rule: ' + esc(s.rule) + '</h2>';
      rule = s.rule;
      html += story(s, false);
    });
    return html;
  }

  function tagLink(tag) {
    // A rule's tag opens the rule (its text is the tooltip); the rule's page keeps the filter by the tag.
    if (ruleById[ruleIdOf(tag)]) return ruleLink(ruleIdOf(tag), tag, 'tag');
    return '<a class="tag" href="' + esc(hrefFor({ view: '', tags: tag })) + '">' + esc(tag) + '</a>';
  }

  function renderScenario(id) {
    var s = scenarioById[id];
    if (!s) return notFound('scenario', id);
    var f = featureById[s.featureId];
    var area = data.areas.filter(function (a) { return a.id === f.areaId; })[0];
    return '<p class="crumbs">' + homeLink() + ' &rsaquo; ' + link('area/' + area.id, area.name) + ' &rsaquo; ' + link('feature/' + f.id, f.name) + '</p>' + story(s, true);
  }

  // One scenario as a story: what is given, what is asked, what must follow, and whether it holds today.
  function story(s, alone) {
    var html = '<article class="scenario st-' + s.status + '" id="scenario-' + esc(s.id) + '">';
    var title = alone ? '<h1>' + esc(s.name) + '</h1>' : '<h3>' + link('scenario/' + s.id, s.name) + '</h3>';
    html += '<header>' + title + '<div class="meta">' + badge(s.status) + changeBadge(s) +
      (s.previousStatus && s.change !== 'none' ? ' <span class="muted">was ' + esc(STATUS_WORDS[s.previousStatus]) + '</span>' : '') +
      (s.attempts > 1 ? ' <span class="muted">' + s.attempts + ' attempts</span>' : '') +
      (s.durationMs ? ' <span class="muted">' + duration(s.durationMs) + '</span>' : '') + ' ' + s.tags.map(tagLink).join(' ') +
      (s.rule && alone ? ' <span class="muted">' + (s.ruleId ? ruleLink(s.ruleId) + ' &middot; ' : '') + 'Rule: ' + esc(s.rule) + '</span>' : '') + '</div></header>';
    // On a feature page every scenario repeats the feature's Background: when it passed, it folds into one line.
    var background = s.steps.filter(function (step) { return step.background; });
    var fold = !alone && background.length > 1 && background.every(function (step) { return step.status === 'passed'; });
    html += '<ol class="steps">';
    if (fold) {
      html += '<li class="step background folded"><details><summary>Background: ' + background.length + ' steps</summary><ol class="steps">' +
        background.map(function (step) { return stepItem(s, step, alone); }).join('') + '</ol></details></li>';
    }
    s.steps.forEach(function (step) {
      if (!(fold && step.background)) html += stepItem(s, step, alone);
    });
    html += '</ol>';
    if (s.failure) {
      html += '<div class="failure"><h4>Why it fails</h4><dl>' +
        '<dt>Expected</dt><dd class="expected">' + esc(s.failure.expected) + '</dd>' +
        '<dt>What happened</dt><dd class="actual">' + esc(s.failure.actual) + '</dd>' +
        (s.failure.firstDifference ? '<dt>First difference</dt><dd class="first-difference">' + esc(s.failure.firstDifference) + '</dd>' : '') +
        '</dl>' + (alone ? '<details><summary>Error as the runner reported it</summary><pre>' + esc(s.failure.message) + '</pre></details>' : '') + '</div>';
    }
    if (s.findings.length) {
      html += '<div class="findings"><h4>Verified more ways</h4><ul>';
      s.findings.forEach(function (finding) {
        html += '<li class="finding ' + (finding.passed ? 'held' : 'broken') + '"><strong>' + esc(humanize(finding.mode)) + ':</strong> ' +
          (finding.passed ? 'holds' : '<span class="badge st-failed">broken</span>') + ' &mdash; ' + esc(finding.summary) +
          (finding.firstDifference ? '<div>First difference: ' + esc(finding.firstDifference) + '</div>' : '') +
          '<div class="repro">Reproduce: <code>' + esc(finding.reproduce) + '</code></div></li>';
      });
      html += '</ul></div>';
    }
    if (s.record && alone) html += contracts(s.record);
    else if (s.contracts.length) {
      // What the scenario asks and what follows; the set-up its past events name is the same in every scenario.
      var own = ownContracts(s);
      if (own.length) html += '<p class="involves">Involves: ' + own.map(termLink).join(', ') + '</p>';
    }
    html += '<p class="where muted">' + esc(s.location) + '</p>';
    return html + '</article>';
  }

  function stepItem(s, step, alone) {
    var html = '<li class="step st-' + esc(step.status.replace(' ', '-')) + (step.background ? ' background' : '') + '">' +
      // A step's time is a developer's figure (cucumber.html has it); the page reads as the specification.
      '<span class="kw">' + esc(step.keyword) + '</span> ' + esc(step.text) +
      (step.status !== 'passed' && step.status !== 'not run' ? ' <span class="step-status status-' + esc(step.status.replace(/\s+/g, '-')) + '">' + esc(step.status) + '</span>' : '');
    if (step.table) html += table(step.table);
    if (step.docString) html += '<pre class="docstring">' + esc(step.docString) + '</pre>';
    // A failed check is told once, in words, by "Why it fails"; the runner's own text is one click down there.
    if (step.error && alone && s.failure && step.status === 'failed') html += ' <span class="muted">&mdash; see &ldquo;Why it fails&rdquo; below</span>';
    else if (step.error && alone) html += '<pre class="error">' + esc(step.error) + '</pre>';
    return html + '</li>';
  }

  function table(rows) {
    if (!rows.length) return '';
    return '<table class="data"><thead><tr>' + rows[0].map(function (c) { return '<th>' + esc(c) + '</th>'; }).join('') + '</tr></thead><tbody>' +
      rows.slice(1).map(function (r) { return '<tr>' + r.map(function (c) { return '<td>' + esc(c) + '</td>'; }).join('') + '</tr>'; }).join('') + '</tbody></table>';
  }

  // The contracts of the scenario as cards a person can read (field names and values, no JSON), in the story's order:
  // what was there before (folded when it is more than a few past events), the request and the answer side by side,
  // then what was recorded. A past event's time is shown only when the scenario set the clock: otherwise it is the
  // run's own time, the same on every card.
  var BEFORE_OPEN = 3;

  function contracts(record) {
    var clockSet = (record.setup || []).some(function (fact) { return fact.fact === 'the clock reads'; });
    var before = '';
    (record.setup || []).forEach(function (fact) {
      var value = fact.fact === 'the clock reads' ? instant(fact.value) : fact.value;
      before += '<div class="card card-setup"><div class="card-kind">Situation</div><div class="card-title">' + esc(capitalize(fact.fact)) + '</div><div>' + esc(value) + '</div></div>';
    });
    var given = record.given || [];
    given.forEach(function (e) { before += card('Already happened', 'event', e.type, e.fields, clockSet ? e.at : null); });
    if (record.givenNotShown) {
      before += '<div class="card card-setup"><div class="card-kind">Already happened</div><div class="card-title">and ' + esc(String(record.givenNotShown)) + ' more past events like these</div></div>';
    }
    var pastCount = given.length + (record.givenNotShown || 0);
    var html = '<section class="contracts"><h4>What the system was told and what it recorded</h4>';
    if (before) {
      html += '<details class="band band-before"' + (pastCount <= BEFORE_OPEN ? ' open' : '') + '><summary>Before' +
        (pastCount ? ': ' + pastCount + ' past event' + (pastCount === 1 ? '' : 's') : '') + '</summary><div class="cards">' + before + '</div></details>';
    }
    var asked = '';
    if (record.when) {
      asked += record.when.kind === 'command'
        ? card('Request', 'command', record.when.type, record.when.fields)
        : '<div class="card card-command"><div class="card-kind">Request</div><div class="card-title">The clock advances to ' + esc(instant(record.when.advanceTo)) + '</div></div>';
    }
    var outcome = record.outcome;
    var recorded = '';
    if (outcome) {
      if (outcome.refusal) {
        var r = outcome.refusal;
        // The rule is named once, after the message; the refusal's own copies of it are left out.
        var detail = {};
        Object.keys(r.detail || {}).forEach(function (k) { if (k !== 'rule' && k !== 'ruleId') detail[k] = r.detail[k]; });
        asked += card('Refused', 'error', r.error, detail, null, r.message, r.rule);
      } else if (outcome.status) {
        asked += '<div class="card card-accepted"><div class="card-kind">Answer</div><div class="card-title">' + esc(humanize(outcome.status)) + '</div></div>';
      }
      if (outcome.error) asked += '<div class="card card-error"><div class="card-kind">Error</div><div>' + esc(outcome.error) + '</div></div>';
      (outcome.newEvents || []).forEach(function (e) { recorded += card('Recorded', 'event', e.type, e.fields, clockSet ? e.at : null); });
      if (outcome.newEvents && !outcome.newEvents.length) recorded += '<div class="card card-none"><div class="card-kind">Recorded</div><div class="card-title">Nothing</div></div>';
    }
    if (asked) html += '<div class="band band-asked"><h5>Request and answer</h5><div class="cards">' + asked + '</div></div>';
    if (recorded) html += '<div class="band band-recorded"><h5>Recorded</h5><div class="cards">' + recorded + '</div></div>';
    if (record.then && record.then.length) {
      html += '<h4>Checked</h4><ul class="checks">' + record.then.map(function (t) {
        return '<li class="' + (t.passed ? 'held' : 'broken') + '">' + (t.passed ? '&#10003; ' : '&#10007; ') + checkText(t) +
          (t.actual ? ' &mdash; <em>' + esc(t.actual) + '</em>' : '') + '</li>';
      }).join('') + '</ul>';
    }
    return html + '</section>';
  }

  // A check on the new events or on a refusal names its terms, each linked to the glossary (the model words it the
  // same way, DocsModelBuilder.Checks, for the failure box); any other check is the step's own sentence.
  function checkText(t) {
    if (t.events) {
      return t.events.length ? 'Recorded, exactly: ' + t.events.map(function (type) { return termLink('event:' + type); }).join(', ') : 'Nothing new recorded';
    }
    if (t.error) return 'Refused: ' + termLink('error:' + t.error);
    return esc(capitalize(t.expectation));
  }

  // The terms a scenario's request and outcome name, not the set-up its past events name (DocsScenario.RequestContracts).
  function ownContracts(s) {
    return s.requestContracts !== undefined ? s.contracts.slice(0, s.requestContracts) : s.contracts;
  }

  // A contract ("event:PickShorted") by its glossary title, linked to its entry.
  function termLink(id) {
    var g = glossaryById[id];
    return g ? link('glossary/' + id, g.title, 'term') : esc(humanize(id.split(':')[1]));
  }

  function card(kindText, kind, type, fields, at, note, rule) {
    var id = kind + ':' + type;
    var g = glossaryById[id];
    var title = g ? link('glossary/' + id, g.title, 'card-title') : '<span class="card-title">' + esc(humanize(type)) + '</span>';
    // A card with lines (a purchase order's, a sale's, a picklist's) takes the whole row: its lines are a table.
    var wide = fields && typeof fields === 'object' && Object.keys(fields).some(function (k) { return isRecordList(fields[k]); });
    return '<div class="card card-' + kind + (wide ? ' card-wide' : '') + '"><div class="card-kind">' + esc(kindText) + (at ? ' <span class="muted">' + esc(instant(at)) + '</span>' : '') + '</div>' +
      title + (note || rule ? '<div class="note">' + esc(note || '') + (rule ? (note ? ' ' : '') + '(' + ruleLink(rule) + ')' : '') + '</div>' : '') + fieldList(fields) + '</div>';
  }

  function fieldList(fields) {
    if (!fields || typeof fields !== 'object') return '';
    var keys = Object.keys(fields);
    if (!keys.length) return '';
    return '<dl class="fields">' + keys.map(function (k) {
      var v = fields[k];
      return '<dt>' + esc(fieldLabel(k)) + '</dt><dd' + (isRecordList(v) ? ' class="wide"' : '') + '>' + fieldValue(k, v) + '</dd>';
    }).join('') + '</dl>';
  }

  function isRecordList(v) {
    return Array.isArray(v) && v.length > 0 && v.every(function (item) { return item && typeof item === 'object' && !Array.isArray(item); });
  }

  // Field names as the scenarios say them: "expiresAtUnixMs" -> "Expires at", "unitCostMinor" -> "Unit cost", "sku" -> "SKU".
  function fieldLabel(name) {
    var bare = String(name).replace(/UnixMs$/, '').replace(/Minor$/, '');
    return humanize(bare || name).replace(/\b[Ss]ku\b/g, 'SKU').replace(/\b[Ii]d\b/g, 'ID');
  }

  // Times the contracts carry as milliseconds since 1970 are shown as UTC dates (the contract's own field name says
  // which). Amounts in minor units keep their number: the scenarios' steps state them that way ("unit cost 250").
  function fieldValue(name, v) {
    if (typeof v === 'number' && /UnixMs$/.test(name) && isFinite(v)) {
      var date = new Date(v);
      if (!isNaN(date.getTime())) {
        var iso = date.toISOString();
        return esc(/T00:00:00\.000Z$/.test(iso) ? iso.slice(0, 10) : instant(iso));
      }
    }
    return value(v);
  }

  // Lines shown at most; a wave of 500 lines would otherwise make a page of 80 screens.
  var MAX_LINES = 20;

  function value(v) {
    if (v === null || v === undefined || v === '') return '<span class="muted">none</span>';
    if (Array.isArray(v)) {
      if (!v.length) return '<span class="muted">none</span>';
      if (isRecordList(v)) return lineTable(v);
      return '<ul class="values">' + v.map(function (item) { return '<li>' + value(item) + '</li>'; }).join('') + '</ul>';
    }
    if (typeof v === 'object') return fieldList(v);
    if (typeof v === 'boolean') return v ? 'yes' : 'no';
    return esc(v);
  }

  // A list of records (a purchase order's lines) as a small table, one row per line, as the steps' own tables read.
  function lineTable(rows) {
    var columns = [];
    rows.forEach(function (row) { Object.keys(row).forEach(function (k) { if (columns.indexOf(k) < 0) columns.push(k); }); });
    var shown = rows.slice(0, MAX_LINES);
    return '<div class="lines-wrap"><table class="lines"><thead><tr>' + columns.map(function (k) { return '<th>' + esc(fieldLabel(k)) + '</th>'; }).join('') +
      '</tr></thead><tbody>' + shown.map(function (row) {
        return '<tr>' + columns.map(function (k) { return '<td>' + fieldValue(k, row[k]) + '</td>'; }).join('') + '</tr>';
      }).join('') + '</tbody></table>' +
      (rows.length > shown.length ? '<p class="muted">and ' + (rows.length - shown.length) + ' more lines</p>' : '') + '</div>';
  }

  function renderGlossary() {
    var html = '<p class="crumbs">' + homeLink() + '</p><h1>Glossary</h1>';
    if (!data.glossary.length) return html + '<p class="empty">The stream carries no contract catalog: no scenario talked to the system.</p>';
    html += '<p class="lede">Every command the system accepts, every event it records and every refusal it gives, with the scenarios that show it. ' +
      '<span class="badge gap">not exercised</span> marks a gap: no scenario shows it yet.' +
      (data.scope ? ' <span class="badge not-in-run">not in this run</span> marks a term of an area this run did not select.' : '') + '</p>' + scopeNote();
    // 249 terms in one list made a page of 11,000 px: the terms come by area, each area folded to one line that
    // counts its terms and gaps; an area with a gap opens, so what is missing is in sight.
    var areas = [];
    data.glossary.forEach(function (g) { if (areas.indexOf(g.area) < 0) areas.push(g.area); });
    areas.sort(function (a, b) { return (a === 'Tables') - (b === 'Tables') || (a < b ? -1 : a > b ? 1 : 0); });
    areas.forEach(function (area) {
      var inArea = data.glossary.filter(function (g) { return g.area === area; });
      var gaps = inArea.filter(function (g) { return g.kind !== 'table' && !g.scenarioIds.length && !g.notInRun; }).length;
      var counts = ['command', 'event', 'error', 'table'].map(function (kind) {
        var n = inArea.filter(function (g) { return g.kind === kind; }).length;
        return n ? n + ' ' + KIND_WORDS[kind].toLowerCase() + (n === 1 ? '' : 's') : '';
      }).filter(Boolean).join(', ');
      // Two areas are the code's, not the domain's: the values nested in other terms, and the refusals every area gives.
      var name = { Tables: 'Values inside other terms', Domain: 'Every area' }[area] || area || 'Other';
      html += '<details class="glossary-area"' + (gaps ? ' open' : '') + '><summary><strong>' + esc(name) + '</strong> <span class="muted">' + esc(counts) +
        (gaps ? ', ' + gaps + ' not exercised' : '') + '</span></summary>';
      ['command', 'event', 'error', 'table'].forEach(function (kind) {
        var entries = inArea.filter(function (g) { return g.kind === kind; });
        if (!entries.length) return;
        var heading = { command: 'Commands', event: 'Events', error: 'Refusals', table: 'Values inside other terms' }[kind];
        html += '<h3>' + heading + '</h3><ul class="glossary">';
        entries.forEach(function (g) {
          html += '<li>' + link('glossary/' + g.id, g.title, 'term') + (g.notInRun ? ' <span class="badge not-in-run">not in this run</span>'
            : kind !== 'table' && !g.scenarioIds.length ? ' <span class="badge gap">not exercised</span>' + appearsOnly(g) : ' <span class="muted">' + g.scenarioIds.length + ' scenarios</span>') +
            ' <span class="muted">&mdash; ' + esc(g.description) + '</span></li>';
        });
        html += '</ul>';
      });
      html += '</details>';
    });
    return html;
  }

  // A field's kind of value in words: "text", "whole number", "one of None, Lot, Serial", "list of Kit line"
  // (a value carried inside other terms links to its entry); the schema's name stays in a tooltip.
  var KIND_OF_VALUE = { string: 'text', long: 'whole number', int: 'whole number', ulong: 'whole number', Uuid: 'identifier', Guid: 'identifier', bool: 'yes or no', double: 'number', decimal: 'number' };

  function valueKind(name, type, values) {
    var list = /^\[(.+)\]$/.exec(type);
    var single = list ? list[1] : type;
    var words = /UnixMs$/.test(name) ? 'date and time (UTC)'
      : /Minor$/.test(name) ? 'amount in minor units (cents)'
      : values && values.length ? 'one of ' + values.map(esc).join(', ')
      : KIND_OF_VALUE[single] ? esc(KIND_OF_VALUE[single]) + (list ? 's' : '')
      : glossaryById['table:' + single] ? link('glossary/table:' + single, glossaryById['table:' + single].title, 'term')
      : esc(humanize(single));
    return '<span title="' + esc(type) + '">' + (list ? 'list of ' : '') + words + '</span>';
  }

  function renderTerm(id) {
    var g = glossaryById[id];
    if (!g) return notFound('term', id);
    var html = '<p class="crumbs">' + homeLink() + ' &rsaquo; ' + link('glossary', 'Glossary') + '</p>';
    html += '<article class="term"><h1>' + esc(g.title) + '</h1><p class="meta"><span class="badge kind">' + esc(KIND_WORDS[g.kind]) + '</span> <code>' + esc(g.name) + '</code>' +
      (g.contractId ? ' <span class="muted">contract ' + g.contractId + '</span>' : '') + (g.area ? ' <span class="muted">' + esc(g.area) + '</span>' : '') +
      g.rules.map(function (r) { return ' ' + tagLink('@' + r); }).join('') + '</p>';
    html += '<p class="description">' + esc(g.description) + '</p>';
    if (g.fields.length) {
      // A refusal's fields carry no descriptions yet: no empty Meaning column then.
      var described = g.fields.some(function (f) { return f.description; });
      html += '<table class="data fields-table"><thead><tr><th>Field</th><th>Kind of value</th>' + (described ? '<th>Meaning</th>' : '') + '</tr></thead><tbody>' +
        g.fields.map(function (f) {
          return '<tr><td>' + esc(fieldLabel(f.name)) + (f.optional ? ' <span class="muted">(optional)</span>' : '') + '</td><td>' + valueKind(f.name, f.type, f.values) + '</td>' +
            (described ? '<td>' + esc(f.description) + '</td>' : '') + '</tr>';
        }).join('') + '</tbody></table>';
    }
    if (g.kind === 'table') {
      html += '<p class="muted">A value carried inside commands and events, not a term of its own.</p>';
    } else if (g.notInRun) {
      html += '<p class="gap-note"><span class="badge not-in-run">not in this run</span> ' + esc(data.scope.selection ? 'This run selects ' + data.scope.selection + ', and ' : '') +
        'no scenario of it shows this ' + esc(KIND_WORDS[g.kind].toLowerCase()) + '. A run of the whole corpus tells whether it is a gap.</p>';
    } else if (!g.scenarioIds.length) {
      var word = esc(KIND_WORDS[g.kind].toLowerCase());
      html += '<p class="gap-note"><span class="badge gap">not exercised</span> ' + (g.unassertedScenarioIds.length
        ? 'No scenario checks this ' + word + ' yet: it appears in the scenarios below, but none of their checks asserts it (or the checks failed). A gap in the specification.'
        : 'No scenario shows this ' + word + ' yet: a gap in the specification.') + '</p>';
    } else {
      html += '<h2>Shown by ' + g.scenarioIds.length + ' scenario' + (g.scenarioIds.length === 1 ? '' : 's') + '</h2>' + scenarioList(g.scenarioIds, 'exercised');
    }
    if (g.kind !== 'table' && g.unassertedScenarioIds.length) {
      html += '<h2>Also appears, unchecked, in ' + g.unassertedScenarioIds.length + ' scenario' + (g.unassertedScenarioIds.length === 1 ? '' : 's') + '</h2>' +
        '<p class="muted">Here it is a past event, or it happened without a check naming it, or the scenario failed.</p>' + scenarioList(g.unassertedScenarioIds, 'unasserted');
    }
    return html + '</article>';
  }

  // Each scenario with its status, and its feature unless the list is already grouped by feature.
  function scenarioItems(ids, grouped) {
    return ids.map(function (sid) {
      var s = scenarioById[sid];
      return '<li>' + badge(s.status) + ' ' + link('scenario/' + sid, s.name) + (grouped ? '' : ' <span class="muted">' + esc(featureById[s.featureId].name) + '</span>') + '</li>';
    }).join('');
  }

  // A term every scenario of an area uses (Location created: 196 of them) would list a page of names: past a dozen,
  // the scenarios are grouped by feature, each group folded with its count.
  var SCENARIOS_FLAT = 12;

  function scenarioList(ids, listClass, flat) {
    if (ids.length <= (flat || SCENARIOS_FLAT)) return '<ul class="' + listClass + '">' + scenarioItems(ids) + '</ul>';
    var byFeature = {};
    var order = [];
    ids.forEach(function (sid) {
      var featureId = scenarioById[sid].featureId;
      if (!byFeature[featureId]) { byFeature[featureId] = []; order.push(featureId); }
      byFeature[featureId].push(sid);
    });
    return '<ul class="' + listClass + ' by-feature">' + order.map(function (featureId) {
      var group = byFeature[featureId];
      var counts = countOf(group.map(function (sid) { return scenarioById[sid]; }));
      // A group holding a failure opens, and every group says how its scenarios fare: a fold must not hide a red one.
      return '<li><details' + (counts.failed ? ' open' : '') + '><summary>' + esc(featureById[featureId].name) + ' <span class="muted">' + group.length + ' scenario' + (group.length === 1 ? '' : 's') + '</span> ' +
        countsHtml(counts, 'feature/' + featureId) + '</summary><ul>' +
        scenarioItems(group, true) + '</ul></details></li>';
    }).join('') + '</ul>';
  }

  // A gap that is not empty-handed: the term appears in scenarios, but none asserts it.
  function appearsOnly(g) {
    return g.unassertedScenarioIds.length ? ' <span class="muted">appears unchecked in ' + g.unassertedScenarioIds.length + '</span>' : '';
  }

  // ---------- rules ----------

  // "@R-8.7" or "R-8.7" -> "R-8.7"; anything else -> ''.
  // As the runner reads rule tags (RuleTags): "@R-8.1", with a capital R; "@r-8.1" is another tag, which no rule counts.
  function ruleIdOf(text) {
    var m = /^@?(R-\d+\.\d+)$/.exec(String(text || '').trim());
    return m ? m[1] : '';
  }

  function rulesCount(n) { return n + (n === 1 ? ' rule' : ' rules'); }

  // A link to a rule's page with the rule's text as its tooltip; an id the rules file does not list stays plain text.
  function ruleLink(id, text, extraClass) {
    var r = ruleById[id];
    if (!r) return '<span class="' + (extraClass || 'rule-id') + '">' + esc(text || id) + '</span>';
    return '<a class="rule-link' + (extraClass ? ' ' + extraClass : '') + '" href="' + esc(hrefFor({ view: 'rule/' + id })) + '" title="' + esc(r.text) + '">' + esc(text || id) + '</a>';
  }

  function ruleAreaId(area) {
    return String(area || 'rules').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'rules';
  }

  // The rules' areas in the rules file's order.
  function ruleAreas() {
    var areas = [];
    var byId = {};
    (data.rules || []).forEach(function (r) {
      var id = ruleAreaId(r.area);
      if (!byId[id]) areas.push(byId[id] = { id: id, name: r.area || 'Rules', rules: [] });
      byId[id].rules.push(r);
    });
    return areas;
  }

  // Whether a rule holds today, in words: "9 scenarios, all pass", "1 of 9 fails", "no scenario yet" (a gap).
  function ruleStatus(r) {
    var scenarios = r.scenarioIds.map(function (id) { return scenarioById[id]; });
    var n = scenarios.length;
    var c = countOf(scenarios);
    var ran = c.passed + c.failed + c.flaky;
    if (r.notInRun && !ran) return { kind: 'not-in-run', text: 'not in this run' };
    if (!n) return { kind: 'gap', text: 'no scenario yet' };
    if (c.failed) return { kind: 'failed', text: c.failed + ' of ' + n + (c.failed === 1 ? ' fails' : ' fail') };
    var flaky = c.flaky ? ' (' + c.flaky + ' flaky)' : '';
    if (ran === n) return { kind: 'passed', text: (n === 1 ? '1 scenario, it passes' : n + ' scenarios, all pass') + flaky };
    if (!ran) return { kind: 'notRun', text: n + (n === 1 ? ' scenario, not run' : ' scenarios, none run') };
    return { kind: 'passed', text: ran + ' of ' + n + ' pass' + flaky + ', ' + (n - ran) + ' not run' };
  }

  function ruleStatusBadge(r) {
    var st = ruleStatus(r);
    var cls = { passed: 'st-passed', failed: 'st-failed', notRun: 'st-notRun', gap: 'gap', 'not-in-run': 'not-in-run' }[st.kind];
    return '<span class="badge rule-status ' + cls + '">' + esc(st.text) + '</span>';
  }

  // The rules file's cells quote names in backticks: shown as code, everything else escaped.
  function ruleCell(text) {
    return esc(text).replace(/`([^`]+)`/g, '<code>$1</code>');
  }

  function ruleBody(r) {
    var html = '<p class="rule-text">' + esc(r.text) + '</p>';
    var st = ruleStatus(r);
    if (st.kind === 'gap') html += '<p class="gap-note"><span class="badge gap">no scenario yet</span> No scenario is tagged @' + esc(r.id) + ': a gap in the specification.</p>';
    if (r.links.length) {
      html += '<dl class="rule-links">' + r.links.map(function (l) { return '<dt>' + esc(capitalize(l.heading || 'also')) + '</dt><dd>' + ruleCell(l.text) + '</dd>'; }).join('') + '</dl>';
    }
    if (r.terms.length) {
      html += '<p class="involves">Terms: ' + r.terms.map(function (id) { var g = glossaryById[id]; return g ? link('glossary/' + id, g.title, 'term') : ''; }).filter(Boolean).join(', ') + '</p>';
    }
    return html;
  }

  function rulesSummary() {
    var gaps = data.rules.filter(function (r) { return ruleStatus(r).kind === 'gap'; }).length;
    var failing = data.rules.filter(function (r) { return ruleStatus(r).kind === 'failed'; }).length;
    var outside = data.rules.filter(function (r) { return ruleStatus(r).kind === 'not-in-run'; }).length;
    return '<p>' + link('rules', 'Rules') + ': ' + rulesCount(data.rules.length) + '; ' + failing + ' with a failing scenario, ' + gaps + ' with no scenario yet' +
      (outside ? ', ' + outside + ' not in this run' : '') + '.</p>';
  }

  function scopeNote() {
    if (!data.scope) return '';
    var areas = data.scope.areas;
    var covered = areas.length ? 'This run covers ' + (areas.length === 1 ? areas[0] : areas.slice(0, -1).join(', ') + ' and ' + areas[areas.length - 1]) + ' only' : 'This run ran no scenario';
    return '<p class="scope-note">' + esc(covered + ' (it selects ' + data.scope.selection + ').') +
      ' Terms and rules of other areas are marked <span class="badge not-in-run">not in this run</span>, not as gaps.</p>';
  }

  // A tag filter that is exactly one rule is headed with the rule.
  function oneRuleHead(state) {
    var r = ruleById[ruleIdOf(state.tags)];
    return r ? '<div class="rule-head">' + ruleLink(r.id) + ' ' + ruleStatusBadge(r) + '<p class="rule-text">' + esc(r.text) + '</p></div>' : '';
  }

  function renderRules() {
    var html = '<p class="crumbs">' + homeLink() + '</p><h1>Rules</h1>';
    if (!data.rules || !data.rules.length) return html + '<p class="empty">The stream carries no rules: the run had no rules file ("rules" in specs.json, or --rules).</p>';
    html += '<p class="lede">Every rule of ' + esc(data.rulesSource || 'the rules file') + ', area by area, and whether each holds today. ' +
      '<span class="badge gap">no scenario yet</span> marks a gap in the specification.</p>' + scopeNote() + '<ul class="rule-areas">';
    ruleAreas().forEach(function (area) {
      var st = area.rules.map(ruleStatus);
      var n = function (kind) { return st.filter(function (x) { return x.kind === kind; }).length; };
      html += '<li>' + link('rules/' + area.id, area.name) + ' <span class="muted">' + rulesCount(area.rules.length) +
        (n('failed') ? ', ' + n('failed') + ' failing' : '') + (n('gap') ? ', ' + n('gap') + ' with no scenario yet' : '') + (n('not-in-run') ? ', ' + n('not-in-run') + ' not in this run' : '') + '</span></li>';
    });
    return html + '</ul>';
  }

  function renderRuleArea(id) {
    var area = ruleAreas().filter(function (a) { return a.id === id; })[0];
    if (!area) return notFound('rule area', id);
    var html = '<p class="crumbs">' + homeLink() + ' &rsaquo; ' + link('rules', 'Rules') + '</p><h1>' + esc(area.name) + '</h1>' + scopeNote() + '<ol class="rules">';
    area.rules.forEach(function (r) {
      html += '<li class="rule-item" id="rule-' + esc(r.id) + '"><h2>' + ruleLink(r.id) + ' ' + ruleStatusBadge(r) + '</h2>' + ruleBody(r) +
        (r.scenarioIds.length ? scenarioList(r.scenarioIds, 'exercised') : '') + '</li>';
    });
    return html + '</ol>';
  }

  function renderRule(id) {
    var r = ruleById[id];
    if (!r) return notFound('rule', id);
    var html = '<p class="crumbs">' + homeLink() + ' &rsaquo; ' + link('rules', 'Rules') + ' &rsaquo; ' + link('rules/' + ruleAreaId(r.area), r.area || 'Rules') + '</p>';
    html += '<article class="rule"><h1>' + esc(r.id) + '</h1><p class="meta">' + ruleStatusBadge(r) + '</p>' + ruleBody(r);
    if (r.scenarioIds.length) {
      html += '<h2>Scenarios <span class="muted">' + r.scenarioIds.length + '</span></h2>' + scenarioList(r.scenarioIds, 'exercised') +
        '<p><a class="filter-link" href="' + esc(hrefFor({ view: '', tags: '@' + r.id })) + '">Filter the scenarios by @' + esc(r.id) + '</a></p>';
    }
    return html + '</article>';
  }

  function renderChanges() {
    var html = '<p class="crumbs">' + homeLink() + '</p><h1>What changed</h1>';
    if (!data.comparedWith) return html + '<p class="empty">This site was built without --compare.</p>';
    html += changesSummary();
    [['newlyFailing', 'Newly failing'], ['newlyFixed', 'Newly fixed'], ['new', 'New']].forEach(function (pair) {
      var list = data.scenarios.filter(function (s) { return s.change === pair[0]; });
      if (!list.length) return;
      html += '<h2>' + pair[1] + ' <span class="muted">' + list.length + '</span></h2><ul>' + list.map(function (s) { return '<li>' + badge(s.status) + ' ' + link('scenario/' + s.id, s.name) + '</li>'; }).join('') + '</ul>';
    });
    if (data.removed.length) {
      html += '<h2>Removed <span class="muted">' + data.removed.length + '</span></h2><ul class="removed">' +
        data.removed.map(function (r) { return '<li>' + esc(r.name) + ' <span class="muted">' + esc(r.location) + ', was ' + esc(STATUS_WORDS[r.previousStatus]) + '</span></li>'; }).join('') + '</ul>';
    }
    return html;
  }

  function notFound(what, id) {
    return '<h1>Not found</h1><p>There is no ' + esc(what) + ' &ldquo;' + esc(id) + '&rdquo; in this documentation; it may have been renamed or removed. ' + link('', 'Start from the overview') + ' or search for it.</p>';
  }

  // ---------- rendering and events ----------
  function render() {
    var state = readState();
    if (document.activeElement !== searchBox) searchBox.value = state.q;
    if (document.activeElement !== tagsBox) tagsBox.value = state.tags;
    Array.prototype.forEach.call(statusGroup.querySelectorAll('input'), function (box) { box.checked = state.status.indexOf(box.value) >= 0; });
    var keep = scenarioFilter(state);
    document.body.classList.toggle('filters-on', !!(state.tags || state.status.length));
    renderNav(state, keep);
    var view = state.view;
    var html;
    if (view.indexOf('scenario/') === 0) html = renderScenario(view.slice(9));
    else if (view.indexOf('feature/') === 0) html = renderFeature(view.slice(8), keep, state);
    else if (view.indexOf('area/') === 0) html = renderArea(view.slice(5), keep, state);
    else if (view === 'glossary') html = renderGlossary();
    else if (view.indexOf('glossary/') === 0) html = renderTerm(view.slice(9));
    else if (view === 'changes') html = renderChanges();
    else if (view === 'rules') html = renderRules();
    else if (view.indexOf('rules/') === 0) html = renderRuleArea(view.slice(6));
    else if (view.indexOf('rule/') === 0) html = renderRule(view.slice(5));
    else if (state.q) html = renderSearch(state, keep);
    else html = renderHome(state, keep);
    main.innerHTML = html;
    neutraliseLinks(main);
    var heading = (main.querySelector('h1') || {}).textContent;
    document.title = heading && heading !== data.title ? heading + ' \u2014 ' + data.title : data.title;
    document.body.setAttribute('data-view', view || (state.q ? 'search' : 'home'));
  }

  // Descriptions are Markdown from feature files: an image or a link must never make the page fetch anything.
  function neutraliseLinks(root) {
    Array.prototype.forEach.call(root.querySelectorAll('.description img'), function (img) {
      var span = document.createElement('span');
      span.textContent = '[image: ' + (img.getAttribute('alt') || img.getAttribute('src')) + ']';
      img.replaceWith(span);
    });
    Array.prototype.forEach.call(root.querySelectorAll('.description a'), function (a) {
      var href = a.getAttribute('href') || '';
      if (!/^(https?:|mailto:|#)/i.test(href)) a.removeAttribute('href');
      else if (/^https?:/i.test(href)) a.setAttribute('rel', 'noopener noreferrer');
    });
  }

  STATUSES.forEach(function (status) {
    var label = document.createElement('label');
    label.className = 'status-toggle st-' + status;
    label.innerHTML = '<input type="checkbox" value="' + status + '"> ' + esc(STATUS_WORDS[status]);
    statusGroup.appendChild(label);
  });
  statusGroup.addEventListener('change', function () {
    var checked = Array.prototype.filter.call(statusGroup.querySelectorAll('input'), function (box) { return box.checked; }).map(function (box) { return box.value; });
    go({ status: checked }, true);
  });

  var typing = null;
  searchBox.addEventListener('input', function () {
    clearTimeout(typing);
    // The first letter typed over a page (a scenario, a term) leaves it in the history; later letters refine the search in place.
    typing = setTimeout(function () { var state = readState(); go({ q: searchBox.value.trim(), view: '' }, !state.view && !!state.q); }, 120);
  });
  searchBox.addEventListener('keydown', function (event) {
    if (event.key === 'Enter') { clearTimeout(typing); go({ q: searchBox.value.trim(), view: '' }, false); }
  });
  tagsBox.addEventListener('change', function () { go({ tags: tagsBox.value.trim() }, false); });
  tagsBox.addEventListener('keydown', function (event) { if (event.key === 'Enter') go({ tags: tagsBox.value.trim() }, false); });
  document.getElementById('menu').addEventListener('click', function () {
    var open = document.body.classList.toggle('nav-open');
    this.setAttribute('aria-expanded', String(open));
  });
  nav.addEventListener('click', function (event) { if (event.target.tagName === 'A') document.body.classList.remove('nav-open'); });
  document.getElementById('filters-toggle').addEventListener('click', function () {
    var open = document.body.classList.toggle('filters-open');
    this.setAttribute('aria-expanded', String(open));
  });
  // The sticky navigation starts below the header, whose height changes as it wraps.
  var header = document.querySelector('.top');
  function measureHeader() { document.documentElement.style.setProperty('--top', header.offsetHeight + 'px'); }
  if (window.ResizeObserver) new ResizeObserver(measureHeader).observe(header);
  measureHeader();
  // A link followed leaves the page it was on: remember where that page was scrolled to first.
  document.addEventListener('click', function (event) {
    var anchor = event.target.closest && event.target.closest('a[href^="#"]');
    if (anchor && !event.defaultPrevented && event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey) rememberScroll();
  }, true);
  window.addEventListener('hashchange', function () {
    render();
    var state = history.state;
    window.scrollTo(0, state && typeof state.scrollY === 'number' ? state.scrollY : 0);
  });

  render();
})();
