/**
 * Offline checks of manifest.xml (used by scripts/validate-manifest.js and
 * test/manifest/manifest.test.ts): well-formed XML (a small strict parser), and the
 * structure this add-in needs:
 * - every resid used is defined in <Resources>, in the right kind of resource, ids unique
 *   and at most 32 characters;
 * - shared runtime: the SharedRuntime 1.1 requirement, one <Runtime lifetime="long">, and
 *   the CustomFunctions Page, the FunctionFile and the ShowTaskpane action on that same
 *   resid; the CustomFunctions Script, Metadata (English functions.json by default,
 *   nl-NL and nl-BE overrides to functions-nl.json) and the FORMATIE namespace;
 * - icons exist in assets/ as PNGs of the declared pixel sizes;
 * - every URL is https; the Id is a GUID; the Version has four numeric parts;
 * - DefaultLocale en-US, and nl-NL and nl-BE overrides on every user-visible string
 *   (DisplayName, Description, ShortStrings, LongStrings but the namespace);
 * - the requirement sets of src/excel/requirement-sets.ts (MANIFEST_SETS, via
 *   scripts/requirement-sets.json) are exactly the ones declared;
 * - no telemetry.
 * XML parsed by xml2js (the parser office-addin-manifest uses); offline, nothing is sent.
 */

'use strict';

const fs = require('fs');
const path = require('path');

// ---------------------------------------------------------------------------------------
// XML parsing: xml2js (office-addin-manifest's own XML dependency, strict sax parser)
// ---------------------------------------------------------------------------------------

const xml2js = require('xml2js');

class XmlError extends Error {}

/** The 1-based line of the first `<name` tag carrying attribute value `value` (for messages). */
function lineOfTag(text, name, attrs) {
  const firstAttr = Object.entries(attrs)[0];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i].includes(`<${name}`)) continue;
    if (!firstAttr || lines[i].includes(`${firstAttr[0]}="${firstAttr[1]}"`)) return i + 1;
  }
  return 0;
}

/**
 * Parses XML text into { name, attrs, children, text, line } with xml2js (strict: a
 * mismatched tag, a bad entity or text outside the root throws XmlError). A DOCTYPE is
 * refused before parsing (a manifest has none; it would allow entity tricks).
 */
function parseXml(text) {
  if (/<!DOCTYPE/i.test(text)) throw new XmlError('DOCTYPE is not allowed in a manifest');
  let parsed;
  let failure;
  const parser = new xml2js.Parser({
    strict: true,
    explicitRoot: true,
    explicitChildren: true,
    preserveChildrenOrder: true,
    explicitArray: true,
    async: false,
  });
  // With async: false xml2js calls back before parseString returns.
  parser.parseString(text, (e, result) => {
    failure = e;
    parsed = result;
  });
  if (failure) throw new XmlError(String(failure.message || failure).replace(/\s+/g, ' ').trim());
  if (!parsed) throw new XmlError('no root element');
  const convert = (node, name) => {
    const attrs = { ...(node.$ || {}) };
    const children = (node.$$ || []).map((c) => convert(c, c['#name']));
    return { name, attrs, children, text: typeof node._ === 'string' ? node._ : '', line: lineOfTag(text, name, attrs) };
  };
  const [rootName] = Object.keys(parsed);
  const rootNode = parsed[rootName];
  return convert(typeof rootNode === 'string' ? { _: rootNode } : rootNode, rootName);
}

// ---------------------------------------------------------------------------------------
// Tree helpers
// ---------------------------------------------------------------------------------------

const local = (name) => name.replace(/^.*:/, '');

function walk(el, fn, parents = []) {
  fn(el, parents);
  for (const c of el.children) walk(c, fn, [...parents, el]);
}

function all(el, name) {
  const out = [];
  walk(el, (e) => {
    if (local(e.name) === name) out.push(e);
  });
  return out;
}

function child(el, name) {
  return el ? el.children.find((c) => local(c.name) === name) : undefined;
}

function xsiType(el) {
  return el.attrs['xsi:type'];
}

