import type { Category, ProductCatalog } from '../../../shared/domain';
import { CoreError } from '../../../shared/errors';
import { ApiError, type WorkorderApi } from '../api/workorder-api';
import type { AccountCache } from '../cache/account-cache';
import type { Cached } from '../cache/catalog-repository';
import type { CoreContext } from '../core-module';
import { StoppedError, type Lifetime } from '../sync/lifetime';
import type { SyncTiming } from '../sync/sync-timing';

/**
 * Products and categories in the UI language: from the cache when there, from the API when
 * missing or asked to refresh, and refreshed in the background when older than `catalogMaxAgeMs`.
 */
export class CatalogService {
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(
    private readonly ctx: CoreContext,
    private readonly cache: AccountCache,
    private readonly api: WorkorderApi,
    private readonly lifetime: Lifetime,
    private readonly timing: SyncTiming,
  ) {}

  products(refresh: boolean): Promise<ProductCatalog> {
    const language = this.ctx.settings.get().language;
    return this.serve(
      `products:${language}`,
      refresh,
      () => this.cache.catalog.products(language),
      async () => {
        const catalog = await this.lifetime.guard(this.api.listProducts(language));
        this.cache.transaction(() => this.cache.catalog.saveProducts(language, catalog, this.ctx.clock.now()));
        return catalog;
      },
    );
  }

  categories(productCode: string, refresh: boolean): Promise<Category[]> {
    const language = this.ctx.settings.get().language;
    return this.serve(
      `categories:${language}:${productCode}`,
      refresh,
      () => this.cache.catalog.categories(language, productCode),
      async () => {
        const categories = await this.lifetime.guard(this.api.listCategories(productCode, language));
        this.cache.transaction(() =>
          this.cache.catalog.saveCategories(language, productCode, categories, this.ctx.clock.now()),
        );
        return categories;
      },
    );
  }

  private async serve<T>(
    key: string,
    refresh: boolean,
    cached: () => Cached<T> | null,
    fetch: () => Promise<T>,
  ): Promise<T> {
    const hit = cached();
    if (hit && !refresh) {
      if (this.ctx.clock.now() - hit.fetchedAt > this.timing.catalogMaxAgeMs) {
        this.once(key, fetch).catch((error: unknown) => {
          if (!(error instanceof StoppedError)) this.ctx.logger.warn('catalog refresh failed', { key });
        });
      }
      return hit.value;
    }
    try {
      return await this.once(key, fetch);
    } catch (error) {
      // Offline with something cached: stale products beat an error.
      if (hit && !(error instanceof StoppedError)) return hit.value;
      if (error instanceof ApiError) throw new CoreError(error.error);
      throw error;
    }
  }

  /** One fetch per key at a time; concurrent callers share it. */
  private once<T>(key: string, fetch: () => Promise<T>): Promise<T> {
    const running = this.inFlight.get(key) as Promise<T> | undefined;
    if (running) return running;
    const started = fetch().finally(() => this.inFlight.delete(key));
    this.inFlight.set(key, started);
    return started;
  }
}
