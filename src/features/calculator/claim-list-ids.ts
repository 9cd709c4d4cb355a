// Element ids of the claim form's lists, shared by the form and "Go to" (finding-target.ts).

/** The id of a claim list's "Add" button ("valueCodes-add"). */
export function addRowButtonId(listField: string): string {
  return `${listField}-add`;
}
