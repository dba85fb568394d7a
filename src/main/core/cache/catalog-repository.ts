import type { Category, ProductCatalog, UiLanguage } from '../../../shared/domain';
import type { Sql } from './statement-cache';

export interface Cached<T> {
  value: T;
  fetchedAt: number;
}

/** ListProducts / ListCategories answers per UI language; product names also label cached tickets. */
export class CatalogRepository {
  constructor(private readonly sql: Sql) {}

  products(language: UiLanguage): Cached<ProductCatalog> | null {
    const row = this.sql('SELECT json, fetched_at FROM catalogs WHERE language = ?').get(language) as
      { json: string; fetched_at: number } | undefined;
    return row ? { value: JSON.parse(row.json) as ProductCatalog, fetchedAt: row.fetched_at } : null;
  }

  saveProducts(language: UiLanguage, catalog: ProductCatalog, now: number): void {
    this.sql('INSERT OR REPLACE INTO catalogs (language, json, fetched_at) VALUES (?, ?, ?)').run(
      language,
      JSON.stringify(catalog),
      now,
    );
    const products = [
      ...catalog.hotConsultation,
      ...catalog.consultationMore,
      ...catalog.hotTech,
      ...catalog.techMore.flatMap((g) => g.products),
    ];
    this.sql('DELETE FROM product_names WHERE language = ?').run(language);
    const insert = this.sql('INSERT OR REPLACE INTO product_names (language, code, name) VALUES (?, ?, ?)');
    for (const product of products) insert.run(language, product.code, product.name);
  }

  categories(language: UiLanguage, productCode: string): Cached<Category[]> | null {
    const list = this.sql('SELECT fetched_at FROM category_lists WHERE language = ? AND product_code = ?')
      .pluck()
      .get(language, productCode) as number | undefined;
    if (list === undefined) return null;
    const rows = this.sql(
      'SELECT id, name FROM categories WHERE language = ? AND product_code = ? ORDER BY position',
    ).all(language, productCode) as Category[];
    return { value: rows, fetchedAt: list };
  }

  saveCategories(language: UiLanguage, productCode: string, categories: readonly Category[], now: number): void {
    this.sql('INSERT OR REPLACE INTO category_lists (language, product_code, fetched_at) VALUES (?, ?, ?)').run(
      language,
      productCode,
      now,
    );
    this.sql('DELETE FROM categories WHERE language = ? AND product_code = ?').run(language, productCode);
    const insert = this.sql(
      'INSERT INTO categories (language, product_code, id, name, position) VALUES (?, ?, ?, ?, ?)',
    );
    categories.forEach((c, i) => insert.run(language, productCode, c.id, c.name, i));
  }
}
