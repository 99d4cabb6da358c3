/** lowRate's message when the median is taken across the portfolio (signals-v1): one wording per case, each a literal. */
import { Message, MoneyArg, pluralMsg } from '../messages';

/**
 * Compared across the portfolio: the message says how many clients the median covers, and in which currencies (signals-v1),
 * and, with hours from git, that the hours are the ones the commits show.
 */
export function portfolioMessage(fromGit: boolean, windowDays: number, rate: MoneyArg, share: number, median: MoneyArg, currency: string, count: number, converted: boolean): Message {
  const args = [windowDays, rate, share, median, currency, count] as const;
  // Each wording a literal where it is used: scripts/l10nStrings.mjs collects them from the calls.
  if (fromGit) {
    return converted
      ? pluralMsg(
          count,
          {
            one: 'Over the last {0} days this client paid {1} for each hour your commits show, {2}% of the {3} an hour of your one other client, converted at your exchange rates.',
            other: 'Over the last {0} days this client paid {1} for each hour your commits show, {2}% of {3}, the median of your {5} other clients, converted at your exchange rates.',
          },
          ...args,
        )
      : pluralMsg(
          count,
          {
            one: 'Over the last {0} days this client paid {1} for each hour your commits show, {2}% of the {3} an hour of your one other client paid in {4}.',
            other: 'Over the last {0} days this client paid {1} for each hour your commits show, {2}% of {3}, the median of your {5} other clients paid in {4}.',
          },
          ...args,
        );
  }
  return converted
    ? pluralMsg(
        count,
        {
          one: 'Over the last {0} days this client paid {1} an hour, {2}% of the {3} an hour of your one other client, converted at your exchange rates.',
          other: 'Over the last {0} days this client paid {1} an hour, {2}% of {3}, the median of your {5} other clients, converted at your exchange rates.',
        },
        ...args,
      )
    : pluralMsg(
        count,
        {
          one: 'Over the last {0} days this client paid {1} an hour, {2}% of the {3} an hour of your one other client paid in {4}.',
          other: 'Over the last {0} days this client paid {1} an hour, {2}% of {3}, the median of your {5} other clients paid in {4}.',
        },
        ...args,
      );
}
