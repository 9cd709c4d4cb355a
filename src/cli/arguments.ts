// The evaluate command's arguments: one FILE (or "-" for standard input), and for a CSV of
// visits the claim's context as flags. Pure: arguments in, what to do out.

export type InputFormat = 'json' | 'csv';

/** Flags that give a CSV file's claim context, and the claim field each one fills. */
export const claimFlags = {
  '--payer': 'payer',
  '--bill-type': 'billType',
  '--from': 'from',
  '--through': 'through',
  '--hipps': 'hipps',
  '--hipps-modifiers': 'hippsModifiers',
  '--admission-date': 'admissionDate',
  '--noa-accepted-date': 'noaAcceptedDate',
  '--patient-status': 'patientStatus',
  '--remarks': 'remarks',
} as const;

/** Flags that may be given more than once, each adding one code to a claim list. */
export const claimCodeFlags = {
  '--condition-code': 'conditionCodes',
  '--occurrence-code': 'occurrenceCodes',
  '--occurrence-span': 'occurrenceSpanCodes',
  '--value-code': 'valueCodes',
} as const;

type ClaimFlag = keyof typeof claimFlags;
type ClaimCodeFlag = keyof typeof claimCodeFlags;
export type ClaimContext = Partial<Record<(typeof claimFlags)[ClaimFlag], string>> & {
  conditionCodes?: string[];
  occurrenceCodes?: { code: string; date?: string }[];
  occurrenceSpanCodes?: { code: string; from: string; through: string }[];
  valueCodes?: { code: string; value: string }[];
};

export type EvaluateArguments =
  | { kind: 'help' }
  | { kind: 'usage'; problem: string }
  | { kind: 'run'; file: string; format: InputFormat; delimiter?: string; context: ClaimContext };

function isClaimFlag(name: string): name is ClaimFlag {
  return Object.hasOwn(claimFlags, name);
}

function isClaimCodeFlag(name: string): name is ClaimCodeFlag {
  return Object.hasOwn(claimCodeFlags, name);
}

/** Adds "CODE", "CODE:DATE", "CODE:FROM:THROUGH" or "CODE:AMOUNT" to its list; a problem when it cannot. */
function addClaimCode(context: ClaimContext, name: ClaimCodeFlag, value: string): string | null {
  const colon = value.indexOf(':');
  const code = colon >= 0 ? value.slice(0, colon).trim() : value;
  const detail = colon >= 0 ? value.slice(colon + 1).trim() : undefined;
  if (name === '--condition-code') {
    (context.conditionCodes ??= []).push(value);
    return null;
  }
  if (name === '--occurrence-code') {
    (context.occurrenceCodes ??= []).push(detail ? { code, date: detail } : { code });
    return null;
  }
  if (name === '--occurrence-span') {
    const [from = '', through = ''] = (detail ?? '').split(':').map((date) => date.trim());
    if (from === '' || through === '')
      return '--occurrence-span needs CODE:FROM:THROUGH, such as 74:2026-01-12:2026-01-14';
    (context.occurrenceSpanCodes ??= []).push({ code, from, through });
    return null;
  }
  if (detail === undefined || detail === '')
    return '--value-code needs CODE:AMOUNT, such as 61:16974.00';
  (context.valueCodes ??= []).push({ code, value: detail });
  return null;
}

/** The format a file name implies: .csv and .tsv are CSV, anything else JSON. */
export function formatForFile(file: string): InputFormat {
  return /\.(csv|tsv)$/i.test(file) ? 'csv' : 'json';
}

export function parseEvaluateArguments(args: readonly string[]): EvaluateArguments {
  const files: string[] = [];
  const context: ClaimContext = {};
  let format: InputFormat | undefined;
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (arg === '--help' || arg === '-h') return { kind: 'help' };
    if (arg === '-' || !arg.startsWith('-')) {
      files.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = equals >= 0 ? arg.slice(0, equals) : arg;
    if (name !== '--format' && !isClaimFlag(name) && !isClaimCodeFlag(name))
      return { kind: 'usage', problem: `unknown option ${name}` };
    let value = equals >= 0 ? arg.slice(equals + 1) : args[index + 1];
    if (equals < 0) index += 1;
    if (value === undefined || value === '')
      return { kind: 'usage', problem: `${name} needs a value` };
    value = value.trim();
    if (name === '--format') {
      if (value !== 'csv' && value !== 'json')
        return { kind: 'usage', problem: `--format is csv or json, not ${value}` };
      format = value;
    } else if (isClaimFlag(name)) context[claimFlags[name]] = value;
    else if (isClaimCodeFlag(name)) {
      const problem = addClaimCode(context, name, value);
      if (problem) return { kind: 'usage', problem };
    }
  }
  const file = files[0];
  if (file === undefined) return { kind: 'usage', problem: 'no FILE given' };
  if (files.length > 1) return { kind: 'usage', problem: 'give one FILE' };
  const chosen = format ?? formatForFile(file);
  if (chosen === 'json' && Object.keys(context).length > 0)
    return {
      kind: 'usage',
      problem:
        'claim options (--payer, --from, …) go with a CSV of visits; a JSON claim holds its own',
    };
  return {
    kind: 'run',
    file,
    format: chosen,
    context,
    ...(/\.tsv$/i.test(file) ? { delimiter: '\t' } : {}),
  };
}
