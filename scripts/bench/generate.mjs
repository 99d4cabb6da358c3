// Deterministic client files for the benchmark: a seeded PRNG, valid format v1,
// with the variety of real files (payments on time, late, partial, unpaid;
// requests in and out of scope; every journal kind; JSONC comments).

/** mulberry32: small, fast, and the same sequence on every machine. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 86_400_000;
/** The benchmark evaluates as of this day; every generated date is before it. */
export const BENCH_TODAY = '2026-11-22';
const TODAY_DAY = Date.UTC(2026, 10, 22) / DAY;

const iso = (day) => new Date(day * DAY).toISOString().slice(0, 10);
const pad = (n) => String(n).padStart(2, '0');

const KINDS = ['abusive', 'unethical', 'afterHoursContact', 'urgentDemand', 'discountRequest', 'refusedContract', 'missedMeeting', 'negative', 'positive', 'note'];
// Rare kinds are rare: most journals are notes and positive entries.
const KIND_WEIGHTS = [1, 1, 6, 5, 4, 1, 4, 8, 14, 56];
const TYPES = ['revision', 'change', 'feature'];
const CURRENCIES = [
  ['EUR', 2],
  ['EUR', 2],
  ['USD', 2],
  ['GBP', 2],
  ['JPY', 0],
];
const WORDS = ['header', 'footer', 'checkout', 'login', 'search', 'invoice', 'report', 'export', 'mobile', 'dashboard', 'colour', 'font', 'API', 'cache', 'e-mail', 'café', 'naïve', 'Zürich'];

function weighted(rand, weights) {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = rand() * total;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i];
    if (x < 0) return i;
  }
  return weights.length - 1;
}

/**
 * The text of a client file.
 * @param {{clients: number, invoices: number, requests: number, journal: number, hours: number, seed?: number, years?: number}} shape
 *   years: every client's history spans that many years before BENCH_TODAY; without it, 2 months to 2.5 years.
 */
