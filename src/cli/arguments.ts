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
  '--admission-date': 'admissionDate',
  '--noa-accepted-date': 'noaAcceptedDate',
  '--patient-status': 'patientStatus',
} as const;

type ClaimFlag = keyof typeof claimFlags;
export type ClaimContext = Partial<Record<(typeof claimFlags)[ClaimFlag], string>>;

export type EvaluateArguments =
  | { kind: 'help' }
  | { kind: 'usage'; problem: string }
  | { kind: 'run'; file: string; format: InputFormat; delimiter?: string; context: ClaimContext };

function isClaimFlag(name: string): name is ClaimFlag {
  return Object.hasOwn(claimFlags, name);
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
    if (name !== '--format' && !isClaimFlag(name))
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
