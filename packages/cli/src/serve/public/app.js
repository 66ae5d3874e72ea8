// The draft checker page. Security rule of this file: the draft and every message are put on
// the page as text nodes (textContent), never as HTML, so pasted markup stays inert text.
'use strict'

const byId = (id) => document.getElementById(id)
const draft = byId('draft')
const highlights = byId('highlights')
const findingsList = byId('findings')
const summary = byId('summary')
const statusLine = byId('status')
const profileSelect = byId('profile')
const languageSelect = byId('language')
const profileBody = byId('profile-body')

const DEBOUNCE_MS = 250

let profiles = []
/** The page's own words by locale, from /api/profiles; `words` are those of the profile in use. */
let uiByLocale = {}
let words = {}
let shown = { text: '', messages: [] }
let sequence = 0
let timer

/** Builds an element; strings among the children become text nodes. */
function el(tag, attributes, ...children) {
  const node = document.createElement(tag)
  for (const [name, value] of Object.entries(attributes || {})) {
    if (name === 'class') node.className = value
    else if (name.startsWith('data-')) node.dataset[name.slice(5).replace(/-(\w)/g, (_, c) => c.toUpperCase())] = value
    else node.setAttribute(name, value)
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue
    node.append(typeof child === 'string' ? document.createTextNode(child) : child)
  }
  return node
}

function setStatus(text) {
  statusLine.textContent = text
}

async function loadProfiles() {
  const response = await fetch('/api/profiles')
  const body = await response.json()
  profiles = body.profiles
  uiByLocale = body.ui || {}
  profileSelect.replaceChildren(...profiles.map((p) => el('option', { value: p.id }, p.label)))
  renderProfile()
}

/** Puts the profile's language on the page: every [data-ui] element's text and the placeholder. */
function applyLocale(locale) {
  words = uiByLocale[locale] || uiByLocale.en || {}
  document.documentElement.lang = locale
  for (const node of document.querySelectorAll('[data-ui]')) if (words[node.dataset.ui]) node.textContent = words[node.dataset.ui]
  for (const node of document.querySelectorAll('[data-ui-placeholder]')) if (words[node.dataset.uiPlaceholder]) node.placeholder = words[node.dataset.uiPlaceholder]
}

const t = (key) => words[key] || key

function renderProfile() {
  const profile = profiles.find((p) => p.id === profileSelect.value) || profiles[0]
  if (!profile) return
  applyLocale(profile.locale || 'en')
  const rows = []
  const row = (term, ...detail) => rows.push(el('dt', null, term), el('dd', null, ...detail))
  row(t('brand'), profile.name || t('noBrand'))
  if (profile.configPath) row(t('config'), el('code', null, profile.configPath))
  if (profile.mission) row(t('mission'), profile.mission)
  if (profile.vision) row(t('vision'), profile.vision)
  if (profile.values.length) {
    row(t('values'), ...profile.values.map((value) => el('span', { class: 'chip', title: value.means.join(', ') }, value.name, value.means.length ? el('small', null, ` · ${value.means.slice(0, 3).join(', ')}`) : null)))
  }
  row(t('approvedClaims'), profile.claims.length ? profile.claims.join(', ') : t('none'))
  row(t('rules'), profile.rules.join(', ') || t('none'))
  profileBody.replaceChildren(el('dl', null, ...rows))
}

function schedule() {
  clearTimeout(timer)
  setStatus(t('checking'))
  timer = setTimeout(check, DEBOUNCE_MS)
}

async function check() {
  clearTimeout(timer)
  const text = draft.value
  const id = ++sequence
  if (text.trim() === '') {
    render({ messages: [], substantiated: [], wordCount: 0 }, text)
    setStatus('')
    return
  }
  setStatus(t('checking'))
  let response
  let result
  try {
    response = await fetch('/api/lint', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text, language: languageSelect.value, profile: profileSelect.value }),
    })
    result = await response.json()
  } catch {
    if (id === sequence) setStatus('echt serve is not running')
    return
  }
  // An older answer, or one for text that has changed since: the next check will come.
  if (id !== sequence || text !== draft.value) return
  if (!response.ok) {
    setStatus(result && result.error ? result.error : t('failed'))
    return
  }
  render(result, text)
  setStatus(t('checked'))
}

function render(result, text) {
  shown = { text, messages: result.messages }
  renderHighlights(text, result.messages)
  renderFindings(result)
  document.body.dataset.checks = String(sequence)
}

function renderHighlights(text, messages) {
  const fragment = document.createDocumentFragment()
  const spans = messages
    .map((message, index) => ({ message, index }))
    .filter(({ message }) => message.endOffset > message.offset)
    .sort((a, b) => a.message.offset - b.message.offset || b.message.endOffset - a.message.endOffset)
  let position = 0
  for (const { message, index } of spans) {
    if (message.offset < position) continue // overlapping findings share the first mark
    fragment.append(document.createTextNode(text.slice(position, message.offset)))
    fragment.append(el('mark', { class: message.severity === 2 ? 'error' : 'warning', 'data-index': String(index), 'data-rule': message.ruleId }, text.slice(message.offset, message.endOffset)))
    position = message.endOffset
  }
  // The trailing newline keeps the layer as tall as the textarea when the draft ends in one.
  fragment.append(document.createTextNode(text.slice(position) + '\n'))
  highlights.replaceChildren(fragment)
  highlights.scrollTop = draft.scrollTop
}

/** "1 finding", "2 findings" in the page's language. */
function plural(n, noun) {
  return `${n} ${n === 1 ? t(noun) : t(`${noun}Plural`)}`
}