/** Width and height of a PNG file, or null when it is not a PNG. */
function pngSize(file) {
  const b = fs.readFileSync(file);
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (b.length < 24 || sig.some((v, k) => b[k] !== v) || b.toString('ascii', 12, 16) !== 'IHDR') return null;
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

// ---------------------------------------------------------------------------------------
// The checks
// ---------------------------------------------------------------------------------------

const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const VERSION = /^\d{1,5}(\.\d{1,5}){3}$/;
const DEV_PREFIX = 'https://localhost:3000/';
const DUTCH_LOCALES = ['nl-NL', 'nl-BE'];

/**
 * Checks a manifest. options.assetsDir: where icon files live (default <root>/assets);
 * options.urlPrefix: the URL prefix that maps to the served folder (default the dev URL).
 * Returns { errors: string[], root } (root is null when the XML is not well-formed).
 */
function checkManifest(manifestPath, options = {}) {
  const errors = [];
  const err = (m) => errors.push(m);
  const text = fs.readFileSync(manifestPath, 'utf8');
  let root;
  try {
    root = parseXml(text);
  } catch (e) {
    return { errors: [`not well-formed XML: ${e.message}`], root: null };
  }
  const assetsDir = options.assetsDir || path.join(path.dirname(manifestPath), 'assets');
  const urlPrefix = options.urlPrefix || DEV_PREFIX;

  if (local(root.name) !== 'OfficeApp') err(`root element is <${root.name}>, expected <OfficeApp>`);
  if (root.attrs.xmlns !== 'http://schemas.microsoft.com/office/appforoffice/1.1') err('OfficeApp must use the appforoffice/1.1 namespace');
  if (xsiType(root) !== 'TaskPaneApp') err('OfficeApp xsi:type must be TaskPaneApp');

  const id = child(root, 'Id');
  if (!id || !GUID.test(id.text.trim())) err(`<Id> must be a GUID (got ${id ? JSON.stringify(id.text.trim()) : 'nothing'})`);
  else if (/^0{8}-/.test(id.text.trim())) err('<Id> must be a real random GUID');
  const version = child(root, 'Version');
  if (!version || !VERSION.test(version.text.trim())) err('<Version> must have four numeric parts, such as 1.0.0.0');
  if (!child(root, 'ProviderName') || !child(root, 'ProviderName').text.trim()) err('<ProviderName> is missing');
  const locale = child(root, 'DefaultLocale');
  if (!locale || locale.text.trim() !== 'en-US') {
    err(`<DefaultLocale> must be en-US with English defaults and nl-NL/nl-BE overrides (got ${locale ? JSON.stringify(locale.text.trim()) : 'nothing'})`);
  }
  const displayName = child(root, 'DisplayName');
  if (!displayName || !displayName.attrs.DefaultValue) err('<DisplayName DefaultValue> is missing');
  else if (displayName.attrs.DefaultValue.length > 125) err('<DisplayName> over 125 characters');
  const description = child(root, 'Description');
  if (!description || !description.attrs.DefaultValue) err('<Description DefaultValue> is missing');
  /** Every user-visible string needs a Dutch override for the Netherlands and for Flanders. */
  const needDutch = (el, what) => {
    for (const loc of DUTCH_LOCALES) {
      const o = el.children.find((c) => local(c.name) === 'Override' && c.attrs.Locale === loc);
      if (!o || !o.attrs.Value) err(`${what} has no <Override Locale="${loc}">`);
    }
  };
  if (displayName) needDutch(displayName, '<DisplayName>');
  if (description) needDutch(description, '<Description>');
  for (const el of [displayName, description].filter(Boolean)) {
    const max = local(el.name) === 'DisplayName' ? 125 : 250;
    for (const o of el.children) if ((o.attrs.Value || '').length > max) err(`<${el.name}> override over ${max} characters`);
    if ((el.attrs.DefaultValue || '').length > max) err(`<${el.name}> over ${max} characters`);
  }

  // Host and requirements
  const hosts = child(root, 'Hosts');
  if (!hosts || !hosts.children.some((h) => h.attrs.Name === 'Workbook')) err('<Hosts> must contain <Host Name="Workbook"/>');
  const sets = all(child(root, 'Requirements') || { children: [] }, 'Set');
  if (!sets.some((s) => s.attrs.Name === 'SharedRuntime' && s.attrs.MinVersion === '1.1')) {
    err('<Requirements> must contain <Set Name="SharedRuntime" MinVersion="1.1"/>');
  }
  for (const name of ['ExcelApi', 'CustomFunctionsRuntime']) {
    const set = sets.find((s) => s.attrs.Name === name);
    if (!set || !/^1\.\d+$/.test(set.attrs.MinVersion || '')) err(`<Requirements> must declare <Set Name="${name}" MinVersion="1.x"/> (src/excel/requirement-sets.ts)`);
  }

  // Resources
  const vo = child(root, 'VersionOverrides');
  if (!vo) {
    err('<VersionOverrides> is missing');
    return { errors, root };
  }
  if (xsiType(vo) !== 'VersionOverridesV1_0') err('VersionOverrides xsi:type must be VersionOverridesV1_0 (task pane add-ins)');
  const resources = child(vo, 'Resources');
  const defs = new Map(); // id → { kind, el }
  for (const kind of ['Images', 'Urls', 'ShortStrings', 'LongStrings']) {
    for (const el of (child(resources, kind) || { children: [] }).children) {
      const rid = el.attrs.id;
      if (!rid) {
        err(`a resource in <bt:${kind}> has no id`);
        continue;
      }
      if (defs.has(rid)) err(`resource id "${rid}" is defined twice`);
      if (rid.length > 32) err(`resource id "${rid}" is over 32 characters`);
      if (!el.attrs.DefaultValue) err(`resource "${rid}" has no DefaultValue`);
      const max = kind === 'ShortStrings' ? 125 : kind === 'LongStrings' ? 250 : 2048;
      if ((el.attrs.DefaultValue || '').length > max) err(`resource "${rid}" over ${max} characters`);
      for (const o of el.children) {
        if (local(o.name) !== 'Override' || !o.attrs.Locale || !o.attrs.Value) err(`resource "${rid}" has a bad override`);
        else if (o.attrs.Value.length > max) err(`resource "${rid}" override over ${max} characters`);
      }
      // User-visible strings (the namespace is a formula prefix, the same in every language).
      if ((kind === 'ShortStrings' || kind === 'LongStrings') && rid !== 'Functions.Namespace') needDutch(el, `resource "${rid}"`);
      defs.set(rid, { kind, el });
    }
  }

  /** The kind of resource each element's resid must name. */
  const kindFor = (el, parents) => {
    const name = local(el.name);
    const parent = parents.length ? local(parents[parents.length - 1].name) : '';
    if (name === 'Image') return 'Images';
    if (name === 'SourceLocation' || name === 'FunctionFile' || name === 'Runtime' || name === 'LearnMoreUrl') return 'Urls';
    if (name === 'Title' || name === 'Label' || name === 'Namespace') return 'ShortStrings';
    if (name === 'Description' && (parent === 'Supertip' || parent === 'GetStarted')) return 'LongStrings';
    return null;
  };
  walk(vo, (el, parents) => {
    const rid = el.attrs.resid;
    if (rid === undefined) return;
    const def = defs.get(rid);
    if (!def) {
      err(`resid "${rid}" (line ${el.line}, <${local(el.name)}>) is not defined in <Resources>`);
      return;
    }
    const want = kindFor(el, parents);
    if (want && def.kind !== want) err(`resid "${rid}" (line ${el.line}) names a ${def.kind} resource, <${el.name}> needs ${want}`);
  });

  // Shared runtime wiring
  const runtimes = all(vo, 'Runtime');
  const long = runtimes.filter((r) => r.attrs.lifetime === 'long');
  if (runtimes.length !== 1 || long.length !== 1) err('there must be exactly one <Runtime lifetime="long">');
  const runtimeId = long[0] && long[0].attrs.resid;
  const urlOf = (rid) => (defs.get(rid) ? defs.get(rid).el.attrs.DefaultValue : undefined);
  if (runtimeId && !/taskpane\.html$/.test(urlOf(runtimeId) || '')) err('the shared runtime page must be taskpane.html');
  const cf = all(vo, 'ExtensionPoint').find((e) => xsiType(e) === 'CustomFunctions');
  if (!cf) err('no <ExtensionPoint xsi:type="CustomFunctions">');
  else {
    const loc = (name) => {
      const sl = child(child(cf, name), 'SourceLocation');
      return sl && sl.attrs.resid;
    };
    const script = loc('Script');
    const pageId = loc('Page');
    const meta = loc('Metadata');
    if (!/functions\.js$/.test(urlOf(script) || '')) err('CustomFunctions <Script> must point to functions.js');
    if (pageId !== runtimeId) err(`CustomFunctions <Page> must use the runtime's resid "${runtimeId}" (got "${pageId}")`);
    if (!/\/functions\.json$/.test(urlOf(meta) || '')) err('CustomFunctions <Metadata> must point to functions.json (English) by default');
    const metaEl = defs.get(meta) && defs.get(meta).el;
    for (const loc2 of ['nl-NL', 'nl-BE']) {
      const o = metaEl && metaEl.children.find((c) => c.attrs.Locale === loc2);
      if (!o || !/functions-nl\.json$/.test(o.attrs.Value)) err(`the metadata URL needs <bt:Override Locale="${loc2}"> to functions-nl.json`);
    }
    const ns = child(cf, 'Namespace');
    const nsDef = ns && defs.get(ns.attrs.resid);
    if (!nsDef || nsDef.el.attrs.DefaultValue !== 'FORMATIE') err('CustomFunctions <Namespace> must be FORMATIE');
  }
  const functionFile = all(vo, 'FunctionFile')[0];
  if (functionFile && functionFile.attrs.resid !== runtimeId) err(`<FunctionFile> must use the runtime's resid "${runtimeId}"`);
  const actions = all(vo, 'Action').filter((a) => xsiType(a) === 'ShowTaskpane');
  if (actions.length === 0) err('no ribbon button with a ShowTaskpane action');
  for (const a of actions) {
    const sl = child(a, 'SourceLocation');
    if (!sl || sl.attrs.resid !== runtimeId) err(`the ShowTaskpane action must use the runtime's resid "${runtimeId}"`);
    if (child(a, 'TaskpaneId')) err('a ShowTaskpane action in a shared runtime must not have a <TaskpaneId>');
  }
  const tabs = all(vo, 'OfficeTab');
  if (!tabs.some((t) => t.attrs.id === 'TabHome')) err('the button must be on the Home tab (OfficeTab id="TabHome")');

  // URLs
  const urls = [];
  walk(root, (el) => {
    for (const [k, v] of Object.entries(el.attrs)) {
      if (k.startsWith('xmlns') || k === 'xsi:type') continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) urls.push({ v, line: el.line });
    }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(el.text.trim())) urls.push({ v: el.text.trim(), line: el.line });
  });
  for (const u of urls) if (!u.v.startsWith('https://')) err(`URL is not https (line ${u.line}): ${u.v}`);

  // Icons
  const fileFor = (url) => (url && url.startsWith(urlPrefix) ? path.join(assetsDir, '..', url.slice(urlPrefix.length)) : null);
  const expectSize = (url, sizes, what) => {
    const file = fileFor(url);
    if (!file) {
      err(`${what}: ${url} is not under ${urlPrefix}`);
      return;
    }
    if (!fs.existsSync(file)) {
      err(`${what}: ${path.relative(process.cwd(), file)} does not exist`);
      return;
    }
    const s = pngSize(file);
    if (!s) err(`${what}: ${path.relative(process.cwd(), file)} is not a PNG`);
    else if (s.width !== s.height || !sizes.includes(s.width)) {
      err(`${what}: ${path.relative(process.cwd(), file)} is ${s.width}×${s.height}, expected ${sizes.join(' or ')} px square`);
    }
  };
  const iconUrl = child(root, 'IconUrl');
  const hiRes = child(root, 'HighResolutionIconUrl');
  if (!iconUrl) err('<IconUrl> is missing');
  else expectSize(iconUrl.attrs.DefaultValue, [32, 64], 'IconUrl');
  if (!hiRes) err('<HighResolutionIconUrl> is missing');
  else expectSize(hiRes.attrs.DefaultValue, [64, 128], 'HighResolutionIconUrl');
  walk(vo, (el) => {
    if (local(el.name) !== 'Image' || el.attrs.resid === undefined) return;
    const def = defs.get(el.attrs.resid);
    if (!def) return;
    const size = Number(el.attrs.size);
    expectSize(def.el.attrs.DefaultValue, [size], `bt:Image ${el.attrs.resid} (size ${el.attrs.size})`);
  });
  for (const [rid, def] of defs) {
    if (def.kind === 'Images') expectSize(def.el.attrs.DefaultValue, [16, 20, 24, 32, 40, 48, 64, 80, 128], `bt:Image ${rid}`);
  }

  // No telemetry
  if (/applicationinsights|telemetry|usage-?data|instrumentationkey/i.test(text)) err('the manifest must not reference telemetry');

  return { errors, root };
}

module.exports = { parseXml, XmlError, checkManifest, pngSize };
