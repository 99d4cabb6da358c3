/**
 * overtime: of the freelancer's own commits in the last windowDays days, at least minCommits and at least
 * warningPercent% (critical: criticalPercent%) made outside working hours, in each commit's own local time:
 * the hour on the freelancer's clock where they were, which is what a late night costs them.
 */
import { inWindow } from '../health/facts';
import { Evidence, Severity } from '../health/types';
import { GitCommit } from '../gitHistory/commit';
import { clock, outsideWorkingHours } from '../workingTime';
import { date, msg, pluralMsg } from '../messages';
import { SignalRule } from './signal';

/** Commits listed as evidence, newest first; the rest are counted in one line. */
export const MAX_COMMIT_EVIDENCE = 50;

export const overtime: SignalRule = ({ facts, today, rules, git }) => {
  const evidence = git?.get(facts.index);
  if (!evidence) {
    return undefined;
  }
  const { windowDays, minCommits, warningPercent, criticalPercent } = rules.overtime;
  const seen = new Set<string>();
  const recent: GitCommit[] = [];
  for (const c of evidence.commits) {
    // A commit on two branches is listed once by git; evidence merged from two reads could hold it twice.
    if (inWindow(c.day, today, windowDays) && !seen.has(c.hash)) {
      seen.add(c.hash);
      recent.push(c);
    }
  }
  const outside = recent.filter((c) => outsideWorkingHours(c, facts.workingHours));
  const count = outside.length;
  const total = recent.length;
  // count / total >= percent%, without dividing, so the edges compare exactly; never a signal without a commit.
  const atLeast = (percent: number) => count > 0 && count >= minCommits && count * 100 >= percent * total;
  const severity: Severity | undefined = atLeast(criticalPercent) ? 'critical' : atLeast(warningPercent) ? 'warning' : undefined;
  if (!severity) {
    return undefined;
  }
  outside.sort((a, b) => b.at - a.at || (a.hash < b.hash ? -1 : 1));
  const listed = outside.slice(0, MAX_COMMIT_EVIDENCE).map<Evidence>((c) => ({
    kind: 'commit',
    path: facts.path,
    commit: c.hash,
    message: msg('Commit {0} on {1} at {2}: {3}', c.short, date(c.day), clock(c.minutes), c.subject),
  }));
  const more = count - listed.length;
  if (more > 0) {
    listed.push({
      kind: 'figure',
      path: facts.path,
      message: pluralMsg(more, { one: 'And one more commit outside your working hours.', other: 'And {0} more commits outside your working hours.' }, more),
    });
  }
  // Floored, so a share just below a threshold never shows as the threshold itself.
  const share = Math.floor((count * 100) / total + 1e-9);
  return {
    id: 'overtime',
    severity,
    message: pluralMsg(
      total,
      {
        one: 'Your one commit for this client in the last {1} days was made outside your working hours.',
        other: '{2} of your {0} commits for this client in the last {1} days ({3}%) were made outside your working hours.',
      },
      total,
      windowDays,
      count,
      share,
    ),
    figure: msg('{0} of {1} commits after hours', count, total),
    evidence: listed,
    remedy: msg(
      'Plan the work within your working hours: agree on deadlines that fit them, and write your hours and a surcharge for work outside them into the contract.',
    ),
  };
};
