/**
 * The thresholds of the twelve signals, with the defaults of signals-v1.
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
};

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };
export type RuleOverrides = DeepPartial<Rules>;

/** Defaults overlaid with the user's numbers; anything that is not a finite, non-negative number is ignored. */
export function resolveRules(overrides: RuleOverrides | undefined): Rules {
  const result: Record<string, Record<string, number>> = {};
  for (const [group, values] of Object.entries(DEFAULT_RULES) as [string, Record<string, number>][]) {
    const given = (overrides as Record<string, Record<string, unknown> | undefined> | undefined)?.[group] ?? {};
    result[group] = { ...values };
    for (const key of Object.keys(values)) {
      const value = given[key];
      if (typeof value === 'number' && Number.isFinite(value) && value >= 0) {
        result[group][key] = value;
      }
    }
  }
  return result as unknown as Rules;
}
