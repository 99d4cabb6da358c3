/** poorFit: your own ratings of how much you enjoy the work (fit.enjoyment) or how well your styles match (fit.styleMatch) are low. */
import { Evidence } from '../health/types';
import { msg } from '../messages';
import { SignalRule } from './signal';

export const poorFit: SignalRule = ({ facts, rules }) => {
  const { warningAtOrBelow, criticalAtOrBelow } = rules.poorFit;
  const enjoyment = facts.client.fit?.enjoyment;
  const styleMatch = facts.client.fit?.styleMatch;
  // A rating counts when it is at or below either threshold (so a critical threshold set above the warning one still fires).
  const low = (rating: number | undefined): rating is number => rating !== undefined && rating <= Math.max(warningAtOrBelow, criticalAtOrBelow);
  const lowEnjoyment = low(enjoyment);
  const lowStyle = low(styleMatch);
  if (!lowEnjoyment && !lowStyle) {
    return undefined;
  }
  const critical = (lowEnjoyment && enjoyment <= criticalAtOrBelow) || (lowStyle && styleMatch <= criticalAtOrBelow);
  const path = [...facts.path, 'fit'];
  const evidence: Evidence[] = [];
  if (lowEnjoyment) {
    evidence.push({ kind: 'fit', path, message: msg('You rated your enjoyment of this work {0} out of 5.', enjoyment) });
  }
  if (lowStyle) {
    evidence.push({ kind: 'fit', path, message: msg('You rated how well your style matches this client {0} out of 5.', styleMatch) });
  }
  return {
    id: 'poorFit',
    severity: critical ? 'critical' : 'warning',
    // The ratings themselves are the evidence rows; the message says what they mean, so the two do not repeat each other.
    message: msg('By your own ratings, this client is a poor fit for you.'),
    figure:
      lowEnjoyment && lowStyle
        ? msg('enjoyment {0}/5, style match {1}/5', enjoyment, styleMatch)
        : lowEnjoyment
          ? msg('enjoyment {0}/5', enjoyment)
          : msg('style match {0}/5', styleMatch as number),
    evidence,
    remedy: msg(
      'Tell them honestly that they would be better served elsewhere, recommend other freelancers whose style fits them, and give a transition period: one to two months for a long relationship, and at least two weeks or until the next project milestone.',
    ),
  };
};
