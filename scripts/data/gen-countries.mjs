#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Builds dyad's country dictionary, core/src/main/resources/dyad/actors/countries.tsv,
// from the npm package `world-countries` (the mledoze/countries data set, ODbL-1.0), and
// copies that package's licence next to it.
//
// Run from scripts/data after `npm ci`:   node gen-countries.mjs
//
// The output is fully determined by the pinned package version: running this twice gives
// byte-identical files. Hand-made additions (U.S., Britain, Britons, ...) do not belong
// here: they go in actors/country-aliases.tsv, which this script never touches.
//
// gen-gazetteer.mjs imports the helpers exported below, so both outputs agree on codes,
// names and capitals.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const HERE = dirname(fileURLToPath(import.meta.url));
export const REPO = join(HERE, '..', '..');
export const RESOURCES = join(REPO, 'core', 'src', 'main', 'resources', 'dyad');

const WC_DIR = dirname(require.resolve('world-countries/package.json'));
export const WC_VERSION = JSON.parse(readFileSync(join(WC_DIR, 'package.json'), 'utf8')).version;

// Codes that the data set spells differently from what dyad uses. Kosovo has no ISO 3166
// code; the data set uses "UNK" (a UN placeholder), dyad follows the widely used
// user-assigned code XKX (alpha-2 XK, which GeoNames uses too).
const ISO3_OVERRIDES = { UNK: 'XKX' };

// altSpellings that fail the "looks like an English name" test below but are English
// exonyms a news story really uses.
const KEEP_ALT = new Set([
  'Burma', 'Holland', 'Swaziland', 'Great Britain', 'Viet Nam', 'Republic of Turkey',
  'Republic of Ireland', 'Macao', 'Curacao', 'Reunion', 'Saint Helena', 'UAE', 'Vatican',
]);
// altSpellings that pass the test but are not names of the country in English news
// (an adjective, or a word that mostly names something else).
// "Congo" alone is left to country-aliases.tsv, which decides between the two Congos.
const DROP_ALT = new Set([
  'Saudi', 'Thai', 'Togolese', 'Timor', 'Emirates', 'Lao', 'Island', 'the Abode of Peace', 'Congo',
]);

// Generic English words of official country names; together with every English name
// and capital in the data set they form the vocabulary an altSpelling must be written in.
const GENERIC_WORDS = `the of and a de da du la le
  republic republics kingdom state states islands island isles federation federal federative
  democratic people's peoples socialist popular union united commonwealth principality grand
  duchy territory territories sultanate emirate emirates islamic arab independent sovereign
  collectivity department overseas bailiwick group special administrative region
  co-operative cooperative oriental plurinational bolivarian hashemite most serene
  hellenic confederation confederated federated nation abode peace part city holy see minor
  outlying lands land southern northern eastern western north south east west new great
  saint st. st lands former`.split(/\s+/).filter(Boolean);

/** Strip accents and typographic apostrophes: "Côte d’Ivoire" → "Cote d'Ivoire". */
export function fold(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc\u02bb]/g, "'")
    .replace(/ø/g, 'o').replace(/Ø/g, 'O').replace(/æ/g, 'ae').replace(/Æ/g, 'Ae')
    .replace(/ß/g, 'ss').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/ł/g, 'l').replace(/Ł/g, 'L')
    .replace(/ı/g, 'i');
}

