import * as assert from 'node:assert';
import { readClientFile } from '../../src/core/clientFile';
import { formatMessage } from '../../src/core/messages';
import { newClientFileText, slugify } from '../../src/core/newClientFile';

function readWithoutProblems(text: string) {
  const result = readClientFile(text);
  assert.deepStrictEqual(
    result.problems.map((p) => `${p.start.line}: ${formatMessage(p.message)}`),
    [],
  );
  assert.ok(result.file);
  return result.file;
}

describe('newClientFileText', () => {
  const answers = {
    freelancerName: 'Camille Martin',
    currency: 'JPY',
    clientName: 'Acme SARL',
    paymentTermsDays: 45,
    revisionsIncluded: 2,
    hourlyRate: 7000,
  };

  it('writes a file that reads with no problem and keeps every answer', () => {
    const file = readWithoutProblems(newClientFileText(answers));
    assert.strictEqual(file.version, 1);
    assert.strictEqual(file.freelancer.name, 'Camille Martin');
    assert.strictEqual(file.freelancer.currency, 'JPY');
    assert.strictEqual(file.clients.length, 1);
    const client = file.clients[0];
    assert.strictEqual(client.name, 'Acme SARL');
    assert.strictEqual(client.id, 'acme-sarl');
    assert.strictEqual(client.contract?.paymentTermsDays, 45);
    assert.strictEqual(client.contract?.revisionsIncluded, 2);
    assert.strictEqual(client.contract?.hourlyRate, 7000);
  });

  it('writes the contact and the date the contract was signed when given', () => {
    const file = readWithoutProblems(newClientFileText({ ...answers, contactName: ' Jean Dupont ', contactEmail: 'jean@acme.example', contractSigned: '2026-01-15' }));
    assert.deepStrictEqual(file.clients[0].contact, { name: 'Jean Dupont', email: 'jean@acme.example' });
    assert.strictEqual(file.clients[0].contract?.signed, '2026-01-15');
    const skipped = readWithoutProblems(newClientFileText({ ...answers, contactName: '  ' }));
    assert.strictEqual('contact' in skipped.clients[0], false, 'no empty contact object');
  });

  it('writes a valid file with no answers at all, with sensible defaults', () => {
    const file = readWithoutProblems(newClientFileText({}));
    assert.strictEqual(file.freelancer.currency, 'EUR');
    assert.strictEqual(file.freelancer.name, undefined);
    assert.strictEqual(file.clients.length, 1);
    assert.strictEqual(file.clients[0].contract?.paymentTermsDays, 30);
    assert.strictEqual(file.clients[0].contract?.signed, null);
  });

  it('trims answers and ignores a blank name', () => {
    const file = readWithoutProblems(newClientFileText({ freelancerName: '   ', clientName: '  Acme SARL  ' }));
    assert.strictEqual(file.freelancer.name, undefined);
    assert.strictEqual(file.clients[0].name, 'Acme SARL');
    assert.strictEqual(file.clients[0].id, 'acme-sarl');
  });

  it('stays valid for names with quotes, backslashes and accents', () => {
    const file = readWithoutProblems(newClientFileText({ freelancerName: 'Zoë "ZZ" O\\Brien', clientName: 'Café "Le Zinc"' }));
    assert.strictEqual(file.freelancer.name, 'Zoë "ZZ" O\\Brien');
    assert.strictEqual(file.clients[0].name, 'Café "Le Zinc"');
    assert.strictEqual(file.clients[0].id, 'cafe-le-zinc');
  });

  it('warns in the file itself that it must stay out of git', () => {
    assert.match(newClientFileText({}), /^\/\/.*\n\/\/.*git/);
  });

  it('uses LF by default', () => {
    const text = newClientFileText(answers);
    assert.ok(!text.includes('\r'));
    assert.ok(text.endsWith('}\n'));
  });

  it('uses CRLF for every line when asked, and the file still reads', () => {
    const text = newClientFileText(answers, '\r\n');
    assert.ok(text.includes('\r\n'));
    assert.strictEqual(text.replace(/\r\n/g, '').includes('\n'), false, 'a bare LF is left');
    assert.strictEqual(text.replace(/\r\n/g, '').includes('\r'), false, 'a bare CR is left');
    assert.ok(text.endsWith('}\r\n'));
    assert.strictEqual(text.split('\r\n').length, newClientFileText(answers).split('\n').length);
    readWithoutProblems(text);
  });
});

describe('slugify', () => {
  it('lowercases and joins words with dashes', () => {
    assert.strictEqual(slugify('Acme SARL'), 'acme-sarl');
    assert.strictEqual(slugify('  Acme --  SARL  '), 'acme-sarl');
  });

  it('drops accents', () => {
    assert.strictEqual(slugify('Société Générale'), 'societe-generale');
    assert.strictEqual(slugify('Çelik'), 'celik');
  });

  it('handles Turkish dotless i', () => {
    assert.strictEqual(slugify('Çelik Yazılım'), 'celik-yazilim');
  });

  it('falls back to "client" when nothing is left', () => {
    assert.strictEqual(slugify('!!!'), 'client');
    assert.strictEqual(slugify(''), 'client');
  });

  it('gives an id the client file accepts', () => {
    for (const name of ['Acme SARL', 'Çelik Yazılım', '!!!', 'x'.repeat(200), '123 Go', 'Æsir & Co.']) {
      const id = slugify(name);
      assert.match(id, /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, `${name} -> ${id}`);
    }
  });
});
