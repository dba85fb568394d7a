import type { Category, NotifyTimeRange, ProductCatalog, UiLanguage } from '../../../shared/domain';
import type { IpcError } from '../../../shared/errors';
import type { CreateTicketRequest } from '../../../shared/ipc';
import type { SliceCreator } from '../../app/store';
import { readStored, writeStored } from '../../lib/deps';

export interface ComposeDraft {
  productCode: string;
  categoryId: string;
  title: string;
  content: string;
  secretContent: string;
  email: string;
  phone: string;
  notifyTimeRange: NotifyTimeRange;
  /** '' follows the UI language. */
  language: UiLanguage | '';
}
export type ComposeField = keyof ComposeDraft;

/** A field error: a message key for local checks, or the server's own words. */
export type FieldError =
  | { key: 'productCode' | 'categoryId' | 'required' | 'email' | 'phone' }
  | { key: 'tooLong'; max: number }
  | { message: string };

export type ComposeResult = { state: 'sent'; ticketId: string } | { state: 'queued'; outboxId: string };

export interface ComposeState {
  draft: ComposeDraft;
  productSearch: string;
  catalog: ProductCatalog | null;
  catalogStatus: 'idle' | 'loading' | 'ready' | 'error';
  catalogError: IpcError | null;
  /** The UI language the catalog was last requested in: names come back in that language. */
  catalogLanguage: UiLanguage | null;
  /** Categories of `draft.productCode`. */
  categories: readonly Category[];
  categoriesStatus: 'idle' | 'loading' | 'ready' | 'error';
  categoriesError: IpcError | null;
  errors: Partial<Record<ComposeField, FieldError>>;
  submitting: boolean;
  submitError: IpcError | null;
  result: ComposeResult | null;
}

export interface ComposeSlice {
  compose: ComposeState;
  openCompose(): void;
  setDraftField<F extends ComposeField>(field: F, value: ComposeDraft[F]): void;
  setProductSearch(text: string): void;
  loadCatalog(): Promise<void>;
  loadCategories(productCode: string): Promise<void>;
  /** Main names products and categories in the settings language: refetch what was fetched in another. */
  refreshCatalogLanguage(): void;
  submitCompose(): Promise<void>;
  discardDraft(): void;
}

export const DRAFT_KEY = 'wd.compose.draft';
export const LAST_EMAIL_KEY = 'wd.compose.lastEmail';

const blankDraft = (email: string): ComposeDraft => ({
  productCode: '',
  categoryId: '',
  title: '',
  content: '',
  secretContent: '',
  email,
  phone: '',
  notifyTimeRange: 'normal',
  language: '',
});

const REQUEST_FIELDS: readonly ComposeField[] = [
  'productCode',
  'categoryId',
  'title',
  'content',
  'secretContent',
  'email',
  'phone',
  'notifyTimeRange',
  'language',
];
export const isField = (f: unknown): f is ComposeField =>
  typeof f === 'string' && REQUEST_FIELDS.includes(f as ComposeField);

/** The request `main` will receive; validated with the same schema main uses, so the rules match. */
export function buildCreateRequest(draft: ComposeDraft, uiLanguage: UiLanguage): CreateTicketRequest {
  const request: CreateTicketRequest = {
    productCode: draft.productCode,
    categoryId: draft.categoryId,
    title: draft.title,
    content: draft.content,
    email: draft.email,
    notifyTimeRange: draft.notifyTimeRange,
    language: draft.language || uiLanguage,
  };
  if (draft.secretContent.trim()) request.secretContent = draft.secretContent;
  if (draft.phone.trim()) request.phone = draft.phone;
  return request;
}

