import type { Product, ProductCatalog } from '../../shared/domain';

/** Every product once, in catalog order (a product may appear in several groups). */
export function allProducts(catalog: ProductCatalog | null): Product[] {
  if (!catalog) return [];
  const seen = new Map<string, Product>();
  const lists = [
    catalog.hotConsultation,
    catalog.consultationMore,
    catalog.hotTech,
    ...catalog.techMore.map((g) => g.products),
  ];
  for (const list of lists) for (const p of list) if (!seen.has(p.code)) seen.set(p.code, p);
  return [...seen.values()];
}
