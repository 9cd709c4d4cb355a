// A list of claim codes with one value each (occurrence code + date, value code + amount):
// a row per entry with its code, its value and a Remove button, and an Add button.
import { SelectField, TextField, type FieldOption } from '../../components/field.tsx';
import { focusWhenRendered } from './grid-window.ts';

type CodeEntry<K extends string> = { code: string } & Record<K, string>;

interface CodeListFieldsetProps<K extends string> {
  /** The engine's name for the list ("occurrenceCodes"), for ids and error lookups. */
  listField: string;
  legend: string;
  /** "Occurrence code": labels say "Occurrence code 2", "Remove occurrence code 2". */
  codeLabel: string;
  valueKey: K;
  /** "Occurrence date": labels say "Occurrence date 2". */
  valueLabel: string;
  valuePlaceholder?: string;
  valueClassName: string;
  options: FieldOption[];
  entries: CodeEntry<K>[];
  error: (field: string) => string | undefined;
  /** `undoKey` groups keystrokes in one field into one undo step. */
  onChange: (entries: CodeEntry<K>[], undoKey?: string) => void;
  /** Prefix of the undo keys ("occurrence"). */
  undoPrefix: string;
}

export function CodeListFieldset<K extends string>({
  listField,
  legend,
  codeLabel,
  valueKey,
  valueLabel,
  valuePlaceholder,
  valueClassName,
  options,
  entries,
  error,
  onChange,
  undoPrefix,
}: CodeListFieldsetProps<K>) {
  const lowerCodeLabel = codeLabel.toLowerCase();
  return (
    <fieldset className="code-list">
      <legend>{legend}</legend>
      {entries.map((entry, index) => {
        const update = (change: Partial<CodeEntry<K>>) =>
          onChange(
            entries.map((e, i) => (i === index ? { ...e, ...change } : e)),
            `${undoPrefix}:${index}:${Object.keys(change)[0]}`,
          );
        return (
          <div className="field-row" key={index}>
            <SelectField
              id={`${listField}-${index}-code`}
              label={`${codeLabel} ${index + 1}`}
              value={entry.code}
              options={options}
              onChange={(code) => update({ code } as Partial<CodeEntry<K>>)}
              error={error(`${listField}[${index}].code`)}
            />
            <TextField
              id={`${listField}-${index}-${valueKey}`}
              label={`${valueLabel} ${index + 1}`}
              placeholder={valuePlaceholder}
              value={entry[valueKey]}
              onChange={(value) => update({ [valueKey]: value } as Partial<CodeEntry<K>>)}
              error={error(`${listField}[${index}].${valueKey}`)}
              className={valueClassName}
            />
            <button
              type="button"
              className="inline-action"
              aria-label={`Remove ${lowerCodeLabel} ${index + 1}`}
              onClick={() => onChange(entries.filter((_, i) => i !== index))}
            >
              Remove
            </button>
          </div>
        );
      })}
      <button
        type="button"
        onClick={() => {
          onChange([...entries, { code: '', [valueKey]: '' } as CodeEntry<K>]);
          // The new row is drawn above this button: focus its code, so Tab does not skip it.
          focusWhenRendered(`${listField}-${entries.length}-code`);
        }}
      >
        Add {lowerCodeLabel}
      </button>
    </fieldset>
  );
}