export const createComposeSlice: SliceCreator<ComposeSlice> = (deps) => (set, get) => {
  const patch = (p: Partial<ComposeState>) => set((s) => ({ compose: { ...s.compose, ...p } }));
  // Confidential details (passwords, instance credentials) never go to disk: like a reply's
  // confidential part, they live only as long as this window.
  const saveDraft = (draft: ComposeDraft) => writeStored(deps.storage, DRAFT_KEY, { ...draft, secretContent: '' });
  const uiLanguage = (): UiLanguage => get().settings?.language ?? 'en';
  const lastEmail = readStored(deps.storage, LAST_EMAIL_KEY, '');
  const stored = readStored<Partial<ComposeDraft> | null>(deps.storage, DRAFT_KEY, null);

  return {
    compose: {
      draft: { ...blankDraft(lastEmail), ...(stored ?? {}), secretContent: '' },
      productSearch: '',
      catalog: null,
      catalogStatus: 'idle',
      catalogError: null,
      catalogLanguage: null,
      categories: [],
      categoriesStatus: 'idle',
      categoriesError: null,
      errors: {},
      submitting: false,
      submitError: null,
      result: null,
    },

    openCompose() {
      get().setView('compose');
      const { catalogStatus, draft, categoriesStatus } = get().compose;
      if (get().compose.result) patch({ result: null });
      if (catalogStatus === 'idle' || catalogStatus === 'error') void get().loadCatalog();
      if (draft.productCode && categoriesStatus !== 'ready' && categoriesStatus !== 'loading') {
        void get().loadCategories(draft.productCode);
      }
    },

    setDraftField(field, value) {
      const { draft, errors } = get().compose;
      const next: ComposeDraft = { ...draft, [field]: value };
      const nextErrors = { ...errors };
      delete nextErrors[field];
      if (field === 'productCode' && value !== draft.productCode) {
        // Categories belong to one product: a new product invalidates the old choice.
        next.categoryId = '';
        delete nextErrors.categoryId;
      }
      saveDraft(next);
      patch({ draft: next, errors: nextErrors, submitError: null });
      if (field === 'productCode' && value !== draft.productCode) {
        if (value) void get().loadCategories(String(value));
        else patch({ categories: [], categoriesStatus: 'idle', categoriesError: null });
      }
    },

    setProductSearch(text) {
      patch({ productSearch: text });
    },

    async loadCatalog() {
      const language = uiLanguage();
      patch({ catalogStatus: 'loading', catalogError: null, catalogLanguage: language });
      const result = await deps.bridge.invoke('catalog.products');
      // The language changed while we waited: a newer request owns the catalog now.
      if (get().compose.catalogLanguage !== language) return;
      if (result.ok) patch({ catalog: result.value, catalogStatus: 'ready' });
      else patch({ catalogStatus: 'error', catalogError: result.error });
    },

    async loadCategories(productCode) {
      const language = uiLanguage();
      patch({ categories: [], categoriesStatus: 'loading', categoriesError: null });
      const result = await deps.bridge.invoke('catalog.categories', { productCode });
      // The product or language changed while we waited: this answer is for the old one.
      if (get().compose.draft.productCode !== productCode || uiLanguage() !== language) return;
      if (!result.ok) {
        patch({ categoriesStatus: 'error', categoriesError: result.error });
        return;
      }
      const { draft } = get().compose;
      if (draft.categoryId && !result.value.some((c) => c.id === draft.categoryId)) {
        // The chosen category is gone (e.g. renamed in another language); the choice must be made again.
        const next = { ...draft, categoryId: '' };
        saveDraft(next);
        patch({ draft: next });
      }
      patch({ categories: result.value, categoriesStatus: 'ready' });
    },

    refreshCatalogLanguage() {
      const { catalogLanguage, draft, categoriesStatus } = get().compose;
      if (catalogLanguage === null || catalogLanguage === uiLanguage()) return;
      // Drop the old names at once rather than show English in a Chinese window.
      patch({ catalog: null });
      void get().loadCatalog();
      if (draft.productCode && categoriesStatus !== 'idle') void get().loadCategories(draft.productCode);
    },

    async submitCompose() {
      if (get().compose.submitting) return;
      patch({ submitting: true, submitError: null });
      // The contract's schema (and zod with it) is loaded with the first send, not at startup.
      const { validateDraft } = await import('./validate-draft');
      const { draft } = get().compose;
      const errors = validateDraft(draft, uiLanguage());
      if (Object.keys(errors).length > 0) {
        patch({ submitting: false, errors });
        return;
      }
      patch({ errors: {}, result: null });
      const result = await deps.bridge.invoke('tickets.create', buildCreateRequest(draft, uiLanguage()));
      if (!result.ok) {
        const field = result.error.field?.split('.')[0];
        if (isField(field)) patch({ submitting: false, errors: { [field]: { message: result.error.message } } });
        else patch({ submitting: false, submitError: result.error });
        return;
      }
      writeStored(deps.storage, LAST_EMAIL_KEY, draft.email.trim());
      deps.storage.removeItem(DRAFT_KEY);
      patch({
        submitting: false,
        result: result.value,
        draft: { ...blankDraft(draft.email.trim()), notifyTimeRange: draft.notifyTimeRange },
        categories: [],
        categoriesStatus: 'idle',
      });
      void get().refreshInbox();
      void get().loadCounts();
      void get().loadOutbox();
    },

    discardDraft() {
      deps.storage.removeItem(DRAFT_KEY);
      patch({
        draft: blankDraft(get().compose.draft.email),
        errors: {},
        submitError: null,
        categories: [],
        categoriesStatus: 'idle',
      });
    },
  };
};