function renderFindings(result) {
  const { messages } = result
  const errors = messages.filter((m) => m.severity === 2).length
  const parts = []
  if (messages.length === 0) parts.push(el('span', { class: shown.text.trim() ? 'clean' : 'empty' }, shown.text.trim() ? t('noFindings') : t('nothingYet')))
  else parts.push(`${plural(messages.length, 'finding')} (${plural(errors, 'error')}, ${plural(messages.length - errors, 'warning')})`)
  if (result.language) parts.push(` · ${t(result.language)}${result.languageSource === 'detected' ? ` (${t('detected')})` : ''} · ${plural(result.wordCount, 'word')}`)
  if (result.substantiated && result.substantiated.length) {
    parts.push(` · ${plural(result.substantiated.length, 'claim')} ${t('backed')} (${result.substantiated.map((s) => s.claimId ?? s.basis).join(', ')})`)
  }
  summary.replaceChildren(...parts)
  findingsList.replaceChildren(...messages.map(findingCard))
}

function findingCard(message, index) {
  const severity = message.severity === 2 ? 'error' : 'warning'
  const card = el(
    'li',
    { class: `finding ${severity}`, 'data-index': String(index), 'data-rule': message.ruleId, tabindex: '0' },
    el('div', { class: 'head' }, el('span', { class: `badge ${severity}` }, t(severity)), el('span', null, `${t('line')} ${message.line}:${message.column}`), el('code', null, message.ruleId)),
    el('p', { class: 'message' }, message.message),
  )
  if (message.note) card.append(el('p', { class: 'why' }, el('span', { class: 'tag' }, t('why')), message.note))
  if (message.expected.length) {
    card.append(el('div', { class: 'try' }, el('span', { class: 'tag' }, t('try')), el('ul', null, ...message.expected.map((entry) => el('li', null, entry)))))
  }
  if (message.rewrites.length) {
    const buttons = message.rewrites.map((rewrite) => {
      const button = el('button', { type: 'button', class: 'apply', 'data-text': rewrite.text }, rewrite.label)
      button.addEventListener('click', (event) => {
        event.stopPropagation()
        apply(rewrite)
      })
      return button
    })
    card.append(el('div', { class: 'rewrites' }, ...buttons))
  }
  if (message.url && /^https?:\/\//.test(message.url)) {
    card.append(el('a', { href: message.url, target: '_blank', rel: 'noopener noreferrer' }, t('aboutRule')))
  }
  card.addEventListener('click', () => select(index))
  card.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.target === card) select(index)
  })
  return card
}

function activate(index) {
  for (const node of document.querySelectorAll('.active')) node.classList.remove('active')
  if (index === undefined) return
  for (const node of document.querySelectorAll(`[data-index="${index}"]`)) node.classList.add('active')
}

function select(index) {
  const message = shown.messages[index]
  if (!message || shown.text !== draft.value) return
  draft.focus()
  draft.setSelectionRange(message.offset, message.endOffset)
  const mark = highlights.querySelector(`mark[data-index="${index}"]`)
  if (mark) draft.scrollTop = Math.max(0, mark.offsetTop - 60)
  activate(index)
}

function apply(rewrite) {
  if (shown.text !== draft.value) return
  draft.focus()
  draft.setSelectionRange(rewrite.offset, rewrite.endOffset)
  // insertText keeps the edit on the textarea's undo stack (Ctrl+Z undoes the rewrite).
  const inserted = document.execCommand && document.execCommand('insertText', false, rewrite.text)
  if (!inserted) draft.setRangeText(rewrite.text, rewrite.offset, rewrite.endOffset, 'end')
  check()
}

function followCaret() {
  if (shown.text !== draft.value) return
  const caret = draft.selectionStart
  const index = shown.messages.findIndex((m) => m.offset <= caret && caret <= m.endOffset && m.endOffset > m.offset)
  activate(index === -1 ? undefined : index)
  if (index !== -1) {
    const card = findingsList.querySelector(`[data-index="${index}"]`)
    if (card) card.scrollIntoView({ block: 'nearest' })
  }
}

/**
 * Marks of the last check, moved by an edit: unchanged text before and after the edit keeps its
 * marks, a mark the edit touched waits for the next check.
 */
function shiftedMessages(before, after, messages) {
  let prefix = 0
  const shortest = Math.min(before.length, after.length)
  while (prefix < shortest && before[prefix] === after[prefix]) prefix++
  let suffix = 0
  while (suffix < shortest - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++
  const delta = after.length - before.length
  // Same length and order as `messages`, so each mark keeps the index of its finding card.
  return messages.map((m) => {
    if (m.endOffset <= prefix) return m
    if (m.offset >= before.length - suffix) return { ...m, offset: m.offset + delta, endOffset: m.endOffset + delta }
    return { ...m, offset: 0, endOffset: 0 }
  })
}

draft.addEventListener('input', () => {
  // Move the text layer at once so marks never lag behind typing; the check follows.
  renderHighlights(draft.value, shiftedMessages(shown.text, draft.value, shown.messages))
  schedule()
})
draft.addEventListener('scroll', () => {
  highlights.scrollTop = draft.scrollTop
})
draft.addEventListener('click', followCaret)
draft.addEventListener('keyup', followCaret)
profileSelect.addEventListener('change', () => {
  renderProfile()
  check()
})
languageSelect.addEventListener('change', check)

loadProfiles()
  .then(() => {
    setStatus(t('ready'))
    renderFindings({ messages: [], substantiated: [] })
    if (draft.value) check()
  })
  .catch(() => setStatus(words.notRunning || 'echt serve is not running'))
