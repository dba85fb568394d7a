import type { UiLanguage } from '../../../shared/domain';
import { createTicketRequestSchema } from '../../../shared/ipc';
import { buildCreateRequest, isField, type ComposeDraft, type ComposeField, type FieldError } from './compose-slice';

/** Field errors for a draft, or an empty object when it may be sent. */
export function validateDraft(draft: ComposeDraft, uiLanguage: UiLanguage): Partial<Record<ComposeField, FieldError>> {
  const parsed = createTicketRequestSchema.safeParse(buildCreateRequest(draft, uiLanguage));
  const errors: Partial<Record<ComposeField, FieldError>> = {};
  if (parsed.success) return errors;
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (!isField(field) || errors[field]) continue;
    const empty = String(draft[field]).trim() === '';
    if (field === 'productCode' || field === 'categoryId') errors[field] = { key: field };
    else if (issue.code === 'too_big') errors[field] = { key: 'tooLong', max: Number(issue.maximum) };
    else if (empty) errors[field] = { key: 'required' };
    else if (field === 'email' || field === 'phone') errors[field] = { key: field };
    else errors[field] = { message: issue.message };
  }
  return errors;
}
