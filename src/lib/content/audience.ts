import type { Teaching } from '../../schemas/teaching.ts';

/** `{ size: 120, description: "undergraduate students" }` → `120 undergraduate students`. */
export function formatAudience(audience: Teaching['audience']): string | undefined {
  if (!audience) return undefined;
  return audience.size === undefined
    ? audience.description
    : `${audience.size} ${audience.description}`;
}
