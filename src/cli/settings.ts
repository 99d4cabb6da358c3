/** The rule settings of a VS Code settings.json, so that the CLI judges with the same thresholds as the editor. */
import { readFileSync } from 'node:fs';
import { parse } from 'jsonc-parser';
import { RuleOverrides } from '../core/health/rules';

const PREFIX = 'clientHealth.rules.';

/** `clientHealth.rules.<group>.<key>` entries of a settings file; undefined when the file cannot be read. */
export function ruleOverridesFrom(settingsFile: string): RuleOverrides | undefined {
  let text: string;
  try {
    text = readFileSync(settingsFile, 'utf8');
  } catch {
    return undefined;
  }
  const settings = parse(text, [], { allowTrailingComma: true }) as Record<string, unknown> | undefined;
  const overrides: Record<string, Record<string, unknown>> = {};
  for (const [key, value] of Object.entries(settings ?? {})) {
    const [group, name, ...rest] = key.startsWith(PREFIX) ? key.slice(PREFIX.length).split('.') : [];
    if (group && name && rest.length === 0) {
      (overrides[group] ??= {})[name] = value;
    }
  }
  return overrides as RuleOverrides;
}
