import { z } from 'zod';
import { kioskSchema } from './kiosk-schema';

/** The keys the schema allows in the object at `path` of kiosk.yaml, for hints and messages. */
export function knownKeys(path: readonly PropertyKey[]): string[] {
  let schema = unwrap(kioskSchema);
  for (const step of path) {
    if (schema instanceof z.ZodObject)
      schema = unwrap((schema.shape as Record<string, z.ZodType>)[String(step)]);
    else if (schema instanceof z.ZodArray) schema = unwrap(schema.element as z.ZodType);
    else return [];
  }
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  return schema instanceof z.ZodOptional ? unwrap(schema.unwrap() as z.ZodType) : schema;
}

/** The top-level groups kiosk.yaml must have, and the ones it may leave out. */
export function topLevelGroups(): { required: string[]; optional: string[] } {
  const entries = Object.entries(kioskSchema.shape as Record<string, z.ZodType>);
  return {
    required: entries.filter(([, schema]) => !(schema instanceof z.ZodOptional)).map(([key]) => key),
    optional: entries.filter(([, schema]) => schema instanceof z.ZodOptional).map(([key]) => key),
  };
}
