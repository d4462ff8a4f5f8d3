/* AME screener: plain JavaScript, no build step, no dependency. Nothing leaves this page but the
 * requests to this server's own API (the Content-Security-Policy says so), and nothing is stored. */
'use strict';

(() => {
  const LANGUAGES = [
    ['fr', 'Français'], ['en', 'English'], ['sq', 'Shqip'], ['ar', 'العربية'], ['bn', 'বাংলা'], ['zh', '中文'],
    ['ht', 'Kreyòl ayisyen'], ['prs', 'دری'], ['es', 'Español'], ['ka', 'ქართული'], ['ur', 'اردو'],
    ['pt', 'Português'], ['ro', 'Română'], ['ru', 'Русский'], ['ta', 'தமிழ்'], ['tr', 'Türkçe']];
  const TAGS = LANGUAGES.map(l => l[0]);
  const RTL = new Set(['ar', 'prs', 'ur']);
  /** Intl has no data for some tags: the closest locale for dates and numbers. */
  const INTL = { prs: 'fa-AF', ht: 'fr-HT' };

  const OPTIONS = {
    territory: ['METROPOLE', 'GUADELOUPE', 'MARTINIQUE', 'GUYANE', 'REUNION', 'MAYOTTE', 'SAINT_MARTIN', 'SAINT_BARTHELEMY'],
    housing: ['TENANT', 'HOUSED_FREE', 'OWNER', 'HOMELESS', 'HOSTED_BY_ASSOCIATION'],
    doc: ['RESIDENCE_PERMIT', 'LONG_STAY_VISA', 'SHORT_STAY_VISA', 'RECEIPT', 'RENEWAL_ATTESTATION', 'ASYLUM_CERTIFICATE',
      'PREFECTURE_APPOINTMENT'],
    proof: ['DOMICILIATION_CERTIFICATE', 'PASSPORT_ENTRY_STAMP', 'VISA', 'RENT_RECEIPT', 'UTILITY_BILL', 'HOSPITAL_BILL',
      'SCHOOL_CERTIFICATE', 'OTHER'],
    resource: ['EMPLOYMENT', 'PENSION', 'ALIMONY', 'FAMILY_SUPPORT', 'BENEFITS', 'OTHER'],
    act: ['GP_CONSULTATION', 'SPECIALIST_CONSULTATION', 'HOSPITAL_STAY', 'MEDICINE', 'MEDICINE_LOW_BENEFIT', 'DENTAL_CARE',
      'DENTAL_PROSTHESIS', 'OPTICS', 'THERMAL_CURE', 'MAP_PROCEDURE', 'MAP_MEDICINE', 'MATERNITY_CARE',
      'SUPERFICIAL_NERVE_RELEASE', 'CARPAL_TUNNEL_RELEASE', 'CATARACT_SURGERY', 'CORNEAL_GRAFT',
      'LENS_SURGERY_WITH_TRABECULECTOMY', 'RHINOPLASTY', 'COCHLEAR_IMPLANT', 'MIDDLE_EAR_RECONSTRUCTION',
      'PROTRUDING_EAR_SURGERY', 'KNEE_PROSTHESIS', 'SHOULDER_PROSTHESIS', 'HIP_PROSTHESIS', 'HIP_FEMUR_SURGERY',
      'BENIGN_BREAST_SURGERY', 'GASTROPLASTY', 'OTHER_OBESITY_SURGERY', 'PATIENT_TRANSPORT_FOR_LISTED_PROCEDURE',
      'PHYSIOTHERAPY_FOR_LISTED_PROCEDURE'],
    cause: ['', 'TRAUMA', 'FRACTURE', 'BURN', 'INFECTION', 'HAEMORRHAGE', 'TUMOUR'],
  };
  const AMOUNT = /^\s*\d{1,12}([.,]\d{1,2})?\s*$/;
  const LEGAL_CODES = {
    CASF: "code de l'action sociale et des familles",
    CSS: 'code de la sécurité sociale',
    CSP: 'code de la santé publique',
  };

  const state = {
    lang: 'fr',
    labels: {},
    cache: {},
    step: 0,
    maxStep: 0,
    uid: 0,
    counters: { CHILD: 0, OTHER_DEPENDENT: 0, care: 0 },
    result: null, // { caseJson, decisions: {lang: {decision, messagesLang}} }
  };

  const $ = (sel, root = document) => root.querySelector(sel);
  const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));

  // ------------------------------------------------------------------------------------------
  // Labels

  async function labelsOf(tag) {
    if (!state.cache[tag]) {
      const r = await fetch('i18n/' + tag + '.json', { headers: { Accept: 'application/json' } });
      if (!r.ok) throw new Error('labels ' + tag + ': ' + r.status);
      state.cache[tag] = await r.json();
    }
    return state.cache[tag];
  }

  function tr(labels, key, params) {
    let s = labels[key];
    if (s === undefined) s = (state.cache.fr || {})[key];
    if (s === undefined) s = key;
    if (params) {
      s = s.replace(/\{(\w+)\}/g, (m, name) => (params[name] === undefined ? m : String(params[name])));
    }
    return s;
  }

  const t = (key, params) => tr(state.labels, key, params);

  function intlLocale(tag) {
    return INTL[tag] || tag;
  }

  function fmtDate(iso, tag) {
    if (!iso) return '';
    const [y, m, d] = iso.split('-').map(Number);
    try {
      return new Intl.DateTimeFormat(intlLocale(tag), { dateStyle: 'long', timeZone: 'UTC' })
        .format(new Date(Date.UTC(y, m - 1, d)));
    } catch (e) {
      return iso;
    }
  }

  function fmtMoney(amount, tag) {
    if (amount === null || amount === undefined) return '';
    const v = Number(amount);
    const whole = Number.isInteger(v);
    try {
      return new Intl.NumberFormat(intlLocale(tag), {
        style: 'currency', currency: 'EUR', minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: whole ? 0 : 2,
      }).format(v);
    } catch (e) {
      return amount + ' €';
    }
  }

  function today() {
    const d = new Date();
    const p = n => String(n).padStart(2, '0');
    return d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate());
  }

  // ------------------------------------------------------------------------------------------
  // Building DOM

  function h(tag, attrs, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k === 'text') el.textContent = v;
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat(Infinity)) {
      if (c === null || c === undefined || c === false) continue;
      el.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return el;
  }

  function nextId(prefix) {
    state.uid += 1;
    return prefix + '-' + state.uid;
  }

  function fillSelect(select, kind, labels = state.labels) {
    const value = select.value;
    const codes = OPTIONS[kind];
    select.replaceChildren(...codes.map(c => h('option', { value: c, text: tr(labels, kind + '.' + (c || 'none')) })));
    if (value !== '' && codes.includes(value)) select.value = value;
    else if (value === '' && codes.includes('')) select.value = '';
  }

  function field(labelKey, input, hintKey) {
    const id = input.id || nextId('f');
    input.id = id;
    const label = h('label', { for: id, 'data-i18n': labelKey, text: t(labelKey) });
    const parts = [label];
    if (hintKey) {
      const hint = h('p', { class: 'hint', id: id + '-hint', 'data-i18n': hintKey, text: t(hintKey) });
      input.setAttribute('aria-describedby', hint.id);
      parts.push(hint);
    }
    parts.push(input);
    return h('div', { class: 'field' }, parts);
  }

  function select(kind, attrs) {
    const s = h('select', Object.assign({ 'data-options': kind }, attrs || {}));
    fillSelect(s, kind);
    return s;
  }

  function removeButton(labelKey, onclick) {
    return h('button', { type: 'button', class: 'remove', 'data-i18n': labelKey, text: t(labelKey), onclick });
  }

  // ------------------------------------------------------------------------------------------
  // Members

  function memberLabel(el, labels = state.labels) {
    const role = el.dataset.role;
    return tr(labels, 'role.' + role, { n: el.dataset.n || '' });
  }

  function addMember(role) {
    const tpl = $('#member-template').content.firstElementChild.cloneNode(true);
    let id;
    if (role === 'APPLICANT') id = 'applicant';
    else if (role === 'PARTNER') id = 'partner';
    else {
      state.counters[role] += 1;
      tpl.dataset.n = String(state.counters[role]);
      id = (role === 'CHILD' ? 'child-' : 'dependant-') + state.counters[role];
    }
    tpl.dataset.role = role;
    tpl.dataset.id = id;
    const birth = $('.birthDate', tpl);
    birth.id = nextId('birth');
    birth.previousElementSibling.setAttribute('for', birth.id);
    const edu = $('.inEducation', tpl);
    edu.id = nextId('edu');
    edu.nextElementSibling.setAttribute('for', edu.id);
    $('.education', tpl).hidden = role !== 'CHILD';
    const remove = $('.remove-member', tpl);
    if (role === 'APPLICANT') remove.remove();
    else remove.addEventListener('click', () => removeMember(tpl));
    $('.add-doc', tpl).addEventListener('click', () => addDoc(tpl, true));
    $('.add-proof', tpl).addEventListener('click', () => addProof(tpl, true));
    $('.add-resource', tpl).addEventListener('click', () => addResource(tpl, true));
    $('#members').append(tpl);
    applyLabels(tpl);
    $('.member-title', tpl).textContent = memberLabel(tpl);
    refreshMembers();
    return tpl;
  }

  function removeMember(el) {
    const next = el.nextElementSibling || el.previousElementSibling;
    el.remove();
    refreshMembers();
    const focus = next ? $('.member-title', next) : $('#add-partner');
    if (focus && focus.tagName === 'LEGEND') {
      const input = $('input', next);
      if (input) input.focus();
    } else if (focus) focus.focus();
  }

  function row(container, parts, onRemove) {
    const r = h('div', { class: 'row item' }, parts, removeButton('nav.remove', () => {
      const after = r.nextElementSibling;
      r.remove();
      refreshPaths();
      (after ? $('select, input', after) : container.parentElement.querySelector('button[class^="add"]')).focus();
      if (onRemove) onRemove();
    }));
    container.append(r);
    refreshPaths();
    return r;
  }

  function addDoc(member, focus) {
    const type = select('doc', { class: 'docType' });
    const from = h('input', { type: 'date', class: 'validFrom', min: '1900-01-01', max: '2199-12-31' });
    const until = h('input', { type: 'date', class: 'validUntil', required: true, min: '1900-01-01', max: '2199-12-31' });
    const r = row($('.docs .rows', member), [field('f.docType', type), field('f.validFrom', from), field('f.validUntil', until)]);
    if (focus) type.focus();
    return r;
  }

  function addProof(member, focus) {
    const type = select('proof', { class: 'proofType' });
    const date = h('input', { type: 'date', class: 'proofDate', required: true, min: '1900-01-01', max: '2199-12-31' });
    const r = row($('.proofs .rows', member), [field('f.proofType', type), field('f.proofDate', date)]);
    if (focus) type.focus();
    return r;
  }

  function addResource(member, focus) {
    const type = select('resource', { class: 'resType' });
    const amount = h('input', { type: 'text', class: 'amount', required: true, inputmode: 'decimal', autocomplete: 'off',
      'data-kind': 'amount' });
    const r = row($('.resources .rows', member), [field('f.resType', type), field('f.amount', amount, 'f.amount.hint')]);
    if (focus) type.focus();
    return r;
  }

  function members() {
    return $$('#members > .member');
  }

  function refreshMembers() {
    $('#add-partner').disabled = members().some(m => m.dataset.role === 'PARTNER');
    refreshPaths();
    refreshCareMembers();
  }

  /** Each input carries the case field path it fills, so that a problem from the server points at it. */
  function refreshPaths() {
    members().forEach((m, i) => {
      const p = 'members[' + i + ']';
      $('.birthDate', m).dataset.path = p + '.birthDate';
      $('.inEducation', m).dataset.path = p + '.inEducation';
      $$('.docs .item', m).forEach((r, j) => {
        $('.docType', r).dataset.path = p + '.stayDocuments[' + j + '].type';
        $('.validFrom', r).dataset.path = p + '.stayDocuments[' + j + '].validFrom';
        $('.validUntil', r).dataset.path = p + '.stayDocuments[' + j + '].validUntil';
      });
      $$('.proofs .item', m).forEach((r, j) => {
        $('.proofType', r).dataset.path = p + '.residenceProofs[' + j + '].type';
        $('.proofDate', r).dataset.path = p + '.residenceProofs[' + j + '].date';
      });
      $$('.resources .item', m).forEach((r, j) => {
        $('.resType', r).dataset.path = p + '.resources[' + j + '].type';
        $('.amount', r).dataset.path = p + '.resources[' + j + '].amount';
      });
    });
    $$('#care > .care').forEach((c, k) => {
      const p = 'careRequests[' + k + ']';
      $('.careMember', c).dataset.path = p + '.memberId';
      $('.careDate', c).dataset.path = p + '.date';
      $('.act', c).dataset.path = p + '.act';
      $('.cause', c).dataset.path = p + '.cause';
      $('legend', c).textContent = t('care.legend', { n: k + 1 });
    });
  }

  // ------------------------------------------------------------------------------------------
  // Care requests

  function addCare() {
    state.counters.care += 1;
    const who = h('select', { class: 'careMember' });
    const date = h('input', { type: 'date', class: 'careDate', required: true, min: '1900-01-01', max: '2199-12-31' });
    const act = select('act', { class: 'act' });
    const urgentId = nextId('urgent');
    const approvalId = nextId('approval');
    const cause = select('cause', { class: 'cause' });
    const fs = h('fieldset', { class: 'care', 'data-id': 'care-' + state.counters.care },
      h('legend', {}),
      h('div', { class: 'row' }, field('f.careMember', who), field('f.careDate', date), field('f.act', act)),
      h('div', { class: 'choice' }, h('input', { type: 'checkbox', class: 'urgent', id: urgentId }),
        h('label', { for: urgentId, 'data-i18n': 'f.urgent', text: t('f.urgent') })),
      field('f.cause', cause),
      h('div', { class: 'choice' }, h('input', { type: 'checkbox', class: 'priorApproval', id: approvalId }),
        h('label', { for: approvalId, 'data-i18n': 'f.priorApproval', text: t('f.priorApproval') })));
    fs.append(removeButton('nav.remove', () => {
      fs.remove();
      refreshPaths();
      $('#add-care').focus();
    }));
    $('#care').append(fs);
    refreshCareMembers();
    refreshPaths();
    who.focus();
    return fs;
  }

  function refreshCareMembers() {
    const list = members().map(m => [m.dataset.id, memberLabel(m)]);
    $$('#care .careMember').forEach(s => {
      const v = s.value;
      s.replaceChildren(...list.map(([id, label]) => h('option', { value: id, text: label })));
      if (list.some(([id]) => id === v)) s.value = v;
    });
  }

  // ------------------------------------------------------------------------------------------
  // Steps and validation

  function showStep(n, focus = true) {
    state.step = n;
    state.maxStep = Math.max(state.maxStep, n);
    $$('.step').forEach((s, i) => { s.hidden = i !== n; });
    $$('.steps button').forEach((b, i) => {
      b.disabled = i > state.maxStep;
      if (i === n) b.setAttribute('aria-current', 'step');
      else b.removeAttribute('aria-current');
    });
    hideErrors();
    if (focus) $('#h-' + n).focus();
  }

  function hideErrors() {
    const box = $('#error-summary');
    box.hidden = true;
    box.replaceChildren();
  }

  function clearInvalid(root) {
    $$('[aria-invalid]', root).forEach(el => {
      el.removeAttribute('aria-invalid');
      const msg = document.getElementById(el.id + '-error');
      if (msg) msg.remove();
      const hint = el.getAttribute('aria-describedby');
      if (hint) {
        const rest = hint.split(' ').filter(x => x !== el.id + '-error').join(' ');
        if (rest) el.setAttribute('aria-describedby', rest);
        else el.removeAttribute('aria-describedby');
      }
    });
  }

  function markInvalid(el, message) {
    el.setAttribute('aria-invalid', 'true');
    let msg = document.getElementById(el.id + '-error');
    if (!msg) {
      msg = h('p', { class: 'error-msg', id: el.id + '-error' });
      el.insertAdjacentElement('afterend', msg);
      el.setAttribute('aria-describedby', ((el.getAttribute('aria-describedby') || '') + ' ' + msg.id).trim());
    }
    msg.textContent = message;
  }

  function labelText(el) {
    const label = el.id ? document.querySelector('label[for="' + el.id + '"]') : null;
    const member = el.closest('.member, .care');
    const owner = member ? $('legend', member).textContent + ' — ' : '';
    return owner + (label ? label.textContent : el.dataset.path || '');
  }

  function showErrors(errors) {
    const box = $('#error-summary');
    box.replaceChildren(h('h2', { text: t('err.summary') }),
      h('ul', {}, errors.map(([el, message]) => h('li', {}, h('a', {
        href: '#' + el.id,
        onclick: ev => { ev.preventDefault(); el.focus(); },
      }, labelText(el) + t('sep') + message)))));
    box.hidden = false;
    box.focus();
  }

  function validate(root) {
    clearInvalid(root);
    const errors = [];
    $$('input, select', root).forEach(el => {
      if (el.closest('[hidden]')) return;
      let message = null;
      if (el.type === 'date') {
        if (el.validity.badInput) message = t('err.date');
        else if (el.required && !el.value) message = t('err.required');
        else if (el.value && (el.validity.rangeUnderflow || el.validity.rangeOverflow)) message = t('err.date');
      } else if (el.dataset.kind === 'amount') {
        if (!el.value.trim()) message = t('err.required');
        else if (!AMOUNT.test(el.value)) message = t('err.amount');
      } else if (el.type === 'number') {
        if (!el.checkValidity()) message = t('err.number', { min: el.min, max: el.max });
      } else if (el.required && !el.value) {
        message = t('err.required');
      }
      if (message) {
        markInvalid(el, message);
        errors.push([el, message]);
      }
    });
    if (root === $('#step-0') && $('#kind-renewal').checked) {
      for (const id of ['rightsStart', 'rightsEnd']) {
        const el = $('#' + id);
        if (!el.value && !errors.some(e => e[0] === el)) {
          markInvalid(el, t('err.required'));
          errors.push([el, t('err.required')]);
        }
      }
    }
    if (errors.length) {
      showErrors(errors);
      return false;
    }
    hideErrors();
    return true;
  }

  // ------------------------------------------------------------------------------------------
  // The case

  function value(sel, root) {
    const el = $(sel, root);
    return el && el.value ? el.value : null;
  }

  function buildCase() {
    const renewal = $('#kind-renewal').checked;
    const c = {
      id: 'screener',
      kind: renewal ? 'RENEWAL' : 'FIRST_APPLICATION',
      filingDate: value('#filingDate'),
      territory: value('#territory'),
      housing: value('#housing'),
      hospitalAdmission: value('#hospitalAdmission'),
      currentRights: renewal ? {
        start: value('#rightsStart'), end: value('#rightsEnd'), firstAdmission: value('#firstAdmission'),
      } : null,
      members: members().map(m => ({
        id: m.dataset.id,
        role: m.dataset.role,
        birthDate: value('.birthDate', m),
        inEducation: m.dataset.role === 'CHILD' && $('.inEducation', m).checked,
        stayDocuments: $$('.docs .item', m).map(r => ({
          type: value('.docType', r), validFrom: value('.validFrom', r), validUntil: value('.validUntil', r),
        })),
        residenceProofs: $$('.proofs .item', m).map(r => ({ type: value('.proofType', r), date: value('.proofDate', r) })),
        resources: $$('.resources .item', m).map(r => ({
          type: value('.resType', r), amount: $('.amount', r).value.trim().replace(',', '.'),
        })),
      })),
      careRequests: $$('#care > .care').map(fs => ({
        id: fs.dataset.id,
        memberId: value('.careMember', fs),
        date: value('.careDate', fs),
        act: value('.act', fs),
        urgent: $('.urgent', fs).checked,
        cause: value('.cause', fs),
        priorApproval: $('.priorApproval', fs).checked,
      })),
    };
    return c;
  }

  async function decide(caseJson, tag) {
    const r = await fetch('v1/decisions?lang=' + encodeURIComponent(tag), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: caseJson,
    });
    const body = await r.json();
    if (!r.ok) {
      const err = new Error(body.detail || String(r.status));
      err.problem = body;
      throw err;
    }
    return { decision: body, messagesLang: r.headers.get('Content-Language') || tag };
  }

  async function submit() {
    for (let i = 0; i < 3; i++) {
      if (!validate($('#step-' + i))) {
        showStep(i, false);
        validate($('#step-' + i));
        return;
      }
    }
    const caseJson = JSON.stringify(buildCase());
    showStep(3);
    const result = $('#result');
    result.replaceChildren(h('p', { class: 'loading', text: t('r.loading') }));
    $('#print-controls').hidden = true;
    $('#preview').hidden = true;
    try {
      const tags = Array.from(new Set([state.lang, 'fr']));
      const answers = await Promise.all(tags.map(tag => decide(caseJson, tag)));
      state.result = { caseJson, decisions: {} };
      tags.forEach((tag, i) => { state.result.decisions[tag] = answers[i]; });
      renderResult();
      await renderPrint();
    } catch (e) {
      state.result = null;
      showProblem(e);
    }
  }

  function showProblem(e) {
    const p = e.problem;
    const result = $('#result');
    if (p && p.field) {
      const el = $$('[data-path]').find(x => x.dataset.path === p.field)
        || $$('[data-path]').find(x => p.field.startsWith(x.dataset.path.replace(/\.\w+$/, '')));
      if (el) {
        const step = Number(el.closest('.step').id.replace('step-', ''));
        showStep(step, false);
        const message = t('err.server', { detail: p.detail });
        markInvalid(el, message);
        showErrors([[el, message]]);
        return;
      }
    }
    result.replaceChildren(h('div', { class: 'error-summary', role: 'alert' },
      h('p', { text: t('r.error') }), h('p', { text: p ? p.detail : t('err.network') })));
  }

  // ------------------------------------------------------------------------------------------
  // The result

  function legalLinks(basis) {
    if (!basis) return null;
    const parts = basis.split(';').map(s => s.trim()).filter(Boolean);
    const out = [];
    parts.forEach((part, i) => {
      if (i > 0) out.push(' ; ');
      const m = /^(CASF|CSS|CSP)\s+([LRD]\d+(?:-\d+)*)/.exec(part);
      const query = m ? 'article ' + m[2] + ' ' + LEGAL_CODES[m[1]] : part.replace(/\(.*\)/, '').trim();
      const href = 'https://www.legifrance.gouv.fr/search/all?tab_selection=all&searchField=ALL&query='
        + encodeURIComponent(query) + '&page=1&init=true';
      out.push(h('a', { href, target: '_blank', rel: 'noopener noreferrer', class: 'legal', lang: 'fr' }, part,
        h('span', { class: 'visually-hidden', text: ' ' + t('r.opensLegifrance') })));
    });
    return h('span', { class: 'basis' }, t('r.legalBasis') + t('sep'), out);
  }

  function msgAttrs(messagesLang) {
    return { lang: messagesLang, dir: RTL.has(messagesLang) ? 'rtl' : 'ltr' };
  }

  function reasonList(reasons, messagesLang, labels, withBasis = true) {
    return h('ul', { class: 'reasons' }, (reasons || []).map(r => h('li', {},
      h('p', Object.assign({ class: 'message' }, msgAttrs(messagesLang)), r.message || r.code),
      r.messageFr && messagesLang !== 'fr' ? h('p', { class: 'message-fr', lang: 'fr', dir: 'ltr' }, r.messageFr) : null,
      withBasis ? legalLinks(r.legalBasis) : null)));
  }

  function memberById(id) {
    return members().find(m => m.dataset.id === id);
  }

  function nameOf(id, labels = state.labels) {
    const m = memberById(id);
    return m ? memberLabel(m, labels) : id;
  }

  function orientationEntry(o, labels) {
    if (typeof o === 'string') {
      return { code: o, name: tr(labels, 'orientation.' + o + '.name'), text: tr(labels, 'orientation.' + o + '.desc'), basis: null, own: false };
    }
    const code = o.code || '';
    const key = 'orientation.' + code + '.name';
    return {
      code,
      name: labels[key] !== undefined ? tr(labels, key) : code,
      text: o.message || tr(labels, 'orientation.' + code + '.desc'),
      basis: o.legalBasis || null,
      own: Boolean(o.message),
    };
  }

  function section(titleKey, labels, ...content) {
    return h('section', { class: 'card' }, h('h3', { text: tr(labels, titleKey) }), content);
  }

  function renderResult() {
    const { decision: d, messagesLang } = state.result.decisions[state.lang];
    const tag = state.lang;
    const L = state.labels;
    const out = [];
    if (messagesLang !== tag) {
      out.push(h('p', { class: 'notice', text: t('r.messagesFallback') }));
    }
    if (d.members && d.members.length) {
      out.push(section('r.members', L, h('ul', { class: 'members' }, d.members.map(m => h('li', {
        class: 'member-result', 'data-member': m.id, 'data-status': m.status,
      }, h('h4', {}, h('span', { class: 'who', text: nameOf(m.id) }), ' ',
        h('span', { class: 'badge ' + (m.status === 'ELIGIBLE' ? 'yes' : 'no'), text: t('status.' + m.status) })),
      reasonList(m.reasons, messagesLang, L))))));
    }
    const hh = d.household;
    if (hh) {
      const left = (hh.left || []).map(x => nameOf(x.memberId) + ' (' + t('left.' + x.code) + ')');
      out.push(section('r.household', L, h('dl', { class: 'facts' },
        h('dt', { text: t('r.size') }), h('dd', { id: 'household-size', text: String(hh.size) }),
        h('dt', { text: t('r.counted') }), h('dd', { text: hh.memberIds.map(id => nameOf(id)).join(', ') }),
        left.length ? [h('dt', { text: t('r.left') }), h('dd', { text: left.join(', ') })] : null,
        h('dt', { text: t('r.resources') }), h('dd', { text: fmtMoney(hh.resources, tag) }),
        h('dt', { text: t('r.ceiling') }), h('dd', { id: 'household-ceiling' }, fmtMoney(hh.ceiling, tag), ' — ',
          t('r.ceilingFrom', { date: fmtDate(hh.ceilingInForceFrom, tag) }),
          hh.ceilingProvisional ? ' (' + t('r.provisional') + ')' : '',
          hh.ceilingReference ? h('span', { class: 'ref', lang: 'fr' }, ' ' + hh.ceilingReference) : null))));
    }
    const rights = d.rights;
    out.push(section('r.rights', L, rights
      ? [h('p', { class: 'period', id: 'rights-period', text: t('r.rightsFromTo', { start: fmtDate(rights.start, tag), end: fmtDate(rights.end, tag) }) }),
        reasonList(rights.reasons, messagesLang, L)]
      : h('p', { id: 'rights-period', text: t('r.noRights') })));
    const dates = [];
    if (d.decisionDeadline) dates.push(t('r.deadline', { date: fmtDate(d.decisionDeadline, tag) }));
    if (rights && rights.gapStart) dates.push(t('r.gap', { start: fmtDate(rights.gapStart, tag), end: fmtDate(rights.gapEnd, tag) }));
    if (rights && rights.renewalFrom) dates.push(t('r.renewalFrom', { date: fmtDate(rights.renewalFrom, tag) }));
    if (rights) dates.push(t('r.end', { date: fmtDate(rights.end, tag) }));
    if (dates.length) out.push(section('r.dates', L, h('ul', { class: 'dates' }, dates.map(x => h('li', { text: x })))));
    if (d.coverage && d.coverage.length) {
      out.push(section('r.coverage', L, h('ul', { class: 'coverage' }, d.coverage.map(c => {
        const fs = $$('#care > .care').find(x => x.dataset.id === c.id);
        const act = fs ? t('act.' + $('.act', fs).value) : c.id;
        return h('li', { 'data-care': c.id }, h('h4', {}, act + ' — ' + nameOf(c.memberId) + t('sep'),
          h('span', { class: 'badge ' + (c.decision === 'COVERED' ? 'yes' : c.decision === 'NOT_COVERED' ? 'no' : 'wait'), text: t('coverage.' + c.decision) })),
        reasonList(c.reasons, messagesLang, L));
      }))));
    }
    if (d.documents && d.documents.length) {
      out.push(section('r.documents', L, h('ul', { class: 'documents' }, d.documents.map(x => h('li', {},
        h('span', msgAttrs(messagesLang), x.message || x.code), x.memberId ? ' (' + nameOf(x.memberId) + ')' : '')))));
    }
    if (d.orientation && d.orientation.length) {
      out.push(section('r.orientation', L, h('ul', { class: 'orientation' }, d.orientation.map(o => {
        const e = orientationEntry(o, L);
        return h('li', { 'data-code': e.code }, h('strong', { text: e.name }), ' ',
          h('span', e.own ? msgAttrs(messagesLang) : {}, e.text), e.basis ? [' ', legalLinks(e.basis)] : null);
      }))));
    }
    if (d.warnings && d.warnings.length) {
      out.push(section('r.warnings', L, h('ul', { class: 'warnings' }, d.warnings.map(w => h('li', msgAttrs(messagesLang), w.message || w.code)))));
    }
    out.push(h('p', { class: 'small', text: t('r.rulesVersion', { v: d.rulesVersion }) }));
    $('#result').replaceChildren(...out);
    $('#print-controls').hidden = false;
    $('#preview').hidden = false;
  }

  // ------------------------------------------------------------------------------------------
  // Print view: the person's language and French side by side

  async function renderPrint() {
    if (!state.result) return;
    const person = $('#print-lang').value || state.lang;
    const tags = Array.from(new Set([person, 'fr']));
    const columns = [];
    for (const tag of tags) {
      if (!state.result.decisions[tag]) {
        state.result.decisions[tag] = await decide(state.result.caseJson, tag);
      }
      const labels = await labelsOf(tag);
      columns.push(printColumn(tag, labels, state.result.decisions[tag]));
    }
    const view = $('#print-view');
    view.classList.toggle('two', columns.length === 2);
    view.replaceChildren(...columns);
  }

  function printColumn(tag, L, answer) {
    const { decision: d, messagesLang } = answer;
    const dir = RTL.has(tag) ? 'rtl' : 'ltr';
    const parts = [h('h3', { text: tr(L, 'print.title') }),
      h('p', { class: 'small', text: tr(L, 'print.date', { date: fmtDate(today(), tag) }) })];
    (d.members || []).forEach(m => {
      parts.push(h('h4', {}, nameOf(m.id, L) + ' — ' + tr(L, 'status.' + m.status)));
      parts.push(reasonList(m.reasons, messagesLang, L, false));
    });
    if (d.rights) {
      parts.push(h('h4', { text: tr(L, 'r.rights') }),
        h('p', { text: tr(L, 'r.rightsFromTo', { start: fmtDate(d.rights.start, tag), end: fmtDate(d.rights.end, tag) }) }));
    }
    const dates = [];
    if (d.decisionDeadline) dates.push(tr(L, 'r.deadline', { date: fmtDate(d.decisionDeadline, tag) }));
    if (d.rights && d.rights.renewalFrom) dates.push(tr(L, 'r.renewalFrom', { date: fmtDate(d.rights.renewalFrom, tag) }));
    if (dates.length) parts.push(h('h4', { text: tr(L, 'r.dates') }), h('ul', {}, dates.map(x => h('li', { text: x }))));
    if (d.documents && d.documents.length) {
      parts.push(h('h4', { text: tr(L, 'r.documents') }), h('ul', {}, d.documents.map(x => h('li', msgAttrs(messagesLang),
        (x.message || x.code) + (x.memberId ? ' (' + nameOf(x.memberId, L) + ')' : '')))));
    }
    if (d.orientation && d.orientation.length) {
      parts.push(h('h4', { text: tr(L, 'r.orientation') }), h('ul', {}, d.orientation.map(o => {
        const e = orientationEntry(o, L);
        return h('li', {}, h('strong', { text: e.name }), ' ', e.text);
      })));
    }
    parts.push(h('p', { class: 'small', text: tr(L, 'print.disclaimer') }));
    return h('article', { class: 'print-col', lang: tag, dir }, parts);
  }

  // ------------------------------------------------------------------------------------------
  // Ceiling calculator

  async function calculate() {
    const size = $('#calc-size');
    const date = $('#calc-date');
    const form = $('#calc-form');
    clearInvalid(form);
    let bad = false;
    if (!size.checkValidity() || !size.value) { markInvalid(size, t('err.number', { min: 1, max: 50 })); bad = true; }
    if (!date.value || date.validity.badInput) { markInvalid(date, t('err.date')); bad = true; }
    const out = $('#calc-result');
    if (bad) { out.replaceChildren(); return; }
    const territory = $('#calc-territory').value;
    try {
      const r = await fetch('v1/ceilings?date=' + date.value + '&territory=' + territory + '&size=' + size.value);
      const c = await r.json();
      if (!r.ok) throw Object.assign(new Error(c.detail), { problem: c });
      const tag = state.lang;
      out.replaceChildren(
        h('p', { class: 'lead', text: t('calc.for', { size: c.householdSize, territory: t('territory.' + c.territory), date: fmtDate(c.date, tag) }) }),
        h('dl', { class: 'facts big' },
          h('dt', { text: t('calc.annual') }), h('dd', { id: 'calc-annual', text: fmtMoney(c.annual, tag) }),
          h('dt', { text: t('calc.monthly') }), h('dd', { id: 'calc-monthly', text: fmtMoney(c.monthly, tag) })),
        h('p', { class: 'small' }, t('calc.inForce', { date: fmtDate(c.inForceFrom, tag) }), ' ',
          h('span', { lang: 'fr', text: c.reference }), c.provisional ? ' — ' + t('r.provisional') : ''),
        c.ameApplies === false ? h('p', { class: 'notice', text: t('calc.notApplies') }) : null);
    } catch (e) {
      out.replaceChildren(h('p', { class: 'error-msg', role: 'alert', text: e.problem ? e.problem.detail : t('err.network') }));
    }
  }

  // ------------------------------------------------------------------------------------------
  // Language

  function applyLabels(root = document) {
    $$('[data-i18n]', root).forEach(el => { el.textContent = t(el.dataset.i18n); });
    $$('select[data-options]', root).forEach(s => fillSelect(s, s.dataset.options));
    $$('[data-step-count]', root).forEach(el => { el.textContent = t('step.of', { n: el.dataset.stepCount, total: 4 }); });
  }

  async function setLanguage(tag) {
    if (!TAGS.includes(tag)) tag = 'fr';
    state.labels = await labelsOf(tag);
    state.lang = tag;
    const root = document.documentElement;
    root.lang = tag;
    root.dir = RTL.has(tag) ? 'rtl' : 'ltr';
    $('#ui-lang').value = tag;
    applyLabels();
    members().forEach(m => { $('.member-title', m).textContent = memberLabel(m); });
    refreshCareMembers();
    refreshPaths();
    const unreviewed = $('#unreviewed');
    unreviewed.hidden = !(state.labels._meta && state.labels._meta.review === 'not-reviewed');
    const url = new URL(window.location.href);
    url.searchParams.set('lang', tag);
    window.history.replaceState(null, '', url);
    if ($('#calc-result').childElementCount) calculate();
    if (state.result) {
      try {
        if (!state.result.decisions[tag]) state.result.decisions[tag] = await decide(state.result.caseJson, tag);
        renderResult();
      } catch (e) {
        showProblem(e);
      }
    }
  }

  function initialLanguage() {
    const q = new URL(window.location.href).searchParams.get('lang');
    if (q && TAGS.includes(q)) return q;
    for (const l of navigator.languages || []) {
      const base = l.toLowerCase().split('-')[0];
      if (l.toLowerCase() === 'fa-af') return 'prs';
      if (TAGS.includes(base)) return base;
    }
    return 'fr';
  }

  // ------------------------------------------------------------------------------------------
  // Start

  async function start() {
    const langSelect = $('#ui-lang');
    const printSelect = $('#print-lang');
    for (const [tag, name] of LANGUAGES) {
      langSelect.append(h('option', { value: tag, lang: tag, text: name }));
      printSelect.append(h('option', { value: tag, lang: tag, text: name }));
    }
    await labelsOf('fr');
    const tag = initialLanguage();
    printSelect.value = tag;
    $('#filingDate').value = today();
    $('#calc-date').value = today();
    addMember('APPLICANT');
    await setLanguage(tag);
    showStep(0, false);

    langSelect.addEventListener('change', async () => {
      await setLanguage(langSelect.value);
      printSelect.value = langSelect.value;
      if (state.result) await renderPrint();
    });
    printSelect.addEventListener('change', () => renderPrint());
    $$('input[name="kind"]').forEach(r => r.addEventListener('change', () => {
      $('#current-rights').hidden = !$('#kind-renewal').checked;
      $('#rightsStart').required = $('#kind-renewal').checked;
      $('#rightsEnd').required = $('#kind-renewal').checked;
    }));
    $$('[data-add-member]').forEach(b => b.addEventListener('click', () => {
      const m = addMember(b.dataset.addMember);
      $('.birthDate', m).focus();
    }));
    $('#add-care').addEventListener('click', () => addCare());
    $$('[data-next]').forEach(b => b.addEventListener('click', () => {
      if (validate($('#step-' + state.step))) showStep(state.step + 1);
    }));
    $$('[data-back]').forEach(b => b.addEventListener('click', () => showStep(state.step - 1)));
    $$('.steps button').forEach(b => b.addEventListener('click', () => showStep(Number(b.dataset.goto))));
    $('#screener').addEventListener('submit', ev => { ev.preventDefault(); submit(); });
    $('#restart').addEventListener('click', () => {
      window.location.href = window.location.pathname + '?lang=' + state.lang;
    });
    $('#print').addEventListener('click', async () => {
      await renderPrint();
      window.print();
    });
    window.addEventListener('beforeprint', () => { $('#preview').open = true; });
    $('#calc-form').addEventListener('submit', ev => { ev.preventDefault(); calculate(); });
    try {
      const r = await fetch('health');
      const health = await r.json();
      $('#rules-version').textContent = 'ame-rules ' + health.rulesVersion;
    } catch (e) {
      // the footer only
    }
    document.body.dataset.ready = 'true';
  }

  document.addEventListener('DOMContentLoaded', () => {
    start().catch(e => {
      document.body.dataset.ready = 'error';
      $('#main').prepend(h('p', { class: 'error-summary', role: 'alert', text: String(e.message || e) }));
    });
  });
})();
