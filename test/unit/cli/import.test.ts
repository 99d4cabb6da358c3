import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { run } from '../../../src/cli/main';

const ROOT = resolve(__dirname, '../../../..');
const EINVOICES = join(ROOT, 'test/fixtures/einvoices');
const CSV = join(ROOT, 'test/fixtures/csv');

/** Buyercompany ltd (DKK) matches EN 16931 example TOSL110; Acme SARL has invoice 0008 on file for 500 (the Invoice Ninja export says 480). */
const CLIENTS = `{
  // Comments stay where they are.
  "version": 1,
  "freelancer": { "name": "Camille", "currency": "EUR" },
  "clients": [
    { "id": "buyer", "name": "Buyercompany ltd", "currency": "DKK" }, // matched by name
    {
      "id": "acme",
      "name": "Acme SARL",
      "invoices": [ { "number": "0008", "issued": "2026-11-20", "amount": 500 } ]
    }
  ]
}
`;

function cli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(argv, { out: (t) => out.push(t), err: (t) => err.push(t), color: false, now: new Date(2026, 11, 3) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('CLI: client-health import', () => {
  let dir: string;
  let into: string;
  let cwd: string;

  beforeEach(() => {
    cwd = process.cwd();
    dir = mkdtempSync(join(tmpdir(), 'ch-import-'));
    into = join(dir, 'clients.json');
    writeFileSync(into, CLIENTS);
    // No .vscode/settings.json of the repository is read by accident.
    process.chdir(dir);
  });
  afterEach(() => {
    process.chdir(cwd);
    rmSync(dir, { recursive: true, force: true });
  });

  const clientFile = () => readFileSync(into, 'utf8');
  const json = (out: string) => JSON.parse(out) as { added: Record<string, unknown>[]; skipped: Record<string, unknown>[]; conflicts: Record<string, unknown>[]; unread: Record<string, unknown>[] };

  it('adds a UBL invoice to the client the buyer names, keeps the comments and the file mode, and exits 0', () => {
    chmodSync(into, 0o640);
    const { code, out, err } = cli(['import', join(EINVOICES, 'ubl-tc434-example6.xml'), '--into', into]);
    assert.equal(err, '');
    assert.equal(code, 0);
    const lines = out.split('\n');
    assert.equal(lines.length, 2);
    assert.match(lines[0], /^added {2}TOSL110 to Buyercompany ltd: DKK\s4,675\.00, issued 2013-04-10, due 2013-05-10$/);
    assert.equal(lines[1], `1 invoice added, 0 skipped, 0 conflicts (written to ${into}).`);
    const text = clientFile();
    assert.match(text, /\/\/ Comments stay where they are\./);
    assert.match(text, /\/\/ matched by name/);
    assert.match(text, /"number": "TOSL110"/);
    assert.equal(statSync(into).mode & 0o777, 0o640);
    assert.deepEqual(readdirSync(dir), ['clients.json'], 'no temporary file left behind');
  });

  it('keeps the client file\'s mode whatever the umask, which would otherwise narrow the new file\'s', function () {
    if (process.platform === 'win32') {
      this.skip(); // no file modes
    }
    chmodSync(into, 0o664);
    const umask = process.umask(0o077);
    try {
      assert.equal(cli(['import', join(EINVOICES, 'ubl-tc434-example6.xml'), '--into', into]).code, 0);
    } finally {
      process.umask(umask);
    }
    assert.match(clientFile(), /"number": "TOSL110"/);
    assert.equal((statSync(into).mode & 0o777).toString(8), '664');
  });

  it('writes through a symbolic link to the client file, which stays a link', function () {
    const real = join(dir, 'real.json');
    writeFileSync(real, CLIENTS);
    rmSync(into);
    try {
      symlinkSync(real, into);
    } catch {
      this.skip(); // Windows without the right to create links
    }
    assert.equal(cli(['import', join(EINVOICES, 'ubl-tc434-example6.xml'), '--into', into]).code, 0);
    assert.ok(lstatSync(into).isSymbolicLink());
    assert.match(readFileSync(real, 'utf8'), /"number": "TOSL110"/);
  });

  it('keeps a BOM the client file starts with', () => {
    writeFileSync(into, '\ufeff' + CLIENTS);
    assert.equal(cli(['import', join(EINVOICES, 'ubl-tc434-example6.xml'), '--into', into]).code, 0);
    const bytes = readFileSync(into);
    assert.deepEqual([...bytes.subarray(0, 4)], [0xef, 0xbb, 0xbf, 0x7b]);
    assert.match(bytes.toString('utf8'), /"number": "TOSL110"/);
  });

  it('imports the UBL and the CII of the same EN 16931 example to the same entry', () => {
    const ubl = json(cli(['import', join(EINVOICES, 'ubl-tc434-example6.xml'), '--into', into, '--json']).out);
    const afterUbl = clientFile();
    writeFileSync(into, CLIENTS);
    const cii = json(cli(['import', join(EINVOICES, 'CII_example6.xml'), '--into', into, '--json']).out);
    assert.deepEqual(cii, ubl);
    assert.equal(clientFile(), afterUbl);
    assert.deepEqual(ubl.added, [{ client: 'buyer', number: 'TOSL110', issued: '2013-04-10', due: '2013-05-10', amount: 4675, currency: 'DKK', payments: [] }]);
  });

  it('prints exactly the documented JSON shape, amounts as numbers, payments with their dates', () => {
    writeFileSync(into, CLIENTS.replace('"currency": "DKK"', '"currency": "NOK"'));
    const prepaid = cli(['import', join(EINVOICES, 'ubl-tc434-example2.xml'), '--into', into, '--client', 'buyer', '--json', '--dry-run']);
    assert.equal(prepaid.code, 0, prepaid.err);
    const report = json(prepaid.out);
    assert.deepEqual(Object.keys(report), ['added', 'skipped', 'conflicts', 'unread']);
    assert.deepEqual(report.unread, []);
    assert.deepEqual(Object.keys(report.added[0]), ['client', 'number', 'issued', 'due', 'amount', 'currency', 'payments']);
    assert.equal(report.added[0].number, 'TOSL108');
    assert.deepEqual(report.added[0].payments, [{ date: '2013-06-30', amount: 1000 }]);
    const credit = json(cli(['import', join(EINVOICES, 'ubl-tc434-creditnote1.xml'), '--into', into, '--json', '--dry-run']).out);
    assert.deepEqual(Object.keys(credit.skipped[0]), ['file', 'number', 'reason']);
    assert.match(String(credit.skipped[0].reason), /credit note/);
  });

  it('writes nothing under --dry-run, and says so', () => {
    const { code, out } = cli(['import', join(EINVOICES, 'ubl-tc434-example6.xml'), '--into', into, '--dry-run']);
    assert.equal(code, 0);
    assert.match(out, /^would add {2}TOSL110 to Buyercompany ltd/);
    assert.match(out, /dry run, .*clients\.json unchanged/);
    assert.equal(clientFile(), CLIENTS);
  });

  it('exits 3 on a conflict, after adding the other invoices, and never overwrites the one on file', () => {
    const { code, out } = cli(['import', join(CSV, 'invoiceninja-invoices.csv'), '--into', into, '--csv-preset', 'invoiceninja', '--json']);
    assert.equal(code, 3);
    const report = json(out);
    assert.deepEqual(
      report.added.map((a) => [a.client, a.number, a.amount]),
      [
        ['buyer', 'TOSL110', 4675],
        ['acme', '0007', 1234.56],
      ],
    );
    assert.deepEqual(report.conflicts, [
      {
        file: join(CSV, 'invoiceninja-invoices.csv'),
        number: '0008',
        reason: 'On file: issued 2026-11-20, due —, 500; in the document: issued 2026-11-20, due —, 480. Nothing is changed.',
      },
    ]);
    assert.match(clientFile(), /"number": "0008", "issued": "2026-11-20", "amount": 500 \}/);
    assert.match(clientFile(), /"number": "0007"/);
  });

  it('exits 1 and writes nothing when one of the files is unreadable XML, naming its line and column', () => {
    const broken = join(dir, 'broken.xml');
    writeFileSync(broken, '<Invoice>\n  <ID>1</ID>\n</Invoic>\n');
    const { code, out, err } = cli(['import', join(EINVOICES, 'ubl-tc434-example6.xml'), broken, '--into', into]);
    assert.equal(code, 1);
    assert.equal(out, '');
    assert.match(err, new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:\\d+: The document is not well-formed XML`));
    assert.match(err, /Nothing was written to/);
    assert.equal(clientFile(), CLIENTS);
  });

  it('exits 1 on a PDF, saying to import the XML embedded in a Factur-X PDF rather than that a CSV file is broken', () => {
    const pdf = join(dir, 'file.pdf');
    writeFileSync(pdf, Buffer.concat([Buffer.from('%PDF-1.4\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]), Buffer.from('\n1 0 obj\n<< >>\nendobj\n')]));
    const { code, out, err } = cli(['import', pdf, '--into', into]);
    assert.equal(code, 1);
    assert.equal(out, '');
    assert.match(err, new RegExp(`^${pdf.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:1:1: .*PDF.*Factur-X`));
    assert.doesNotMatch(err, /UTF-8|columns/);
    assert.equal(clientFile(), CLIENTS);
  });

  it('exits 1 with the JSON document when the client file cannot be written, naming it in unread and announcing nothing', () => {
    // The temporary file's name is taken: the atomic write cannot start, and the client file stays as it was.
    const now = Date.now;
    Date.now = () => 42;
    mkdirSync(join(dir, `.clients.json.${process.pid}.42.tmp`));
    try {
      const { code, out, err } = cli(['import', join(EINVOICES, 'ubl-tc434-example6.xml'), '--into', into, '--json']);
      assert.equal(code, 1);
      const report = json(out);
      assert.deepEqual([report.added, report.skipped, report.conflicts], [[], [], []]);
      assert.deepEqual(report.unread.map((u) => [u.file, u.line, u.column]), [[into, 1, 1]]);
      assert.match(String(report.unread[0].message), /^cannot write the client file: EEXIST/);
      assert.match(err, /Nothing was written to/);
      assert.equal(clientFile(), CLIENTS);
    } finally {
      Date.now = now;
    }
  });

  it('still prints the JSON document on exit 1 with --json, listing every file it could not read, as check does', () => {
    const broken = join(dir, 'broken.xml');
    writeFileSync(broken, '<Invoice>\n  <ID>1</ID>\n</Invoic>\n');
    const missing = join(dir, 'missing.xml');
    const { code, out, err } = cli(['import', join(EINVOICES, 'ubl-tc434-example6.xml'), broken, missing, '--into', into, '--json']);
    assert.equal(code, 1);
    const report = JSON.parse(out) as Record<string, unknown>;
    assert.deepEqual(Object.keys(report), ['added', 'skipped', 'conflicts', 'unread']);
    assert.deepEqual([report.added, report.skipped, report.conflicts], [[], [], []], 'nothing is announced when nothing is written');
    const unread = report.unread as { file: string; line: number; column: number; message: string }[];
    assert.deepEqual(unread.map((u) => [u.file, u.line]), [[broken, 3], [missing, 1]]);
    assert.match(unread[0].message, /not well-formed XML/);
    assert.match(unread[1].message, /cannot read the file/);
    assert.match(err, /Nothing was written to/);
    assert.equal(clientFile(), CLIENTS);
    // A client file that does not validate is unread too.
    writeFileSync(into, '{ "version": 1, "freelancer": {}, "clients": [ { "id": "a" } ] }');
    const invalid = cli(['import', join(EINVOICES, 'ubl-tc434-example6.xml'), '--into', into, '--json']);
    assert.equal(invalid.code, 1);
    const first = (JSON.parse(invalid.out) as { unread: { file: string }[] }).unread[0];
    assert.equal(first.file, into);
  });

  it('exits 1 and writes nothing for a missing file, or a CSV file over --max-size-mb', () => {
    assert.equal(cli(['import', join(dir, 'missing.xml'), '--into', into]).code, 1);
    const big = join(dir, 'big.csv');
    writeFileSync(big, 'Number,Date,Total\n' + 'A-1,2026-01-01,10\n'.repeat(70_000));
    const { code, err } = cli(['import', big, '--into', into, '--max-size-mb', '1']);
    assert.equal(code, 1);
    assert.match(err, /larger than 1 MB/);
    assert.equal(clientFile(), CLIENTS);
  });

  it('exits 1 without importing into a client file that is not valid', () => {
    writeFileSync(into, '{ "version": 1, "freelancer": {}, "clients": [ { "id": "a" } ] }');
    const { code, err } = cli(['import', join(EINVOICES, 'ubl-tc434-example6.xml'), '--into', into]);
    assert.equal(code, 1);
    assert.match(err, /clients\.json:1:\d+: /);
    assert.match(err, /correct the client file first/);
  });

  it('reports an invoice no client matches as skipped with a hint, and imports it with --client', () => {
    writeFileSync(into, CLIENTS.replace('Buyercompany ltd', 'Someone Else'));
    const skipped = cli(['import', join(EINVOICES, 'ubl-tc434-example6.xml'), '--into', into]);
    assert.equal(skipped.code, 0);
    assert.match(skipped.out, /^skipped {2}.*ubl-tc434-example6\.xml TOSL110: No client has the buyer's tax id — or the name "Buyercompany ltd"\. Pass --client ID to import it into one client\.$/m);
    const added = cli(['import', join(EINVOICES, 'ubl-tc434-example6.xml'), '--into', into, '--client', 'buyer']);
    assert.equal(added.code, 0);
    assert.match(clientFile(), /"number": "TOSL110"/);
  });

  describe('CSV files', () => {
    const EUROPEAN = { number: 'N° facture', issued: 'Date', due: 'Échéance', amount: 'Montant TTC', currency: 'Devise', clientName: 'Client', dateFormat: 'DD/MM/YYYY', decimalSeparator: ',' };

    it('reads an export whose header is exactly a preset without being told, FreshBooks lines summed', () => {
      const { code, out, err } = cli(['import', join(CSV, 'freshbooks-invoice-details.csv'), '--into', into, '--json', '--dry-run']);
      assert.equal(code, 0);
      // Whether FreshBooks' Line Total includes tax is documented nowhere: the user is told to check the totals.
      assert.match(err, /freshbooks-invoice-details\.csv:1:1: warning: .*"Line Total".*tax columns are not added.*Check each total/);
      assert.deepEqual(
        json(out).added.map((a) => [a.number, a.amount, a.due, a.payments]),
        [
          ['TOSL110', 4675, null, []],
          ['0000021', 1104, null, [{ date: '2026-10-28', amount: 1104 }]],
          ['0000022', 300, null, []],
        ],
      );
    });

    it('stops with exit 2 when no mapping reads a CSV file, proposing one to put in the settings', () => {
      const { code, out, err } = cli(['import', join(CSV, 'european-semicolon.csv'), '--into', into]);
      assert.equal(code, 2);
      assert.equal(out, '');
      assert.match(err, /european-semicolon\.csv:1:1: the columns of this CSV file are not known: give --csv-preset invoiceninja\|freshbooks, or set "clientHealth\.import\.csvColumns"/);
      assert.match(err, /"clientHealth\.import\.csvColumns": \{"number":"N° facture"/);
      assert.equal(clientFile(), CLIENTS);
    });

    it('takes the mapping from .vscode/settings.json, skipping a bad row by its number', () => {
      writeFileSync(into, CLIENTS.replace('"name": "Acme SARL"', '"name": "Atelier Dupont"'));
      mkdirSync(join(dir, '.vscode'));
      writeFileSync(join(dir, '.vscode', 'settings.json'), `{\n  // the export of my bank's invoicing tool\n  "clientHealth.import.csvColumns": ${JSON.stringify(EUROPEAN)}\n}\n`);
      const { code, out } = cli(['import', join(CSV, 'european-semicolon.csv'), '--into', into, '--json']);
      assert.equal(code, 0);
      const report = json(out);
      assert.deepEqual(
        report.added.map((a) => [a.client, a.number, a.issued, a.due, a.amount]),
        [
          ['acme', 'F-2026-042', '2026-11-15', '2026-12-15', 980],
          ['acme', 'F-2026-044', '2026-12-01', null, 12500.5],
        ],
      );
      assert.deepEqual(
        report.skipped.map((s) => [s.number, s.reason]),
        [
          ['F-2026-043', 'Row 4: "31/02/2026" in column "Date" is not a date written DD/MM/YYYY.'],
          ['F-2026-041', 'No client has the buyer\'s tax id — or the name "Société Générale des Travaux". Pass --client ID to import it into one client.'],
        ],
      );
    });

    it('warns about a mapping in the settings that cannot be used, and does not guess past it', () => {
      const settings = join(dir, 'settings.json');
      writeFileSync(settings, JSON.stringify({ 'clientHealth.import.csvColumns': { ...EUROPEAN, sheet: 'x' } }));
      const { code, err } = cli(['import', join(CSV, 'european-semicolon.csv'), '--into', into, '--settings', settings]);
      assert.equal(code, 2);
      assert.match(err, /settings\.json:1:2: warning: "clientHealth\.import\.csvColumns" is not used: unknown key "sheet"/);
    });

    it('reads the settings only for a CSV file: an e-invoice import says nothing of a mapping it does not need', () => {
      const settings = join(dir, 'settings.json');
      writeFileSync(settings, '{ "clientHealth.import.csvColumns": 3 }');
      const xml = cli(['import', join(EINVOICES, 'ubl-tc434-example6.xml'), '--into', into, '--settings', settings, '--dry-run']);
      assert.equal(xml.code, 0);
      assert.equal(xml.err, '');
      const csv = cli(['import', join(CSV, 'freshbooks-invoice-details.csv'), '--into', into, '--settings', settings, '--dry-run']);
      assert.equal(csv.code, 0);
      assert.match(csv.err, /warning: "clientHealth\.import\.csvColumns" is not used: the mapping must be an object/);
    });

    it('gives amounts without a currency column the currency of the client matched, not the freelancer\'s', () => {
      const named = join(dir, 'named.csv');
      writeFileSync(named, 'Number,Date,Total,Client\nK-2,2026-11-01,100.25,Buyercompany ltd\n');
      const settings = join(dir, 'settings.json');
      writeFileSync(settings, JSON.stringify({ 'clientHealth.import.csvColumns': { number: 'Number', issued: 'Date', amount: 'Total', clientName: 'Client', dateFormat: 'YYYY-MM-DD', decimalSeparator: '.' } }));
      const { code, out } = cli(['import', named, '--into', into, '--settings', settings, '--json']);
      assert.equal(code, 0);
      assert.deepEqual(json(out), { added: [{ client: 'buyer', number: 'K-2', issued: '2026-11-01', due: null, amount: 100.25, currency: 'DKK', payments: [] }], skipped: [], conflicts: [], unread: [] });
    });

    it('gives amounts without a currency column the currency of the --client', () => {
      const plain = join(dir, 'plain.csv');
      writeFileSync(plain, 'Number,Date,Total\nK-1,2026-11-01,1.234,5\n'.replace('1.234,5', '"1,234.50"'));
      const settings = join(dir, 'settings.json');
      writeFileSync(settings, JSON.stringify({ 'clientHealth.import.csvColumns': { number: 'Number', issued: 'Date', amount: 'Total', dateFormat: 'YYYY-MM-DD', decimalSeparator: '.' } }));
      const { code, out } = cli(['import', plain, '--into', into, '--settings', settings, '--client', 'buyer', '--json']);
      assert.equal(code, 0);
      assert.deepEqual(json(out).added, [{ client: 'buyer', number: 'K-1', issued: '2026-11-01', due: null, amount: 1234.5, currency: 'DKK', payments: [] }]);
    });
  });

  it('makes control characters of imported text inert in the report', () => {
    const evil = join(dir, 'evil.csv');
    writeFileSync(evil, 'Invoice #,Date Issued,Invoice Status,Date Paid,Line Total,Currency,Client Name\n"X\u001b[2J\u202e1",2026-11-01,sent,,10.00,EUR,Acme SARL\n');
    const { code, out } = cli(['import', evil, '--into', into, '--csv-preset', 'freshbooks', '--dry-run']);
    assert.equal(code, 0);
    assert.ok(!/[\u001b\u202e]/.test(out), out);
    assert.match(out, /X\\u001b\[2J\\u202e1/);
  });

  describe('usage errors exit 2 before anything is read', () => {
    const cases: [string, string[]][] = [
      ['no FILE', ['import', '--into', 'INTO']],
      ['no --into', ['import', 'FILE']],
      ['--into standard input', ['import', 'FILE', '--into', '-']],
      ['an unknown preset', ['import', 'FILE', '--into', 'INTO', '--csv-preset', 'quickbooks']],
      ['a bad --max-size-mb', ['import', 'FILE', '--into', 'INTO', '--max-size-mb', '0']],
      ['an unknown option', ['import', 'FILE', '--into', 'INTO', '--force']],
      ['an unknown --client', ['import', 'FILE', '--into', 'INTO', '--client', 'nobody']],
    ];
    for (const [title, argv] of cases) {
      it(`for ${title}`, () => {
        const { code, out, err } = cli(argv.map((a) => (a === 'FILE' ? join(EINVOICES, 'ubl-tc434-example6.xml') : a === 'INTO' ? into : a)));
        assert.equal(code, 2);
        assert.equal(out, '');
        assert.ok(err.trim().length > 0);
        assert.equal(clientFile(), CLIENTS);
      });
    }

    it('prints the usage on --help and exits 0', () => {
      const { code, out } = cli(['import', '--help']);
      assert.equal(code, 0);
      assert.match(out, /^Usage: client-health import FILE\.\.\. --into CLIENTFILE/);
      assert.match(out, /3 conflicts \(the other invoices are added all the same\)/);
    });
  });

  it('node out/src/cli/main.js import exits 3 with the JSON report and writes the file (a real process)', () => {
    const copy = join(dir, 'copy.json');
    copyFileSync(into, copy);
    const child = spawnSync(process.execPath, [join(ROOT, 'out/src/cli/main.js'), 'import', join(CSV, 'invoiceninja-invoices.csv'), '--into', copy, '--json'], { encoding: 'utf8', cwd: dir });
    assert.equal(child.status, 3, child.stderr);
    assert.equal(json(child.stdout).added.length, 2);
    assert.match(readFileSync(copy, 'utf8'), /"number": "0007"/);
  });
});
