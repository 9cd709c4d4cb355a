// The claim's context: payer profile, type of bill, period, dates, status, HIPPS, condition,
// occurrence, value and occurrence span codes, and the non-visit items (supplies, DME, drugs).
import { memo } from 'react';
import { claimFieldLabels, MAX_REMARKS_LENGTH } from '../../claim-format/claim-fields.ts';
import { readDate } from '../../claim-format/read-date.ts';
import { codeTables } from '../../data/index.ts';
import { useShallow } from 'zustand/react/shallow';
import { SelectField, TextField } from '../../components/field.tsx';
import { claimActions, selectActiveClaim, useClaimStore } from '../../state/claim-store.ts';
import { CodeListFieldset, type CodeListValueField } from './code-list-fieldset.tsx';
import { addRowButtonId } from './claim-list-ids.ts';
import { AddRowButton, RemoveRowButton } from './row-buttons.tsx';
import type { ContextField, ItemField } from '../../state/draft-claim.ts';
import {
  billTypeOptions,
  itemRevenueOptions,
  occurrenceCodeOptions,
  occurrenceSpanCodeOptions,
  patientStatusOptions,
  payerOptions,
  valueCodeOptions,
} from './options.ts';

/** Messages for claim-level fields that could not be read, keyed by the engine's field name. */
export type FieldErrors = Record<string, string>;

/** The claim's dates, labelled as the claim format's field table labels them. */
const dateFields: { field: ContextField; label: string }[] = (
  ['from', 'through', 'admissionDate', 'noaAcceptedDate'] as const
).map((field) => ({ field, label: claimFieldLabels[field] }));

/** The free-text fields of a supply, DME or drug item, in form order. */
const itemTextFields: {
  field: Exclude<ItemField, 'revenueCode'>;
  label: string;
  className: string;
  placeholder?: string;
  inputMode?: 'numeric' | 'decimal';
}[] = [
  { field: 'hcpcs', label: 'HCPCS', className: 'size-code' },
  { field: 'date', label: 'date', className: 'size-date', placeholder: 'YYYY-MM-DD' },
  { field: 'units', label: 'units', className: 'size-code', inputMode: 'numeric' },
  { field: 'charge', label: 'charge', className: 'size-code', inputMode: 'decimal' },
];

/** The fields after each list row's code; module constants, so the memoised form keeps them. */
const occurrenceValueFields: CodeListValueField<'date'>[] = [
  {
    key: 'date',
    label: (n) => `Occurrence date ${n}`,
    placeholder: 'YYYY-MM-DD',
    className: 'size-date',
  },
];

const occurrenceSpanValueFields: CodeListValueField<'from' | 'through'>[] = [
  {
    key: 'from',
    label: (n) => `Occurrence span ${n} from`,
    placeholder: 'YYYY-MM-DD',
    className: 'size-date',
  },
  {
    key: 'through',
    label: (n) => `Occurrence span ${n} through`,
    placeholder: 'YYYY-MM-DD',
    className: 'size-date',
  },
];

const valueCodeValueFields: CodeListValueField<'value'>[] = [
  { key: 'value', label: (n) => `Value ${n}`, className: 'size-code' },
];

/** Types of bill only Medicare takes (the RAP, the NOA, the no-payment bill). */
const medicareOnlyBillTypes = new Set(
  codeTables.billTypes.filter((row) => row.medicareOnly).map((row) => row.code),
);

/** Whether the payer's claims follow Medicare's rules (NOA, HIPPS, LUPA), from its profile. */
function usesMedicareClaimRules(payer: string): boolean {
  return codeTables.payerProfiles.find((row) => row.id === payer)?.medicareClaimRules ?? true;
}

/**
 * The types of bill offered: for another payer, none that only Medicare takes, except the
 * claim's own (it is kept, and offered again when the payer changes back).
 */
function billTypeChoices(medicare: boolean, current: string) {
  return medicare
    ? billTypeOptions
    : billTypeOptions.filter(
        (option) => !medicareOnlyBillTypes.has(option.value) || option.value === current,
      );
}

function setContext(field: ContextField) {
  return (value: string) => claimActions().setContext(field, value);
}

