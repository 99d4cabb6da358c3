/**
 * The thresholds of the signals, with the defaults of signals-v1.
 * Every number can be changed by the user (settings `clientHealth.rules.*`).
 * Shares are percentages, as the settings show them.
 */
export interface Rules {
  readonly overdue: { readonly graceDays: number; readonly criticalDaysLate: number };
  readonly chronicLate: { readonly lastInvoices: number; readonly warning: number; readonly critical: number };
  readonly scopeCreep: { readonly warning: number; readonly critical: number; readonly criticalPercentOfInvoiced: number; readonly invoicedWindowDays: number };
  readonly afterHours: { readonly windowDays: number; readonly warning: number; readonly critical: number };
  readonly lowRate: { readonly windowDays: number; readonly minHours: number; readonly warningPercent: number; readonly criticalPercent: number };
  readonly haggling: { readonly windowDays: number; readonly warning: number; readonly critical: number };
  readonly negativity: { readonly windowDays: number; readonly warning: number; readonly critical: number; readonly criticalPercentNegative: number };
  readonly poorFit: { readonly warningAtOrBelow: number; readonly criticalAtOrBelow: number };
  readonly lowVolume: { readonly activeForDays: number; readonly windowDays: number; readonly minInvoicedHours: number };
  readonly outgrown: { readonly warningPercent: number; readonly criticalPercent: number };
  readonly overtime: { readonly windowDays: number; readonly minCommits: number; readonly warningPercent: number; readonly criticalPercent: number };
}

export const DEFAULT_RULES: Rules = {
  overdue: { graceDays: 0, criticalDaysLate: 30 },
  chronicLate: { lastInvoices: 6, warning: 2, critical: 3 },
  scopeCreep: { warning: 1, critical: 3, criticalPercentOfInvoiced: 20, invoicedWindowDays: 90 },
  afterHours: { windowDays: 30, warning: 2, critical: 5 },
  lowRate: { windowDays: 180, minHours: 10, warningPercent: 80, criticalPercent: 50 },
  haggling: { windowDays: 180, warning: 2, critical: 4 },
  negativity: { windowDays: 90, warning: 3, critical: 5, criticalPercentNegative: 75 },
  poorFit: { warningAtOrBelow: 2, criticalAtOrBelow: 1 },
  lowVolume: { activeForDays: 90, windowDays: 180, minInvoicedHours: 10 },
  outgrown: { warningPercent: 70, criticalPercent: 50 },
  overtime: { windowDays: 30, minCommits: 5, warningPercent: 20, criticalPercent: 40 },
};

/** What a rule setting accepts: package.json declares the same (a unit test compares them). */
export interface RuleRange {
  readonly type: 'integer' | 'number';
  readonly minimum: number;
  readonly maximum: number;
}

const int = (minimum: number, maximum: number): RuleRange => ({ type: 'integer', minimum, maximum });
const num = (minimum: number, maximum: number): RuleRange => ({ type: 'number', minimum, maximum });

// Counts and days are whole numbers (a fraction of a day or of a request means nothing); shares are
// percentages that may have decimals. Typed by Rules, so that a new rule number cannot lack its range.
export const RULE_RANGES: { readonly [G in keyof Rules]: { readonly [K in keyof Rules[G]]: RuleRange } } = {
  overdue: { graceDays: int(0, 365), criticalDaysLate: int(1, 3650) },
  chronicLate: { lastInvoices: int(1, 100), warning: int(1, 100), critical: int(1, 100) },
  scopeCreep: { warning: int(1, 1000), critical: int(1, 1000), criticalPercentOfInvoiced: num(0, 1000), invoicedWindowDays: int(1, 3650) },
  afterHours: { windowDays: int(1, 3650), warning: int(1, 1000), critical: int(1, 1000) },
  lowRate: { windowDays: int(1, 3650), minHours: int(0, 100000), warningPercent: num(0, 100), criticalPercent: num(0, 100) },
  haggling: { windowDays: int(1, 3650), warning: int(1, 1000), critical: int(1, 1000) },
  negativity: { windowDays: int(1, 3650), warning: int(1, 1000), critical: int(1, 1000), criticalPercentNegative: num(0, 100) },
  poorFit: { warningAtOrBelow: int(1, 5), criticalAtOrBelow: int(1, 5) },
  lowVolume: { activeForDays: int(1, 3650), windowDays: int(1, 3650), minInvoicedHours: int(0, 100000) },
  outgrown: { warningPercent: num(0, 100), criticalPercent: num(0, 100) },
  overtime: { windowDays: int(1, 3650), minCommits: int(1, 100000), warningPercent: num(0, 100), criticalPercent: num(0, 100) },
};

/** One `clientHealth.rules.<group>.<name>` setting. */
export interface RuleSetting extends RuleRange {
  /** The full setting name, as settings.json writes it. */
  readonly id: string;
  readonly group: string;
  readonly name: string;
  readonly default: number;
}

export const RULE_SETTING_PREFIX = 'clientHealth.rules.';

export const RULE_SETTINGS: readonly RuleSetting[] = Object.entries(RULE_RANGES).flatMap(([group, ranges]) =>
  Object.entries(ranges as Record<string, RuleRange>).map(([name, range]) => ({
    ...range,
    id: `${RULE_SETTING_PREFIX}${group}.${name}`,
    group,
    name,
    default: (DEFAULT_RULES as unknown as Record<string, Record<string, number>>)[group][name],
  })),
);

/** Whether a setting takes this value: a finite number of its type, inside its range. */
export function acceptsRuleValue(setting: RuleRange, value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (setting.type === 'number' || Number.isInteger(value)) &&
    value >= setting.minimum &&
    value <= setting.maximum
  );
}

/** A value given for a setting and not taken. */
export interface RefusedRule {
  readonly setting: RuleSetting;
  readonly value: unknown;
}

/**
 * Defaults overlaid with the values `valueOf` gives (undefined: not set). Only the settings of
 * RULE_SETTINGS are asked for, so no key of the caller's data ever names a property here.
 */
export function resolveRuleSettings(valueOf: (setting: RuleSetting) => unknown): { rules: Rules; refused: RefusedRule[] } {
  const rules: Record<string, Record<string, number>> = {};
  const refused: RefusedRule[] = [];
  for (const setting of RULE_SETTINGS) {
    const value = valueOf(setting);
    const group = (rules[setting.group] ??= {});
    if (value !== undefined && acceptsRuleValue(setting, value)) {
      group[setting.name] = value;
    } else {
      group[setting.name] = setting.default;
      if (value !== undefined) {
        refused.push({ setting, value });
      }
    }
  }
  return { rules: rules as unknown as Rules, refused };
}

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };
export type RuleOverrides = DeepPartial<Rules>;

/** An own property only: an inherited `constructor` or a polluted prototype is not a setting. */
function own(object: unknown, key: string): unknown {
  return typeof object === 'object' && object !== null && Object.prototype.hasOwnProperty.call(object, key) ? (object as Record<string, unknown>)[key] : undefined;
}

/**
 * Defaults overlaid with the user's numbers, nested as VS Code returns `clientHealth.rules`. VS Code
 * does not hold settings.json to the declared schema, so a value of the wrong type, a fraction for a
 * whole number, or a number outside its range is ignored here.
 */
export function resolveRules(overrides: RuleOverrides | undefined): Rules {
  return resolveRuleSettings((s) => own(own(overrides, s.group), s.name)).rules;
}
