/** The text of a new client file, from the answers of the guided flow. */

export interface NewClientFileAnswers {
  readonly freelancerName?: string;
  readonly currency?: string;
  readonly clientName?: string;
  readonly contactName?: string;
  readonly contactEmail?: string;
  /** The date the contract was signed (YYYY-MM-DD); absent: not signed yet. */
  readonly contractSigned?: string;
  readonly paymentTermsDays?: number;
  readonly revisionsIncluded?: number;
  readonly hourlyRate?: number;
}

/** A client id from a name: "Acme SARL" -> "acme-sarl". */
/** Letters that have no decomposition into a Latin letter plus accents. */
const LATIN_FOLDS: Record<string, string> = { ı: 'i', ø: 'o', ł: 'l', đ: 'd', ð: 'd', ß: 'ss', æ: 'ae', œ: 'oe', þ: 'th' };

export function slugify(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[ıøłđðßæœþ]/g, (c) => LATIN_FOLDS[c])
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 64)
    .replace(/^-+|-+$/g, '');
  return slug || 'client';
}

export const DEFAULT_HEADER = [
  'Client Health: your private record of this client (format version 1).',
  'It holds rates, invoices and notes about the client: keep it out of git.',
];

/** The file's text; `header` lines become leading // comments (the editor passes them translated). */
export function newClientFileText(answers: NewClientFileAnswers, eol = '\n', header: readonly string[] = DEFAULT_HEADER): string {
  const clientName = answers.clientName?.trim() || 'My client';
  const contract: Record<string, unknown> = {
    signed: answers.contractSigned ?? null,
    paymentTermsDays: answers.paymentTermsDays ?? 30,
  };
  if (answers.hourlyRate !== undefined) {
    contract.hourlyRate = answers.hourlyRate;
  }
  if (answers.revisionsIncluded !== undefined) {
    contract.revisionsIncluded = answers.revisionsIncluded;
  }
  const contact: Record<string, unknown> = {};
  if (answers.contactName?.trim()) {
    contact.name = answers.contactName.trim();
  }
  if (answers.contactEmail?.trim()) {
    contact.email = answers.contactEmail.trim();
  }
  const freelancer: Record<string, unknown> = {};
  if (answers.freelancerName?.trim()) {
    freelancer.name = answers.freelancerName.trim();
  }
  freelancer.currency = answers.currency ?? 'EUR';
  const file = {
    version: 1,
    freelancer,
    clients: [
      {
        id: slugify(clientName),
        name: clientName,
        ...(Object.keys(contact).length > 0 ? { contact } : {}),
        status: 'active',
        contract,
        invoices: [],
        requests: [],
        journal: [],
        hours: [],
      },
    ],
  };
  const comments = header.map((line) => `// ${line.replace(/[\r\n]+/g, ' ')}`);
  return [...comments, ...JSON.stringify(file, null, 2).split('\n')].join(eol) + eol;
}