export const ClaimContextForm = memo(function ClaimContextForm({
  errors,
}: {
  errors: FieldErrors;
}) {
  const claim = useClaimStore(
    useShallow((state) => {
      const c = selectActiveClaim(state);
      return {
        payer: c.payer,
        billType: c.billType,
        from: c.from,
        through: c.through,
        admissionDate: c.admissionDate,
        noaAcceptedDate: c.noaAcceptedDate,
        patientStatus: c.patientStatus,
        hipps: c.hipps,
        lupaThreshold: c.lupaThreshold,
        remarks: c.remarks,
        hippsModifiers: c.hippsModifiers,
        conditionCodes: c.conditionCodes,
        occurrenceCodes: c.occurrenceCodes,
        occurrenceSpanCodes: c.occurrenceSpanCodes,
        valueCodes: c.valueCodes,
        items: c.items,
      };
    }),
  );
  const error = (field: string) => errors[field];
  // A commercial payer's claim has no NOA, HIPPS or LUPA threshold: those fields are hidden, and
  // what they hold is kept for when the payer changes back.
  const medicare = usesMedicareClaimRules(claim.payer);
  return (
    <section className="panel claim-context" aria-labelledby="claim-context-heading">
      <h2 id="claim-context-heading">Claim</h2>
      <div className="claim-fields">
        <SelectField
          id="claim-payer"
          label={claimFieldLabels.payer}
          value={claim.payer}
          options={payerOptions}
          onChange={setContext('payer')}
          error={error('claim.payer')}
          className="span-3"
        />
        <SelectField
          id="claim-billType"
          label={claimFieldLabels.billType}
          value={claim.billType}
          options={billTypeChoices(medicare, claim.billType)}
          emptyLabel="— (0329)"
          onChange={setContext('billType')}
          error={error('claim.billType')}
          className="span-3"
        />
        {dateFields
          .filter(({ field }) => medicare || field !== 'noaAcceptedDate')
          .map(({ field, label }) => (
            <TextField
              key={field}
              id={`claim-${field}`}
              label={label}
              placeholder="YYYY-MM-DD"
              value={claim[field]}
              onChange={setContext(field)}
              normalize={(typed) => {
                // Read as the grid reads a date; a date it cannot read stays as typed, with its message.
                const read = readDate(typed, { from: claim.from, through: claim.through });
                return read.ok ? read.value : typed;
              }}
              error={error(`claim.${field}`)}
              className="size-date"
            />
          ))}
        <SelectField
          id="claim-patientStatus"
          label={claimFieldLabels.patientStatus}
          value={claim.patientStatus}
          options={patientStatusOptions}
          onChange={setContext('patientStatus')}
          error={error('claim.patientStatus')}
          className="span-3"
        />
        {medicare ? (
          <>
            <TextField
              id="claim-hipps"
              label={claimFieldLabels.hipps}
              placeholder="e.g. 1FC21"
              value={claim.hipps}
              onChange={setContext('hipps')}
              error={error('claim.hipps')}
              className="size-code"
            />
            <TextField
              id="claim-hippsModifiers"
              label="HIPPS line modifiers"
              placeholder="e.g. KX"
              value={claim.hippsModifiers}
              onChange={setContext('hippsModifiers')}
              error={error('claim.hippsModifiers')}
              className="size-code"
            />
            <TextField
              id="claim-lupaThreshold"
              label={claimFieldLabels.lupaThreshold}
              inputMode="numeric"
              value={claim.lupaThreshold}
              onChange={setContext('lupaThreshold')}
              error={error('claim.lupaThreshold')}
              className="size-code"
            />
          </>
        ) : null}
        <TextField
          id="claim-conditionCodes"
          label={claimFieldLabels.conditionCodes}
          placeholder="e.g. 47, D0"
          value={claim.conditionCodes}
          onChange={setContext('conditionCodes')}
          error={error('conditionCodes')}
          hint="Separate codes with commas."
        />
        <TextField
          id="claim-remarks"
          label={claimFieldLabels.remarks}
          value={claim.remarks}
          onChange={setContext('remarks')}
          error={error('claim.remarks')}
          hint={`UB-04 FL 80, at most ${MAX_REMARKS_LENGTH} characters: the reason for a D9 adjustment or a cancel.`}
          className="span-3"
        />
      </div>

      <div className="claim-lists">
        <CodeListFieldset
          listField="occurrenceCodes"
          legend="Occurrence codes"
          codeLabel="Occurrence code"
          valueFields={occurrenceValueFields}
          options={occurrenceCodeOptions}
          entries={claim.occurrenceCodes}
          error={error}
          onChange={(entries, undoKey) => claimActions().setOccurrenceCodes(entries, undoKey)}
          undoPrefix="occurrence"
        />
        <CodeListFieldset
          listField="valueCodes"
          legend="Value codes"
          codeLabel="Value code"
          valueFields={valueCodeValueFields}
          options={valueCodeOptions}
          entries={claim.valueCodes}
          error={error}
          onChange={(entries, undoKey) => claimActions().setValueCodes(entries, undoKey)}
          undoPrefix="value"
        />
        <CodeListFieldset
          listField="occurrenceSpanCodes"
          legend="Occurrence span codes"
          codeLabel="Occurrence span code"
          valueFields={occurrenceSpanValueFields}
          options={occurrenceSpanCodeOptions}
          entries={claim.occurrenceSpanCodes}
          error={error}
          onChange={(entries, undoKey) => claimActions().setOccurrenceSpanCodes(entries, undoKey)}
          undoPrefix="occurrence-span"
          className="span-list"
        />

        <fieldset className="code-list items-list">
          <legend>Supplies, DME and drugs</legend>
          {claim.items.map((item, index) => (
            <div className="field-row" key={item.id}>
              <SelectField
                id={`items-${index}-revenueCode`}
                label={`Item ${index + 1} revenue code`}
                value={item.revenueCode}
                options={itemRevenueOptions}
                onChange={(value) => claimActions().editItem(item.id, 'revenueCode', value)}
                error={error(`items[${index}].revenueCode`)}
              />
              {itemTextFields.map((field) => (
                <TextField
                  key={field.field}
                  id={`items-${index}-${field.field}`}
                  label={`Item ${index + 1} ${field.label}`}
                  placeholder={field.placeholder}
                  inputMode={field.inputMode}
                  value={item[field.field]}
                  onChange={(value) => claimActions().editItem(item.id, field.field, value)}
                  error={error(`items[${index}].${field.field}`)}
                  className={field.className}
                />
              ))}
              <RemoveRowButton
                rowName={`item ${index + 1}`}
                onRemove={() => claimActions().deleteItem(item.id)}
              />
            </div>
          ))}
          <AddRowButton
            id={addRowButtonId('items')}
            onAdd={() => claimActions().addItem()}
            firstFieldId={`items-${claim.items.length}-revenueCode`}
          >
            Add item
          </AddRowButton>
        </fieldset>
      </div>
    </section>
  );
});