/** A lookup key: folded, lower case, punctuation and spacing collapsed. */
export function key(s) {
  return fold(s).toLowerCase().replace(/['`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

function words(s) {
  return fold(s).toLowerCase().split(/[\s\-]+/).filter(Boolean);
}

/** Adds s to list unless an equal string (ignoring case) is already there. */
function pushUnique(list, s) {
  if (!s) return;
  const t = s.trim();
  if (t && !list.some((x) => x.toLowerCase() === t.toLowerCase())) list.push(t);
}

/** Plural of one English demonym, for "the Russians", "two Iraqis", "the Swiss". */
export function pluralDemonym(d) {
  const parts = d.split(' ');
  const last = parts.pop();
  let p;
  if (/(ese|ss|sh|x|z|ais|ois)$/i.test(last)) p = last;          // Chinese, Swiss, British, Manx, Kirghiz, Seychellois
  else if (/(ench|tch)$/i.test(last)) p = last;                   // French, Dutch
  else if (/^(Malagasy|Motswana|Mosotho|Ni-Vanuatu|I-Kiribati|Burkinabe|Greenlandic|Ålandish)$/.test(last)) {
    p = { Motswana: 'Batswana', Mosotho: 'Basotho' }[last] ?? last; // invariable or Bantu plurals
  } else p = last + 's';                                            // Russian(s), Iraqi(s), Czech(s), Filipino(s)
  return [...parts, p].join(' ');
}

/** Splits "Antiguan, Barbudan" and "Kittitian or Nevisian" into single demonyms. */
function splitDemonym(d) {
  return (d || '').split(/\s*,\s*|\s+or\s+/).map((s) => s.trim()).filter(Boolean);
}

/** Loads world-countries and returns one normalised record per country or territory. */
export function loadCountries() {
  const raw = JSON.parse(readFileSync(join(WC_DIR, 'countries.json'), 'utf8'));

  const vocab = new Set(GENERIC_WORDS);
  for (const c of raw) {
    for (const s of [c.name.common, c.name.official, ...(c.capital || [])]) words(s).forEach((w) => vocab.add(w));
    for (const d of splitDemonym(c.demonyms?.eng?.m)) words(d).forEach((w) => vocab.add(w));
  }

  const out = [];
  for (const c of raw) {
    if (!c.cca3) continue;
    const iso3 = ISO3_OVERRIDES[c.cca3] ?? c.cca3;
    const common = c.name.common;
    const official = c.name.official;

    const demonyms = [];
    for (const d of [...splitDemonym(c.demonyms?.eng?.m), ...splitDemonym(c.demonyms?.eng?.f)]) {
      if (d.toLowerCase() === common.toLowerCase()) continue;   // the data set gives "Djibouti", "Gibraltar"
      pushUnique(demonyms, d);
    }

    const names = [];
    pushUnique(names, common);
    pushUnique(names, official);
    pushUnique(names, fold(common));
    pushUnique(names, fold(official));
    const demonymSet = new Set(demonyms.map((d) => d.toLowerCase()));
    for (const a of c.altSpellings || []) {
      if (DROP_ALT.has(a)) continue;
      if (KEEP_ALT.has(a)) { pushUnique(names, a); continue; }
      if (/^[A-Z]{1,2}$/.test(a)) continue;                     // ISO alpha-2 and similar codes
      if (!/^[A-Za-z .'’()&-]+$/.test(a)) continue;            // other scripts, transliteration marks
      if (/[,()]/.test(a)) continue;                            // "Korea, Republic of", "(Malvinas)"
      if (demonymSet.has(a.toLowerCase())) continue;
      const ws = a.split(/[\s-]+/).filter(Boolean);
      const acronym = ws.length === 1 && /^[A-Z]{3,5}$/.test(a);  // DRC, DPRK, RSA, USA
      const english = ws.every((w) => /^[A-Z]{2,5}$/.test(w) || vocab.has(fold(w).toLowerCase()));
      if (acronym || english) pushUnique(names, a.replace(/’/g, "'"));
    }

    out.push({
      iso3,
      iso2: c.cca2 || '',
      name: common,
      names,
      demonyms,
      demonymPlurals: demonyms.map(pluralDemonym).filter((p, i, a) => a.indexOf(p) === i)
        .filter((p) => p !== 'Vaticans'),                        // "Vatican" is no people
      capitals: c.capital || [],
      lat: c.latlng?.[0],
      lon: c.latlng?.[1],
      independent: c.independent,
    });
  }
  out.sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
  return out;
}

/** Map from ISO alpha-2 to dyad's alpha-3 code. */
export function iso2to3(countries) {
  const m = new Map();
  for (const c of countries) if (c.iso2) m.set(c.iso2, c.iso3);
  return m;
}

/** Formats a coordinate with at most 4 decimals and no trailing zeros. */
export function coord(x) {
  if (x === undefined || x === null || Number.isNaN(x)) return '';
  return String(Number(Number(x).toFixed(4)));
}

/** Guards a TSV cell: tabs and line breaks never occur in the data, but never let them through. */
export function cell(s) {
  return String(s ?? '').replace(/[\t\r\n]+/g, ' ').trim();
}

export function writeFile(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text, 'utf8');
  console.log(`wrote ${relative(REPO, path)} (${Buffer.byteLength(text)} bytes)`);
}

function main() {
  const countries = loadCountries();
  const header = [
    `# dyad country dictionary: one row per country or territory with an ISO 3166-1 alpha-3 code.`,
    `# GENERATED by scripts/data/gen-countries.mjs from the npm package world-countries@${WC_VERSION}.`,
    `# Source data: the mledoze/countries project (https://github.com/mledoze/countries),`,
    `# made available under the Open Database License (ODbL-1.0); see LICENSE-world-countries.txt.`,
    `# This file is a derivative database of it and is likewise under ODbL-1.0.`,
    `# DO NOT EDIT BY HAND: rerun the script, or add missing news forms (U.S., Britain, Britons, ...)`,
    `# to country-aliases.tsv instead.`,
    `# Code changes from the source: Kosovo UNK -> XKX.`,
    `# names: common name first, then official name, accent-free spellings and English alternative`,
    `# spellings from the source. demonym_plurals: computed by the script from the demonyms.`,
    `# Lists are joined by |. lat/lon: a representative point of the country, from the source.`,
    `# independent: the source's flag for sovereign states; where a demonym is shared ("French" for`,
    `# France and French Polynesia), dyad gives it to the independent state.`,
  ];
  const cols = ['iso3', 'iso2', 'name', 'names', 'demonyms', 'demonym_plurals', 'capitals', 'lat', 'lon', 'independent'];
  const lines = [...header, cols.join('\t')];
  for (const c of countries) {
    lines.push([
      c.iso3, c.iso2, c.name, c.names.join('|'), c.demonyms.join('|'), c.demonymPlurals.join('|'),
      c.capitals.join('|'), coord(c.lat), coord(c.lon), c.independent ? 'yes' : 'no',
    ].map(cell).join('\t'));
  }
  writeFile(join(RESOURCES, 'actors', 'countries.tsv'), lines.join('\n') + '\n');

  const licence = readFileSync(join(WC_DIR, 'LICENSE'), 'utf8');
  const notice = [
    `dyad's actors/countries.tsv is generated from world-countries@${WC_VERSION}, the country data of the`,
    `mledoze/countries project by Mohammed Le Doze and contributors (https://github.com/mledoze/countries).`,
    `It contains information from that database, which is made available under the Open Database`,
    `License (ODbL) v1.0 (https://opendatacommons.org/licenses/odbl/1.0/). The generated file is`,
    `offered under the same licence; scripts/data/gen-countries.mjs is the method that produced it.`,
    `The text of the licence, as shipped in the npm package, follows.`,
    ``,
    `------------------------------------------------------------------------------`,
    ``,
  ].join('\n');
  writeFile(join(RESOURCES, 'actors', 'LICENSE-world-countries.txt'), notice + licence.replace(/\s*$/, '\n'));
  console.log(`${countries.length} countries`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
