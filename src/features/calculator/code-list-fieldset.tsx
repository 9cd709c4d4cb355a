// A list of claim codes, each with its values (occurrence code + date, occurrence span code +
// from and through, value code + amount): a row per entry with its code, its value fields and a
// Remove button, and an Add button.
import { SelectField, TextField, type FieldOption } from '../../components/field.tsx';
import { addRowButtonId } from './claim-list-ids.ts';
import { AddRowButton, RemoveRowButton } from './row-buttons.tsx';

type CodeEntry<K extends string> = { code: string } & Record<K, string>;

/** One value field of a row, after its code. */
export interface CodeListValueField<K extends string> {
  key: K;
  /** The label of row `number` (from 1): "Occurrence date 2", "Occurrence span 2 from". */
  label: (number: number) => string;
  placeholder?: string;
  className: string;
}

interface CodeListFieldsetProps<K extends string> {
  /** The engine's name for the list ("occurrenceCodes"), for ids and error lookups. */
  listField: string;
  legend: string;
  /** "Occurrence code": labels say "Occurrence code 2", "Remove occurrence code 2". */
  codeLabel: string;
  /** The value fields of each row, in order. */
  valueFields: readonly CodeListValueField<K>[];
  options: FieldOption[];
  entries: CodeEntry<K>[];
  error: (field: string) => string | undefined;
  /** `undoKey` groups keystrokes in one field into one undo step. */
  onChange: (entries: CodeEntry<K>[], undoKey?: string) => void;
  /** Prefix of the undo keys ("occurrence"). */
  undoPrefix: string;
  className?: string;
}

export function CodeListFieldset<K extends string>({
  listField,
  legend,
  codeLabel,
  valueFields,
  options,
  entries,
  error,
  onChange,
  undoPrefix,
  className,
}: CodeListFieldsetProps<K>) {
  const lowerCodeLabel = codeLabel.toLowerCase();
  const blankEntry = (): CodeEntry<K> =>
    Object.fromEntries([
      ['code', ''],
      ...valueFields.map((field) => [field.key, '']),
    ]) as CodeEntry<K>;
  return (
    <fieldset className={`code-list ${className ?? ''}`.trim()}>
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
            {valueFields.map((field) => (
              <TextField
                key={field.key}
                id={`${listField}-${index}-${field.key}`}
                label={field.label(index + 1)}
                placeholder={field.placeholder}
                value={entry[field.key]}
                onChange={(value) => update({ [field.key]: value } as Partial<CodeEntry<K>>)}
                error={error(`${listField}[${index}].${field.key}`)}
                className={field.className}
              />
            ))}
            <RemoveRowButton
              rowName={`${lowerCodeLabel} ${index + 1}`}
              onRemove={() => onChange(entries.filter((_, i) => i !== index))}
            />
          </div>
        );
      })}
      <AddRowButton
        id={addRowButtonId(listField)}
        onAdd={() => onChange([...entries, blankEntry()])}
        firstFieldId={`${listField}-${entries.length}-code`}
      >
        Add {lowerCodeLabel}
      </AddRowButton>
    </fieldset>
  );
}
