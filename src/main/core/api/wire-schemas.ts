import { z } from 'zod';

/*
 * The 2020-03-26 response bodies (spec §2.3–§2.9), checked before anything reads them. Only fields the
 * client uses are declared; unknown ones are stripped. Numbers may arrive as numeric strings from
 * proxies or other SDK conventions, so integers accept both.
 */

const integer = z.union([
  z.number().int(),
  z
    .string()
    .regex(/^-?\d{1,15}$/)
    .transform(Number),
]);

/** Every success carries these; `Data` is checked per action. */
export const envelopeSchema = z.object({
  RequestId: z.string().optional(),
  Code: z.union([z.number(), z.string()]).optional(),
  Success: z.boolean().optional(),
  Message: z.string().optional(),
});

const productWire = z.object({
  ProductCode: z.string(),
  Name: z.string(),
  Description: z.string().nullish(),
});

export const listProductsData = z.object({
  HotConsultation: z.array(productWire).default([]),
  ConsultationMore: z.array(productWire).default([]),
  HotTech: z.array(productWire).default([]),
  TechMore: z.array(z.object({ GroupName: z.string(), ProductList: z.array(productWire).default([]) })).default([]),
});
export type WireProduct = z.infer<typeof productWire>;

export const listCategoriesData = z.object({
  List: z.array(z.object({ Id: z.union([z.number().int(), z.string().min(1)]), Name: z.string() })).default([]),
});

export const listTicketsData = z.object({
  CurrentPage: integer,
  PageSize: integer,
  Total: integer,
  List: z
    .array(
      z.object({
        Id: z.string().min(1),
        Title: z.string().default(''),
        TicketStatus: z.string(),
        AddTime: integer,
        CreatorId: z.union([z.string(), z.number()]).transform(String).default(''),
      }),
    )
    .default([]),
});

export const listTicketNotesData = z.object({
  List: z
    .array(
      z.object({
        NoteId: z.string().min(1),
        Content: z.string().default(''),
        FromOfficial: z.boolean(),
        GmtCreated: integer,
      }),
    )
    .default([]),
});

/** CreateTicket's Data is the new ticket id (spec §2.3). */
export const createTicketData = z.string().min(1);