export function generateClientFile(shape) {
  const rand = prng(shape.seed ?? 42);
  const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');
  const money = (lo, hi, digits) => (digits === 0 ? int(lo, hi) * 100 : Math.round((lo + rand() * (hi - lo)) * 100) / 100);

  const out = [];
  out.push('{');
  out.push('  // Generated for the benchmark (scripts/bench/generate.mjs); JSONC comments included.');
  out.push('  "version": 1,');
  out.push('  "freelancer": {');
  out.push('    "name": "Camille Martin",');
  out.push('    "email": "camille@example.com",');
  out.push('    "currency": "EUR", // default for clients');
  out.push('    "standardHourlyRate": 85,');
  out.push('    "workingHours": { "days": ["mon", "tue", "wed", "thu", "fri"], "start": "09:00", "end": "18:00" },');
  out.push('    "language": "fr"');
  out.push('  },');
  out.push('  "clients": [');
  for (let c = 0; c < shape.clients; c++) {
    const [currency, digits] = pick(CURRENCIES);
    const scale = digits === 0 ? 150 : 1;
    const start = TODAY_DAY - (shape.years ? Math.round(shape.years * 365.25) - int(0, 20) : int(60, 900));
    const signed = rand() < 0.85;
    const status = rand() < 0.85 ? 'active' : rand() < 0.5 ? 'ending' : 'ended';
    const lines = [];
    if (c % 7 === 0) lines.push(`    // client ${c + 1}: notes from the first call`);
    lines.push('    {');
    lines.push(`      "id": "client-${c + 1}",`);
    lines.push(`      "name": ${JSON.stringify(`Client ${c + 1} ${words(2)}`)},`);
    lines.push(`      "contact": { "name": "Contact ${c + 1}", "email": "contact${c + 1}@example.com" },`);
    lines.push(`      "status": "${status}",`);
    if (currency !== 'EUR') lines.push(`      "currency": "${currency}", /* overrides the freelancer's */`);
    const rateHourly = int(40, 110) * scale;
    lines.push('      "contract": {');
    lines.push(`        "signed": ${signed ? `"${iso(start - int(0, 10))}"` : 'null'},`);
    lines.push(`        "start": "${iso(start)}",`);
    lines.push(`        "hourlyRate": ${rateHourly},`);
    lines.push(`        "paymentTermsDays": ${pick([14, 30, 30, 45])},`);
    lines.push(`        "lateFeePercentPerMonth": 1.5,`);
    lines.push(`        "revisionsIncluded": ${int(1, 3)},`);
    lines.push(`        "extraHourlyRate": ${rateHourly + 20 * scale},`);
    lines.push(`        "noticeDays": 14,`);
    lines.push(`        "scope": ["Landing page redesign", "Blog migration"]`);
    lines.push('      },');
    lines.push(`      "deliverables": [ { "name": "Blog migration", "due": "${iso(TODAY_DAY + int(-30, 60))}", "done": ${rand() < 0.5} } ],`);

    const span = TODAY_DAY - start;
    const invoices = [];
    for (let i = 0; i < shape.invoices; i++) {
      const issued = start + Math.floor(((i + rand()) * span) / Math.max(1, shape.invoices));
      const amount = money(200, 4000, digits) * (digits === 0 ? scale / 100 : 1);
      const r = rand();
      const payments = [];
      const dueDay = issued + 30;
      if (r < 0.55) {
        payments.push({ day: dueDay - int(0, 20), amount }); // on time
      } else if (r < 0.75) {
        payments.push({ day: dueDay + int(1, 40), amount }); // late
      } else if (r < 0.88) {
        const part = digits === 0 ? Math.round(amount / 2) : Math.round(amount * 50) / 100;
        payments.push({ day: dueDay - int(0, 10), amount: part }, { day: dueDay + int(1, 30), amount: digits === 0 ? amount - part : Math.round((amount - part) * 100) / 100 });
      } // else unpaid
      const paid = payments
        .filter((p) => p.day < TODAY_DAY)
        .map((p) => `{ "date": "${iso(p.day)}", "amount": ${p.amount} }`)
        .join(', ');
      const explicitDue = rand() < 0.3 ? ` "due": "${iso(dueDay)}",` : '';
      invoices.push(`        { "number": "${c + 1}-${String(i + 1).padStart(4, '0')}", "issued": "${iso(issued)}",${explicitDue} "amount": ${amount}${paid ? `, "payments": [ ${paid} ]` : ''} }`);
    }
    lines.push('      "invoices": [');
    lines.push(invoices.join(',\n'));
    lines.push('      ],');

    const requests = [];
    for (let i = 0; i < shape.requests; i++) {
      const day = start + int(0, span);
      const at = rand() < 0.8 ? `${iso(day)}T${pad(int(6, 23))}:${pad(int(0, 59))}` : iso(day);
      const type = pick(TYPES);
      const extra = [rand() < 0.2 ? ` "inScope": ${rand() < 0.5},` : '', rand() < 0.4 ? ` "billed": ${rand() < 0.6},` : '', rand() < 0.6 ? ` "hours": ${int(1, 16) / 2},` : ''].join('');
      requests.push(`        { "at": "${at}", "summary": ${JSON.stringify(`Please change the ${words(3)}`)}, "type": "${type}",${extra} "x": 0 }`);
    }
    lines.push('      "requests": [ // as they came');
    lines.push(requests.join(',\n'));
    lines.push('      ],');

    const journal = [];
    for (let i = 0; i < shape.journal; i++) {
      const day = start + int(0, span);
      const at = rand() < 0.7 ? `${iso(day)}T${pad(int(0, 23))}:${pad(int(0, 59))}` : iso(day);
      journal.push(`        { "at": "${at}", "kind": "${KINDS[weighted(rand, KIND_WEIGHTS)]}", "note": ${JSON.stringify(words(4))} }`);
    }
    lines.push('      "journal": [');
    lines.push(journal.join(',\n'));
    lines.push('      ],');

    const hours = [];
    for (let i = 0; i < shape.hours; i++) {
      hours.push(`        { "date": "${iso(start + int(0, span))}", "hours": ${int(1, 16) / 2}, "note": ${JSON.stringify(words(2))} }`);
    }
    lines.push('      "hours": [');
    lines.push(hours.join(',\n'));
    lines.push('      ],');
    lines.push(`      "fit": { "enjoyment": ${int(1, 5)}, "styleMatch": ${int(1, 5)} },`);
    lines.push(`      "notes": ${JSON.stringify(`free text about client ${c + 1}`)}`);
    lines.push(c === shape.clients - 1 ? '    }' : '    },');
    out.push(lines.join('\n'));
  }
  out.push('  ]');
  out.push('}');
  return out.join('\n') + '\n';
}

/**
 * The same text with every comment blanked to spaces: the same bytes for
 * JSON.parse, the floor every stage is compared with.
 */
export function blankComments(text) {
  let out = '';
  let from = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // a string: skip to its closing quote
      i++;
      while (i < n && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 ? 2 : 1;
      i++;
    } else if (c === 47 && text.charCodeAt(i + 1) === 47) {
      const end = text.indexOf('\n', i);
      const stop = end < 0 ? n : end;
      out += text.slice(from, i) + ' '.repeat(stop - i);
      from = i = stop;
    } else if (c === 47 && text.charCodeAt(i + 1) === 42) {
      const end = text.indexOf('*/', i + 2) + 2;
      out += text.slice(from, i) + text.slice(i, end).replace(/[^\r\n]/g, ' ');
      from = i = end;
    } else {
      i++;
    }
  }
  return out + text.slice(from);
}
